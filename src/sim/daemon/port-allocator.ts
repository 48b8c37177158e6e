import { conflict } from '../errors.js';

/**
 * dockerd's host port allocator (libnetwork's portallocator): one port map per host address and
 * protocol. An explicit port is refused only if that same address and protocol hold it
 * ("port is already allocated"); an overlap with another address of the family (0.0.0.0 against
 * 127.0.0.1) gets past the allocator and fails when docker-proxy binds it ("address already in
 * use"). Ephemeral ports (`-P`, `-p 80`) come from 32768–60999 and each map moves on from the
 * last one it handed out rather than reusing the lowest free one.
 */
export class PortAllocator {
  private readonly used = new Map<string, Set<number>>(); // "tcp/0.0.0.0" → ports
  private readonly last = new Map<string, number>();
  static readonly BEGIN = 32768;
  static readonly END = 60999;

  private key(proto: string, ip: string): string {
    return `${proto}/${ip}`;
  }

  /** Does another address of the same family already hold this port (a bind would collide)? */
  private overlaps(proto: string, ip: string, port: number): boolean {
    const v6 = ip.includes(':');
    for (const [k, set] of this.used) {
      const [p, a = ''] = k.split('/');
      if (p !== proto || a === ip || !set.has(port) || a.includes(':') !== v6) continue;
      if (a === '0.0.0.0' || ip === '0.0.0.0' || a === '::' || ip === '::') return true;
    }
    return false;
  }

  request(proto: 'tcp' | 'udp', ip: string, port?: number): number {
    const k = this.key(proto, ip);
    if (port !== undefined && port !== 0) {
      if (this.used.get(k)?.has(port)) throw conflict(`Bind for ${ip}:${port} failed: port is already allocated`);
      if (this.overlaps(proto, ip, port)) {
        throw conflict(`Error starting userland proxy: listen ${proto}${ip.includes(':') ? '6' : '4'} ${ip.includes(':') ? `[${ip}]` : ip}:${port}: bind: address already in use`);
      }
      this.mark(k, port);
      return port;
    }
    const span = PortAllocator.END - PortAllocator.BEGIN + 1;
    const last = this.last.get(k) ?? 0;
    const start = last === 0 ? PortAllocator.BEGIN : last + 1;
    for (let i = 0; i < span; i++) {
      const p = PortAllocator.BEGIN + ((start - PortAllocator.BEGIN + i) % span);
      if (!this.used.get(k)?.has(p)) {
        this.mark(k, p);
        this.last.set(k, p);
        return p;
      }
    }
    throw conflict('all ports are allocated');
  }

  private mark(k: string, port: number): void {
    const set = this.used.get(k) ?? new Set<number>();
    set.add(port);
    this.used.set(k, set);
  }

  release(proto: string, ip: string, port: number): void {
    this.used.get(this.key(proto, ip))?.delete(port);
  }
}

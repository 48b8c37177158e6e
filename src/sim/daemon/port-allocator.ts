import { conflict } from '../errors.js';

/**
 * dockerd's host port allocator: explicit ports are taken if free, `-P`/ephemeral ports come
 * from 32768–60999 and, like the daemon's portallocator, it moves on from the last one it
 * handed out rather than reusing the lowest free one.
 */
export class PortAllocator {
  private readonly used = new Map<string, Set<number>>(); // "tcp/0.0.0.0" → ports
  private last = 0;
  static readonly BEGIN = 32768;
  static readonly END = 60999;

  private key(proto: string, ip: string): string {
    return `${proto}/${ip}`;
  }

  private taken(proto: string, ip: string, port: number): boolean {
    // A wildcard (0.0.0.0, ::) conflicts with every address of its family, and they with it.
    const v6 = ip.includes(':');
    for (const [k, set] of this.used) {
      const [p, a = ''] = k.split('/');
      if (p !== proto || !set.has(port) || a.includes(':') !== v6) continue;
      if (a === ip || a === '0.0.0.0' || ip === '0.0.0.0' || a === '::' || ip === '::') return true;
    }
    return false;
  }

  request(proto: 'tcp' | 'udp', ip: string, port?: number): number {
    if (port !== undefined && port !== 0) {
      if (this.taken(proto, ip, port)) throw conflict(`Bind for ${ip}:${port} failed: port is already allocated`);
      this.mark(proto, ip, port);
      return port;
    }
    const span = PortAllocator.END - PortAllocator.BEGIN + 1;
    const start = this.last === 0 ? PortAllocator.BEGIN : this.last + 1;
    for (let i = 0; i < span; i++) {
      const p = PortAllocator.BEGIN + ((start - PortAllocator.BEGIN + i) % span);
      if (!this.taken(proto, ip, p)) {
        this.mark(proto, ip, p);
        this.last = p;
        return p;
      }
    }
    throw conflict('all ports are allocated');
  }

  private mark(proto: string, ip: string, port: number): void {
    const k = this.key(proto, ip);
    const set = this.used.get(k) ?? new Set<number>();
    set.add(port);
    this.used.set(k, set);
  }

  release(proto: string, ip: string, port: number): void {
    this.used.get(this.key(proto, ip))?.delete(port);
  }
}

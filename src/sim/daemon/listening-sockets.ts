import type { DaemonState } from './state.js';

/**
 * The sockets bound in a network namespace, as `ss -tulnp` and `netstat -tuln` list them.
 * Derived from the state rather than stored: on the host, the boot's services (sshd,
 * systemd-resolved's stub resolver) and one docker-proxy per published port and address
 * family; in a container's namespace, what its programs listen on and, on a user-defined
 * network, the embedded DNS server dockerd runs there (127.0.0.11 on random ports, which
 * the namespace's nat rules redirect port 53 to).
 */
export interface BoundSocket {
  readonly proto: 'tcp' | 'udp';
  readonly family: 4 | 6;
  /** 0.0.0.0, ::, 127.0.0.53… */
  readonly address: string;
  /** An IPv6 `::` socket without IPV6_V6ONLY: it takes IPv4 too, and ss shows it as `*:80`. */
  readonly dualStack?: boolean;
  /** Bound to one interface (SO_BINDTODEVICE), shown as `127.0.0.53%lo`. */
  readonly device?: string;
  readonly port: number;
  /** listen() backlog, the Send-Q `ss` shows for a listening socket. */
  readonly backlog: number;
  readonly owner?: { readonly comm: string; readonly pid: number; readonly fd: number; readonly user: string };
}

/** Go's net.Listen takes the kernel's somaxconn (4096 since 5.4); sshd asks for 128. */
const GO_BACKLOG = 4096;

function hostServices(s: DaemonState): BoundSocket[] {
  const out: BoundSocket[] = [];
  for (const p of s.kernel.procs.list()) {
    if (p.pidns !== 'host') continue;
    const owner = (fd: number) => ({ comm: p.comm, pid: p.pid, fd, user: p.user });
    if (p.comm === 'systemd-resolve') {
      out.push({ proto: 'udp', family: 4, address: '127.0.0.53', device: 'lo', port: 53, backlog: 0, owner: owner(13) });
      out.push({ proto: 'tcp', family: 4, address: '127.0.0.53', device: 'lo', port: 53, backlog: 4096, owner: owner(14) });
    } else if (p.comm === 'sshd' && p.argv[0]?.includes('[listener]')) {
      out.push({ proto: 'tcp', family: 4, address: '0.0.0.0', port: 22, backlog: 128, owner: owner(3) });
      out.push({ proto: 'tcp', family: 6, address: '::', port: 22, backlog: 128, owner: owner(4) });
    } else if (p.argv[0] === '/usr/sbin/docker-proxy') {
      const arg = (flag: string) => p.argv[p.argv.indexOf(flag) + 1] ?? '';
      const ip = arg('-host-ip');
      const proto = arg('-proto') === 'udp' ? 'udp' : 'tcp';
      out.push({ proto, family: ip.includes(':') ? 6 : 4, address: ip, port: Number(arg('-host-port')), backlog: proto === 'tcp' ? GO_BACKLOG : 0, owner: owner(4) });
    }
  }
  return out;
}

/** The embedded DNS server's two ports in a sandbox: random in the real daemon, derived from the sandbox key here. */
export function embeddedDnsPorts(sandboxKey: string): { readonly tcp: number; readonly udp: number } {
  const port = (hex: string) => 32768 + (parseInt(hex, 16) % (60999 - 32768));
  return { tcp: port(sandboxKey.slice(0, 8)), udp: port(sandboxKey.slice(8, 16)) };
}

/** Is a container of this sandbox attached to a user-defined network (so dockerd serves DNS in it)? */
export function servesEmbeddedDns(s: DaemonState, key: string): boolean {
  const sb = s.sandboxes.get(key);
  if (!sb) return false;
  return sb.endpoints.some((id) => {
    const ep = s.endpoints.get(id);
    const net = ep ? s.networks.get(ep.networkId) : undefined;
    return !!net && !net.isDefaultBridge && (net.driver === 'bridge' || net.driver === 'macvlan' || net.driver === 'overlay');
  });
}

function containerSockets(s: DaemonState, key: string): BoundSocket[] {
  const out: BoundSocket[] = [];
  if (servesEmbeddedDns(s, key)) {
    const dns = embeddedDnsPorts(key);
    const dockerd = s.kernel.procs.get(s.dockerdPid);
    const owner = (fd: number) => (dockerd ? { comm: dockerd.comm, pid: dockerd.pid, fd, user: dockerd.user } : undefined);
    const udpOwner = owner(57);
    const tcpOwner = owner(59);
    out.push({ proto: 'udp', family: 4, address: '127.0.0.11', port: dns.udp, backlog: 0, ...(udpOwner ? { owner: udpOwner } : {}) });
    out.push({ proto: 'tcp', family: 4, address: '127.0.0.11', port: dns.tcp, backlog: GO_BACKLOG, ...(tcpOwner ? { owner: tcpOwner } : {}) });
  }
  return [...out, ...programListeners(s, key)];
}

/** What the programs of the containers running in this namespace listen on (--network host ones on the host's). */
function programListeners(s: DaemonState, key: string): BoundSocket[] {
  const out: BoundSocket[] = [];
  for (const c of s.containers.values()) {
    if (c.sandboxKey !== key || c.state.status !== 'running') continue;
    const pid1 = s.kernel.procs.get(c.state.pid);
    for (const l of c.listeners) {
      const family = l.address.includes(':') ? 6 : 4;
      const owner = pid1 ? { owner: { comm: l.program.slice(0, 15), pid: pid1.pid, fd: 3, user: 'root' } } : {};
      const dual = l.address === '::' && !l.v6only ? { dualStack: true } : {};
      out.push({ proto: l.proto, family, address: l.address, ...dual, port: l.port, backlog: l.proto === 'tcp' ? (l.backlog ?? 511) : 0, ...owner });
    }
  }
  return out;
}

/** Every bound socket of a namespace ('host' or a sandbox key), in the order the kernel's tables give them. */
export function boundSockets(s: DaemonState, netns: string): BoundSocket[] {
  return netns === 'host' ? [...hostServices(s), ...programListeners(s, 'host')] : containerSockets(s, netns);
}

import type { Container, Listener } from '../daemon/model.js';
import type { SimHost } from '../host.js';

/** A socket listening in a namespace: a container's program, or a docker-proxy on the host. */
export interface Service {
  readonly listener: Listener;
  /** The container whose program listens (absent for docker-proxy). */
  readonly container?: Container;
  /** For docker-proxy: where it forwards each accepted connection. */
  readonly proxyTo?: { readonly ip: string; readonly port: number };
}

/** Running containers whose processes live in network namespace `ns` (its owner, container: joiners, host-mode ones). */
export function containersIn(host: SimHost, ns: string): Container[] {
  return [...host.daemon.containers.values()].filter((c) => c.state.status === 'running' && c.sandboxKey === ns);
}

/** docker-proxy processes, read back from their command lines as `ps` shows them. */
function dockerProxies(host: SimHost): Service[] {
  const out: Service[] = [];
  for (const p of host.kernel.procs.list()) {
    if (p.argv[0] !== '/usr/sbin/docker-proxy') continue;
    const arg = (flag: string): string => p.argv[p.argv.indexOf(flag) + 1] ?? '';
    const proto = arg('-proto') === 'udp' ? 'udp' : 'tcp';
    out.push({
      listener: { proto, port: Number(arg('-host-port')), address: arg('-host-ip'), program: 'docker-proxy' },
      proxyTo: { ip: arg('-container-ip'), port: Number(arg('-container-port')) },
    });
  }
  return out;
}

/** The host's own servers that take connections from the LAN: sshd on port 22. */
function hostDaemons(host: SimHost): Service[] {
  const sshd = host.kernel.procs.list().some((p) => p.pidns === 'host' && p.comm === 'sshd' && p.argv[0]?.includes('[listener]') === true);
  return sshd ? [{ listener: { proto: 'tcp', port: 22, address: '0.0.0.0', program: 'sshd' } }] : [];
}

function bindMatches(l: Listener, dst: string): boolean {
  if (l.address === '::') return !l.v6only || dst.includes(':'); // a v6-only socket takes no IPv4
  if (l.address === '0.0.0.0' || l.address === '') return true;
  return l.address === dst;
}

/** Who accepts a connection to dst:port in namespace `ns`, if anyone. IPv4 sockets first, as the kernel's lookup prefers them. */
export function findService(host: SimHost, ns: string, proto: 'tcp' | 'udp', dst: string, port: number): Service | undefined {
  const candidates: Service[] = [];
  for (const c of containersIn(host, ns)) for (const l of c.listeners) candidates.push({ listener: l, container: c });
  if (ns === 'host') candidates.push(...dockerProxies(host), ...hostDaemons(host));
  const fits = candidates.filter((s) => s.listener.proto === proto && s.listener.port === port && bindMatches(s.listener, dst));
  return fits.find((s) => s.listener.address !== '::') ?? fits[0];
}

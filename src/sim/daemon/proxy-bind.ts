import { boundSockets } from './listening-sockets.js';
import type { DaemonState } from './state.js';

/**
 * docker-proxy's listen(), refused as the kernel refuses it when a program that is not Docker's
 * already listens on the port: sshd on 22, systemd-resolved's stub on 53, a server in a
 * `--network host` container, anything installed on the host. (Other published ports are the
 * port allocator's business: "port is already allocated".) A wildcard address collides with
 * every socket of its family on the port, a specific address with the same address or a wildcard.
 * Observed on Engine 20.10 with a host process on 0.0.0.0:18113 and with `--network host httpd`
 * on port 80: `Error starting userland proxy: listen tcp4 0.0.0.0:80: bind: address already in use`.
 */
export function proxyBindRefusal(s: DaemonState, proto: 'tcp' | 'udp', hostIp: string, port: number): string | undefined {
  const v6 = hostIp.includes(':');
  const wildcard = (a: string) => a === '0.0.0.0' || a === '::';
  const clash = boundSockets(s, 'host').some((b) =>
    b.proto === proto && b.port === port && b.owner?.comm !== 'docker-proxy' && ((b.family === 6) === v6 || b.dualStack === true)
    && (wildcard(hostIp) || wildcard(b.address) || b.address === hostIp));
  if (!clash) return undefined;
  return `Error starting userland proxy: listen ${proto}${v6 ? '6' : '4'} ${v6 ? `[${hostIp}]` : hostIp}:${port}: bind: address already in use`;
}

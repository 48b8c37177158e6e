import type { Container } from './model.js';
import type { DaemonState } from './state.js';

/**
 * Name resolution from inside a container, as Docker does it: /etc/hosts first (localhost,
 * its own name, --link and --add-host entries), then, only on user-defined networks, the
 * embedded DNS at 127.0.0.11 which knows the names and aliases of containers sharing a
 * network with the asker. Nothing else resolves: the simulator has no outside world.
 */
export type Resolution =
  | { readonly kind: 'hosts'; readonly ip: string }
  | { readonly kind: 'dns'; readonly ips: readonly string[] }
  | { readonly kind: 'nxdomain' };

export function resolveFromContainer(s: DaemonState, c: Container, name: string): Resolution {
  const hosts = s.kernel.fs.read(`/var/lib/docker/containers/${c.id}/hosts`);
  if (hosts.ok) {
    for (const line of hosts.content.split('\n')) {
      const [ip, ...names] = line.split(/\s+/).filter(Boolean);
      if (ip && names.includes(name) && !ip.includes(':')) return { kind: 'hosts', ip };
    }
  }
  const ips = embeddedDnsLookup(s, c, name);
  return ips.length > 0 ? { kind: 'dns', ips } : { kind: 'nxdomain' };
}

/**
 * The embedded DNS server's own records, as 127.0.0.11 answers them (no /etc/hosts): the
 * names, aliases and short IDs of containers sharing a user-defined network with the asker.
 */
export function embeddedDnsLookup(s: DaemonState, c: Container, name: string): string[] {
  const ips: string[] = [];
  for (const a of c.networks.values()) {
    const net = s.networks.get(a.networkId);
    if (!net || net.isDefaultBridge || net.driver === 'host' || net.driver === 'null') continue;
    for (const epId of net.endpoints) {
      const ep = s.endpoints.get(epId);
      const peer = ep ? s.containers.get(ep.containerId) : undefined;
      if (!ep || !peer) continue;
      const peerAttachment = [...peer.networks.values()].find((x) => x.endpointId === epId);
      const names = [peer.name, ...(peerAttachment?.aliases ?? []), peer.id.slice(0, 12)];
      if (names.includes(name) && !ips.includes(ep.ip)) ips.push(ep.ip);
    }
  }
  return ips;
}

import type { Container, Endpoint, Network } from './model.js';
import { networkFilesDir } from './hosts-files.js';
import type { DaemonState } from './state.js';
import { gossips, selfNode } from './swarm-cluster.js';

/**
 * Name resolution from inside a container, as Docker does it: /etc/hosts first (localhost,
 * its own name, --link and --add-host entries), then, only when the sandbox runs the
 * embedded DNS server (it joined a user-defined network), 127.0.0.11, which answers for the
 * containers sharing a network with the asker (observed with nslookup on Engine 20.10):
 * their names, their aliases (the short ID and hostname among them, not the full ID),
 * `name.network`, case-insensitively, and the asker's own `network connect --link` aliases.
 * Nothing else resolves: the simulator has no outside world.
 */
export type Resolution =
  | { readonly kind: 'hosts'; readonly ip: string }
  | { readonly kind: 'dns'; readonly ips: readonly string[] }
  | { readonly kind: 'nxdomain' };

export function resolveFromContainer(s: DaemonState, c: Container, name: string): Resolution {
  const hosts = s.kernel.fs.read(`${networkFilesDir(c)}/hosts`);
  if (hosts.ok) {
    for (const line of hosts.content.split('\n')) {
      const [ip, ...names] = line.split(/\s+/).filter(Boolean);
      if (ip && names.includes(name) && !ip.includes(':')) return { kind: 'hosts', ip };
    }
  }
  const sb = c.sandboxKey ? s.sandboxes.get(c.sandboxKey) : undefined;
  if (!sb?.embeddedDns) return { kind: 'nxdomain' };
  const ips = embeddedDnsLookup(s, c, name);
  return ips.length > 0 ? { kind: 'dns', ips } : { kind: 'nxdomain' };
}

/**
 * The embedded DNS server's own records, as 127.0.0.11 answers them (no /etc/hosts): for the
 * containers sharing a user-defined network with the asker, their names and aliases (the
 * short ID and hostname among them, not the full ID), `name.network`, case-insensitively;
 * and the asker's own `network connect --link target:alias` aliases.
 */
export function embeddedDnsLookup(s: DaemonState, c: Container, name: string): string[] {
  const wanted = name.toLowerCase().replace(/\.$/, '');
  const ips: string[] = [];
  const add = (ip: string) => {
    if (ip && !ips.includes(ip)) ips.push(ip);
  };
  for (const [netName, a] of c.networks) {
    const net = s.networks.get(a.networkId);
    if (!a.endpointId || !net || net.isDefaultBridge || net.driver === 'host' || net.driver === 'null') continue;
    const suffix = `.${netName.toLowerCase()}`;
    const bare = wanted.endsWith(suffix) ? wanted.slice(0, -suffix.length) : undefined;
    for (const { ep, container: peer } of networkMembers(s, net)) {
      const peerAttachment = [...peer.networks.values()].find((x) => x.endpointId === ep.id);
      const names = [peer.name, ...(peerAttachment?.aliases ?? [])].map((n) => n.toLowerCase());
      if (names.includes(wanted) || (bare !== undefined && names.includes(bare))) add(ep.ip);
    }
    for (const link of a.links) {
      const [target = '', alias = target] = link.split(':');
      if (alias.toLowerCase() !== wanted) continue;
      const t = [...s.containers.values()].find((x) => x.name === target.replace(/^\//, ''));
      const tep = t?.networks.get(netName)?.endpointId;
      const ip = tep ? s.endpoints.get(tep)?.ip : undefined;
      if (ip) add(ip);
    }
  }
  return ips;
}

/**
 * The containers on a network as the embedded DNS knows them: this node's endpoints and, on a
 * swarm overlay, those the other nodes' copies of the network have (the service records they
 * gossip to each other), this node's first.
 */
export function networkMembers(s: DaemonState, net: Network): { readonly ep: Endpoint; readonly container: Container }[] {
  const states = [s];
  const self = selfNode(s);
  if (net.scope === 'swarm' && s.swarm && self) {
    for (const node of s.swarm.cluster.nodes) if (node.state !== s && node.status === 'ready' && gossips(self, node)) states.push(node.state);
  }
  const out: { ep: Endpoint; container: Container }[] = [];
  for (const st of states) {
    for (const epId of st.networks.get(net.id)?.endpoints ?? []) {
      const ep = st.endpoints.get(epId);
      const container = ep ? st.containers.get(ep.containerId) : undefined;
      if (ep && container) out.push({ ep, container });
    }
  }
  return out;
}

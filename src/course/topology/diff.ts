import type { ContainerNode, HostInterface, NetworkNode, PublishedPort, TopologyGraph, VethPair } from './graph.js';

/** What changed between two pictures of one host, by the key of each thing in the graph. */
export interface TopologyDiff {
  /** Keys present now and not before. */
  readonly added: ReadonlySet<string>;
  /** Keys present in both whose facts differ. */
  readonly changed: ReadonlySet<string>;
  /** Keys present before and not now, with the thing as it was. */
  readonly removed: readonly { readonly key: string; readonly label: string }[];
}

/** Keys: `container:web`, `network:mynet`, `veth:veth1a2b3c4`, `port:tcp/0.0.0.0:8080`, `if:eth0`. */
export const containerKey = (c: ContainerNode | string): string => `container:${typeof c === 'string' ? c : c.name}`;
export const networkKey = (n: NetworkNode | string): string => `network:${typeof n === 'string' ? n : n.name}`;
export const vethKey = (v: VethPair): string => `veth:${v.hostName}`;
export const portKey = (p: PublishedPort): string => `port:${p.proto}/${p.hostIp}:${p.hostPort}`;
export const interfaceKey = (i: HostInterface): string => `if:${i.name}`;

function entries(g: TopologyGraph): Map<string, { label: string; facts: string }> {
  const m = new Map<string, { label: string; facts: string }>();
  const put = (key: string, label: string, v: unknown) => m.set(key, { label, facts: JSON.stringify(v) });
  // A veth's host end is told as its pair (below), not twice.
  for (const i of g.host.interfaces) if (i.kind !== 'veth') put(interfaceKey(i), i.name, i);
  for (const n of g.networks) put(networkKey(n), n.name, n);
  for (const c of g.containers) put(containerKey(c), c.name, c);
  for (const v of g.vethPairs) put(vethKey(v), v.hostName, v);
  // A docker-proxy's PID is not a fact of the port: the same port with a new proxy is unchanged.
  for (const p of g.ports) put(portKey(p), `${p.hostIp.includes(':') ? `[${p.hostIp}]` : p.hostIp}:${p.hostPort}/${p.proto}`, { ...p, proxyPid: p.proxyPid !== undefined });
  return m;
}

/** The difference from `before` to `after`; with no `before`, nothing is marked (a first picture has no news). */
export function diffTopology(before: TopologyGraph | undefined, after: TopologyGraph): TopologyDiff {
  if (!before) return { added: new Set(), changed: new Set(), removed: [] };
  const a = entries(before);
  const b = entries(after);
  const added = new Set<string>();
  const changed = new Set<string>();
  for (const [k, v] of b) {
    const old = a.get(k);
    if (!old) added.add(k);
    else if (old.facts !== v.facts) changed.add(k);
  }
  const removed = [...a].filter(([k]) => !b.has(k)).map(([key, v]) => ({ key, label: v.label }));
  return { added, changed, removed };
}

export const isEmptyDiff = (d: TopologyDiff): boolean => d.added.size === 0 && d.changed.size === 0 && d.removed.length === 0;

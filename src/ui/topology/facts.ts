import type { ContainerInterface, ContainerNode, NetworkNode, PublishedPort, TopologyGraph, VethPair } from '../../course/topology/graph.js';
import { containerKey, diffTopology, networkKey, portKey, type TopologyDiff, vethKey } from '../../course/topology/diff.js';

/**
 * The picture's sections, as facts in display order: both renderers (boxes, plain lines) walk
 * the same list, so they cannot say different things.
 */
export type Mark = 'new' | 'changed' | undefined;

export interface Member {
  readonly container: ContainerNode;
  /** Its interface on this network. */
  readonly iface?: ContainerInterface;
  /** The veth pair that joins it to the network's bridge. */
  readonly veth?: VethPair;
  readonly mark: Mark;
  readonly vethMark: Mark;
}

export interface NetworkSection {
  readonly network: NetworkNode;
  readonly mark: Mark;
  /** The bridge's address and state on the host, for bridge networks. */
  readonly bridgeAddress?: string;
  readonly bridgeState?: string;
  readonly members: readonly Member[];
  /** Host-side veths on this bridge whose other end is not a container's (the swarm's ingress sandbox…). */
  readonly strays: readonly VethPair[];
}

export interface TopologyFacts {
  readonly graph: TopologyGraph;
  readonly diff: TopologyDiff;
  readonly hostInterfaces: TopologyGraph['host']['interfaces'];
  readonly ports: readonly { readonly port: PublishedPort; readonly mark: Mark }[];
  readonly sections: readonly NetworkSection[];
  readonly hostMode: readonly { readonly container: ContainerNode; readonly mark: Mark }[];
  readonly noneMode: readonly { readonly container: ContainerNode; readonly mark: Mark }[];
  readonly shared: readonly { readonly container: ContainerNode; readonly mark: Mark }[];
  readonly stopped: readonly { readonly container: ContainerNode; readonly mark: Mark }[];
}

const markOf = (d: TopologyDiff, key: string): Mark => (d.added.has(key) ? 'new' : d.changed.has(key) ? 'changed' : undefined);

/** Networks in the order a learner meets them: the default bridge, user-defined ones, then the swarm's and the rest. */
function networkOrder(n: NetworkNode): number {
  if (n.name === 'bridge') return 0;
  if (n.driver === 'bridge' && n.name !== 'docker_gwbridge') return 1;
  if (n.driver === 'macvlan') return 2;
  if (n.driver === 'overlay') return 3;
  return 4;
}

export function topologyFacts(graph: TopologyGraph, previous?: TopologyGraph): TopologyFacts {
  const diff = diffTopology(previous, graph);
  const running = (c: ContainerNode) => c.state === 'running' || c.state === 'paused' || c.state === 'restarting';
  const dockerOwned = new Set<string>();
  const sections: NetworkSection[] = [];
  const networks = graph.networks.filter((n) => n.driver === 'bridge' || n.driver === 'macvlan' || n.driver === 'overlay');
  for (const n of [...networks].sort((a, b) => networkOrder(a) - networkOrder(b) || (a.name < b.name ? -1 : 1))) {
    const bridgeIf = n.bridge ? graph.host.interfaces.find((i) => i.name === n.bridge) : undefined;
    if (n.bridge) dockerOwned.add(n.bridge);
    if (n.parent?.startsWith('dm-')) dockerOwned.add(n.parent);
    const members: Member[] = [];
    for (const c of graph.containers) {
      if (c.mode.kind !== 'bridge' || !running(c)) continue;
      const iface = c.interfaces.find((x) => x.network === n.name);
      if (!iface) continue;
      const veth = graph.vethPairs.find((v) => v.container === c.name && iface.index !== undefined && v.containerIndex === iface.index);
      members.push({ container: c, iface, ...(veth ? { veth } : {}), mark: markOf(diff, containerKey(c)), vethMark: veth ? markOf(diff, vethKey(veth)) : undefined });
    }
    const strays = n.bridge ? graph.vethPairs.filter((v) => v.bridge === n.bridge && !v.container) : [];
    sections.push({
      network: n, mark: markOf(diff, networkKey(n)),
      ...(bridgeIf?.addresses[0] ? { bridgeAddress: bridgeIf.addresses[0] } : {}),
      ...(bridgeIf ? { bridgeState: bridgeIf.state } : {}),
      members, strays,
    });
  }
  const pick = (f: (c: ContainerNode) => boolean) => graph.containers.filter(f).map((c) => ({ container: c, mark: markOf(diff, containerKey(c)) }));
  return {
    graph, diff,
    hostInterfaces: graph.host.interfaces.filter((i) => i.kind !== 'veth' && !dockerOwned.has(i.name)),
    ports: graph.ports.map((p) => ({ port: p, mark: markOf(diff, portKey(p)) })),
    sections,
    hostMode: pick((c) => running(c) && c.mode.kind === 'host'),
    noneMode: pick((c) => running(c) && c.mode.kind === 'none'),
    shared: pick((c) => running(c) && c.mode.kind === 'container'),
    stopped: pick((c) => !running(c)),
  };
}

/** The containers sharing a container's namespace (`--network container:NAME`). */
export const sharersOf = (g: TopologyGraph, name: string): string[] => g.containers.filter((c) => c.mode.kind === 'container' && c.mode.owner === name).map((c) => c.name);

export const hostAddr = (p: PublishedPort): string => `${p.hostIp.includes(':') ? `[${p.hostIp}]` : p.hostIp}:${p.hostPort}`;

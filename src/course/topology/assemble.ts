import type { ContainerInterface, ContainerNode, HostInterface, NetworkMode, NetworkNode, PublishedPort, TopologyGraph, VethPair } from './graph.js';
import type { DnatRule, ParsedLink, ProxyProcess } from './parse-host.js';
import type { InspectedContainer, InspectedNetwork } from './parse-docker.js';

/** Everything the read-only commands printed, parsed. */
export interface TopologyInputs {
  readonly backend: 'simulator' | 'docker';
  readonly networks: readonly InspectedNetwork[];
  readonly containers: readonly InspectedContainer[];
  readonly links: readonly ParsedLink[];
  readonly addresses: ReadonlyMap<string, readonly string[]>;
  /** undefined when `iptables -t nat -S` could not be read (not root). */
  readonly dnat: readonly DnatRule[] | undefined;
  readonly proxies: readonly ProxyProcess[];
  /** A running container's PID → its namespace's interfaces (from /proc/PID/net/igmp). */
  readonly namespaces: ReadonlyMap<number, readonly NsInterface[]>;
  readonly notes: readonly string[];
}

interface NsInterface {
  readonly index: number;
  readonly name: string;
}

const byName = <T extends { readonly name: string }>(a: T, b: T) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** The Linux bridge behind a bridge network: its option, or br-<12 hex of the ID>. */
function bridgeOf(n: InspectedNetwork): string | undefined {
  if (n.driver !== 'bridge') return undefined;
  return n.options.get('com.docker.network.bridge.name') || `br-${n.id.slice(0, 12)}`;
}

function networkNode(n: InspectedNetwork, containers: readonly InspectedContainer[]): NetworkNode {
  const bridge = bridgeOf(n);
  const parent = n.driver === 'macvlan' ? n.options.get('parent') || `dm-${n.id.slice(0, 12)}` : undefined;
  // Its containers: the endpoints (libnetwork's own, lb-… and gateway_…, are not containers),
  // and the stopped containers that still name it in their settings.
  const nameOf = (id: string) => containers.find((c) => c.id === id)?.name;
  const names = new Set(n.endpoints.map((e) => nameOf(e.containerId)).filter((x): x is string => x !== undefined));
  for (const c of containers) if (c.networks.some((x) => x.networkId === n.id || x.name === n.name)) names.add(c.name);
  const others = n.endpoints.filter((e) => nameOf(e.containerId) === undefined).map((e) => ({ name: e.name, address: e.address }));
  return {
    id: n.id.slice(0, 12), name: n.name, driver: n.driver, scope: n.scope, internal: n.internal,
    ...(n.subnet ? { subnet: n.subnet } : {}), ...(n.gateway ? { gateway: n.gateway } : {}),
    ...(bridge ? { bridge } : {}), ...(parent ? { parent } : {}),
    ...(n.peers ? { peers: n.peers } : {}),
    containers: [...names].sort(),
    ...(others.length > 0 ? { otherEndpoints: others.sort(byName) } : {}),
  };
}

function modeOf(c: InspectedContainer, all: readonly InspectedContainer[]): NetworkMode {
  const m = c.networkMode;
  if (m === 'host') return { kind: 'host' };
  if (m === 'none') return { kind: 'none' };
  if (m.startsWith('container:')) {
    const ref = m.slice('container:'.length);
    const owner = all.find((o) => o.id.startsWith(ref) || o.name === ref);
    return { kind: 'container', owner: owner?.name ?? ref.slice(0, 12) };
  }
  return { kind: 'bridge' };
}

/**
 * Which interface of the container's namespace belongs to which of its networks. A bridge
 * network's is the one whose peer (`veth…@ifN` on the host) is a port of that bridge; the
 * others (macvlan, overlay) are matched by elimination when only one of each is left. An
 * interface left over whose peer is on a bridge (docker_gwbridge for an overlay) is listed
 * under that bridge's network.
 */
function containerInterfaces(c: InspectedContainer, ns: readonly NsInterface[] | undefined, links: readonly ParsedLink[], networks: readonly InspectedNetwork[]): ContainerInterface[] {
  const own = (ns ?? []).filter((i) => i.name !== 'lo');
  const taken = new Set<number>();
  const bridgePort = (i: NsInterface) => links.find((l) => l.kind === 'veth' && l.peerIndex === i.index);
  const found = new Map<string, NsInterface>();
  for (const n of c.networks) {
    const net = networks.find((x) => x.id === n.networkId) ?? networks.find((x) => x.name === n.name);
    const bridge = net ? bridgeOf(net) : undefined;
    if (!bridge) continue;
    const i = own.find((x) => !taken.has(x.index) && bridgePort(x)?.master === bridge);
    if (i) {
      found.set(n.name, i);
      taken.add(i.index);
    }
  }
  const unmatchedNets = c.networks.filter((n) => !found.has(n.name) && n.ip !== '');
  const unmatchedIfs = own.filter((i) => !taken.has(i.index) && bridgePort(i) === undefined);
  if (unmatchedNets.length === 1 && unmatchedIfs.length === 1) {
    found.set((unmatchedNets[0] as (typeof unmatchedNets)[number]).name, unmatchedIfs[0] as NsInterface);
    taken.add((unmatchedIfs[0] as NsInterface).index);
  }
  const out: ContainerInterface[] = c.networks.map((n) => {
    const i = found.get(n.name);
    return { network: n.name, ...(i ? { name: i.name, index: i.index } : {}), address: n.ip ? `${n.ip}/${n.prefix}` : '', mac: n.mac, gateway: n.gateway };
  });
  for (const i of own) {
    if (taken.has(i.index)) continue;
    const master = bridgePort(i)?.master;
    const net = networks.find((x) => master !== undefined && bridgeOf(x) === master);
    // Its address is on the network's own list (docker_gwbridge lists the leg as gateway_<sandbox>).
    const ep = net?.endpoints.find((e) => e.containerId === c.id);
    if (net) out.push({ network: net.name, name: i.name, index: i.index, address: ep?.address ?? '', mac: '', gateway: '' });
  }
  return out.sort((a, b) => (a.index ?? 1e9) - (b.index ?? 1e9) || (a.network < b.network ? -1 : 1));
}

function containerNode(c: InspectedContainer, i: TopologyInputs): ContainerNode {
  const mode = modeOf(c, i.containers);
  const ns = c.pid ? i.namespaces.get(c.pid) : undefined;
  const interfaces = mode.kind === 'bridge' ? containerInterfaces(c, ns, i.links, i.networks) : [];
  return { id: c.id.slice(0, 12), name: c.name, image: c.image, state: c.state, exitCode: c.exitCode, mode, interfaces, exposed: [...c.exposed].sort() };
}

/** Each host-side veth with the container end it peers with (by index; the bridge's network breaks a tie). */
function vethPairs(links: readonly ParsedLink[], containers: readonly ContainerNode[], networks: readonly NetworkNode[]): VethPair[] {
  const out: VethPair[] = [];
  for (const l of links) {
    if (l.kind !== 'veth' || l.peerIndex === undefined) continue;
    const net = networks.find((n) => n.bridge !== undefined && n.bridge === l.master);
    const candidates = containers.flatMap((c) => c.interfaces.filter((x) => x.index === l.peerIndex).map((x) => ({ c, x })));
    const end = candidates.find((k) => k.x.network === net?.name) ?? (candidates.length === 1 ? candidates[0] : undefined);
    out.push({
      hostName: l.name, hostIndex: l.index, ...(l.master ? { bridge: l.master } : {}),
      ...(end ? { container: end.c.name, ...(end.x.name ? { containerIf: end.x.name } : {}) } : {}),
      containerIndex: l.peerIndex,
    });
  }
  return out.sort((a, b) => a.hostIndex - b.hostIndex);
}

/**
 * Published ports from each container's NetworkSettings.Ports, with the DNAT rule that sends
 * them on (its target is the container's address) and the docker-proxy that listens for them.
 */
function publishedPorts(i: TopologyInputs, containers: readonly ContainerNode[]): PublishedPort[] {
  const out: PublishedPort[] = [];
  for (const c of i.containers) {
    for (const b of c.ports) {
      const [port = '0', proto = 'tcp'] = b.key.split('/');
      const hostPort = Number(b.hostPort);
      const v4 = !b.hostIp.includes(':');
      const rule = v4 ? i.dnat?.find((r) => r.proto === proto && r.hostPort === hostPort && (r.hostIp === '' ? b.hostIp === '0.0.0.0' : r.hostIp === b.hostIp) && r.target.endsWith(`:${port}`)) : undefined;
      const node = containers.find((x) => x.name === c.name);
      const fallbackIp = node?.interfaces.find((x) => x.address !== '')?.address.split('/')[0] ?? '';
      const proxy = i.proxies.find((p) => p.proto === proto && p.hostIp === b.hostIp && p.hostPort === hostPort);
      const containerIp = rule?.target.split(':')[0] ?? proxy?.containerIp ?? fallbackIp;
      out.push({
        proto, hostIp: b.hostIp, hostPort, container: c.name, containerIp, containerPort: Number(port),
        ...(i.dnat !== undefined && v4 ? { dnat: rule !== undefined } : {}),
        ...(proxy ? { proxyPid: proxy.pid } : {}),
      });
    }
  }
  return out.sort((a, b) => a.hostPort - b.hostPort || (a.hostIp < b.hostIp ? -1 : a.hostIp > b.hostIp ? 1 : 0) || (a.proto < b.proto ? -1 : 1));
}

export function assembleTopology(i: TopologyInputs): TopologyGraph {
  const interfaces: HostInterface[] = i.links.map((l) => ({ ...l, addresses: [...(i.addresses.get(l.name) ?? [])] }));
  const containers = i.containers.map((c) => containerNode(c, i)).sort(byName);
  const networks = i.networks.map((n) => networkNode(n, i.containers)).sort(byName);
  return {
    backend: i.backend,
    host: { interfaces: interfaces.sort((a, b) => a.index - b.index) },
    networks,
    containers,
    vethPairs: vethPairs(i.links, containers, networks),
    ports: publishedPorts(i, containers),
    notes: i.notes,
  };
}

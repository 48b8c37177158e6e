import { broadcastOf, cidrString, intToIp, macFromIp } from '../net/ip.js';
import type { Attachment, Container, Endpoint, Network } from './model.js';
import { addInterfaceRoutes, nextIfname, plugVeth, registerEndpoint, removeEndpoint } from './sandbox.js';
import type { DaemonState } from './state.js';
import { forgetSwarmNetwork, ipamFor } from './swarm-cluster.js';

/**
 * The overlay driver on a single node, as Engine 20.10 builds it (observed with
 * `docker swarm init --advertise-addr 127.0.0.1`, then `docker run --network ov` on an
 * `--attachable` overlay):
 * - the network lives in a namespace `1-<10 chars of its ID>` holding br0 (the subnet's .1)
 *   and vxlan0; instantiating it on the node also makes its load balancer endpoint
 *   `lb-<net>` (`<net>-endpoint`), which takes the address after the first container's;
 * - a container gets eth0 on the overlay (MTU 1450, no gateway: IPAMConfig carries the
 *   address the manager assigned) and, once per sandbox, eth1 on docker_gwbridge
 *   (`gateway_<sandbox id>`), through which its default route goes.
 * Between nodes, vxlan0 carries frames for the other nodes' containers (net/overlay-peers.ts);
 * a worker's copy of the network goes when its last container leaves it.
 */
export const GWBRIDGE = 'docker_gwbridge';
const OVERLAY_MTU = 1450;

export const overlayNamespace = (net: Network): string => `1-${net.id.slice(0, 10)}`;

/**
 * On a worker, a swarm network lives as long as a container of the node is on it: with the
 * last one its load balancer, namespace and copy go (the manager keeps the network).
 */
function releaseWorkerCopy(s: DaemonState, net: Network): void {
  if (s.swarm?.role !== 'worker' || net.scope !== 'swarm' || net.ingress) return;
  const eps = [...net.endpoints].map((id) => s.endpoints.get(id)).filter((e): e is Endpoint => e !== undefined);
  if (eps.some((e) => e.containerId !== '')) return;
  for (const e of eps) removeEndpoint(s, undefined, e);
  s.kernel.net.deleteNamespace(overlayNamespace(net));
  forgetSwarmNetwork(s, net);
}

/** Creates the network's namespace and load balancer the first time a container of this node joins it. */
function instantiate(s: DaemonState, net: Network): void {
  const nsKey = overlayNamespace(net);
  if (s.kernel.net.namespaces.has(nsKey)) return;
  s.kernel.net.createNamespace(nsKey);
  const ipam = ipamFor(s, net.id);
  const pool = ipam.pool(net.id);
  s.kernel.net.addDevice(nsKey, {
    name: 'br0', kind: 'bridge', mac: s.rnd.mac(), mtu: OVERLAY_MTU, up: true,
    addresses: [{ ip: intToIp(pool.gateway), prefix: pool.subnet.prefix, broadcast: intToIp(broadcastOf(pool.subnet)), scope: 'global' }],
  });
  s.kernel.net.addDevice(nsKey, { name: 'vxlan0', kind: 'vxlan', mac: s.rnd.mac(), mtu: OVERLAY_MTU, up: true, addresses: [] });
  const ip = ipam.requestAddress(net.id);
  const lb: Endpoint = {
    id: s.rnd.hex(64), networkId: net.id, containerId: '', ip, prefix: pool.subnet.prefix, gateway: '', mac: macFromIp(ip),
    aliases: [], links: [], ifname: '', role: 'lb', display: { key: `lb-${net.name}`, name: `${net.name}-endpoint` },
  };
  s.endpoints.set(lb.id, lb);
  net.endpoints.add(lb.id);
}

/** The overlay leg: a veth whose one end is eth<N> in the container and whose other end is a port of br0. */
function plugOverlay(s: DaemonState, key: string, net: Network, ep: Endpoint, container: string): void {
  const nsKey = overlayNamespace(net);
  const pool = ipamFor(s, net.id).pool(net.id);
  const [inner, outer] = s.kernel.net.addVethPair({ name: `veth${s.rnd.hex(7)}`, mac: ep.mac }, { name: `veth${s.rnd.hex(7)}`, mac: s.rnd.mac() }, OVERLAY_MTU);
  const ifname = nextIfname(s, key);
  s.events.push({ kind: 'veth-created', host: outer.name, inner: ifname, hostIndex: outer.index, innerIndex: inner.index, container });
  s.kernel.net.moveDevice(outer, nsKey);
  const br0 = s.kernel.net.findByName(nsKey, 'br0');
  s.kernel.net.setUp(outer);
  if (br0) s.kernel.net.enslave(outer, br0);
  s.events.push({ kind: 'veth-attached', veth: outer.name, bridge: 'br0', netns: nsKey });
  s.kernel.net.moveDevice(inner, key, ifname);
  s.kernel.net.setUp(inner);
  inner.addresses.push({ ip: ep.ip, prefix: ep.prefix, broadcast: intToIp(broadcastOf(pool.subnet)), scope: 'global' });
  ep.ifname = ifname;
  addInterfaceRoutes(s, key, ifname, ep, pool.subnet);
}

/** A sandbox's leg on docker_gwbridge, made once whatever the number of overlays it joins. */
export function joinGatewayBridge(s: DaemonState, key: string, display: { key: string; name: string }, containerId: string): Endpoint | undefined {
  const gw = [...s.networks.values()].find((n) => n.name === GWBRIDGE);
  if (!gw?.bridgeName) return undefined;
  const existing = [...gw.endpoints].map((id) => s.endpoints.get(id)).find((e) => e?.role !== undefined && e.display?.key === display.key);
  if (existing) return existing;
  const pool = s.ipam.pool(gw.id);
  const ip = s.ipam.requestAddress(gw.id);
  const owner = s.containers.get(containerId)?.name;
  s.events.push({ kind: 'ip-allocated', network: gw.name, ip, subnet: cidrString(pool.subnet), ...(owner ? { container: owner } : {}) });
  const ep: Endpoint = {
    id: s.rnd.hex(64), networkId: gw.id, containerId, ip, prefix: pool.subnet.prefix, gateway: intToIp(pool.gateway), mac: macFromIp(ip),
    aliases: [], links: [], ifname: '', role: display.key === 'ingress-sbox' ? 'ingress-sbox' : 'gateway', display,
  };
  plugVeth(s, key, gw.bridgeName, ep, pool.subnet, owner);
  registerEndpoint(s, key, gw, ep);
  return ep;
}

export function joinOverlay(s: DaemonState, c: Container, key: string, net: Network, a: Attachment): Endpoint {
  const ipam = ipamFor(s, net.id);
  const pool = ipam.pool(net.id);
  // The manager assigns the address when it creates the attachment, before the node instantiates the network.
  const ip = ipam.requestAddress(net.id, a.ipv4Address);
  s.events.push({ kind: 'ip-allocated', network: net.name, ip, subnet: cidrString(pool.subnet), container: c.name });
  a.ipv4Address = ip;
  instantiate(s, net);
  const aliases = [...a.aliases];
  for (const extra of [c.id.slice(0, 12), c.config.hostname]) if (extra && !aliases.includes(extra)) aliases.push(extra);
  a.aliases = aliases;
  const ep: Endpoint = {
    id: s.rnd.hex(64), networkId: net.id, containerId: c.id, ip, prefix: pool.subnet.prefix, gateway: '', mac: macFromIp(ip),
    aliases, links: a.links, ifname: '', ipamConfigIp: ip,
  };
  plugOverlay(s, key, net, ep, c.name);
  registerEndpoint(s, key, net, ep, a);
  s.events.push({ kind: 'dns-registered', network: net.name, names: [c.name, ...aliases], ip });
  joinGatewayBridge(s, key, { key: c.id, name: `gateway_${key.slice(0, 12)}` }, c.id);
  return ep;
}

/** The container leaves an overlay; its docker_gwbridge leg goes with its last overlay. */
export function leaveOverlay(s: DaemonState, c: Container, ep: Endpoint): void {
  removeEndpoint(s, c.sandboxKey, ep);
  const net = s.networks.get(ep.networkId);
  if (net) releaseWorkerCopy(s, net);
  const key = c.sandboxKey;
  const sb = key ? s.sandboxes.get(key) : undefined;
  if (!sb) return;
  const stillOverlay = sb.endpoints.some((id) => {
    const e = s.endpoints.get(id);
    return e !== undefined && s.networks.get(e.networkId)?.driver === 'overlay';
  });
  if (stillOverlay) return;
  const gw = sb.endpoints.map((id) => s.endpoints.get(id)).find((e) => e?.role === 'gateway');
  if (gw) removeEndpoint(s, key, gw);
}

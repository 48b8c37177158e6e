import { broadcastOf, cidrString, intToIp, macFromIp } from '../net/ip.js';
import type { Attachment, Container, Endpoint, Network } from './model.js';
import { addInterfaceRoutes, nextIfname, plugVeth, registerEndpoint, removeEndpoint } from './sandbox.js';
import type { DaemonState } from './state.js';
import { forgetSwarmNetwork, ipamFor, markInstantiated } from './swarm-cluster.js';

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
 * A node has an overlay instantiated while a container of its is on it (the driver counts its
 * joins): with the last one its load balancer and namespace go, and with them the node from the
 * network's Peers. A worker's copy of the network goes too; the manager keeps the network.
 */
function releaseIfUnused(s: DaemonState, net: Network): void {
  if (net.scope !== 'swarm' || net.ingress) return;
  const eps = [...net.endpoints].map((id) => s.endpoints.get(id)).filter((e): e is Endpoint => e !== undefined);
  if (eps.some((e) => e.containerId !== '')) return;
  for (const e of eps) removeEndpoint(s, undefined, e);
  dismantleOverlay(s, net);
  if (s.swarm?.role === 'worker') forgetSwarmNetwork(s, net);
}

/** The load balancer's own sandbox: `lb_` and 9 characters of the network's ID. */
export const lbNamespace = (net: Network): string => `lb_${net.id.slice(0, 9)}`;

/** Creates the network's namespace (br0, vxlan0) the first time a container of this node joins it; true if it did. */
export function instantiateOverlay(s: DaemonState, net: Network): boolean {
  const nsKey = overlayNamespace(net);
  if (s.kernel.net.namespaces.has(nsKey)) return false;
  s.kernel.net.createNamespace(nsKey);
  const pool = ipamFor(s, net.id).pool(net.id);
  // The network's gossip lists the nodes in the order they joined it (Peers, the same on every node).
  markInstantiated(s, net.id);
  s.kernel.net.addDevice(nsKey, {
    name: 'br0', kind: 'bridge', mac: s.rnd.mac(), macFromPorts: true, mtu: OVERLAY_MTU, up: true,
    addresses: [{ ip: intToIp(pool.gateway), prefix: pool.subnet.prefix, broadcast: intToIp(broadcastOf(pool.subnet)), scope: 'global' }],
  });
  // libnetwork makes vxlan0 in the host's namespace and moves it in (it keeps the host's index).
  // Its link is itself in the host's namespace: `vxlan0@if12 … link-netnsid 0` from inside.
  const vni = Number(net.options.get('com.docker.network.driver.overlay.vxlanid_list') ?? 0);
  const vxlan = s.kernel.net.addDevice('host', { name: 'vxlan0', kind: 'vxlan', mac: s.rnd.mac(), mtu: OVERLAY_MTU, up: true, addresses: [], vni });
  s.kernel.net.moveDevice(vxlan, nsKey);
  s.kernel.net.linkTo(vxlan, { index: vxlan.index, netns: 'host' });
  const br0 = s.kernel.net.findByName(nsKey, 'br0');
  if (br0) s.kernel.net.enslave(vxlan, br0);
  // libnetwork turns IPv6 off in the namespaces it makes (observed: no inet6 at all there).
  s.kernel.net.disableIpv6(nsKey);
  return true;
}

/**
 * The network's load balancer on this node (`lb-<net>`, named `<net>-endpoint`): an endpoint
 * in its own sandbox `lb_…`, plugged into br0 like a container, with the address after the
 * first container's.
 */
function startLoadBalancer(s: DaemonState, net: Network): void {
  const ipam = ipamFor(s, net.id);
  const pool = ipam.pool(net.id);
  const ip = ipam.requestAddress(net.id);
  const lb: Endpoint = {
    id: s.rnd.hex(64), networkId: net.id, containerId: '', ip, prefix: pool.subnet.prefix, gateway: '', mac: macFromIp(ip),
    aliases: [], links: [], ifname: '', role: 'lb', display: { key: `lb-${net.name}`, name: `${net.name}-endpoint` },
  };
  const key = lbNamespace(net);
  if (!s.kernel.net.namespaces.has(key)) {
    s.kernel.net.createNamespace(key);
    s.kernel.net.disableIpv6(key);
  }
  plugOverlay(s, key, net, lb, undefined);
  s.endpoints.set(lb.id, lb);
  net.endpoints.add(lb.id);
}

/** Tears the network down on this node: its load balancer's sandbox and its own namespace. */
export function dismantleOverlay(s: DaemonState, net: Network): void {
  s.kernel.net.deleteNamespace(lbNamespace(net));
  s.kernel.net.deleteNamespace(overlayNamespace(net));
  const order = s.swarm?.cluster.instantiated.get(net.id);
  if (order) order.splice(0, order.length, ...order.filter((id) => id !== s.swarm?.nodeId));
}

/** br0's ports are renamed in the overlay's namespace as libnetwork's sandbox names them: veth0, veth1… */
function nextPortName(s: DaemonState, nsKey: string): string {
  let i = 0;
  while (s.kernel.net.findByName(nsKey, `veth${i}`)) i++;
  return `veth${i}`;
}

/** The overlay leg: a veth whose one end is eth<N> in the container and whose other end is a port of br0. */
export function plugOverlay(s: DaemonState, key: string, net: Network, ep: Endpoint, container: string | undefined): void {
  const nsKey = overlayNamespace(net);
  const pool = ipamFor(s, net.id).pool(net.id);
  const [inner, outer] = s.kernel.net.addVethPair({ name: `veth${s.rnd.hex(7)}`, mac: ep.mac }, { name: `veth${s.rnd.hex(7)}`, mac: s.rnd.mac() }, OVERLAY_MTU);
  const ifname = nextIfname(s, key);
  const port = nextPortName(s, nsKey);
  s.events.push({ kind: 'veth-created', host: port, inner: ifname, hostIndex: outer.index, innerIndex: inner.index, ...(container ? { container } : {}) });
  s.kernel.net.moveDevice(outer, nsKey, port);
  const br0 = s.kernel.net.findByName(nsKey, 'br0');
  s.kernel.net.setUp(outer);
  if (br0) s.kernel.net.enslave(outer, br0);
  s.events.push({ kind: 'veth-attached', veth: port, bridge: 'br0', netns: nsKey });
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
  const firstHere = instantiateOverlay(s, net);
  const aliases = [...a.aliases];
  for (const extra of [c.id.slice(0, 12), c.config.hostname]) if (extra && !aliases.includes(extra)) aliases.push(extra);
  a.aliases = aliases;
  const ep: Endpoint = {
    id: s.rnd.hex(64), networkId: net.id, containerId: c.id, ip, prefix: pool.subnet.prefix, gateway: '', mac: macFromIp(ip),
    aliases, links: a.links, ifname: '', ipamConfigIp: ip,
  };
  // The load balancer is plugged first (veth0 on br0), though its address comes after the container's.
  if (firstHere) startLoadBalancer(s, net);
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
  if (net) releaseIfUnused(s, net);
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

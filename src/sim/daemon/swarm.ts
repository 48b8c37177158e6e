import { invalidParameter, unavailable } from '../errors.js';
import { isIPv4, macFromIp } from '../net/ip.js';
import type { Endpoint, Network } from './model.js';
import { base36, createNetworkObject, deleteNetworkObject } from './networks.js';
import { GWBRIDGE, dismantleOverlay, instantiateOverlay, joinGatewayBridge, overlayNamespace, plugOverlay } from './overlay.js';
import { removeEndpoint } from './sandbox.js';
import type { DaemonState } from './state.js';
import { NODE_TEXTS } from './swarm-texts.js';
import { type SwarmCluster, type SwarmState, forgetSwarmNetwork, ipamFor, isLeader, leader } from './swarm-cluster.js';
import { JOIN_TEXTS } from './swarm-texts.js';

/**
 * Swarm mode, as `docker swarm init --advertise-addr ADDR` leaves an Engine 20.10 (observed,
 * then undone with `docker swarm leave --force`):
 * - the `ingress` overlay (10.0.0.0/24, VXLAN 4096, ID of 25 base-36 characters) with the
 *   ingress sandbox's endpoint `ingress-endpoint` at 10.0.0.2;
 * - `docker_gwbridge` (the next local pool, ICC off, its bridge and iptables rules) with the
 *   ingress sandbox's leg `gateway_ingress-sbox` at .2;
 * `docker swarm leave --force` removes the overlays but leaves docker_gwbridge behind.
 * A node that joins (swarm-join.ts) gets the same ingress network, with its own address from
 * the manager, and its own docker_gwbridge.
 */
export type { SwarmState } from './swarm-cluster.js';

export const SWARM_PORT = 2377;
export const INGRESS_SANDBOX = 'ingress_sbox';

export interface SwarmInitOptions {
  /** --advertise-addr: an address or an interface name, with an optional :port. */
  readonly advertiseAddr?: string;
}

/** Which address the node advertises: the one given (an IP, or an interface's address), else the default route's. */
export function advertiseAddress(s: DaemonState, given: string | undefined): string {
  const net = s.kernel.net;
  if (given !== undefined) {
    const host = given.replace(/:\d+$/, '');
    if (isIPv4(host) && host !== '0.0.0.0') return host;
    const dev = net.findByName('host', host);
    const addr = dev?.addresses.find((a) => a.scope !== 'link')?.ip;
    if (!addr) throw invalidParameter('advertise address must be a non-zero IP address or network interface (with optional port number)');
    return addr;
  }
  const route = net.ns('host').routes.find((r) => r.dst === 'default');
  const dev = route ? net.findByName('host', route.dev) : undefined;
  const addr = dev?.addresses.find((a) => a.scope === 'global')?.ip;
  if (!addr) throw unavailable("could not find the system's IP address - specify one with --advertise-addr");
  return addr;
}

export function swarmInit(s: DaemonState, o: SwarmInitOptions = {}): SwarmState {
  if (s.swarm || s.swarmPending) throw unavailable('This node is already part of a swarm. Use "docker swarm leave" to leave this swarm and join another one.');
  const advertiseAddr = advertiseAddress(s, o.advertiseAddr);
  const advertisePort = Number(/:(\d+)$/.exec(o.advertiseAddr ?? '')?.[1] ?? SWARM_PORT);
  const digest = caDigest(s);
  const nodeId = base36(s, 25);
  const cluster: SwarmCluster = {
    id: base36(s, 25), workerToken: `SWMTKN-1-${digest}-${base36(s, 25)}`, managerToken: `SWMTKN-1-${digest}-${base36(s, 25)}`, nodes: [], instantiated: new Map(),
  };
  const peerName = s.rnd.hex(12);
  cluster.nodes.push({ id: nodeId, hostname: s.hostname, role: 'manager', advertiseAddr, advertisePort, peerName, status: 'ready', state: s });
  const swarm = nodeSwarmState(cluster, nodeId);
  s.swarm = swarm;
  s.ipam.resetGlobal();
  const ingress = createNetworkObject(s, { name: 'ingress', driver: 'overlay' }, { ingress: true, system: true });
  ensureGatewayBridge(s);
  startIngressSandbox(s, ingress);
  return swarm;
}

/**
 * The first part of a join token: the SHA-256 of the swarm's root CA certificate, written in
 * base 36 on 50 characters (a joining node checks the CA it is shown against it).
 */
function caDigest(s: DaemonState): string {
  return BigInt(`0x${s.rnd.hex(64)}`).toString(36).padStart(50, '0');
}

/** Where a join command sends a node: the leader's advertised address and port. */
export function managerAddress(cluster: SwarmCluster): string {
  const m = leader(cluster) ?? cluster.nodes[0];
  return m ? `${m.advertiseAddr}:${m.advertisePort}` : '';
}

/** A node's view of its swarm: its record in the cluster, and the cluster's identity. */
export function nodeSwarmState(cluster: SwarmCluster, nodeId: string): SwarmState {
  const node = cluster.nodes.find((n) => n.id === nodeId);
  if (!node) throw new Error(`node ${nodeId} is not in the cluster`);
  return {
    nodeId, advertiseAddr: node.advertiseAddr, managerAddr: managerAddress(cluster), clusterId: cluster.id, workerToken: cluster.workerToken, managerToken: cluster.managerToken,
    peerName: node.peerName, role: node.role, cluster,
  };
}

/** docker_gwbridge, made by the first swarm init and kept across leave/init. */
export function ensureGatewayBridge(s: DaemonState): Network {
  const existing = [...s.networks.values()].find((n) => n.name === GWBRIDGE);
  if (existing) return existing;
  const options = new Map([
    ['com.docker.network.bridge.enable_icc', 'false'],
    ['com.docker.network.bridge.enable_ip_masquerade', 'true'],
    ['com.docker.network.bridge.name', GWBRIDGE],
  ]);
  return createNetworkObject(s, { name: GWBRIDGE, driver: 'bridge', options }, { ipamOptionsNull: true, system: true });
}

/** The ingress sandbox: a namespace with a leg on the ingress overlay and one on docker_gwbridge. */
export function startIngressSandbox(s: DaemonState, ingress: Network): void {
  const net = s.kernel.net;
  if (net.namespaces.has(INGRESS_SANDBOX)) net.deleteNamespace(INGRESS_SANDBOX);
  net.createNamespace(INGRESS_SANDBOX);
  s.sandboxes.set(INGRESS_SANDBOX, { key: INGRESS_SANDBOX, containerId: '', path: `/var/run/docker/netns/${INGRESS_SANDBOX}`, endpoints: [] });
  if (net.namespaces.has(overlayNamespace(ingress))) dismantleOverlay(s, ingress);
  instantiateOverlay(s, ingress);
  const ipam = ipamFor(s, ingress.id);
  const pool = ipam.pool(ingress.id);
  const ip = ipam.requestAddress(ingress.id);
  const ep: Endpoint = {
    id: s.rnd.hex(64), networkId: ingress.id, containerId: '', ip, prefix: pool.subnet.prefix, gateway: '',
    mac: macFromIp(ip),
    aliases: [], links: [], ifname: '', role: 'ingress-sbox' as const, display: { key: 'ingress-sbox', name: 'ingress-endpoint' },
  };
  plugOverlay(s, INGRESS_SANDBOX, ingress, ep, undefined);
  // Observed on Engine 20.10 (swarm init, and a worker's join): two more interface indexes are
  // taken before the sandbox's docker_gwbridge leg (its veth pair comes out as 10 and 11).
  net.allocIndex();
  net.allocIndex();
  s.endpoints.set(ep.id, ep);
  ingress.endpoints.add(ep.id);
  s.sandboxes.get(INGRESS_SANDBOX)?.endpoints.push(ep.id);
  joinGatewayBridge(s, INGRESS_SANDBOX, { key: 'ingress-sbox', name: 'gateway_ingress-sbox' }, '');
}

/**
 * POST /swarm/leave. A manager needs --force (it is the last one: leaving erases the swarm);
 * a worker leaves as it is, and the managers list it as Down from then on.
 */
export function swarmLeave(s: DaemonState, force: boolean): void {
  if (s.swarmPending) {
    delete s.swarmPending;
    return;
  }
  if (!s.swarm) throw unavailable('This node is not part of a swarm');
  if (!force && s.swarm.role === 'manager') {
    const managers = s.swarm.cluster.nodes.filter((n) => n.role === 'manager' && n.status === 'ready').length;
    if (managers > 1) throw unavailable(JOIN_TEXTS.quorum(managers - 1, managers));
    throw unavailable('You are attempting to leave the swarm on a node that is participating as a manager. Removing the last manager erases all current state of the swarm. Use `--force` to ignore this message.');
  }
  const leaderBefore = isLeader(s);
  for (const c of s.containers.values()) {
    for (const a of c.networks.values()) {
      const ep = a.endpointId ? s.endpoints.get(a.endpointId) : undefined;
      if (ep && s.networks.get(ep.networkId)?.scope === 'swarm') {
        removeEndpoint(s, c.sandboxKey, ep);
        delete a.endpointId;
      }
    }
  }
  for (const n of [...s.networks.values()]) {
    if (n.scope !== 'swarm') continue;
    for (const id of [...n.endpoints]) {
      const ep = s.endpoints.get(id);
      if (ep) removeEndpoint(s, undefined, ep);
    }
    dismantleOverlay(s, n);
    if (leaderBefore) deleteNetworkObject(s, n);
    else forgetSwarmNetwork(s, n);
  }
  const sbox = s.sandboxes.get(INGRESS_SANDBOX);
  if (sbox) {
    for (const id of [...sbox.endpoints]) {
      const ep = s.endpoints.get(id);
      if (ep) removeEndpoint(s, INGRESS_SANDBOX, ep);
    }
    s.kernel.net.deleteNamespace(INGRESS_SANDBOX);
    s.sandboxes.delete(INGRESS_SANDBOX);
  }
  const self = s.swarm.cluster.nodes.find((n) => n.id === s.swarm?.nodeId);
  if (self) {
    self.status = 'down';
    self.leftAt = s.clock.now();
  }
  delete s.swarm;
}

/** GET /swarm (join tokens): managers only. */
export function swarmInspect(s: DaemonState): SwarmState {
  if (!s.swarm) throw unavailable(NODE_TEXTS.notInSwarm);
  if (s.swarm.role !== 'manager') throw unavailable(NODE_TEXTS.workerRefused);
  return s.swarm;
}

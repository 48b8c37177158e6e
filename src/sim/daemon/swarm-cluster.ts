import type { Ipam } from './ipam.js';
import type { Network } from './model.js';
import type { DaemonState } from './state.js';

/**
 * A swarm as its nodes share it: the cluster's identity and join tokens, and its nodes as the
 * managers' store lists them (a node that left stays, Down, until `docker node rm`). Each
 * node's dockerd keeps its own SwarmState pointing here. Managers hold the swarm's networks
 * and their address pools (the `global` IPAM space): a worker only instantiates an overlay
 * when a container of its joins it, with addresses the manager hands out.
 */
export interface SwarmNode {
  readonly id: string;
  readonly hostname: string;
  readonly role: 'manager' | 'worker';
  /** The address the node advertised: where the others reach it, and its VXLAN endpoint. */
  readonly advertiseAddr: string;
  /** A manager's advertised swarm port (`--advertise-addr IP:PORT`; 2377 by default): what join commands name. */
  readonly advertisePort: number;
  /** Its name among an overlay's Peers (12 hex). */
  readonly peerName: string;
  status: 'ready' | 'down';
  /** When it left the swarm (the managers notice only when its heartbeats stop: `seenStatus`). */
  leftAt?: number;
  /** The node's dockerd. */
  readonly state: DaemonState;
}

export interface SwarmCluster {
  readonly id: string;
  readonly workerToken: string;
  readonly managerToken: string;
  readonly nodes: SwarmNode[];
  /** For each swarm network, the nodes that have it instantiated, in the order they did (node IDs). */
  readonly instantiated: Map<string, string[]>;
}

/** This node's part in a swarm (docker swarm init / join). */
export interface SwarmState {
  readonly nodeId: string;
  readonly advertiseAddr: string;
  /** The manager address and port a join command names: `10.0.2.15:2377`. */
  readonly managerAddr: string;
  readonly clusterId: string;
  readonly workerToken: string;
  readonly managerToken: string;
  /** The node's name among an overlay's Peers (12 hex). */
  readonly peerName: string;
  readonly role: 'manager' | 'worker';
  readonly cluster: SwarmCluster;
}

/** The manager that answers for the swarm (the leader: the node that made it). */
export function leader(cluster: SwarmCluster): SwarmNode | undefined {
  return cluster.nodes.find((n) => n.role === 'manager' && n.status === 'ready');
}

/** Is this node a manager (it may see and change the cluster's state)? */
export const isManager = (s: DaemonState): boolean => s.swarm?.role === 'manager';

/**
 * Is this node the leader, whose store (here: its DaemonState) holds the swarm's networks and
 * their pools? Other nodes, managers too, ask it (the simulator keeps one copy of the store).
 */
export function isLeader(s: DaemonState): boolean {
  const sw = s.swarm;
  return sw !== undefined && leader(sw.cluster)?.state === s;
}

/** The leader's daemon, for a node that is not it. */
export function leaderState(s: DaemonState): DaemonState | undefined {
  const sw = s.swarm;
  if (!sw || isLeader(s)) return undefined;
  return leader(sw.cluster)?.state;
}

/** The IPAM that holds a network's pool: a worker's swarm networks are the manager's to allocate from. */
export function ipamFor(s: DaemonState, networkId: string): Ipam {
  const sw = s.swarm;
  if (!sw || isLeader(s)) return s.ipam;
  if (s.networks.get(networkId)?.scope !== 'swarm') return s.ipam;
  return leader(sw.cluster)?.state.ipam ?? s.ipam;
}

/** A swarm network the manager knows by this name, ID or ID prefix (what a worker asks for when a container joins). */
export function clusterNetwork(s: DaemonState, ref: string): Network | undefined {
  const sw = s.swarm;
  if (!sw || isLeader(s)) return undefined;
  const manager = leader(sw.cluster)?.state;
  if (!manager) return undefined;
  const swarmNets = [...manager.networks.values()].filter((n) => n.scope === 'swarm');
  return swarmNets.find((n) => n.name === ref) ?? swarmNets.find((n) => n.id === ref) ?? (ref.length > 0 ? swarmNets.find((n) => n.id.startsWith(ref)) : undefined);
}

/**
 * The worker's own copy of a swarm network, made when a container of its joins it (the
 * manager sent its definition with the attachment): same ID, name, options and labels.
 */
export function adoptSwarmNetwork(s: DaemonState, remote: Network): Network {
  const existing = s.networks.get(remote.id);
  if (existing) return existing;
  const net: Network = { ...remote, endpoints: new Set() };
  s.networks.set(net.id, net);
  s.events.push({ kind: 'network-created', network: net.name, driver: net.driver, ...(net.ipamConfig[0] ? { subnet: net.ipamConfig[0].subnet } : {}) });
  return net;
}

/**
 * Can these two nodes gossip (port 7946, to the address each advertised)? Not when either
 * advertised a loopback address: the other then talks to itself. Without gossip they learn
 * nothing of each other's containers (no names, no Peers, no VXLAN endpoint).
 */
export function gossips(a: SwarmNode, b: SwarmNode): boolean {
  if (a === b) return true;
  return !a.advertiseAddr.startsWith('127.') && !b.advertiseAddr.startsWith('127.');
}

/** This node's own record in its swarm. */
export function selfNode(s: DaemonState): SwarmNode | undefined {
  return s.swarm?.cluster.nodes.find((n) => n.id === s.swarm?.nodeId);
}

/**
 * The nodes this node knows to have the network instantiated, in the order they instantiated
 * it (as the network's gossip lists them, the same on every node): itself, and the ready
 * nodes it gossips with.
 */
export function swarmNodesWith(s: DaemonState, networkId: string): SwarmNode[] {
  const sw = s.swarm;
  const self = selfNode(s);
  if (!sw || !self) return [];
  const order = sw.cluster.instantiated.get(networkId) ?? [];
  return order
    .map((id) => sw.cluster.nodes.find((n) => n.id === id))
    .filter((n): n is SwarmNode => n !== undefined && n.status === 'ready' && n.state.networks.has(networkId) && gossips(self, n));
}

/**
 * A worker's copy of a swarm network goes (its last container left, or the node left the
 * swarm): the manager keeps the network and its pool.
 */
export function forgetSwarmNetwork(s: DaemonState, n: Network): void {
  s.networks.delete(n.id);
  s.events.push({ kind: 'network-removed', network: n.name, driver: n.driver });
}

/** This node instantiated the network: it goes to the end of the network's gossip list (Peers). */
export function markInstantiated(s: DaemonState, networkId: string): void {
  const sw = s.swarm;
  if (!sw) return;
  sw.cluster.instantiated.set(networkId, [...(sw.cluster.instantiated.get(networkId) ?? []).filter((id) => id !== sw.nodeId), sw.nodeId]);
}

/** How long the managers take to mark a node that left as Down (observed: about 14 s on Engine 20.10). */
export const DOWN_AFTER_MS = 14_000;

/** A node's status as the managers see it at `now`: one that left still looks Ready until its heartbeats are missed. */
export function seenStatus(node: SwarmNode, now: number): 'ready' | 'down' {
  if (node.status === 'down' && node.leftAt !== undefined && now - node.leftAt < DOWN_AFTER_MS) return 'ready';
  return node.status;
}

import { invalidParameter, unavailable } from '../errors.js';
import { isIPv4 } from '../net/ip.js';
import type { DaemonState } from './state.js';
import { SWARM_PORT, advertiseAddress, ensureGatewayBridge, nodeSwarmState, startIngressSandbox } from './swarm.js';
import { type SwarmState, adoptSwarmNetwork, leader } from './swarm-cluster.js';
import { base36 } from './networks.js';
import { JOIN_TEXTS } from './swarm-texts.js';

/**
 * POST /swarm/join: this node reaches a manager at `remoteAddr` (over the lab's LAN, through
 * the routes and iptables rules of both machines), shows it a join token, and becomes a
 * worker of its swarm: it gets the swarm's ingress network (its own ingress sandbox, with an
 * address the manager hands out) and its own docker_gwbridge. A node that joins with the
 * manager token is a manager too (Reachable, beside the Leader): it may list and change the
 * cluster; the swarm's networks stay in the leader's store, which it asks.
 */
export interface SwarmJoinOptions {
  readonly remoteAddr: string;
  readonly token: string;
  readonly advertiseAddr?: string;
}

export type SwarmJoinOutcome = { readonly kind: 'joined'; readonly swarm: SwarmState };

const TOKEN = /^SWMTKN-1-([0-9a-z]{50})-([0-9a-z]{25})$/;

function splitRemote(remote: string): { host: string; port: number } {
  const m = /^(.*?)(?::(\d+))?$/.exec(remote);
  return { host: m?.[1] ?? remote, port: m?.[2] !== undefined ? Number(m[2]) : SWARM_PORT };
}

export function swarmJoin(s: DaemonState, o: SwarmJoinOptions): SwarmJoinOutcome {
  if (s.swarm || s.swarmPending) throw unavailable(JOIN_TEXTS.alreadyInSwarm);
  const token = TOKEN.exec(o.token);
  // The digest must be a SHA-256 in base 36: 50 characters can hold more than 256 bits.
  const fingerprint = token?.[1] !== undefined ? base36ToHex(token[1]) : undefined;
  if (fingerprint === undefined) throw invalidParameter(JOIN_TEXTS.invalidToken);
  const { host, port } = splitRemote(o.remoteAddr);
  const manager = isIPv4(host) ? s.underlay?.reach(host, port) : undefined;
  const sw = manager?.swarm;
  if (!manager || !sw || sw.role !== 'manager') {
    // dockerd keeps trying in the background (20 s passed): the node stays pending until `swarm leave`.
    const advertiseAddr = o.advertiseAddr ?? s.underlay?.sourceFor(host) ?? '';
    s.swarmPending = { remoteAddr: `${host}:${port}`, advertiseAddr };
    throw unavailable(JOIN_TEXTS.timeout);
  }
  const cluster = sw.cluster;
  // The manager shows its CA first; a token made for another swarm names another one.
  if (token?.[1] !== cluster.workerToken.split('-')[2]) throw invalidParameter(JOIN_TEXTS.caMismatch(fingerprint));
  const role = o.token === cluster.managerToken ? 'manager' : 'worker';
  if (role === 'worker' && o.token !== cluster.workerToken) throw invalidParameter(JOIN_TEXTS.wrongToken);
  // The address it advertises: given, or the one its connection to the manager left from.
  const advertiseAddr = o.advertiseAddr !== undefined ? advertiseAddress(s, o.advertiseAddr) : (s.underlay?.sourceFor(host) ?? advertiseAddress(s, undefined));
  const nodeId = base36(s, 25);
  cluster.nodes.push({ id: nodeId, hostname: s.hostname, role, advertiseAddr, advertisePort: SWARM_PORT, peerName: s.rnd.hex(12), status: 'ready', state: s });
  const swarm = nodeSwarmState(cluster, nodeId);
  s.swarm = swarm;
  const ingress = [...(leader(cluster)?.state.networks.values() ?? [])].find((n) => n.ingress);
  ensureGatewayBridge(s);
  if (ingress) startIngressSandbox(s, adoptSwarmNetwork(s, ingress));
  return { kind: 'joined', swarm };
}

/** A 50-character base-36 digest as the 64 hex digits of its SHA-256, if it fits in 256 bits. */
function base36ToHex(digest: string): string | undefined {
  let n = 0n;
  for (const ch of digest) n = n * 36n + BigInt(parseInt(ch, 36));
  return n < 1n << 256n ? n.toString(16).padStart(64, '0') : undefined;
}

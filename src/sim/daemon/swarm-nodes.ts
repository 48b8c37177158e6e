import { conflict, notFound, unavailable } from '../errors.js';
import type { DaemonState } from './state.js';
import { type SwarmNode, seenStatus } from './swarm-cluster.js';
import { NODE_TEXTS } from './swarm-texts.js';

/** The cluster's state is the managers' to show: a worker, or a node outside any swarm, is refused. */
function managerOnly(s: DaemonState): SwarmNode[] {
  const sw = s.swarm;
  if (!sw) throw unavailable(NODE_TEXTS.notInSwarm);
  if (sw.role !== 'manager') throw unavailable(NODE_TEXTS.workerRefused);
  return sw.cluster.nodes;
}

/** GET /nodes: every node the managers know, Down ones included, in the order they joined. */
export function listNodes(s: DaemonState): readonly SwarmNode[] {
  return managerOnly(s);
}

/** GET /nodes/{id}: a node by full ID, hostname or unique ID prefix; `self` is this node (the CLI's word). */
export function inspectNode(s: DaemonState, ref: string): SwarmNode {
  const nodes = managerOnly(s);
  return findNode(nodes, ref === 'self' ? (s.swarm?.nodeId ?? ref) : ref);
}

/** A node by full ID, unique ID prefix or hostname, as the API's node lookup takes it. */
function findNode(nodes: readonly SwarmNode[], ref: string): SwarmNode {
  const exact = nodes.find((n) => n.id === ref);
  if (exact) return exact;
  const byName = nodes.filter((n) => n.hostname === ref);
  if (byName.length === 1 && byName[0]) return byName[0];
  const byPrefix = nodes.filter((n) => n.id.startsWith(ref));
  if (byPrefix.length === 1 && byPrefix[0]) return byPrefix[0];
  if (byName.length > 1 || byPrefix.length > 1) throw notFound(NODE_TEXTS.ambiguous(ref));
  throw notFound(NODE_TEXTS.noSuchNode(ref));
}

/** DELETE /nodes/{id}: only a node that is Down (it left, or is unreachable), unless forced; never the last manager. */
export function removeNode(s: DaemonState, ref: string, force: boolean): SwarmNode {
  const nodes = managerOnly(s);
  const node = findNode(nodes, ref);
  if (node.role === 'manager') throw conflict(NODE_TEXTS.isManager(node.id));
  if (seenStatus(node, s.clock.now()) !== 'down' && !force) throw conflict(NODE_TEXTS.notDown(node.id));
  nodes.splice(nodes.indexOf(node), 1);
  return node;
}

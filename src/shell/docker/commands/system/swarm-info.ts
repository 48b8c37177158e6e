import type { DaemonState } from '../../../../sim/daemon/state.js';
import type { SwarmState } from '../../../../sim/daemon/swarm-cluster.js';
import { type GoStruct, type GoValue, goSlice, goStruct } from '../../../go-template/index.js';

/**
 * The swarm part of `docker info`, as docker/cli's printSwarmInfo writes it: nothing more than
 * the state when inactive; the node's ID, whether it is a manager, its address and the managers'
 * addresses otherwise; and on a manager the cluster's counts and settings between them. A node
 * whose join timed out is `pending`, with the manager it is still trying.
 */
const CLUSTER_SETTINGS = [
  '  Default Address Pool: 10.0.0.0/8  ', '  SubnetSize: 24', '  Data Path Port: 4789', '  Orchestration:', '   Task History Retention Limit: 5', '  Raft:',
  '   Snapshot Interval: 10000', '   Number of Old Snapshots to Retain: 0', '   Heartbeat Tick: 1', '   Election Tick: 10', '  Dispatcher:', '   Heartbeat Period: 5 seconds',
  '  CA Configuration:', '   Expiry Duration: 3 months', '   Force Rotate: 0', '  Autolock Managers: false', '  Root Rotation In Progress: false',
];

function managers(swarm: SwarmState) {
  return swarm.cluster.nodes.filter((n) => n.role === 'manager');
}

export function swarmInfoLines(s: DaemonState): string[] {
  const swarm = s.swarm;
  const pending = s.swarmPending;
  if (pending) return [' Swarm: pending', '  NodeID: ', '  Is Manager: false', `  Node Address: ${pending.advertiseAddr}`, '  Manager Addresses:', `   ${pending.remoteAddr}`];
  if (!swarm) return [' Swarm: inactive'];
  const cluster = swarm.role === 'manager'
    ? [`  ClusterID: ${swarm.clusterId}`, `  Managers: ${managers(swarm).length}`, `  Nodes: ${swarm.cluster.nodes.length}`, ...CLUSTER_SETTINGS]
    : [];
  const addresses = managers(swarm).map((n) => `${n.advertiseAddr}:${n.advertisePort}`).sort().map((a) => `   ${a}`);
  return [' Swarm: active', `  NodeID: ${swarm.nodeId}`, `  Is Manager: ${swarm.role === 'manager'}`, ...cluster, `  Node Address: ${swarm.advertiseAddr}`, '  Manager Addresses:', ...addresses];
}

/**
 * `.Swarm` for `docker info --format`: swarm.Info's fields in its order. A manager's Cluster
 * (its spec, CA and certificate) is not simulated and left out.
 */
export function swarmInfoStruct(s: DaemonState): GoStruct {
  const swarm = s.swarm;
  const pending = s.swarmPending;
  const remote = (nodeId: string, addr: string): GoValue => goStruct({ NodeID: nodeId, Addr: addr }, { type: 'swarm.Peer' });
  const remotes = swarm
    ? goSlice(managers(swarm).map((n) => remote(n.id, `${n.advertiseAddr}:${n.advertisePort}`)), '[]swarm.Peer')
    : pending ? goSlice([remote('', pending.remoteAddr)], '[]swarm.Peer') : null;
  const fields: Record<string, GoValue> = {
    NodeID: swarm?.nodeId ?? '', NodeAddr: swarm?.advertiseAddr ?? pending?.advertiseAddr ?? '',
    LocalNodeState: swarm ? 'active' : pending ? 'pending' : 'inactive', ControlAvailable: swarm?.role === 'manager', Error: '', RemoteManagers: remotes,
  };
  if (swarm?.role === 'manager') {
    fields.Nodes = swarm.cluster.nodes.length;
    fields.Managers = managers(swarm).length;
  }
  return goStruct(fields, { type: 'swarm.Info' });
}

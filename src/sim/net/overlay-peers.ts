import { overlayNamespace } from '../daemon/overlay.js';
import { gossips, selfNode } from '../daemon/swarm-cluster.js';
import type { SimHost } from '../host.js';

/** The UDP port VXLAN travels on between nodes (Docker's default data path port). */
export const VXLAN_PORT = 4789;

/**
 * The overlay's peer table, as the nodes of a swarm fill it for each other (libnetwork's
 * peerDB, fed by gossip): for an address on the overlay whose namespace is `netns`, the
 * other node whose container has it, and that node's VXLAN endpoint (the address it
 * advertised when it joined). Nodes that are Down, or whose copy of the network has no such
 * container, are not in it.
 */
export interface OverlayPeer {
  readonly host: SimHost;
  readonly vtep: string;
}

export function overlayPeerFor(from: SimHost, netns: string, ip: string): OverlayPeer | undefined {
  const sw = from.daemon.swarm;
  const self = selfNode(from.daemon);
  if (!sw || !self) return undefined;
  for (const node of sw.cluster.nodes) {
    if (node.state === from.daemon || node.status !== 'ready' || !gossips(self, node)) continue;
    const host = from.lab.booted().find((h) => h.daemon === node.state);
    const br0 = host?.kernel.net.findByName(netns, 'br0');
    if (!host || !br0 || !host.kernel.net.portPeerWith(br0, ip)) continue;
    return { host, vtep: node.advertiseAddr };
  }
  return undefined;
}

/** One remote address of an overlay, as the node programs it into its namespace (a static neighbour and fdb entry). */
export interface RemotePeer {
  readonly ip: string;
  readonly mac: string;
  /** The node it is on: its VXLAN endpoint. */
  readonly vtep: string;
}

/**
 * What libnetwork's peerDB programs in an overlay's namespace on this machine: every endpoint
 * the other nodes have on the network (their containers and load balancers, in the order they
 * were plugged), with the node's VXLAN endpoint. Empty outside an overlay's namespace.
 */
export function remotePeers(host: SimHost, netns: string): RemotePeer[] {
  const sw = host.daemon.swarm;
  const self = selfNode(host.daemon);
  const net = [...host.daemon.networks.values()].find((n) => n.driver === 'overlay' && overlayNamespace(n) === netns);
  if (!sw || !self || !net) return [];
  const out: RemotePeer[] = [];
  for (const node of sw.cluster.nodes) {
    if (node.state === host.daemon || node.status !== 'ready' || !gossips(self, node)) continue;
    const copy = node.state.networks.get(net.id);
    for (const id of copy?.endpoints ?? []) {
      const ep = node.state.endpoints.get(id);
      if (ep?.ifname) out.push({ ip: ep.ip, mac: ep.mac, vtep: node.advertiseAddr });
    }
  }
  return out;
}

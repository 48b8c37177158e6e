import type { TopologyGraph } from '../../course/topology/graph.js';
import { isLab, type LabTopology } from '../../course/topology/lab.js';

/**
 * A lab's picture as facts, for both renderers (boxes, plain lines): its machines in order
 * (this one first, then the others by address) and the overlays that span them.
 */
export interface Machine {
  readonly name: string;
  readonly address: string;
  /** The interface that holds the address (eth0), when the machine was read. */
  readonly iface?: string;
  readonly here: boolean;
  readonly graph?: TopologyGraph;
  /** The same machine in the previous picture, to mark what changed on it. */
  readonly previous?: TopologyGraph;
  readonly note?: string;
}

export interface SpanningOverlay {
  readonly name: string;
  readonly subnet?: string;
  /** The machines it spans, by name, in the lab's order. */
  readonly machines: readonly Machine[];
}

export interface LabFacts {
  readonly machines: readonly Machine[];
  readonly overlays: readonly SpanningOverlay[];
}

/** A graph without the lab's fields: one machine's own. */
function own(g: TopologyGraph): TopologyGraph {
  const { node: _node, nodes: _nodes, ...rest } = g as LabTopology;
  return rest;
}

const ifaceOf = (g: TopologyGraph, address: string): string | undefined => g.host.interfaces.find((i) => i.addresses.some((a) => a.split('/')[0] === address))?.name;

export function labFacts(lab: LabTopology & { readonly node: NonNullable<LabTopology['node']> }, previous?: TopologyGraph): LabFacts {
  const local = own(lab);
  const before = previous && isLab(previous) ? previous : undefined;
  const here: Machine = {
    name: lab.node.name, address: lab.node.address, here: true, graph: local,
    ...(ifaceOf(local, lab.node.address) ? { iface: ifaceOf(local, lab.node.address) } : {}),
    ...(previous ? { previous: own(previous) } : {}),
  };
  const others: Machine[] = (lab.nodes ?? []).map((n) => {
    const old = before?.nodes.find((x) => x.address === n.address)?.graph;
    const iface = n.graph ? ifaceOf(n.graph, n.address) : undefined;
    return {
      name: n.name, address: n.address, here: false,
      ...(iface ? { iface } : {}), ...(n.graph ? { graph: n.graph } : {}), ...(old ? { previous: old } : {}), ...(n.note ? { note: n.note } : {}),
    };
  });
  const machines = [here, ...others];
  // The swarm's own ingress spans every node: listed after the learner's overlays.
  const overlays = local.networks
    .filter((n) => n.driver === 'overlay' && n.peers)
    .map((n) => ({ name: n.name, ...(n.subnet ? { subnet: n.subnet } : {}), machines: machines.filter((m) => n.peers?.some((p) => p.ip === m.address)) }))
    .filter((v) => v.machines.length > 1)
    .sort((a, b) => Number(a.name === 'ingress') - Number(b.name === 'ingress') || (a.name < b.name ? -1 : 1));
  return { machines, overlays };
}

import type { TopologyGraph } from '../../course/topology/graph.js';
import type { LabTopology } from '../../course/topology/lab.js';
import { makeStyle } from '../text/style.js';
import { wrapLine } from '../text/wrap.js';
import { type Box, GAP, heading, layoutBoxes } from './boxes.js';
import { labFacts } from './lab-facts.js';
import { topologyLabels } from './labels.js';
import type { PictureOptions } from './picture.js';

/** One machine's picture below its title, `o.width` columns wide (picture.ts's, passed in). */
export type HostLines = (graph: TopologyGraph, o: PictureOptions) => string[];

/** A machine's box is at least this wide before two stand side by side (its picture then has 60 columns). */
const SIDE_BY_SIDE = 64;

/**
 * A lab: one box per machine (its name, address, and its picture as on one host), hung from
 * one bus that is the overlays spanning them, labelled with their subnets and how they cross
 * (VXLAN over UDP 4789 between the machines' addresses). Side by side when the width allows
 * two machines 60 columns each, else one under the other, each under its stretch of the bus.
 */
export function labLines(lab: LabTopology & { readonly node: NonNullable<LabTopology['node']> }, o: PictureOptions, host: HostLines): string[] {
  const s = o.style ?? makeStyle(false);
  const t = topologyLabels(o.lang ?? 'en');
  const f = labFacts(lab, o.previous);
  const out = [...wrapLine(s.bold(t.labTitle(lab.backend, f.machines.length)), o.width).split('\n'), ''];
  const spans = f.overlays.map((v) => `${s.bold('overlay')} ${t.network(v.name)}${v.subnet ? ` ${v.subnet}` : ''}`);
  out.push(...heading([...spans, t.vxlan].join(' · '), o.width, s.cyan, ' '));
  const cols = Math.max(1, Math.min(f.machines.length, Math.floor((o.width + GAP) / (SIDE_BY_SIDE + GAP))));
  const w = Math.floor((o.width - GAP * (cols - 1)) / cols);
  const boxes: Box[] = f.machines.map((m) => {
    const title = `${s.bold(m.name)} · ${m.address}${m.here ? s.dim(` (${t.thisMachine})`) : ''}`;
    const body = m.graph
      ? host(m.graph, { width: w - 4, style: s, lang: o.lang ?? 'en', ...(m.previous ? { previous: m.previous } : {}) })
      : [s.yellow(`${t.unread}:`), s.dim(m.note ?? '')];
    return { connector: [`${m.iface ? `${m.iface} ` : ''}${m.address}`], lines: [title, '', ...body] };
  });
  out.push(...layoutBoxes(boxes, o.width, { run: '┄', tee: '┬', paint: s.cyan }, w));
  return out;
}

import type { TopologyGraph } from '../../course/topology/graph.js';
import type { LabTopology } from '../../course/topology/lab.js';
import { labFacts } from './lab-facts.js';
import { topologyLabels } from './labels.js';
import type { PlainOptions } from './plain.js';

/** One machine's plain picture below its title (plain.ts's, passed in). */
export type HostPlainLines = (graph: TopologyGraph, o: PlainOptions) => string[];

const WORDS = {
  en: { address: 'address', on: 'on', subnet: 'subnet' },
  ko: { address: '주소', on: '인터페이스', subnet: '서브넷' },
} as const;

/**
 * A lab as plain lines: the overlays that span the machines (each once, with its subnet, how
 * it crosses and which machines it joins), then each machine with its own picture indented
 * under it, or why it could not be read.
 */
export function plainLabLines(lab: LabTopology & { readonly node: NonNullable<LabTopology['node']> }, o: PlainOptions, host: HostPlainLines): string[] {
  const t = topologyLabels(o.lang ?? 'en');
  const w = WORDS[o.lang === 'ko' ? 'ko' : 'en'];
  const f = labFacts(lab, o.previous);
  const out = [t.labTitle(lab.backend, f.machines.length)];
  for (const v of f.overlays) {
    out.push(`${t.network(v.name)}: overlay${v.subnet ? `, ${w.subnet} ${v.subnet}` : ''}, ${t.vxlan}: ${v.machines.map((m) => `${m.name} ${m.address}`).join(', ')}`);
  }
  for (const m of f.machines) {
    out.push(`${t.machine} ${m.name}, ${w.address} ${m.address}${m.iface ? ` ${w.on} ${m.iface}` : ''}${m.here ? ` (${t.thisMachine})` : ''}:`);
    if (!m.graph) {
      out.push(`  ${t.unread}: ${m.note ?? ''}`);
      continue;
    }
    const lines = host(m.graph, { ...(o.lang ? { lang: o.lang } : {}), ...(m.previous ? { previous: m.previous } : {}) });
    out.push(...lines.map((l) => `  ${l}`));
  }
  return out;
}

import type { ContainerNode, PublishedPort, TopologyGraph } from '../../course/topology/graph.js';
import { isLab } from '../../course/topology/lab.js';
import { makeStyle, type Paint, type Style } from '../text/style.js';
import { wrapLine } from '../text/wrap.js';
import { type Box, type Bus, heading, layoutBoxes } from './boxes.js';
import { hostAddr, type Mark, type Member, type NetworkSection, sharersOf, topologyFacts, type TopologyFacts } from './facts.js';
import { topologyLabels, type TopologyLabels } from './labels.js';
import { labLines } from './lab-picture.js';

export interface PictureOptions {
  /** Columns available (the picture never goes past them). */
  readonly width: number;
  /** Colours, or none (NO_COLOR, --no-color): then every style is the identity. */
  readonly style?: Style;
  readonly lang?: string;
  /** The previous picture's graph: what changed since is marked. */
  readonly previous?: TopologyGraph;
}

interface Ctx {
  readonly s: Style;
  readonly t: TopologyLabels;
  readonly width: number;
  readonly f: TopologyFacts;
}

/** `[new]`/`[changed]` after a thing's name: words, so the mark survives without colour. */
const markText = (c: Ctx, m: Mark): string => (m ? ` ${c.s.yellow(`[${m === 'new' ? c.t.newMark : c.t.changedMark}]`)}` : '');
const framePaint = (c: Ctx, m: Mark): Paint | undefined => (m ? c.s.yellow : undefined);

function stateText(c: Ctx, k: ContainerNode): string {
  if (k.state === 'running') return c.s.green('running');
  if (k.state === 'exited') return c.s.red(c.t.exited(k.exitCode));
  return c.s.yellow(k.state);
}

/** The lines of a container's box: who it is, its interfaces, its ports, who shares it. */
function containerLines(c: Ctx, k: ContainerNode, mark: Mark, here?: string): string[] {
  const lines = [`${c.s.bold(k.name)}${markText(c, mark)}`, `${k.image} · ${stateText(c, k)}`];
  const ordered = [...k.interfaces].sort((a, b) => (a.network === here ? -1 : b.network === here ? 1 : 0));
  for (const i of ordered) {
    const name = i.name ? `${i.name}${i.index !== undefined ? c.s.dim(` #${i.index}`) : ''}` : '?';
    const on = i.network === here ? '' : c.s.dim(` (${i.network})`);
    lines.push(`${name} ${i.address || '-'}${on}`);
  }
  for (const p of c.f.graph.ports.filter((x) => x.container === k.name && !x.hostIp.includes(':'))) {
    lines.push(c.s.magenta(`${hostAddr(p)} → ${p.containerPort}/${p.proto}`));
  }
  const sharers = sharersOf(c.f.graph, k.name);
  if (sharers.length > 0) lines.push(c.s.cyan(c.t.sharedBy(sharers.join(', '))));
  return lines;
}

function memberBox(c: Ctx, m: Member, section: NetworkSection): Box {
  const n = section.network;
  let connector: string[];
  if (m.veth) {
    const end = `${m.iface?.name ?? '?'}${m.iface?.index !== undefined ? ` #${m.iface.index}` : ''}`;
    connector = [`${m.veth.hostName}${c.s.dim(` #${m.veth.hostIndex}`)} ↔ ${end}${markText(c, m.vethMark)}`];
  } else if (n.driver === 'macvlan') connector = [`macvlan ${m.iface?.name ?? ''}`.trim()];
  else if (n.driver === 'overlay') connector = [`vxlan · ${m.iface?.name ?? ''}`.trim()];
  else connector = ['?'];
  const frame = framePaint(c, m.mark ?? m.vethMark);
  return { connector, lines: containerLines(c, m.container, m.mark, n.name), ...(frame ? { frame } : {}) };
}

function sectionTitle(c: Ctx, sec: NetworkSection): string {
  const n = sec.network;
  const parts: string[] = [];
  if (n.driver === 'bridge') parts.push(`${c.s.bold(n.bridge ?? '')} ${sec.bridgeAddress ?? n.gateway ?? ''}`.trim(), c.t.network(n.name));
  else parts.push(`${c.s.bold(n.driver)} ${c.t.network(n.name)}`);
  if (n.subnet) parts.push(n.subnet);
  if (n.parent) parts.push(c.t.parent(n.parent));
  if (n.internal) parts.push(c.t.internal);
  if (n.peers && n.peers.length > 0) parts.push(`${c.t.peers}: ${n.peers.map((p) => `${p.name} ${p.ip}`).join(', ')}`);
  return `${parts.join(' · ')}${markText(c, sec.mark)}`;
}

const BUS: Readonly<Record<string, Omit<Bus, 'paint'>>> = {
  bridge: { run: '═', tee: '╤' },
  macvlan: { run: '─', tee: '┬' },
  overlay: { run: '┄', tee: '┬' },
};

function networkSection(c: Ctx, sec: NetworkSection): string[] {
  const out = heading(sectionTitle(c, sec), c.width, c.s.cyan, ' ');
  const boxes = sec.members.map((m) => memberBox(c, m, sec));
  const others = (sec.network.otherEndpoints ?? []).map((e) => `${e.name} ${e.address}`.trim());
  for (const v of sec.strays) boxes.push({ connector: [`${v.hostName}${c.s.dim(` #${v.hostIndex}`)} ↔ #${v.containerIndex}`], lines: [c.s.dim(c.t.otherNamespace), ...others] });
  const bus = BUS[sec.network.driver] ?? BUS.bridge;
  if (boxes.length === 0) {
    out.push(c.s.cyan((bus?.run ?? '═').repeat(c.width)));
    const down = sec.bridgeState === 'DOWN' && sec.network.bridge ? ` — ${c.t.bridgeDown(sec.network.bridge)}` : '';
    out.push(...wrapLine(`  ${c.t.noContainers}${down}`, c.width).split('\n'));
    return out;
  }
  out.push(...layoutBoxes(boxes, c.width, { run: bus?.run ?? '═', tee: bus?.tee ?? '╤', paint: c.s.cyan }));
  return out;
}

function portLine(c: Ctx, p: PublishedPort, mark: Mark): string {
  const how = [p.dnat ? 'DNAT' : '', p.proxyPid !== undefined ? `docker-proxy ${c.s.dim(`pid ${p.proxyPid}`)}` : ''].filter((x) => x !== '').join(' + ');
  const unknown = p.dnat === undefined && !p.hostIp.includes(':') ? ` ${c.s.dim(`(${c.t.noNat})`)}` : '';
  return `${c.s.magenta(`${hostAddr(p)}/${p.proto}`)} ─▶ ${how || '?'} ─▶ ${p.containerIp}:${p.containerPort} ${c.s.bold(p.container)}${unknown}${markText(c, mark)}`;
}

/**
 * The picture of a host's networking, for a terminal `width` columns wide (at least 30). Ends
 * with a newline. A lab's graph (an overlay spanning other machines) is drawn as its machines.
 */
export function renderTopology(graph: TopologyGraph, o: PictureOptions): string {
  const width = Math.max(30, o.width);
  const s = o.style ?? makeStyle(false);
  const out = isLab(graph) ? labLines(graph, { ...o, width }, hostLines) : [s.bold(topologyLabels(o.lang ?? 'en').title(graph.backend)), '', ...hostLines(graph, { ...o, width })];
  return `${out.map((l) => l.replace(/ +$/, '')).join('\n')}\n`;
}

/** A host's picture below its title, exactly `o.width` columns (a lab's machine box draws it narrower than 30). */
function hostLines(graph: TopologyGraph, o: PictureOptions): string[] {
  const c: Ctx = { s: o.style ?? makeStyle(false), t: topologyLabels(o.lang ?? 'en'), width: o.width, f: topologyFacts(graph, o.previous) };
  const out: string[] = [];
  out.push(...heading(c.t.hostInterfaces, c.width, c.s.bold));
  const ifs = c.f.hostInterfaces.map((i) => `${i.name}${i.addresses.length ? ` ${i.addresses.join(' ')}` : ''}${i.state === 'DOWN' ? c.s.dim(' (DOWN)') : ''}`);
  out.push(...wrapLine(`  ${ifs.join(' · ')}`, c.width).split('\n'));
  if (c.f.ports.length > 0) {
    out.push('', ...heading(c.t.publishedPorts, c.width, c.s.bold));
    for (const { port, mark } of c.f.ports) out.push(...wrapLine(`  ${portLine(c, port, mark)}`, c.width).split('\n'));
  }
  for (const sec of c.f.sections) out.push('', ...networkSection(c, sec));
  const plainBoxes = (title: string, list: TopologyFacts['hostMode'], extra: (k: ContainerNode) => string) => {
    if (list.length === 0) return;
    out.push('', ...heading(title, c.width, c.s.cyan, ' '));
    const boxes: Box[] = list.map(({ container: k, mark }) => {
      const frame = framePaint(c, mark);
      return { lines: [...containerLines(c, k, mark), c.s.cyan(extra(k))], ...(frame ? { frame } : {}) };
    });
    out.push(...layoutBoxes(boxes, c.width));
  };
  plainBoxes(c.t.hostMode, c.f.hostMode, () => c.t.hostStack);
  plainBoxes(c.t.noneMode, c.f.noneMode, () => c.t.onlyLo);
  plainBoxes(c.t.containerMode, c.f.shared, (k) => (k.mode.kind === 'container' ? c.t.sharesWith(k.mode.owner) : ''));
  if (c.f.stopped.length > 0) {
    out.push('', ...heading(c.t.notRunning, c.width, c.s.bold));
    for (const { container: k, mark } of c.f.stopped) {
      const nets = k.mode.kind === 'bridge' ? k.interfaces.map((i) => i.network).join(', ') : k.mode.kind === 'container' ? `container:${k.mode.owner}` : k.mode.kind;
      out.push(...wrapLine(`  ${c.s.bold(k.name)} ${k.image} · ${stateText(c, k)} · ${nets || c.t.nothing}${markText(c, mark)}`, c.width).split('\n'));
    }
  }
  if (c.f.diff.removed.length > 0) {
    out.push('', ...wrapLine(`${c.s.yellow(c.t.gone)}: ${c.f.diff.removed.map((r) => `${c.t.kinds[r.key.split(':')[0] as string] ?? ''} ${r.label}`.trim()).join(', ')}`, c.width).split('\n'));
  }
  for (const n of graph.notes) out.push('', ...wrapLine(c.s.dim(`! ${n}`), c.width).split('\n'));
  return out;
}

import type { ContainerNode, PublishedPort, TopologyGraph } from '../../course/topology/graph.js';
import { isLab } from '../../course/topology/lab.js';
import { hostAddr, type Mark, sharersOf, topologyFacts } from './facts.js';
import { topologyLabels, type TopologyLabels } from './labels.js';
import { plainLabLines } from './lab-plain.js';

/**
 * The same facts as the picture, as indented lines with no drawing characters, arrows or
 * colour: for screen readers (`--plain`) and for anything that greps.
 */
export interface PlainOptions {
  readonly lang?: string;
  readonly previous?: TopologyGraph;
}

const W: Readonly<Record<string, Record<string, string>>> = {
  en: {
    interfaces: 'interface', port: 'port', forwarded: 'forwarded to', by: 'by', container: 'container', image: 'image',
    veth: 'veth pair', hostEnd: 'host end', containerEnd: 'container end', on: 'on', bridge: 'Linux bridge', subnet: 'subnet',
    index: 'index', endpoint: 'endpoint', none: 'none', state: 'state', members: 'containers', pid: 'PID', address: 'address', unknown: 'unknown',
  },
  ko: {
    interfaces: '인터페이스', port: '포트', forwarded: '전달 대상', by: '방법', container: '컨테이너', image: '이미지',
    veth: 'veth 쌍', hostEnd: '호스트 쪽', containerEnd: '컨테이너 쪽', on: '위치', bridge: '리눅스 브리지', subnet: '서브넷',
    index: '인덱스', endpoint: '엔드포인트', none: '없음', state: '상태', members: '컨테이너', pid: 'PID', address: '주소', unknown: '알 수 없음',
  },
};

/** The plain picture; a lab's (an overlay spanning other machines) tells each machine in turn. */
export function renderTopologyPlain(graph: TopologyGraph, o: PlainOptions = {}): string {
  const lines = isLab(graph) ? plainLabLines(graph, o, hostPlainLines) : [topologyLabels(o.lang ?? 'en').title(graph.backend), ...hostPlainLines(graph, o)];
  return `${lines.join('\n')}\n`;
}

function hostPlainLines(graph: TopologyGraph, o: PlainOptions): string[] {
  const t: TopologyLabels = topologyLabels(o.lang ?? 'en');
  const w = W[o.lang === 'ko' ? 'ko' : 'en'] as Record<string, string>;
  const f = topologyFacts(graph, o.previous);
  const mark = (m: Mark) => (m ? ` (${m === 'new' ? t.newMark : t.changedMark})` : '');
  const state = (k: ContainerNode) => (k.state === 'exited' ? t.exited(k.exitCode) : k.state);
  const out: string[] = [];
  out.push(`${t.hostInterfaces}:`);
  for (const i of f.hostInterfaces) out.push(`  ${i.name}: ${i.kind}, ${i.state}${i.addresses.length ? `, ${i.addresses.join(', ')}` : ''}${mark(f.diff.added.has(`if:${i.name}`) ? 'new' : undefined)}`);
  const portText = (p: PublishedPort) => {
    const how = [p.dnat ? 'DNAT' : '', p.proxyPid !== undefined ? `docker-proxy (${w.pid} ${p.proxyPid})` : ''].filter((x) => x !== '').join(', ');
    return `${hostAddr(p)} ${p.proto}, ${w.forwarded} ${p.containerIp}:${p.containerPort} (${p.container}), ${w.by} ${how || (p.dnat === undefined ? t.noNat : w.unknown)}`;
  };
  if (f.ports.length > 0) {
    out.push(`${t.publishedPorts}:`);
    for (const { port, mark: m } of f.ports) out.push(`  ${portText(port)}${mark(m)}`);
  }
  const containerLines = (k: ContainerNode, m: Mark, indent: string): string[] => {
    const lines = [`${indent}${w.container} ${k.name}${mark(m)}: ${w.image} ${k.image}, ${state(k)}`];
    for (const i of k.interfaces) {
      const name = i.name ? `${i.name}${i.index !== undefined ? ` (${w.index} ${i.index})` : ''}` : w.interfaces;
      lines.push(`${indent}  ${name} ${t.network(i.network)}, ${w.address} ${i.address || w.none}`);
    }
    const sharers = sharersOf(graph, k.name);
    if (sharers.length > 0) lines.push(`${indent}  ${t.sharedBy(sharers.join(', '))}`);
    return lines;
  };
  for (const sec of f.sections) {
    const n = sec.network;
    const facts = [`${n.driver}`, n.subnet ? `${w.subnet} ${n.subnet}` : '', n.bridge ? `${w.bridge} ${n.bridge}${sec.bridgeAddress ? ` ${sec.bridgeAddress}` : ''}${sec.bridgeState ? ` ${sec.bridgeState}` : ''}` : '', n.parent ? t.parent(n.parent) : '', n.internal ? t.internal : '', n.peers?.length ? `${t.peers} ${n.peers.map((p) => `${p.name} ${p.ip}`).join(', ')}` : ''];
    out.push(`${t.network(n.name)}${mark(sec.mark)}: ${facts.filter((x) => x !== '').join(', ')}`);
    if (sec.members.length === 0 && sec.strays.length === 0) out.push(`  ${t.noContainers}${sec.bridgeState === 'DOWN' && n.bridge ? `; ${t.bridgeDown(n.bridge)}` : ''}`);
    for (const m of sec.members) {
      out.push(...containerLines(m.container, m.mark, '  '));
      if (m.veth) out.push(`    ${w.veth}${mark(m.vethMark)}: ${w.hostEnd} ${m.veth.hostName} (${w.index} ${m.veth.hostIndex}) ${w.on} ${m.veth.bridge ?? '?'}, ${w.containerEnd} ${m.iface?.name ?? '?'} (${w.index} ${m.veth.containerIndex})`);
    }
    for (const v of sec.strays) out.push(`  ${w.veth}: ${w.hostEnd} ${v.hostName} (${w.index} ${v.hostIndex}) ${w.on} ${v.bridge ?? '?'}, ${w.containerEnd} ${t.otherNamespace} (${w.index} ${v.containerIndex})`);
    for (const e of n.otherEndpoints ?? []) out.push(`  ${w.endpoint} ${e.name}${e.address ? `, ${w.address} ${e.address}` : ''}`);
  }
  const group = (title: string, list: typeof f.hostMode, extra: (k: ContainerNode) => string) => {
    if (list.length === 0) return;
    out.push(`${title}:`);
    for (const { container: k, mark: m } of list) out.push(...containerLines(k, m, '  '), `    ${extra(k)}`);
  };
  group(t.hostMode, f.hostMode, () => t.hostStack);
  group(t.noneMode, f.noneMode, () => t.onlyLo);
  group(t.containerMode, f.shared, (k) => (k.mode.kind === 'container' ? t.sharesWith(k.mode.owner) : ''));
  if (f.stopped.length > 0) {
    out.push(`${t.notRunning}:`);
    for (const { container: k, mark: m } of f.stopped) out.push(`  ${w.container} ${k.name}${mark(m)}: ${w.image} ${k.image}, ${state(k)}, ${k.mode.kind === 'bridge' ? k.interfaces.map((i) => t.network(i.network)).join(', ') || t.nothing : k.mode.kind === 'container' ? `container:${k.mode.owner}` : k.mode.kind}`);
  }
  if (f.diff.removed.length > 0) out.push(`${t.gone}: ${f.diff.removed.map((r) => `${t.kinds[r.key.split(':')[0] as string] ?? ''} ${r.label}`.trim()).join(', ')}`);
  for (const n of graph.notes) out.push(`! ${n}`);
  return out;
}

// The topology, the trail and the diagnosis on a real engine, against the same scenario on
// the simulator: the same bridges, containers, veth pairs and ports once what is random or
// host-specific is normalised (IDs, veth names, indexes, MACs, PIDs, the user network's pool,
// which a shared engine picks elsewhere). Everything made here is named topo-… and removed.
// Needs root and an engine (DOCKERLINGS_REAL=1 or CI).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend.js';
import { createDockerBackend } from '../../src/backend/docker.js';
import { createSimulatedBackend } from '../../src/backend/simulated.js';
import { diagnose } from '../../src/course/diagnosis/index.js';
import type { StepSpec } from '../../src/course/schema.js';
import { collectTopology } from '../../src/course/topology/collect.js';
import type { TopologyGraph } from '../../src/course/topology/graph.js';
import { Trail, trailLines } from '../../src/course/trail/trail.js';
import { renderTopologyPlain } from '../../src/ui/topology/plain.js';
import { realEngineStatus } from '../differential/real-engine.js';
import { docker } from './helpers.js';

const engine = realEngineStatus();
const P = 'topo-';

const SCENARIO = [
  'docker network create topo-net',
  'docker run -d --name topo-web -p 28431:80 nginx',
  'docker run -d --name topo-app --network topo-net busybox sleep 600',
  'docker network connect topo-net topo-web',
  'docker run -d --name topo-side --network container:topo-app busybox sleep 600',
  'docker run -d --name topo-host --network host busybox sleep 600',
  'docker run -d --name topo-none --network none busybox sleep 600',
  'docker run --name topo-gone busybox true',
];

async function removeOurs(): Promise<void> {
  const ours = (await docker('ps', '-a', '--format', '{{.Names}}')).stdout.split('\n').filter((n) => n.startsWith(P));
  if (ours.length > 0) await docker('rm', '-f', ...ours);
  for (const n of (await docker('network', 'ls', '--format', '{{.Name}}')).stdout.split('\n').filter((x) => x.startsWith(P))) await docker('network', 'rm', n);
}

const ipToInt = (ip: string) => ip.split('.').reduce((a, b) => a * 256 + Number(b), 0);
function inSubnet(address: string, subnet: string | undefined): boolean {
  if (!subnet) return false;
  const [base = '', bits = '0'] = subnet.split('/');
  const mask = Number(bits) === 0 ? 0 : (0xffffffff << (32 - Number(bits))) >>> 0;
  return ((ipToInt(address.split('/')[0] ?? '') & mask) >>> 0) === ((ipToInt(base) & mask) >>> 0);
}

/**
 * Our part of a host's graph, with what differs by nature replaced: other people's containers
 * and the host's own interfaces dropped; addresses checked to lie in their network and then
 * written as the network's name; veth names numbered in order; indexes checked to pair and
 * then dropped.
 */
function normalise(g: TopologyGraph): unknown {
  const nets = g.networks.filter((n) => n.name.startsWith(P) || ['bridge', 'host', 'none'].includes(n.name));
  const subnetOf = new Map(nets.map((n) => [n.name, n.subnet]));
  const bridges = new Map(nets.filter((n) => n.bridge).map((n) => [n.bridge as string, n.name.startsWith(P) ? `br-<${n.name}>` : (n.bridge as string)]));
  const containers = g.containers.filter((c) => c.name.startsWith(P));
  const pairs = g.vethPairs.filter((v) => v.container?.startsWith(P));
  const vethName = new Map(pairs.map((v, i) => [v.hostName, `veth${i}`]));
  for (const v of pairs) {
    const end = containers.find((c) => c.name === v.container)?.interfaces.find((i) => i.name === v.containerIf);
    expect(end?.index, `${v.hostName} pairs with ${v.container} ${v.containerIf}`).toBe(v.containerIndex);
  }
  const addr = (network: string, a: string) => {
    if (a === '') return '';
    expect(inSubnet(a, subnetOf.get(network)), `${a} in ${network}`).toBe(true);
    return `<${network}>`;
  };
  return {
    bridges: g.host.interfaces.filter((i) => bridges.has(i.name)).map((i) => ({ name: bridges.get(i.name), kind: i.kind, state: i.state, addresses: i.addresses.map((a) => (i.name === 'docker0' ? a : '<gateway>')) })),
    networks: nets.map((n) => ({
      name: n.name, driver: n.driver, scope: n.scope, internal: n.internal,
      subnet: n.name.startsWith(P) ? '<pool>' : n.subnet, bridge: n.bridge ? bridges.get(n.bridge) : undefined,
      containers: n.containers.filter((c) => c.startsWith(P)),
    })),
    containers: containers.map((c) => ({
      name: c.name, image: c.image, state: c.state, exitCode: c.exitCode, mode: c.mode,
      interfaces: c.interfaces.map((i) => ({ network: i.network, name: i.name, address: addr(i.network, i.address), gateway: i.gateway ? '<gateway>' : '' })),
    })),
    vethPairs: pairs.map((v) => ({ host: vethName.get(v.hostName), bridge: v.bridge ? bridges.get(v.bridge) : undefined, container: v.container, containerIf: v.containerIf })),
    ports: g.ports.filter((p) => p.container.startsWith(P)).map((p) => ({ ...p, containerIp: p.containerIp ? '<ip>' : '', proxyPid: p.proxyPid !== undefined ? '<pid>' : undefined })),
    notes: g.notes,
  };
}

const sim = (): Backend => createSimulatedBackend({ kind: 'simulator', user: 'root' });
const real = (): Backend => createDockerBackend({ kind: 'docker', user: 'root' });
const STEP = { id: 'x', solution: 'true' } as StepSpec;

// What a shared engine adds (others' containers) and what is random, out of trail lines.
const normaliseLine = (l: string) => l
  .replace(/veth[0-9a-f]{7}/g, 'vethX').replace(/\b(?:\d{1,3}\.){3}\d{1,3}(\/\d+)?\b/g, 'IP')
  .replace(/\(if \d+ ↔ if \d+\)/g, '(if N ↔ if M)').replace(/br-[0-9a-f]{12}/g, 'br-ID').replace(/PID \d+/g, 'PID N');

describe.runIf(engine.available)('the topology on a real engine and on the simulator', { timeout: 180_000 }, () => {
  let realGraph: TopologyGraph;
  let simGraph: TopologyGraph;

  beforeAll(async () => {
    await removeOurs();
    const r = real();
    for (const line of SCENARIO) await r.run(line);
    realGraph = await collectTopology(r);
    const s = sim();
    for (const line of SCENARIO) await s.run(line);
    simGraph = await collectTopology(s);
  });
  afterAll(removeOurs);

  it('has the same bridges, containers, veth pairs and ports, read by the same parser', () => {
    const want = normalise(simGraph);
    expect(normalise(realGraph)).toEqual(want);
    // The scenario is all there (not two empty pictures that agree).
    expect(JSON.stringify(want)).toContain('"containerIf":"eth1"');
    expect((want as { ports: unknown[] }).ports).toHaveLength(2);
  });

  it('says the same in the plain picture once normalised', () => {
    const ours = (g: TopologyGraph): TopologyGraph => ({
      ...g,
      backend: 'simulator',
      host: { interfaces: [] },
      networks: g.networks.filter((n) => n.name.startsWith(P) || n.name === 'bridge').map((n) => ({ ...n, containers: n.containers.filter((c) => c.startsWith(P)) })),
      containers: g.containers.filter((c) => c.name.startsWith(P)),
      vethPairs: g.vethPairs.filter((v) => v.container?.startsWith(P)),
      ports: g.ports.filter((p) => p.container.startsWith(P)),
    });
    const plain = (g: TopologyGraph) => renderTopologyPlain(ours(g)).split('\n').map((l) => normaliseLine(l).replace(/\(index \d+\)/g, '(index N)')).join('\n');
    expect(plain(realGraph)).toBe(plain(simGraph));
  });

  it('reconstructs a run -p from pictures and docker events as the simulator does without its log', async () => {
    const line = 'docker run -d --name topo-t -p 28432:80 nginx';
    const tell = async (b: Backend) => {
      const t = new Trail(b);
      await t.begin(line);
      await b.run(line);
      const entry = await t.end();
      expect(entry.source).toBe('reconstructed');
      // Others share this engine: keep what is about our container, its veth, its port.
      const veth = entry.events.find((e) => e.kind === 'veth-created' && e.container === 'topo-t');
      return trailLines(entry, 'en').filter((l) => l.includes('topo-t') || l.includes('28432') || (veth?.kind === 'veth-created' && l.includes(veth.host))).map(normaliseLine);
    };
    const s = sim();
    for (const l of SCENARIO) await s.run(l);
    const fromSim = await tell({ kind: 'docker', run: (l) => s.run(l), check: (l) => s.check(l), prompt: () => s.prompt(), reset: () => s.reset(), dispose: () => s.dispose() });
    const fromReal = await tell(real());
    expect(fromReal).toEqual(fromSim);
    expect(fromReal).toEqual([
      'allocated IP from bridge\'s pool IP for topo-t',
      'created veth pair vethX ↔ eth0 (if N ↔ if M), eth0 inside topo-t',
      'attached vethX to docker0',
      'added DNAT tcp dpt:28432 → IP:80',
      'started docker-proxy -proto tcp -host-ip IP -host-port 28432 -container-ip IP -container-port 80 (PID N)',
      'started docker-proxy -proto tcp -host-ip :: -host-port 28432 -container-ip IP -container-port 80 (PID N)',
      'started topo-t',
    ]);
  });

  it('diagnoses the same mistakes from the real engine\'s outputs', async () => {
    const cases: [readonly string[], string][] = [
      [['docker run -d --name topo-p1 busybox sleep 600', 'docker run -d --name topo-p2 busybox sleep 600'], 'docker exec topo-p1 ping -c 1 -W 1 topo-p2'],
      [[], 'docker run -d --name topo-web2 -p 28431:80 nginx'],
      [[], 'docker run -d --name topo-quick ubuntu:16.04'],
      [['docker run -d --name topo-ubu ubuntu:16.04 sleep 600'], 'docker exec topo-ubu ip addr'],
      [[], 'docker run -d --name topo-wrong -p 28433:8080 nginx'],
    ];
    const s = sim();
    const r = real();
    for (const l of SCENARIO) await s.run(l);
    for (const [setup, line] of cases) {
      const texts: string[][] = [];
      for (const b of [s, r]) {
        for (const l of setup) await b.run(l);
        const result = await b.run(line);
        texts.push((await diagnose(STEP, { line, result }, b, 'en')).map((d) => `${d.rule}: ${normaliseLine(d.text)}`));
      }
      expect(texts[1], line).toEqual(texts[0]);
      expect(texts[0]?.length, line).toBe(line.includes('28433:8080') ? 0 : 1);
    }
  });
});

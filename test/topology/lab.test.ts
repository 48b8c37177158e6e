import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend.js';
import { createSimulatedBackend } from '../../src/backend/simulated.js';
import { collectTopology } from '../../src/course/topology/collect.js';
import { collectLab, isLab, labChanged, type LabTopology, otherPeers, sshLine } from '../../src/course/topology/lab.js';
import { displayWidth } from '../../src/ui/text/wrap.js';
import { NetworkView } from '../../src/ui/session/network-view.js';
import { renderTopology } from '../../src/ui/topology/picture.js';
import { renderTopologyPlain } from '../../src/ui/topology/plain.js';

/**
 * The picture of a lab: an overlay spanning the simulator's two machines (docker-host, the
 * learner's, and docker-host2), read through ssh with the same lines as one host. The exact
 * frames are in lab-golden/ (a reviewer reads them; a deliberate change:
 * UPDATE_GOLDEN=1 npx vitest run test/topology/lab.test.ts).
 */
const GOLDEN = join(import.meta.dirname, 'lab-golden');
const update = process.env.UPDATE_GOLDEN === '1';

function golden(name: string, actual: string): void {
  const file = join(GOLDEN, name);
  if (update || !existsSync(file)) {
    if (!update) throw new Error(`no golden file ${name}: run UPDATE_GOLDEN=1 npx vitest run test/topology/lab.test.ts, then read it`);
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

/** The two-node story (.tmp/story.mts's): a swarm of two, an attachable overlay, a container on it on each machine. */
const STORY = [
  'docker swarm init --advertise-addr 10.0.2.15',
  'docker network create -d overlay --attachable ov',
  'docker run -d --name a1 --network ov busybox sleep 3600',
  'ssh docker-host2 docker swarm join --token $(docker swarm join-token -q worker) 10.0.2.15:2377',
  'ssh docker-host2 docker run -d --name b1 --network ov busybox sleep 3600',
];

async function twoNodes(): Promise<Backend> {
  const b = createSimulatedBackend({ kind: 'simulator' });
  for (const line of STORY) expect((await b.run(line)).exitCode, line).toBe(0);
  return b;
}

describe('an overlay spanning the lab\'s machines', { timeout: 60_000 }, () => {
  it('reads the other machine through ssh -o BatchMode=yes with the same lines, and draws one box per machine under the overlay', async () => {
    const b = await twoNodes();
    const lab = await collectLab(b);
    expect(isLab(lab)).toBe(true);
    for (const width of [60, 140]) {
      const picture = renderTopology(lab, { width });
      for (const line of picture.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
      golden(`two-node.${width}.txt`, picture);
    }
    golden('two-node.plain.txt', renderTopologyPlain(lab));
    // The narrowest width still fits: each machine's picture inside its box is 26 columns.
    for (const line of renderTopology(lab, { width: 30 }).split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(30);
  });

  it('at 140 columns the machines stand side by side, the overlay\'s line joining them', async () => {
    const picture = renderTopology(await collectLab(await twoNodes()), { width: 140 });
    expect(picture.split('\n').slice(0, 6).join('\n')).toBe(
      'Docker lab (simulator): 2 machines\n'
      + '\n'
      + 'overlay network ov 10.0.1.0/24 · overlay network ingress 10.0.0.0/24 · VXLAN (UDP 4789) between the machines\n'
      + `┄┄┄┬${'┄'.repeat(70)}┬${'┄'.repeat(65)}\n`
      + `   │ eth0 10.0.2.15${' '.repeat(55)}│ eth0 10.0.2.16\n`
      + `┌──┴${'─'.repeat(64)}┐  ┌──┴${'─'.repeat(64)}┐`,
    );
  });

  it('gives the JSON of one host, with the machine it is (node) and the others (nodes: name, address, graph)', async () => {
    const b = await twoNodes();
    const lab = (await collectLab(b)) as LabTopology;
    const local = await collectTopology(b);
    const { node, nodes, ...rest } = lab;
    expect(rest).toEqual(local);
    expect(node).toEqual({ name: 'docker-host', address: '10.0.2.15' });
    expect(nodes?.map((n) => ({ name: n.name, address: n.address, containers: n.graph?.containers.map((c) => c.name), note: n.note }))).toEqual([
      { name: 'docker-host2', address: '10.0.2.16', containers: ['b1'], note: undefined },
    ]);
    const ov = nodes?.[0]?.graph?.networks.find((n) => n.name === 'ov');
    expect(ov).toMatchObject({ driver: 'overlay', subnet: '10.0.1.0/24', containers: ['b1'] });
    // Peers in the order the nodes got the network (a1 on docker-host first), the same seen from either node.
    expect(ov?.peers?.map((p) => p.ip)).toEqual(['10.0.2.15', '10.0.2.16']);
    expect(Object.keys(JSON.parse(JSON.stringify(lab)) as object)).toEqual(['backend', 'host', 'networks', 'containers', 'vethPairs', 'ports', 'notes', 'node', 'nodes']);
  });

  it('on one machine is the host\'s graph itself: no node, no nodes, not one line more', async () => {
    const b = createSimulatedBackend({ kind: 'simulator' });
    await b.run('docker swarm init --advertise-addr 10.0.2.15');
    await b.run('docker network create -d overlay --attachable ov');
    const seen: string[] = [];
    const counting: Backend = { ...b, check: (line) => (seen.push(line), b.check(line)) };
    const lab = await collectLab(counting);
    expect(lab).toEqual(await collectTopology(b));
    expect('nodes' in lab).toBe(false);
    expect(seen.some((l) => l.startsWith('ssh ') || l === 'hostname')).toBe(false);
    expect(renderTopology(lab, { width: 80 })).toBe(renderTopology(await collectTopology(b), { width: 80 }));
  });

  it('keeps a machine it cannot read as its address and ssh\'s first error line, never a failure', async () => {
    const b = await twoNodes();
    // docker-host2's sshd no longer answers (its firewall drops port 22).
    expect((await b.run('sudo ssh docker-host2 iptables -I INPUT -p tcp --dport 22 -j DROP')).exitCode).toBe(0);
    const lab = (await collectLab(b)) as LabTopology;
    expect(lab.nodes).toEqual([{ name: 'f4f60fe97bcb', address: '10.0.2.16', note: '10.0.2.16: ssh: connect to host 10.0.2.16 port 22: Connection timed out' }]);
    const picture = renderTopology(lab, { width: 60 });
    expect(picture.slice(picture.lastIndexOf('┄┄┄┬'))).toBe(
      `┄┄┄┬${'┄'.repeat(56)}\n`
      + '   │ 10.0.2.16\n'
      + `┌──┴${'─'.repeat(55)}┐\n`
      + '│ f4f60fe97bcb · 10.0.2.16                                 │\n'
      + '│                                                          │\n'
      + '│ could not be read:                                       │\n'
      + '│ 10.0.2.16: ssh: connect to host 10.0.2.16 port 22:       │\n'
      + '│ Connection timed out                                     │\n'
      + `└${'─'.repeat(58)}┘\n`,
    );
    expect(renderTopologyPlain(lab)).toContain('\nmachine f4f60fe97bcb, address 10.0.2.16:\n  could not be read: 10.0.2.16: ssh: connect to host 10.0.2.16 port 22: Connection timed out\n');
  });

  it('says the lab changed when only the other machine did (the :net panel redraws then)', async () => {
    const b = await twoNodes();
    const before = await collectLab(b);
    expect(labChanged(before, await collectLab(b))).toBe(false);
    await b.run('ssh docker-host2 docker run -d --name b2 --network ov busybox sleep 3600');
    const after = await collectLab(b);
    expect(labChanged(before, after)).toBe(true);
    expect(renderTopology(after, { width: 100, previous: before })).toContain('│ b2 [new]');
  });

  it('is what the :net panel draws, redrawn when only the other machine changed', async () => {
    const b = await twoNodes();
    const view = new NetworkView(b, 'en');
    const first = await view.picture();
    expect(isLab(first.graph) && first.graph.nodes.map((n) => n.name)).toEqual(['docker-host2']);
    expect(NetworkView.changed(await view.picture())).toBe(false);
    await b.run('ssh docker-host2 docker rm -f b1');
    expect(NetworkView.changed(await view.picture())).toBe(true);
  });

  it('finds the other machines by the overlays\' Peers (not its own address), and quotes the line for the remote shell', () => {
    expect(sshLine('10.0.2.16', "docker inspect $(docker ps -aq) it's")).toBe("ssh -o BatchMode=yes -o ConnectTimeout=5 10.0.2.16 'docker inspect $(docker ps -aq) it'\\''s'");
    const g = { backend: 'docker', host: { interfaces: [{ index: 2, name: 'eth0', kind: 'ether', state: 'UP', addresses: ['192.168.1.5/24'] }] }, containers: [], vethPairs: [], ports: [], notes: [],
      networks: [{ id: 'x', name: 'ov', driver: 'overlay', scope: 'swarm', internal: false, containers: [], peers: [{ name: 'b', ip: '192.168.1.10' }, { name: 'a', ip: '192.168.1.5' }, { name: 'c', ip: '192.168.1.9' }] }] } as const;
    expect(otherPeers(g)).toEqual([{ name: 'c', ip: '192.168.1.9' }, { name: 'b', ip: '192.168.1.10' }]);
  });
});

describe('dockerlings topology on a lab', { timeout: 60_000 }, () => {
  it('--after a two-node script prints the lab, and --json its machines', async () => {
    const script = join(mkdtempSync(join(tmpdir(), 'topo-lab-')), 'lab.sh');
    writeFileSync(script, `${STORY.join('\n')}\n`);
    const ROOT = join(import.meta.dirname, '..', '..');
    const run = (args: readonly string[]) => execa(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'src', 'cli.ts'), 'topology', '--after', script, ...args], { reject: false, cwd: ROOT, env: { NO_COLOR: '1' }, stdin: 'ignore' });
    const picture = await run(['--width', '60']);
    expect(picture.stdout).toBe(readFileSync(join(GOLDEN, 'two-node.60.txt'), 'utf8').replace(/\n$/, ''));
    const json = JSON.parse((await run(['--json'])).stdout) as LabTopology;
    expect(json.node).toEqual({ name: 'docker-host', address: '10.0.2.15' });
    expect(json.nodes?.map((n) => [n.name, n.address, n.graph?.containers.map((c) => c.name)])).toEqual([['docker-host2', '10.0.2.16', ['b1']]]);
  });
});

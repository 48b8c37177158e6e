import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanTracked } from '../../src/backend/docker/cleanup.js';
import { Ledger, procStat, sessionAlive } from '../../src/backend/docker/ledger.js';
import { candidates, parseCreated } from '../../src/backend/docker/recover.js';
import { Tracker } from '../../src/backend/docker/tracker.js';
import { FakeEngine } from './fake-engine.js';

const ledgerFile = () => join(mkdtempSync(join(tmpdir(), 'drb-ledger-')), 'docker-tracked.json');
const ok = { stdout: '', stderr: '', exitCode: 0 };
/** A PID that is certainly not running any more. */
const deadPid = (): number => Number(spawnSync('sh', ['-c', 'echo $$'], { encoding: 'utf8' }).stdout.trim());

function setup() {
  const e = new FakeEngine();
  const ledger = new Ledger(ledgerFile());
  const t = new Tracker(e.sh, ledger, 60_000, 'learner');
  return { e, ledger, t };
}

describe('tracking what lines create', () => {
  it('records by ID what appeared during a line, with the line; never what was there before', async () => {
    const { e, ledger, t } = setup();
    const planted = e.add('container', 'pc1');
    let id = '';
    await t.around('docker run -d --name pc1x busybox sleep 3600', async () => {
      id = e.add('container', 'pc1x');
      return ok;
    });
    const rec = ledger.read().engines['ID1 /var/lib/docker']?.resources;
    expect(rec).toEqual([{ kind: 'container', id, name: 'pc1x', line: 'docker run -d --name pc1x busybox sleep 3600', at: expect.any(String), session: t.session }]);
    expect(JSON.stringify(ledger.read())).not.toContain(planted);
    expect(ledger.read().sessions[t.session]).toMatchObject({ pid: process.pid, hostname: hostname(), user: 'learner' });
  });

  it('keeps the running line on disk (pending, with what existed before it) until it ends', async () => {
    const { e, ledger, t } = setup();
    const planted = e.add('network', 'mine');
    await t.around('sleep 1', async () => {
      const pending = ledger.read().engines['ID1 /var/lib/docker']?.pending ?? [];
      expect(pending).toHaveLength(1);
      expect(pending[0]).toMatchObject({ session: t.session, line: 'sleep 1', limitMs: 60_000 });
      expect(pending[0]?.before.network).toEqual([planted]);
      return ok;
    });
    // Nothing created, nothing pending: no file at all.
    expect(existsSync(ledger.file)).toBe(false);
  });

  it('forgets what the lesson removed itself', async () => {
    const { e, ledger, t } = setup();
    let id = '';
    await t.around('docker run -d --name a busybox', async () => ((id = e.add('container', 'a')), ok));
    await t.around('docker rm -f a', async () => (e.res.container.delete(id), ok));
    expect(existsSync(ledger.file)).toBe(false);
  });

  it('attributes nothing while the engine is down, nor when it comes back during a line', async () => {
    const { e, ledger, t } = setup();
    e.add('container', 'mine');
    e.up = false;
    const r = await t.around('docker ps', async () => ({ stdout: '', stderr: 'Cannot connect…', exitCode: 1 }));
    expect(r.exitCode).toBe(1);
    await t.around('sudo systemctl start docker', async () => ((e.up = true), ok));
    expect(ledger.read().engines).toEqual({});
  });

  it('attributes nothing across a switch to another engine (docker context use)', async () => {
    const { e, ledger, t } = setup();
    await t.around('docker context use other', async () => {
      e.engine = 'ID2 /var/lib/docker';
      e.add('container', 'theirs');
      return ok;
    });
    expect(ledger.read().engines).toEqual({});
  });

  it('never takes an image or volume the session saw at its start, even after it came back', async () => {
    const { e, ledger, t } = setup();
    const img = e.add('image', 'nginx');
    const saved = e.res.image.get(img);
    await t.around('docker rmi nginx', async () => (e.res.image.delete(img), ok));
    await t.around('docker load -i nginx.tar', async () => (e.res.image.set(img, saved as { name: string; created: number }), ok));
    expect(ledger.read().engines).toEqual({});
  });

  it('records a host change with its undo, from the probe before it', async () => {
    const { e, ledger, t } = setup();
    e.answers.set('id -nG learner', { stdout: 'learner sudo\n', stderr: '', exitCode: 0 });
    await t.around('sudo usermod -aG docker learner', async () => ok);
    expect(ledger.read().hostChanges).toEqual([
      expect.objectContaining({ kind: 'group', command: 'sudo usermod -aG docker learner', undo: ['sudo gpasswd -d learner docker'], undoable: true, phase: 'after-resources', session: t.session }),
    ]);
    // Already in the group: nothing to undo, and nothing that could remove their membership.
    const second = setup();
    second.e.answers.set('id -nG learner', { stdout: 'learner docker\n', stderr: '', exitCode: 0 });
    await second.t.around('sudo usermod -aG docker learner', async () => ok);
    expect(second.ledger.read().hostChanges[0]?.undo).toEqual([]);
  });
});

describe('cleanup', () => {
  it('removes exactly what was tracked, containers first, and reports what it left', async () => {
    const { e, ledger, t } = setup();
    const mine = e.add('container', 'pc1');
    const myNet = e.add('network', 'mynet');
    let c = '';
    let n = '';
    let v = '';
    let i = '';
    let used = '';
    await t.around('make things', async () => {
      c = e.add('container', 'pc1-lesson');
      n = e.add('network', 'lessonnet');
      v = e.add('volume', 'lessonvol');
      i = e.add('image', 'built');
      used = e.add('image', 'built2');
      return ok;
    });
    // The learner's own container joined the lesson's network, and uses one of its images.
    e.endpoints.set(n, [mine]);
    e.imageOf.set(mine, used);
    const report = await cleanTracked({ sh: e.sh, ledger, sessions: { current: t.session } });
    expect(report.removed.map((r) => `${r.kind} ${r.name || r.id}`)).toEqual(['container pc1-lesson', 'network lessonnet', 'volume lessonvol', `image ${i}`]);
    expect(report.failed).toEqual([{ item: expect.objectContaining({ kind: 'image', id: used }), reason: 'in use by container ffffffffffff, which dockerlings did not create' }]);
    expect(e.res.container.has(mine) && e.res.network.has(myNet)).toBe(true);
    expect(report.preexisting.container).toEqual([{ id: mine, name: 'pc1' }]);
    expect(e.lines.filter((l) => l !== '<snapshot>')).toEqual([
      `docker rm -f ${c}`,
      `docker network rm ${n}`,
      `docker network inspect -f '{{range $k, $v := .Containers}}{{$k}} {{end}}' ${n}`,
      `docker network disconnect -f ${n} ${mine}`,
      `docker network rm ${n}`,
      `docker volume rm ${v}`,
      `docker ps -aq --no-trunc --filter ancestor=${used}`,
      `docker ps -aq --no-trunc --filter ancestor=${i}`,
      `docker rmi -f ${i}`,
    ]);
    // What could not go stays recorded, for the next clean.
    expect(ledger.read().engines['ID1 /var/lib/docker']?.resources.map((r) => r.id)).toEqual([used]);
  });

  it('untags what the tutorial tagged on an image that was there before, never its last name', async () => {
    const { e, ledger, t } = setup();
    const busybox = e.add('image', 'busybox');
    e.tag('busybox:latest', busybox);
    const dangling = e.add('image', 'old');
    await t.around('docker tag busybox localhost:5000/mybox', async () => (e.tag('localhost:5000/mybox:latest', busybox), ok));
    await t.around('docker tag OLD keep:me', async () => (e.tag('keep:me', dangling), ok));
    let built = '';
    await t.around('docker build -t mine:1 .', async () => {
      built = e.add('image', 'mine');
      e.tag('mine:1', built);
      return ok;
    });
    expect(ledger.read().engines['ID1 /var/lib/docker']?.resources.map((r) => `${r.kind} ${r.id}`)).toEqual(['tag localhost:5000/mybox:latest', 'tag keep:me', 'tag mine:1', `image ${built}`]);
    const report = await cleanTracked({ sh: e.sh, ledger, sessions: 'all' });
    expect(report.removed.map((r) => `${r.kind} ${r.id}`)).toEqual(['tag localhost:5000/mybox:latest', 'tag mine:1', `image ${built}`]);
    expect(report.failed).toEqual([{ item: expect.objectContaining({ kind: 'tag', id: 'keep:me' }), reason: `it is the only name left of image ${dangling.slice(7, 19)}, which existed before: untagging it would delete the image` }]);
    expect([...e.res.tag.keys()]).toEqual(['busybox:latest', 'keep:me']);
    expect(e.res.image.has(busybox) && e.res.image.has(dangling)).toBe(true);
    expect(e.lines).toContain('docker rmi localhost:5000/mybox:latest');
  });

  it('leaves swarm before the resources and undoes other host changes after them, newest first', async () => {
    const { e, ledger, t } = setup();
    e.answers.set("docker info --format '{{.Swarm.LocalNodeState}}' && docker network ls -q --filter name=^docker_gwbridge$", { stdout: 'inactive\n', stderr: '', exitCode: 0 });
    await t.around('sudo ip link add drb-p0 type veth peer name drb-p1', async () => ok);
    await t.around('docker swarm init --advertise-addr 127.0.0.1', async () => (e.add('network', 'docker_gwbridge'), ok));
    await t.around('sudo iptables -I DOCKER-USER -j RETURN', async () => ok);
    const report = await cleanTracked({ sh: e.sh, ledger, sessions: 'all' });
    expect(e.lines.filter((l) => l !== '<snapshot>' && !l.includes('-S') && !l.includes('link show') && !l.includes('Swarm'))).toEqual([
      'docker swarm leave --force',
      'docker network rm docker_gwbridge',
      expect.stringMatching(/^docker network rm /),
      'sudo -n iptables -D DOCKER-USER -j RETURN',
      'sudo -n ip link delete drb-p0',
    ]);
    expect(report.hostChanges.map((h) => h.problem)).toEqual([undefined, undefined, undefined]);
    expect(existsSync(ledger.file)).toBe(false);
  });

  it('touches no resource while the engine is down, and keeps the record', async () => {
    const { e, ledger, t } = setup();
    await t.around('docker run -d busybox', async () => (e.add('container', 'x'), ok));
    e.up = false;
    const report = await cleanTracked({ sh: e.sh, ledger, sessions: 'all' });
    expect(report.engineError).toMatch(/Cannot connect to the Docker daemon/);
    expect(ledger.read().engines['ID1 /var/lib/docker']?.resources).toHaveLength(1);
  });

  it('reset() takes its own session and dead ones; clean takes all and says who was still running', async () => {
    const { e, ledger, t } = setup();
    await t.around('docker run --name a busybox', async () => (e.add('container', 'a'), ok));
    const other = new Tracker(e.sh, ledger, 60_000);
    await other.around('docker run --name b busybox', async () => (e.add('container', 'b'), ok));
    // `other` belongs to a live process that is not this one.
    ledger.update((d) => {
      const s = d.sessions[other.session] as { pid: number; procStart?: string };
      s.pid = process.ppid;
      s.procStart = procStat(process.ppid)?.start;
    });
    const r1 = await cleanTracked({ sh: e.sh, ledger, sessions: { current: t.session } });
    expect(r1.removed.map((r) => r.name)).toEqual(['a']);
    const r2 = await cleanTracked({ sh: e.sh, ledger, sessions: 'all' });
    expect(r2.removed.map((r) => r.name)).toEqual(['b']);
    expect(r2.liveSessions).toBe(1);
  });
});

describe('sessions', () => {
  it('a live process is alive; a dead one, a zombie or a reused PID is not', () => {
    const me = { pid: process.pid, hostname: hostname(), user: 'x', startedAt: '' };
    expect(sessionAlive(me)).toBe(true);
    expect(sessionAlive({ ...me, pid: process.ppid, procStart: procStat(process.ppid)?.start })).toBe(true);
    expect(sessionAlive({ ...me, pid: process.ppid, procStart: '1' })).toBe(false);
    expect(sessionAlive({ ...me, pid: deadPid() })).toBe(false);
    expect(sessionAlive({ ...me, pid: deadPid(), hostname: 'another-machine' })).toBe(true);
    expect(sessionAlive(undefined)).toBe(false);
  });
});

describe('after a crash', () => {
  it('finds what an interrupted line created, by creation time within its window', async () => {
    const e = new FakeEngine();
    const ledger = new Ledger(ledgerFile());
    const planted = e.add('container', 'mine');
    const at = Date.now() - 120_000;
    ledger.update((d) => {
      d.sessions.dead = { pid: deadPid(), hostname: hostname(), user: 'learner', startedAt: new Date(at).toISOString() };
      d.engines['ID1 /var/lib/docker'] = { host: '', resources: [], pending: [{ session: 'dead', line: 'docker run -d --name pc1 busybox sleep 3600', at: new Date(at).toISOString(), limitMs: 60_000, before: { container: [planted], network: [], volume: [], image: [] } }] };
    });
    const during = e.add('container', 'pc1', at + 800);
    const later = e.add('container', 'made-later', at + 100_000);
    const report = await cleanTracked({ sh: e.sh, ledger, sessions: 'all' });
    expect(report.removed).toEqual([{ kind: 'container', id: during, name: 'pc1', line: 'docker run -d --name pc1 busybox sleep 3600', interrupted: true }]);
    expect([...e.res.container.keys()]).toEqual([planted, later]);
    expect(existsSync(ledger.file)).toBe(false);
  });

  it('reads creation times as docker inspect prints them', () => {
    // docker container inspect -f '{{.Id}} {{.Created}}', network with {{json .Created}}, volume {{.CreatedAt}}.
    expect(parseCreated('abc 2026-11-22T12:20:11.150952315Z\ndef "2026-11-22T12:20:10.988253096Z"\nv1 2026-11-22T12:20:11Z\n')).toEqual(
      new Map([['abc', Date.parse('2026-11-22T12:20:11.150Z')], ['def', Date.parse('2026-11-22T12:20:10.988Z')], ['v1', Date.parse('2026-11-22T12:20:11Z')]]),
    );
    const now = { engine: 'E', lists: { container: new Map([['a', 'x'], ['b', 'y']]) } };
    expect(candidates({ session: 's', line: 'l', at: '', limitMs: 1, before: { container: ['a'] } }, now, new Set())).toEqual([{ kind: 'container', id: 'b', name: 'y' }]);
  });
});

// The real backend on a real engine: a lesson run and cleaned up leaves the learner's own things
// as they were and nothing of its own; names that clash are reported before anything runs;
// unsafe checks of a custom folder are refused without consent; a host change is confirmed,
// recorded and undone. Needs root and an engine (DOCKERLINGS_REAL=1 or CI).
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { HostChange } from '../../src/backend/backend.js';
import { createDockerBackend } from '../../src/backend/docker.js';
import { createBackend } from '../../src/backend/factory.js';
import { ConsentStore, grantCheckConsent } from '../../src/course/check-policy.js';
import { defaultLessonsDir, loadCourse } from '../../src/course/loader.js';
import { ProgressStore } from '../../src/course/progress.js';
import { lessonResourceNames } from '../../src/course/real-engine.js';
import { LessonRun } from '../../src/course/runner.js';
import { backendOptionsFor, runSetup, solutionLines, stepsFor, verifyLesson } from '../../src/course/verify.js';
import { realEngineStatus } from '../differential/real-engine.js';
import { cli, docker, FIXTURES, freshHome, LESSON_NAMES, names, PLANTED, plant, removeOurs } from './helpers.js';

const engine = realEngineStatus();
const lesson = loadCourse(join(FIXTURES, 'drb-course')).lessons[0];
if (!lesson) throw new Error('fixture lesson missing');

let home = '';
const savedHome = process.env.DOCKERLINGS_HOME;

describe.runIf(engine.available)('the real backend on a real engine', { timeout: 180_000 }, () => {
  beforeAll(async () => {
    await removeOurs();
  });
  beforeEach(async () => {
    home = freshHome();
    process.env.DOCKERLINGS_HOME = home;
    await plant();
  });
  afterEach(async () => {
    await removeOurs();
  });
  afterAll(() => {
    if (savedHome === undefined) delete process.env.DOCKERLINGS_HOME;
    else process.env.DOCKERLINGS_HOME = savedHome;
  });

  async function expectPlantedIntact(): Promise<void> {
    const n = await names();
    for (const c of PLANTED.containers) expect(n.containers).toContain(c);
    for (const c of PLANTED.networks) expect(n.networks).toContain(c);
    for (const c of PLANTED.volumes) expect(n.volumes).toContain(c);
    // The planted container is still on its own network, and still running.
    expect((await docker('inspect', '-f', '{{.State.Running}}{{range $k, $v := .NetworkSettings.Networks}} {{$k}}{{end}}', 'drb-p1')).stdout.trim()).toBe('true drb-pnet');
  }

  async function expectLessonGone(): Promise<void> {
    const n = await names();
    for (const c of LESSON_NAMES.containers) expect(n.containers).not.toContain(c);
    for (const c of LESSON_NAMES.networks) expect(n.networks).not.toContain(c);
    for (const c of LESSON_NAMES.volumes) expect(n.volumes).not.toContain(c);
  }

  it('runs a lesson (setup and solutions), and `dockerlings clean` removes exactly what it made', async () => {
    const b = createDockerBackend({ kind: 'docker' });
    expect(await runSetup(lesson, b)).toBeUndefined();
    for (const step of stepsFor(lesson, 'docker')) for (const line of solutionLines(step)) expect((await b.run(line)).exitCode, line).toBe(0);
    // The learner connects their own container to the lesson's network: cleanup disconnects it.
    expect((await b.run('docker network connect drb-lnet drb-p1')).exitCode).toBe(0);
    await b.dispose();
    const before = await names();
    expect(before.containers).toEqual(expect.arrayContaining(['drb-l1', 'drb-l2']));

    const r = await cli(['clean'], { DOCKERLINGS_HOME: home });
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    const out = r.stdout.split('\n');
    expect(out[0]).toBe('Removed what dockerlings created:');
    expect(out.slice(1, 5).map((l) => l.replace(/\([0-9a-f]{12}\)/, '(ID)'))).toEqual([
      '  container drb-l1 (ID), made by: docker run -d --name drb-l1 busybox sleep 3600',
      '  container drb-l2 (ID), made by: docker run -d --name drb-l2 --network drb-lnet -v drb-lvol:/data busybox sleep 3600',
      '  network drb-lnet (ID), made by: docker network create drb-lnet',
      '  volume drb-lvol, made by: docker volume create drb-lvol',
    ]);
    expect(r.stdout).toMatch(/Left as they were, because dockerlings did not create them: \d+ containers \([^)]*drb-p1/);
    await expectLessonGone();
    await expectPlantedIntact();
    expect(existsSync(join(home, 'docker-tracked.json'))).toBe(false);
    // A second clean has nothing left to do.
    expect((await cli(['clean'], { DOCKERLINGS_HOME: home })).stdout).toMatch(/^Nothing to clean/);
  });

  it('verify --backend docker leaves nothing behind (reset at the end), the shipped lesson 06 as well', async () => {
    const v = await verifyLesson(lesson, 'docker', () => createBackend(backendOptionsFor(lesson, 'docker')));
    expect(v.ok).toBe(true);
    await expectLessonGone();
    const shipped = loadCourse(defaultLessonsDir()).lessons.find((l) => l.folder === '06-docker0-bridge');
    if (!shipped) throw new Error('lessons/06-docker0-bridge missing');
    const v6 = await verifyLesson(shipped, 'docker', () => createBackend(backendOptionsFor(shipped, 'docker')));
    expect(v6.ok).toBe(true);
    const n = await names();
    expect(n.containers.filter((c) => c === 'pc1' || c === 'pc2')).toEqual([]);
    await expectPlantedIntact();
    expect(existsSync(join(home, 'docker-tracked.json'))).toBe(false);
  });

  it('reports a name clash before the lesson starts, and runs none of it', async () => {
    await docker('run', '-d', '--name', 'drb-l2', 'busybox', 'sleep', '3600');
    await docker('network', 'create', 'drb-lnet');
    const b = createDockerBackend({ kind: 'docker' });
    const pre = await b.preflight(lessonResourceNames(lesson));
    const id = (await docker('inspect', '-f', '{{.Id}}', 'drb-l2')).stdout.trim().slice(0, 12);
    const netId = (await docker('network', 'inspect', '-f', '{{.Id}}', 'drb-lnet')).stdout.trim().slice(0, 12);
    expect(pre.clashes).toEqual([
      { kind: 'container', name: 'drb-l2', id, rename: 'docker rename drb-l2 drb-l2-mine', message: `Your container drb-l2 (${id}) has a name this lesson uses: the lesson would remove or replace it. Rename yours first (docker rename drb-l2 drb-l2-mine), or skip this lesson.` },
      { kind: 'network', name: 'drb-lnet', id: netId, message: `Your network drb-lnet (${netId}) has a name this lesson uses, and Docker cannot rename a network: skip this lesson, or remove it yourself if it is an old leftover (docker network rm drb-lnet).` },
    ]);
    const run = new LessonRun(lesson, b, 'en', new ProgressStore(join(home, 'progress.json')));
    const events = await run.start();
    expect(events).toEqual([{ type: 'notice', text: pre.clashes.map((c) => c.message).join('\n') }]);
    // The setup (`docker rm -f drb-l1 drb-l2`) did not run: the learner's drb-l2 is still there.
    expect((await docker('inspect', '-f', '{{.Id}}', 'drb-l2')).stdout.trim().slice(0, 12)).toBe(id);
    const v = await verifyLesson(lesson, 'docker', () => createBackend({ kind: 'docker' }));
    expect(v.ok).toBe(false);
    expect(v.refused).toContain('Your container drb-l2');
    // What the tutorial made itself is no clash: after the learner renames theirs, leftovers of ours are fine.
    await docker('rename', 'drb-l2', 'drb-l2-mine');
    await docker('network', 'rm', 'drb-lnet');
    await b.run('docker run -d --name drb-l2 busybox sleep 3600');
    expect((await b.preflight(lessonResourceNames(lesson))).clashes).toEqual([]);
    await b.reset();
    expect((await names()).containers).toContain('drb-l2-mine');
  });

  it('refuses the unsafe checks of a custom folder until the learner agrees for that folder', async () => {
    const marker = '/tmp/drb-check-ran';
    rmSync(marker, { force: true });
    const unsafe = loadCourse(join(FIXTURES, 'drb-unsafe')).lessons[0];
    if (!unsafe) throw new Error('fixture missing');
    const refused = await verifyLesson(unsafe, 'docker', () => createBackend({ kind: 'docker' }));
    expect(refused.ok).toBe(false);
    expect(refused.refused).toMatch(/^Lesson drb-unsafe from .*drb-unsafe has a check that would change your machine, not only look at it:\n {2}touch \/tmp\/drb-check-ran {3}\('touch' is not a known read-only command\)\n/);
    expect(existsSync(marker)).toBe(false);
    const r = await cli(['verify', '--backend', 'docker', '--lessons', join(FIXTURES, 'drb-unsafe')], { DOCKERLINGS_HOME: home });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain('    not run: Lesson drb-unsafe from');
    expect(existsSync(marker)).toBe(false);
    // On the simulator the check runs in the simulated host: nothing to refuse.
    expect((await verifyLesson(unsafe, 'simulator', () => createBackend({ kind: 'simulator' }))).refused).toBeUndefined();

    grantCheckConsent(loadCourse(join(FIXTURES, 'drb-unsafe')).lessons, new ConsentStore(join(home, 'check-consent.json')).load());
    const allowed = await verifyLesson(unsafe, 'docker', () => createBackend({ kind: 'docker' }));
    expect(allowed.refused).toBeUndefined();
    expect(existsSync(marker)).toBe(true);
    rmSync(marker, { force: true });
  });

  it('asks before a line that changes the host, records its undo, and clean undoes it', async () => {
    const asked: HostChange[][] = [];
    const no = createDockerBackend({ kind: 'docker', confirmHostChange: async (c) => (asked.push([...c]), false) });
    const refused = await no.run('ip link add drb-hc0 type veth peer name drb-hc1');
    expect(refused).toEqual({ stdout: '', stderr: 'dockerlings: not run: it would change this machine (creates the veth interface drb-hc0 on this machine)\n', exitCode: 1 });
    expect((await no.check('ip -o link show drb-hc0')).exitCode).not.toBe(0);
    expect(asked[0]?.map((c) => c.undoPreview)).toEqual([['ip link delete drb-hc0']]);

    const yes = createDockerBackend({ kind: 'docker', confirmHostChange: async () => true });
    try {
      expect((await yes.run('ip link add drb-hc0 type veth peer name drb-hc1')).exitCode).toBe(0);
      expect((await yes.run("docker info --format '{{.Swarm.LocalNodeState}}'")).stdout).toBe('inactive\n');
      const hadGwbridge = (await names()).networks.includes('docker_gwbridge');
      expect((await yes.run('docker swarm init --advertise-addr 127.0.0.1')).exitCode).toBe(0);
      const report = await yes.clean();
      expect(report.hostChanges.map((h) => [h.command, h.undo, h.problem])).toEqual([
        ['docker swarm init --advertise-addr 127.0.0.1', ['docker swarm leave --force', ...(hadGwbridge ? [] : ['docker network rm docker_gwbridge'])], undefined],
        ['ip link add drb-hc0 type veth peer name drb-hc1', ['ip link delete drb-hc0'], undefined],
      ]);
      expect((await docker('info', '--format', '{{.Swarm.LocalNodeState}}')).stdout.trim()).toBe('inactive');
      expect((await yes.check('ip -o link show drb-hc0')).exitCode).not.toBe(0);
      // The networks swarm init made went with it; docker_gwbridge stays only if it was there before.
      expect((await names()).networks.includes('docker_gwbridge')).toBe(hadGwbridge);
      for (const n of report.removed) expect(n.kind).toBe('network');
    } finally {
      await docker('swarm', 'leave', '--force');
      await yes.check('ip link delete drb-hc0 2>/dev/null; true');
    }
  });

  it('reads a lost socket permission as such, with the fix', async () => {
    const b = createDockerBackend({ kind: 'docker', user: 'nobody', track: false });
    const r = await b.run('docker ps');
    expect(b.trouble(r)).toMatchObject({ kind: 'socket-permission', fix: ['Add yourself to the docker group: sudo usermod -aG docker $USER', expect.any(String), expect.any(String)] });
  });
});

describe.skipIf(engine.available)('the real backend on a real engine', () => {
  it.skip(engine.reason, () => undefined);
});

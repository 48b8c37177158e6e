// The engine goes away in the middle of a lesson: dockerd is stopped (SIGTERM to the PID in its
// pidfile, as scripts/restart-dockerd.sh does), the learner's next command fails, and they get
// a clear message with the fix; their progress is kept, nothing is wrongly attributed when the
// engine comes back, and the lesson goes on. Stopping the shared dockerd is allowed only here,
// in the REAL_ENGINE group (one file at a time), and it is started again even if the test fails.
// Needs root, an engine (DOCKERLINGS_REAL=1 or CI) and its pidfile (DOCKERD_PIDFILE or /var/run/docker.pid).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDockerBackend } from '../../src/backend/docker.js';
import { loadCourse } from '../../src/course/loader.js';
import { ProgressStore } from '../../src/course/progress.js';
import { LessonRun, type RunnerEvent } from '../../src/course/runner.js';
import { realEngineStatus } from '../differential/real-engine.js';
import { cli, docker, FIXTURES, freshHome, names, PLANTED, plant, readJson, removeOurs, ROOT } from './helpers.js';

const engine = realEngineStatus();
const PIDFILE = process.env.DOCKERD_PIDFILE ?? '/var/run/docker.pid';
const HOST = process.env.DOCKER_HOST ?? 'unix:///var/run/docker.sock';
const lesson = loadCourse(join(FIXTURES, 'drb-course')).lessons[0];
if (!lesson) throw new Error('fixture lesson missing');

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** SIGTERM to dockerd, then wait until it is gone (it stops the running containers first). */
async function stopDockerd(): Promise<void> {
  const pid = Number(readFileSync(PIDFILE, 'utf8').trim());
  process.kill(pid, 'SIGTERM');
  for (let i = 0; i < 600 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (alive(pid)) throw new Error(`dockerd (pid ${pid}) still running 60 s after SIGTERM`);
}

/** Starts it again the way scripts/restart-dockerd.sh does (.ci/lib helpers), and waits for it. */
async function startDockerd(): Promise<void> {
  const script = [
    'set -e',
    `source ${JSON.stringify(join(ROOT, '.ci/lib/dockerd.sh'))}`,
    `source ${JSON.stringify(join(ROOT, '.ci/lib/uplink-door.sh'))}`,
    'start_dockerd',
    'wait_for_docker 60 || { dockerd_log_tail; exit 1; }',
    'close_uplink_door',
    'if [ -n "${DOCKERD_POST_START:-}" ]; then bash -c "$DOCKERD_POST_START"; fi',
  ].join('\n');
  const r = await execa('bash', ['-c', script], { reject: false, stdin: 'ignore', timeout: 120_000 });
  if (r.exitCode !== 0) throw new Error(`dockerd did not come back (exit ${r.exitCode}):\n${r.stdout}${r.stderr}`);
}

const outputOf = (events: readonly RunnerEvent[]) => events.find((e) => e.type === 'output');
const passed = (events: readonly RunnerEvent[]) => events.filter((e) => e.type === 'step-passed').map((e) => (e as { step: string }).step);

describe.runIf(engine.available && existsSync(PIDFILE))('the engine stops mid-lesson', { timeout: 300_000 }, () => {
  const home = freshHome();
  const saved = process.env.DOCKERLINGS_HOME;
  beforeAll(async () => {
    process.env.DOCKERLINGS_HOME = home;
    await removeOurs();
    await plant();
  });
  afterAll(async () => {
    if (saved === undefined) delete process.env.DOCKERLINGS_HOME;
    else process.env.DOCKERLINGS_HOME = saved;
    await removeOurs();
  });

  it('says what happened and how to fix it, keeps the progress, and goes on once the engine is back', async () => {
    const progressFile = join(home, 'progress.json');
    const b = createDockerBackend({ kind: 'docker' });
    const run = new LessonRun(lesson, b, 'en', new ProgressStore(progressFile).load());
    expect(await run.start()).toEqual([]);
    expect(passed(await run.submit('docker network create drb-lnet'))).toEqual(['make-network']);
    const planted = (await docker('ps', '-aq', '--no-trunc', '--filter', 'name=^drb-p')).stdout.split('\n').filter(Boolean);
    expect(planted).toHaveLength(2);

    await stopDockerd();
    try {
      const events = await run.submit('docker volume create drb-lvol');
      const out = outputOf(events);
      expect(out?.type === 'output' && out.result.exitCode).toBe(1);
      const result = out?.type === 'output' ? out.result : { stdout: '', stderr: '', exitCode: 0 };
      // docker CLI 28 with dockerd stopped:
      expect(result.stderr).toBe(`Cannot connect to the Docker daemon at ${HOST}. Is the docker daemon running?\n`);
      expect(b.trouble(result)).toEqual({
        kind: 'daemon-down',
        host: HOST,
        title: `The Docker engine is not running (nothing answers at ${HOST}).`,
        fix: ['Start the engine: sudo systemctl start docker', '(without systemd: sudo service docker start)', 'Your progress is kept: once this is fixed, go on where you were (:check looks at the step again).'],
      });
      expect(passed(events)).toEqual([]);
      expect(run.step?.id).toBe('second-container');
      // The progress on disk still has the step done before the engine went away.
      expect(new ProgressStore(progressFile).load().stepsDone('drb-net', 'docker')).toEqual(['make-network']);
      // :check says the step does not hold, with the engine's own words.
      const check = await run.submit(':check');
      expect(check[0]).toMatchObject({ type: 'step-status', step: 'second-container' });
      // Cleaning now removes nothing and keeps the record for later.
      const c = await cli(['clean'], { DOCKERLINGS_HOME: home });
      expect(c.exitCode).toBe(1);
      expect(c.stdout).toBe(
        `The engine does not answer, so nothing was removed (the record is kept for later):\n  Cannot connect to the Docker daemon at ${HOST}. Is the docker daemon running?\n` +
          '2 resources are recorded; run dockerlings clean again once the engine answers.',
      );
      expect(existsSync(join(home, 'docker-tracked.json'))).toBe(true);
    } finally {
      await startDockerd();
    }

    // The learner started the engine again (here: the test did): nothing that was already there
    // "appears" and gets attributed to the lesson.
    expect((await run.submit('docker ps -a')).find((e) => e.type === 'output')).toMatchObject({ result: { exitCode: 0 } });
    expect(passed(await run.submit('docker volume create drb-lvol'))).toEqual([]);
    expect(passed(await run.submit('docker run -d --name drb-l2 --network drb-lnet -v drb-lvol:/data busybox sleep 3600'))).toEqual(['second-container']);
    await run.submit('docker start drb-l1');
    expect(passed(await run.submit('docker network connect drb-lnet drb-l1'))).toEqual(['connect']);
    expect(new ProgressStore(progressFile).load().isComplete('drb-net', 'docker')).toBe(true);
    const ledger = JSON.stringify(readJson(join(home, 'docker-tracked.json')));
    for (const id of planted) expect(ledger).not.toContain(id);
    for (const n of ['drb-pnet', 'drb-pvol']) expect(ledger).not.toContain(`"name":"${n}"`);

    const r = await cli(['clean'], { DOCKERLINGS_HOME: home });
    expect(r.exitCode).toBe(0);
    const n = await names();
    for (const x of ['drb-l1', 'drb-l2']) expect(n.containers).not.toContain(x);
    expect(n.networks).not.toContain('drb-lnet');
    expect(n.volumes).not.toContain('drb-lvol');
    for (const x of PLANTED.containers) expect(n.containers).toContain(x);
    for (const x of PLANTED.networks) expect(n.networks).toContain(x);
    for (const x of PLANTED.volumes) expect(n.volumes).toContain(x);
  });
});

describe.skipIf(engine.available && existsSync(PIDFILE))('the engine stops mid-lesson', () => {
  it.skip(engine.available && !existsSync(PIDFILE) ? `real engine: no dockerd pidfile at ${PIDFILE} (skipped)` : engine.reason, () => undefined);
});

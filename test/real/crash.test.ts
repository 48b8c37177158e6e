// A crash mid-lesson loses nothing: a process runs a lesson through the real backend and is
// killed (SIGKILL, with its shell) while a line is still running; `dockerlings clean` in a new
// process then removes everything the lesson made, the interrupted line's container too, and
// nothing the learner had. Needs root and an engine (DOCKERLINGS_REAL=1 or CI).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realEngineStatus } from '../differential/real-engine.js';
import { cli, docker, FIXTURES, freshHome, names, PLANTED, plant, removeOurs, ROOT } from './helpers.js';

const engine = realEngineStatus();

/** Resolves once `want` is on the child's stdout (or rejects after `ms`). */
function waitFor(lines: string[], want: string, ms: number): Promise<void> {
  const t0 = Date.now();
  return new Promise((resolve, reject) => {
    const tick = () => {
      if (lines.includes(want)) return resolve();
      if (Date.now() - t0 > ms) return reject(new Error(`no "${want}" after ${ms} ms; got: ${lines.join(' | ')}`));
      setTimeout(tick, 100);
    };
    tick();
  });
}

describe.runIf(engine.available)('a crash mid-lesson', { timeout: 180_000 }, () => {
  beforeAll(async () => {
    await removeOurs();
    await plant();
  });
  afterAll(async () => {
    await removeOurs();
  });

  it('is cleaned up by `dockerlings clean` in a new process', async () => {
    const home = freshHome();
    const child = spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'test', 'real', 'crash-child.ts'), join(FIXTURES, 'drb-course')], {
      cwd: ROOT,
      env: { ...process.env, DOCKERLINGS_HOME: home },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: string[] = [];
    let err = '';
    child.stdout.on('data', (b: Buffer) => out.push(...b.toString().split('\n').filter(Boolean)));
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    const exited = new Promise<string | null>((resolve) => child.on('exit', (_c, sig) => resolve(sig)));
    try {
      await waitFor(out, 'interrupted line started', 120_000);
      // The interrupted line's container exists: its command is still running (sleep 120).
      for (let i = 0; i < 100 && (await docker('ps', '-aq', '--filter', 'name=^drb-crash-mid$')).stdout.trim() === ''; i++) await new Promise((r) => setTimeout(r, 100));
      expect((await docker('ps', '-aq', '--filter', 'name=^drb-crash-mid$')).stdout.trim()).not.toBe('');
    } finally {
      // The whole process group, as when a terminal is closed: dockerlings and its shell.
      process.kill(-(child.pid as number), 'SIGKILL');
    }
    expect(await exited).toBe('SIGKILL');
    expect(err).toBe('');
    expect(out).not.toContain('not reached');
    const before = await names();
    expect(before.containers).toEqual(expect.arrayContaining(['drb-l1', 'drb-l2', 'drb-crash-mid']));
    expect(existsSync(join(home, 'docker-tracked.json'))).toBe(true);

    const r = await cli(['clean'], { DOCKERLINGS_HOME: home });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/ {2}container drb-crash-mid \([0-9a-f]{12}\), made by: docker run -d --name drb-crash-mid busybox sleep 3600 && sleep 120 \(found after dockerlings was interrupted\)\n/);
    const after = await names();
    for (const c of ['drb-l1', 'drb-l2', 'drb-crash-mid']) expect(after.containers).not.toContain(c);
    expect(after.networks).not.toContain('drb-lnet');
    expect(after.volumes).not.toContain('drb-lvol');
    for (const c of PLANTED.containers) expect(after.containers).toContain(c);
    for (const n of PLANTED.networks) expect(after.networks).toContain(n);
    for (const v of PLANTED.volumes) expect(after.volumes).toContain(v);
    expect(existsSync(join(home, 'docker-tracked.json'))).toBe(false);
  });
});

describe.skipIf(engine.available)('a crash mid-lesson', () => {
  it.skip(engine.reason, () => undefined);
});

import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..', '..');
export const bin = join(root, 'bin', 'dockerlings.js');
export const fixtureCourse = join(root, 'test', 'ui', 'fixtures', 'course');

let built = false;

/**
 * `npm run build` once per test run: the tests run what `npm start` and the installed bin run.
 * The e2e files run in parallel workers, so one builds (holding a lock file) and the others
 * wait and reuse its build, instead of removing each other's dist/. A build belongs to the run
 * whose vitest process (the workers' parent, or their own process with threads) wrote the stamp.
 */
export async function buildOnce(): Promise<void> {
  if (built) return;
  const dir = join(root, '.tmp');
  mkdirSync(dir, { recursive: true });
  const lock = join(dir, 'e2e-build.lock');
  const stamp = join(dir, 'e2e-build.stamp');
  const run = new Set([String(process.ppid), String(process.pid)]);
  for (;;) {
    try {
      closeSync(openSync(lock, 'wx'));
      break;
    } catch {
      // Another worker is building; a lock older than two minutes is a crashed run's.
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 120_000) rmSync(lock, { force: true });
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  try {
    let owner = '';
    try {
      owner = readFileSync(stamp, 'utf8').trim();
    } catch {
      owner = '';
    }
    if (!run.has(owner)) {
      execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
      writeFileSync(stamp, `${process.ppid}\n`);
    }
  } finally {
    rmSync(lock, { force: true });
  }
  built = true;
}

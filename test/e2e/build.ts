import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..', '..');
export const bin = join(root, 'bin', 'dockerlings.js');
export const fixtureCourse = join(root, 'test', 'ui', 'fixtures', 'course');

let built = false;

/** `npm run build` once: the tests run what `npm start` and the installed bin run. */
export function buildOnce(): void {
  if (built) return;
  execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  built = true;
}

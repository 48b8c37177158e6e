import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSimulatedBackend } from '../../src/backend/simulated.js';
import { loadCourse } from '../../src/course/loader.js';
import { ProgressStore } from '../../src/course/progress.js';
import { LessonRun } from '../../src/course/runner.js';
import { ShellController } from '../../src/ui/session/controller.js';
import { History } from '../../src/ui/shell/history.js';

export const course = loadCourse(join(import.meta.dirname, 'fixtures', 'course'));
export const notes = course.lessons[0]!;

export const tempDir = (prefix = 'dl-ui-') => mkdtempSync(join(tmpdir(), prefix));

/** A controller on the fixture lesson (or the sandbox), with its own progress and history files. */
export function lessonController(o: { lang?: string; sandbox?: boolean; dir?: string } = {}) {
  const dir = o.dir ?? tempDir();
  const store = new ProgressStore(join(dir, 'progress.json')).load();
  const history = History.load(join(dir, 'history'));
  const backend = createSimulatedBackend({ kind: 'simulator' });
  const lang = o.lang ?? 'en';
  const run = o.sandbox ? undefined : new LessonRun(notes, backend, lang, store);
  const controller = new ShellController({ backend, lang, history, ...(run ? { run } : {}), exportDir: dir, now: () => new Date('2026-11-22T10:15:00Z') });
  return { controller, store, history, dir, backend };
}

/** Waits until `check` holds (screens update asynchronously). */
export async function until(check: () => boolean, what = 'the condition', ms = 5000): Promise<void> {
  const t0 = Date.now();
  while (!check()) {
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

import type { BackendKind } from '../backend/backend.js';
import { createBackend } from '../backend/factory.js';
import { inspectCourse, loadCourse, type Lesson } from '../course/loader.js';
import { formatProblem } from '../course/problems.js';
import { ProgressStore } from '../course/progress.js';
import { backendOptionsFor, formatVerdict, type LessonVerdict, verifyLesson } from '../course/verify.js';
import { UsageError } from './usage.js';

/** Picks lessons by id, folder name or number; all when none is named. */
function pick(lessons: readonly Lesson[], names: readonly string[]): Lesson[] {
  if (names.length === 0) return [...lessons];
  return names.map((n) => {
    const l = lessons.find((x) => x.spec.id === n || x.folder === n || x.folder.startsWith(`${n.padStart(2, '0')}-`));
    if (!l) throw new UsageError(`no lesson '${n}' (see 'dockerlings list')`);
    return l;
  });
}

export async function verifyCommand(names: readonly string[], kind: BackendKind, json: boolean, lessonsDir?: string): Promise<number> {
  const course = loadCourse(lessonsDir);
  const verdicts: LessonVerdict[] = [];
  for (const lesson of pick(course.lessons, names)) {
    const v = await verifyLesson(lesson, kind, () => createBackend(backendOptionsFor(lesson, kind)));
    verdicts.push(v);
    if (!json) process.stdout.write(formatVerdict(v));
  }
  const failed = verdicts.filter((v) => !v.ok).length;
  if (json) process.stdout.write(`${JSON.stringify({ backend: kind, ok: failed === 0, lessons: verdicts }, null, 2)}\n`);
  else process.stdout.write(`\n${verdicts.length - failed} of ${verdicts.length} lessons verified on ${kind}\n`);
  return failed === 0 ? 0 : 1;
}

export function lintCommand(dir: string | undefined): number {
  const { problems } = inspectCourse(dir);
  for (const p of problems) process.stdout.write(`${formatProblem(p)}\n`);
  if (problems.length === 0) process.stdout.write('lessons: no problems found\n');
  return problems.length === 0 ? 0 : 1;
}

export function resetCommand(names: readonly string[], lessonsDir?: string): number {
  const store = new ProgressStore().load();
  if (store.notice) process.stderr.write(`${store.notice}\n`);
  if (names.length === 0) store.reset();
  else for (const l of pick(loadCourse(lessonsDir).lessons, names)) store.reset(l.spec.id);
  store.save();
  process.stdout.write(names.length === 0 ? 'All progress cleared.\n' : `Progress cleared for ${names.join(', ')}.\n`);
  return 0;
}

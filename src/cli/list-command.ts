import { resolve } from 'node:path';
import type { BackendKind } from '../backend/backend.js';
import { loadCourseCached } from '../course/course-cache.js';
import { ProgressStore } from '../course/progress.js';

/**
 * `dockerlings list [--json]`: the lessons and the progress on a backend. Kept apart from the
 * other course commands so it loads neither the YAML parser (the course comes from its cache
 * while unchanged) nor anything of the screen: it is run often, by people and by scripts.
 */
export async function listCommand(json: boolean, kind: BackendKind, lang: string, lessonsDir?: string): Promise<number> {
  const course = await loadCourseCached(lessonsDir === undefined ? undefined : resolve(lessonsDir));
  const store = new ProgressStore().load();
  if (store.notice) process.stderr.write(`${store.notice}\n`);
  const rows = course.lessons.map((l, i) => {
    const done = store.stepsDone(l.spec.id, kind).length;
    return { number: i + 1, id: l.spec.id, folder: l.folder, title: l.prose.get(lang)?.title ?? l.spec.id, steps: l.spec.steps.length, done, complete: store.isComplete(l.spec.id, kind), backends: l.spec.backends };
  });
  const complete = rows.filter((r) => r.complete).length;
  if (json) {
    process.stdout.write(`${JSON.stringify({ backend: kind, complete, total: rows.length, lessons: rows }, null, 2)}\n`);
    return 0;
  }
  for (const r of rows) process.stdout.write(`${r.complete ? '✓' : r.done > 0 ? '…' : ' '} ${String(r.number).padStart(2)}. ${r.title} (${r.done}/${r.steps})\n`);
  process.stdout.write(`\n${complete} of ${rows.length} lessons complete on the ${kind}\n`);
  return 0;
}

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import writeFileAtomic from 'write-file-atomic';
import type { Course } from './loader.js';
import { defaultProgressFile } from './progress.js';

/**
 * The course as the loader last read it, kept as JSON next to the progress file
 * (`cache/course-<hash>.json`), so starting the tutorial or `dockerlings list` does not parse
 * every lesson's YAML and Markdown again (13 lessons took longer than all of Node's start).
 * The cache is used only while nothing it was read from changed: the size and time of every
 * file of the lessons folder, and of the code that reads them (the modules beside this one:
 * src/course/*.ts, or the bundle's chunks), are its key. On a miss the loader runs (and
 * throws its LessonLoadError as always) and the cache is rewritten.
 */
const FORMAT = 1;

/** The shipped lessons: the nearest `lessons/course.yaml` above this module (as the loader finds them). */
function shippedLessons(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    if (existsSync(join(dir, 'lessons', 'course.yaml'))) return join(dir, 'lessons');
    dir = dirname(dir);
  }
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'lessons');
}

function stamps(dir: string, depth: number, out: string[]): void {
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const e of entries) {
    const p = join(dir, e);
    const s = statSync(p, { throwIfNoEntry: false });
    if (!s) continue;
    if (s.isDirectory()) {
      if (depth > 0) stamps(p, depth - 1, out);
    } else out.push(`${p}\t${s.size}\t${s.mtimeMs}`);
  }
}

function key(dir: string): string {
  const parts = [`format ${FORMAT}`];
  stamps(dir, 1, parts);
  stamps(dirname(fileURLToPath(import.meta.url)), 0, parts);
  return createHash('sha256').update(parts.join('\n')).digest('hex');
}

// Maps (prose by language, steps by id) survive JSON as tagged entry lists.
const replacer = (_k: string, v: unknown) => (v instanceof Map ? { $map: [...v.entries()] } : v);
const reviver = (_k: string, v: unknown) => (v !== null && typeof v === 'object' && '$map' in v ? new Map((v as { $map: [string, unknown][] }).$map) : v);

export async function loadCourseCached(dir: string = shippedLessons()): Promise<Course> {
  const file = join(dirname(defaultProgressFile()), 'cache', `course-${createHash('sha256').update(dir).digest('hex').slice(0, 16)}.json`);
  const k = key(dir);
  try {
    const cached = JSON.parse(readFileSync(file, 'utf8'), reviver) as { key: string; course: Course };
    if (cached.key === k) return cached.course;
  } catch {
    // No cache yet, or an unreadable one: read the lessons.
  }
  const { loadCourse } = await import('./loader.js');
  const course = loadCourse(dir);
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileAtomic.sync(file, JSON.stringify({ key: k, course }, replacer));
  } catch {
    // A read-only home still works, just without the cache.
  }
  return course;
}

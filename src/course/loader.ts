import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type LessonProse, parseProse } from './prose.js';
import { LessonLoadError, type Problem } from './problems.js';
import { isReadOnly } from './read-only.js';
import { CourseSchema, type LessonSpec, LessonSchema } from './schema.js';
import { parseYamlFile } from './yaml-source.js';

export interface Lesson {
  /** The lesson's folder name, e.g. `08-custom-networks`. */
  readonly folder: string;
  readonly dir: string;
  readonly spec: LessonSpec;
  /** Prose by language code. */
  readonly prose: ReadonlyMap<string, LessonProse>;
  /** Checks and variables that are not read-only (a custom folder's): a real engine runs them only with consent. */
  readonly notReadOnly?: readonly Problem[];
}

export interface Course {
  readonly dir: string;
  readonly languages: readonly string[];
  readonly lessons: readonly Lesson[];
}

/**
 * The lessons shipped with dockerlings: the nearest `lessons/course.yaml` above this module, so
 * it works from src/course/, from the bundle's dist/ and from its dist/chunks/.
 */
export function defaultLessonsDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    if (existsSync(join(dir, 'lessons', 'course.yaml'))) return join(dir, 'lessons');
    dir = dirname(dir);
  }
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'lessons');
}

/** Loads and validates a lessons folder; every problem names its file and line. */
export function inspectCourse(dir: string = defaultLessonsDir()): { course?: Course; problems: Problem[] } {
  const rel = (p: string) => relative(process.cwd(), p) || p;
  const manifestPath = join(dir, 'course.yaml');
  if (!existsSync(manifestPath)) return { problems: [{ file: rel(manifestPath), line: 1, reason: 'no course.yaml: the manifest lists the lesson folders in order' }] };
  const manifest = parseYamlFile(rel(manifestPath), readFileSync(manifestPath, 'utf8'), CourseSchema);
  if (!manifest.value) return { problems: manifest.problems };
  const problems: Problem[] = [];
  const lessons: Lesson[] = [];
  const ids = new Map<string, string>();
  manifest.value.lessons.forEach((folder, i) => {
    const lessonDir = join(dir, folder);
    const yamlPath = join(lessonDir, 'lesson.yaml');
    if (!existsSync(yamlPath)) {
      problems.push({ file: rel(manifestPath), line: manifest.lineOf(['lessons', i]), reason: `lesson folder ${folder} has no lesson.yaml` });
      return;
    }
    const loaded = loadLesson(folder, lessonDir, manifest.value?.languages ?? ['en', 'ko'], rel);
    problems.push(...loaded.problems);
    if (!loaded.lesson) return;
    const seen = ids.get(loaded.lesson.spec.id);
    if (seen) problems.push({ file: rel(yamlPath), line: 1, reason: `lesson id ${loaded.lesson.spec.id} is also used by ${seen}` });
    ids.set(loaded.lesson.spec.id, folder);
    lessons.push(loaded.lesson);
  });
  for (const entry of readdirSync(dir)) {
    if (statSync(join(dir, entry)).isDirectory() && existsSync(join(dir, entry, 'lesson.yaml')) && !manifest.value.lessons.includes(entry)) {
      problems.push({ file: rel(manifestPath), line: 1, reason: `lesson folder ${entry} is not listed in course.yaml` });
    }
  }
  return { course: { dir, languages: manifest.value.languages, lessons }, problems };
}

/** Loads a course or throws LessonLoadError with every problem. */
export function loadCourse(dir?: string): Course {
  const { course, problems } = inspectCourse(dir);
  const blocking = problems.filter((p) => p.kind !== 'not-read-only');
  if (!course || blocking.length > 0) throw new LessonLoadError(blocking);
  return course;
}

function loadLesson(folder: string, dir: string, languages: readonly string[], rel: (p: string) => string): { lesson?: Lesson; problems: Problem[] } {
  const yamlPath = join(dir, 'lesson.yaml');
  const file = rel(yamlPath);
  const parsed = parseYamlFile(file, readFileSync(yamlPath, 'utf8'), LessonSchema);
  if (!parsed.value) return { problems: parsed.problems };
  const spec = parsed.value;
  const problems: Problem[] = [];
  const notReadOnly: Problem[] = [];
  const stepIds = new Set<string>();
  spec.steps.forEach((step, i) => {
    if (stepIds.has(step.id)) problems.push({ file, line: parsed.lineOf(['steps', i, 'id']), reason: `step id ${step.id} appears twice` });
    stepIds.add(step.id);
    for (const b of step.backends ?? []) if (!spec.backends.includes(b)) problems.push({ file, line: parsed.lineOf(['steps', i, 'backends']), reason: `step names backend ${b}, which the lesson does not` });
    const checks = step.check === undefined ? [] : Array.isArray(step.check) ? step.check : [step.check];
    checks.forEach((c, j) => {
      const v = isReadOnly(c.run);
      if (!v.ok) notReadOnly.push({ file, line: parsed.lineOf(Array.isArray(step.check) ? ['steps', i, 'check', j, 'run'] : ['steps', i, 'check', 'run']), reason: `check "${c.run}" is not read-only: ${v.reason}`, kind: 'not-read-only' });
    });
    for (const [name, line] of Object.entries(step.vars ?? {})) {
      const v = isReadOnly(line);
      if (!v.ok) notReadOnly.push({ file, line: parsed.lineOf(['steps', i, 'vars', name]), reason: `variable ${name} "${line}" is not read-only: ${v.reason}`, kind: 'not-read-only' });
    }
  });
  problems.push(...notReadOnly);
  const prose = new Map<string, LessonProse>();
  for (const lang of languages) {
    const mdPath = join(dir, `${lang}.md`);
    const md = rel(mdPath);
    if (!existsSync(mdPath)) {
      problems.push({ file: md, line: 1, reason: `missing: every lesson has prose in ${languages.join(', ')}` });
      continue;
    }
    const p = parseProse(md, readFileSync(mdPath, 'utf8'));
    problems.push(...p.problems);
    if (!p.prose) continue;
    if (!p.prose.intro) problems.push({ file: md, line: 1, reason: 'no introduction before the first step' });
    for (const step of spec.steps) {
      const sp = p.prose.steps.get(step.id);
      if (!sp) problems.push({ file: md, line: 1, reason: `no section for step ${step.id}: add "## Title {#${step.id}}"` });
      else if (sp.hints.length === 0) problems.push({ file: md, line: sp.line, reason: `step ${step.id} has no hints: add "### Hints {#hints}" with at least one item` });
      else if (!sp.body) problems.push({ file: md, line: sp.line, reason: `step ${step.id} has no text` });
    }
    for (const id of p.prose.steps.keys()) if (!stepIds.has(id)) problems.push({ file: md, line: p.prose.steps.get(id)?.line ?? 1, reason: `section {#${id}} matches no step of lesson.yaml` });
    prose.set(lang, p.prose);
  }
  return { lesson: { folder, dir, spec, prose, ...(notReadOnly.length > 0 ? { notReadOnly } : {}) }, problems };
}

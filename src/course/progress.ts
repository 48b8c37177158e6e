import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import envPaths from 'env-paths';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';

/**
 * The progress file (docs/progress-file.md): which steps of which lessons are done, per
 * backend, and the learner's settings. Written atomically; an unreadable file is moved
 * aside and reported, never silently dropped.
 */
const Backends = z.enum(['simulator', 'docker']);

const LessonProgress = z.object({ steps: z.array(z.string()), completedAt: z.string().optional() }).strict();

export const ProgressSchema = z
  .object({
    version: z.literal(1),
    settings: z.object({ lang: z.string().optional(), backend: Backends.optional() }).strict().default({}),
    lessons: z.record(z.string(), z.partialRecord(Backends, LessonProgress)).default({}),
    last: z.object({ lesson: z.string(), backend: Backends }).strict().optional(),
  })
  .strict();

export type ProgressData = z.infer<typeof ProgressSchema>;
export type BackendName = z.infer<typeof Backends>;

/** `$DOCKERLINGS_HOME/progress.json`, else the XDG data directory (~/.local/share/dockerlings). */
export function defaultProgressFile(): string {
  const home = process.env.DOCKERLINGS_HOME;
  return join(home ?? envPaths('dockerlings', { suffix: '' }).data, 'progress.json');
}

const fresh = (): ProgressData => ({ version: 1, settings: {}, lessons: {} });

export class ProgressStore {
  private data: ProgressData = fresh();
  /** Set when loading had to move a broken file aside: tell the learner. */
  notice: string | undefined;

  constructor(readonly file: string = defaultProgressFile()) {}

  load(): this {
    this.notice = undefined;
    if (!existsSync(this.file)) {
      this.data = fresh();
      return this;
    }
    let reason: string;
    try {
      const parsed = ProgressSchema.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      if (parsed.success) {
        this.data = parsed.data;
        return this;
      }
      reason = parsed.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`).join('; ');
    } catch (e) {
      reason = e instanceof Error ? e.message : String(e);
    }
    const aside = `${this.file}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(this.file, aside);
    this.notice = `Your progress file ${this.file} could not be read (${reason}). It was kept as ${aside}; starting with fresh progress.`;
    this.data = fresh();
    return this;
  }

  save(): void {
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileAtomic.sync(this.file, `${JSON.stringify(this.data, null, 2)}\n`);
  }

  get snapshot(): Readonly<ProgressData> {
    return this.data;
  }

  stepsDone(lesson: string, backend: BackendName): readonly string[] {
    return this.data.lessons[lesson]?.[backend]?.steps ?? [];
  }

  isComplete(lesson: string, backend: BackendName): boolean {
    return this.data.lessons[lesson]?.[backend]?.completedAt !== undefined;
  }

  markStep(lesson: string, backend: BackendName, step: string): void {
    const perLesson = (this.data.lessons[lesson] ??= {});
    const entry = (perLesson[backend] ??= { steps: [] });
    if (!entry.steps.includes(step)) entry.steps.push(step);
    this.data.last = { lesson, backend };
  }

  markComplete(lesson: string, backend: BackendName, at: Date = new Date()): void {
    const perLesson = (this.data.lessons[lesson] ??= {});
    const entry = (perLesson[backend] ??= { steps: [] });
    entry.completedAt = at.toISOString();
  }

  setting<K extends keyof ProgressData['settings']>(key: K, value: ProgressData['settings'][K]): void {
    this.data.settings = { ...this.data.settings, [key]: value };
  }

  /** Forgets one lesson, or everything except the settings. */
  reset(lesson?: string): void {
    if (lesson === undefined) {
      this.data = { ...fresh(), settings: this.data.settings };
      return;
    }
    delete this.data.lessons[lesson];
    if (this.data.last?.lesson === lesson) delete this.data.last;
  }
}

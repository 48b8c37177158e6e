import { existsSync, mkdirSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';
import type { BackendKind } from '../backend/backend.js';
import type { Lesson } from './loader.js';
import { defaultProgressFile } from './progress.js';
import { isReadOnly } from './read-only.js';

/**
 * Checks run after every command the learner types. On the simulator that is harmless; on a
 * real engine a check that changes state would change the learner's machine, unasked, over and
 * over. The built-in course is linted read-only; a lesson from another folder (`--lessons DIR`)
 * whose checks are not is refused on the real engine, with the reason, unless the learner
 * agreed once for that folder (to exactly those check lines: a new one asks again). The
 * agreement is kept next to the progress file.
 */
const ConsentSchema = z
  .object({
    version: z.literal(1),
    folders: z.record(z.string(), z.object({ grantedAt: z.string(), lines: z.array(z.string()) }).strict()).default({}),
  })
  .strict();

type ConsentData = z.infer<typeof ConsentSchema>;

export const defaultConsentFile = (): string => join(dirname(defaultProgressFile()), 'check-consent.json');

export class ConsentStore {
  private data: ConsentData = { version: 1, folders: {} };

  constructor(readonly file: string = defaultConsentFile()) {}

  /** An unreadable file counts as no consent (it is asked again), never as consent. */
  load(): this {
    try {
      if (existsSync(this.file)) {
        const parsed = ConsentSchema.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
        if (parsed.success) this.data = parsed.data;
      }
    } catch {
      this.data = { version: 1, folders: {} };
    }
    return this;
  }

  covers(folder: string, lines: readonly string[]): boolean {
    const given = this.data.folders[folder]?.lines ?? [];
    return lines.every((l) => given.includes(l));
  }

  grant(folder: string, lines: readonly string[], at: Date = new Date()): void {
    const given = this.data.folders[folder]?.lines ?? [];
    this.data.folders[folder] = { grantedAt: at.toISOString(), lines: [...new Set([...given, ...lines])] };
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileAtomic.sync(this.file, `${JSON.stringify(this.data, null, 2)}\n`);
  }

  revoke(folder: string): void {
    delete this.data.folders[folder];
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileAtomic.sync(this.file, `${JSON.stringify(this.data, null, 2)}\n`);
  }
}

export interface UnsafeCheck {
  readonly step: string;
  readonly line: string;
  readonly reason: string;
}

export type CheckPolicy =
  | { readonly ok: true }
  | { readonly ok: false; readonly folder: string; readonly unsafe: readonly UnsafeCheck[]; readonly reason: string };

/** The lessons folder a lesson came from, as one absolute path (symlinks resolved). */
export function lessonFolder(lesson: Lesson): string {
  const dir = resolve(dirname(lesson.dir));
  try {
    return realpathSync(dir);
  } catch {
    return dir;
  }
}

/** The lesson's check and variable lines that are not read-only. */
export function unsafeChecks(lesson: Lesson): UnsafeCheck[] {
  const out: UnsafeCheck[] = [];
  for (const step of lesson.spec.steps) {
    const checks = step.check === undefined ? [] : Array.isArray(step.check) ? step.check : [step.check];
    for (const line of [...checks.map((c) => c.run), ...Object.values(step.vars ?? {})]) {
      const v = isReadOnly(line);
      if (!v.ok) out.push({ step: step.id, line, reason: v.reason });
    }
  }
  return out;
}

/** May this lesson's checks run on this backend? */
export function checkPolicy(lesson: Lesson, kind: BackendKind, consents: ConsentStore = new ConsentStore().load()): CheckPolicy {
  if (kind !== 'docker') return { ok: true };
  const unsafe = unsafeChecks(lesson);
  if (unsafe.length === 0) return { ok: true };
  const folder = lessonFolder(lesson);
  if (consents.covers(folder, unsafe.map((u) => u.line))) return { ok: true };
  const list = unsafe.map((u) => `  ${u.line}   (${u.reason})`).join('\n');
  const reason =
    `Lesson ${lesson.spec.id} from ${folder} has ${unsafe.length === 1 ? 'a check' : `${unsafe.length} checks`} that would change your machine, not only look at it:\n${list}\n` +
    'Checks run after every command you type, on your real Docker engine. Allow them once for this folder, or take the lesson on the simulator (--backend simulator).';
  return { ok: false, folder, unsafe, reason };
}

/** The learner agreed: these lessons' current unsafe lines (pass the whole course for "this folder") may run from now on. */
export function grantCheckConsent(lessons: Lesson | readonly Lesson[], consents: ConsentStore = new ConsentStore().load()): void {
  const list: readonly Lesson[] = Array.isArray(lessons) ? lessons : [lessons as Lesson];
  const byFolder = new Map<string, string[]>();
  for (const l of list) byFolder.set(lessonFolder(l), [...(byFolder.get(lessonFolder(l)) ?? []), ...unsafeChecks(l).map((u) => u.line)]);
  for (const [folder, lines] of byFolder) if (lines.length > 0) consents.grant(folder, lines);
}

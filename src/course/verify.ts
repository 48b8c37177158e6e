import type { Backend, BackendKind, BackendOptions } from '../backend/backend.js';
import { evaluateStep, type CheckReport } from './checker.js';
import type { Lesson } from './loader.js';
import { startRefusal } from './real-engine.js';
import type { StepSpec } from './schema.js';

/**
 * `dockerlings verify`: proves a lesson works. On a fresh host: run setup, show the first
 * step's check fails, then replay each step's solution and show its check now passes.
 */
export interface StepVerdict {
  readonly step: string;
  readonly ok: boolean;
  readonly reports: readonly CheckReport[];
  readonly note?: string;
}

export interface LessonVerdict {
  readonly lesson: string;
  readonly backend: BackendKind;
  readonly ok: boolean;
  readonly skipped?: string;
  /** Real engine: why the lesson was not run (checks that are not read-only, names that are the learner's). */
  readonly refused?: string;
  /** The first step's check before any solution ran: it must fail. */
  readonly startFails: boolean;
  readonly setupError?: string;
  readonly steps: readonly StepVerdict[];
}

export type BackendFactory = (lesson: Lesson) => Promise<Backend>;

/**
 * How a lesson's backend is made. On the simulator the lesson chooses who the learner is
 * and how the host boots; on real Docker the learner is whoever runs dockerlings.
 */
export function backendOptionsFor(lesson: Lesson, kind: BackendKind): BackendOptions {
  if (kind === 'docker') return { kind };
  const user = lesson.spec.setup?.user;
  return { kind, ...(user ? { user } : {}), simulatedHost: { learnerInDockerGroup: lesson.spec.setup?.learnerInDockerGroup ?? true } };
}

export const solutionLines = (step: StepSpec): readonly string[] => (Array.isArray(step.solution) ? step.solution : [step.solution]);

export const stepsFor = (lesson: Lesson, kind: BackendKind): readonly StepSpec[] => lesson.spec.steps.filter((s) => !s.backends || s.backends.includes(kind));

/** Runs the lesson's setup lines; the first that fails stops it. */
export async function runSetup(lesson: Lesson, backend: Backend): Promise<string | undefined> {
  for (const line of lesson.spec.setup?.run ?? []) {
    const r = await backend.run(line);
    if (r.exitCode !== 0) return `setup line "${line}" failed (exit ${r.exitCode}): ${r.stderr.trim() || r.stdout.trim()}`;
  }
  return undefined;
}

export async function verifyLesson(lesson: Lesson, kind: BackendKind, makeBackend: BackendFactory): Promise<LessonVerdict> {
  if (!lesson.spec.backends.includes(kind)) {
    return { lesson: lesson.folder, backend: kind, ok: true, skipped: `the lesson does not run on ${kind}`, startFails: true, steps: [] };
  }
  const backend = await makeBackend(lesson);
  const refused = await startRefusal(lesson, backend);
  if (refused) {
    await backend.dispose();
    return { lesson: lesson.folder, backend: kind, ok: false, refused, startFails: false, steps: [] };
  }
  try {
    const setupError = await runSetup(lesson, backend);
    if (setupError) return { lesson: lesson.folder, backend: kind, ok: false, startFails: false, setupError, steps: [] };
    const steps = stepsFor(lesson, kind);
    const first = steps[0];
    const before = first ? await evaluateStep(first, backend, undefined) : undefined;
    const startFails = before ? !before.passed : false;
    const verdicts: StepVerdict[] = [];
    for (const step of steps) {
      let last;
      for (const line of solutionLines(step)) last = { line, result: await backend.run(line) };
      const after = await evaluateStep(step, backend, last);
      verdicts.push({ step: step.id, ok: after.passed, reports: after.reports });
    }
    return { lesson: lesson.folder, backend: kind, ok: startFails && verdicts.every((v) => v.ok), startFails, steps: verdicts };
  } finally {
    await backend.reset();
    await backend.dispose();
  }
}

/** The plain-text report, one line per step. */
export function formatVerdict(v: LessonVerdict): string {
  if (v.skipped) return `- ${v.lesson} [${v.backend}]: skipped (${v.skipped})\n`;
  const lines = [`${v.ok ? '✓' : '✗'} ${v.lesson} [${v.backend}]`];
  if (v.refused) lines.push(...`not run: ${v.refused}`.split('\n').map((l) => `    ${l}`));
  else if (v.setupError) lines.push(`    ✗ setup: ${v.setupError}`);
  else lines.push(`    ${v.startFails ? '✓' : '✗'} start state fails the first step${v.startFails ? '' : ' (it should: the lesson would be done before it starts)'}`);
  for (const s of v.steps) {
    lines.push(`    ${s.ok ? '✓' : '✗'} ${s.step}`);
    for (const r of s.reports) if (!r.ok) lines.push(`        ${r.what}: ${r.detail}`);
  }
  return `${lines.join('\n')}\n`;
}

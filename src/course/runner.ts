import type { Backend, CommandResult } from '../backend/backend.js';
import type { ConsentStore } from './check-policy.js';
import { type CheckReport, evaluateStep, type LearnerCommand } from './checker.js';
import { type Diagnosis, diagnose } from './diagnosis/index.js';
import type { Lesson } from './loader.js';
import type { BackendName, ProgressStore } from './progress.js';
import { startRefusal } from './real-engine.js';
import type { StepSpec } from './schema.js';
import { runSetup, solutionLines, stepsFor } from './verify.js';

/** Everything a lesson run can tell its UI, in one union (the UI renders, never decides). */
export type RunnerEvent =
  | { readonly type: 'output'; readonly line: string; readonly result: CommandResult }
  | { readonly type: 'step-passed'; readonly step: string; readonly reports: readonly CheckReport[] }
  /** diagnosis: the classic mistake the last command made, when a rule recognised one (show it before the hints). */
  | { readonly type: 'step-status'; readonly step: string; readonly reports: readonly CheckReport[]; readonly diagnosis?: readonly Diagnosis[] }
  | { readonly type: 'hint'; readonly step: string; readonly index: number; readonly total: number; readonly text: string }
  | { readonly type: 'solution'; readonly step: string; readonly lines: readonly string[] }
  | { readonly type: 'moved'; readonly step: string; readonly why: 'skip' | 'back' | 'reset' }
  | { readonly type: 'lesson-complete'; readonly lesson: string }
  | { readonly type: 'notice'; readonly text: string }
  | { readonly type: 'ui'; readonly action: 'lessons' | 'quit' | 'help' | 'export' | 'clear' };

/** The runner's own commands, typed with a leading colon. */
export const RUNNER_COMMANDS = ['help', 'hint', 'solution', 'check', 'skip', 'back', 'reset', 'lessons', 'export', 'clear', 'quit'] as const;

export class LessonRun {
  private index = 0;
  private hintsShown = 0;
  private expectMet = false;
  /** Real engine: why the lesson may not run here (set by start(); :reset asks again). */
  private refusal: string | undefined;
  readonly transcript: { readonly line: string; readonly result: CommandResult }[] = [];
  private readonly steps: readonly StepSpec[];

  constructor(
    readonly lesson: Lesson,
    readonly backend: Backend,
    readonly lang: string,
    private readonly progress?: ProgressStore,
    private readonly consents?: ConsentStore,
  ) {
    this.steps = stepsFor(lesson, backend.kind);
    const done = progress?.stepsDone(lesson.spec.id, backend.kind as BackendName) ?? [];
    // Resume after the last step done, but a new host starts from its setup: the state of
    // earlier steps is rebuilt by replaying their solutions in start().
    while (this.index < this.steps.length && done.includes((this.steps[this.index] as StepSpec).id)) this.index++;
  }

  get step(): StepSpec | undefined {
    return this.steps[this.index];
  }

  get stepNumber(): number {
    return Math.min(this.index + 1, this.steps.length);
  }

  get stepCount(): number {
    return this.steps.length;
  }

  get complete(): boolean {
    return this.index >= this.steps.length;
  }

  /** Setup, then the solutions of the steps already done, so the host matches the progress. */
  async start(): Promise<RunnerEvent[]> {
    // On a real engine: no unsafe checks without consent, and none of the learner's own names.
    this.refusal = await startRefusal(this.lesson, this.backend, this.consents);
    if (this.refusal) return [{ type: 'notice', text: this.refusal }];
    const error = await runSetup(this.lesson, this.backend);
    if (error) return [{ type: 'notice', text: `This lesson's setup failed: ${error}` }];
    for (const s of this.steps.slice(0, this.index)) for (const line of solutionLines(s)) await this.backend.run(line);
    return [];
  }

  /** A line from the learner: a runner command (`:hint`) or a shell command line. */
  async submit(line: string): Promise<RunnerEvent[]> {
    const trimmed = line.trim();
    if (trimmed.startsWith(':')) return this.command(trimmed.slice(1).trim());
    const result = await this.backend.run(line);
    this.transcript.push({ line, result });
    const events: RunnerEvent[] = [{ type: 'output', line, result }];
    if (trimmed === '') return events;
    events.push(...(await this.evaluate({ line, result })));
    return events;
  }

  private async evaluate(last: LearnerCommand | undefined): Promise<RunnerEvent[]> {
    const step = this.step;
    if (!step) return [];
    // A refused lesson checks nothing; :check (no command) says why.
    if (this.refusal) return last ? [] : [{ type: 'notice', text: this.refusal }];
    const ev = await evaluateStep(step, this.backend, last, this.expectMet);
    this.expectMet = ev.expectMet;
    if (!ev.passed) {
      const diagnosis = await diagnose(step, last, this.backend, this.lang);
      return [{ type: 'step-status', step: step.id, reports: ev.reports, ...(diagnosis.length > 0 ? { diagnosis } : {}) }];
    }
    return [{ type: 'step-passed', step: step.id, reports: ev.reports }, ...this.advance()];
  }

  private advance(): RunnerEvent[] {
    const step = this.step;
    if (step) this.progress?.markStep(this.lesson.spec.id, this.backend.kind as BackendName, step.id);
    this.index++;
    this.hintsShown = 0;
    this.expectMet = false;
    const events: RunnerEvent[] = [];
    if (this.complete) {
      this.progress?.markComplete(this.lesson.spec.id, this.backend.kind as BackendName);
      events.push({ type: 'lesson-complete', lesson: this.lesson.spec.id });
    }
    this.progress?.save();
    return events;
  }

  private async command(cmd: string): Promise<RunnerEvent[]> {
    const step = this.step;
    switch (cmd.split(/\s+/)[0]) {
      case 'hint': {
        if (!step) return [{ type: 'notice', text: 'The lesson is complete.' }];
        const hints = this.lesson.prose.get(this.lang)?.steps.get(step.id)?.hints ?? [];
        const index = Math.min(this.hintsShown, hints.length - 1);
        this.hintsShown = Math.min(this.hintsShown + 1, hints.length);
        return [{ type: 'hint', step: step.id, index, total: hints.length, text: hints[index] ?? '' }];
      }
      case 'solution':
        return step ? [{ type: 'solution', step: step.id, lines: solutionLines(step) }] : [];
      case 'check':
        return this.evaluate(undefined);
      case 'skip': {
        if (!step) return [];
        if (this.refusal) return [{ type: 'notice', text: this.refusal }];
        // Skipping replays the solution, so the next step starts from the state it expects.
        for (const line of solutionLines(step)) await this.backend.run(line);
        this.index++;
        this.hintsShown = 0;
        this.expectMet = false;
        const next = this.step;
        return next ? [{ type: 'moved', step: next.id, why: 'skip' }] : [{ type: 'lesson-complete', lesson: this.lesson.spec.id }];
      }
      case 'back': {
        if (this.index === 0) return [{ type: 'notice', text: 'This is the first step.' }];
        this.index--;
        this.hintsShown = 0;
        this.expectMet = false;
        return [{ type: 'moved', step: (this.step as StepSpec).id, why: 'back' }];
      }
      case 'reset': {
        await this.backend.reset();
        this.index = 0;
        this.hintsShown = 0;
        this.expectMet = false;
        this.transcript.length = 0;
        const events = await this.start();
        return [...events, { type: 'moved', step: (this.step as StepSpec).id, why: 'reset' }];
      }
      case 'lessons':
      case 'quit':
      case 'help':
      case 'export':
      case 'clear':
        return [{ type: 'ui', action: cmd.split(/\s+/)[0] as 'lessons' | 'quit' | 'help' | 'export' | 'clear' }];
      default:
        return [{ type: 'notice', text: `Unknown command :${cmd}. Type :help for the list.` }];
    }
  }
}

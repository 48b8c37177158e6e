import type { LessonRun, RunnerEvent } from '../../course/runner.js';
import type { Messages } from '../text/i18n.js';
import type { LogEntry, Status } from './log.js';
import type { TranscriptItem } from './transcript.js';

/** What the controller does for a batch of runner events, in order: pure data, no screen. */
export type EventAction =
  | { readonly kind: 'show'; readonly entry: LogEntry; readonly record?: TranscriptItem }
  | { readonly kind: 'record'; readonly item: TranscriptItem }
  | { readonly kind: 'flush-trail' };

export interface EventPlan {
  readonly actions: readonly EventAction[];
  readonly status: Status;
  /** The learner is on another step now: show its text after the actions. */
  readonly moved: boolean;
  /** A runner command the UI handles itself (`:lessons`, `:quit`…); the batch stops there. */
  readonly ui?: 'lessons' | 'quit' | 'help' | 'export' | 'clear';
}

export interface EventContext {
  readonly run: LessonRun;
  readonly msg: Messages;
  readonly prompt: string;
  /** The events answer `:check`: show what was checked even when it failed. */
  readonly fromCheck: boolean;
  readonly tips: Status;
  stepTitle(id: string): string;
  lessonTitle(): string;
  readonly recap: string;
}

/** Turns the runner's events into what the screen shows and the transcript keeps. */
export function planEvents(events: readonly RunnerEvent[], c: EventContext): EventPlan {
  const { run, msg } = c;
  const actions: EventAction[] = [];
  const both = (entry: LogEntry, record: TranscriptItem) => actions.push({ kind: 'show', entry, record });
  let status: Status = c.tips;
  let moved = false;
  // The step the events are about: the one current before the runner advanced.
  const number = events.some((e) => e.type === 'step-passed') ? run.stepNumber - (run.complete ? 0 : 1) : run.stepNumber;
  for (const e of events) {
    switch (e.type) {
      case 'output':
        actions.push({ kind: 'record', item: { kind: 'command', prompt: c.prompt, line: e.line, stdout: e.result.stdout, stderr: e.result.stderr, exit: e.result.exitCode } });
        if (e.result.stdout || e.result.stderr) actions.push({ kind: 'show', entry: { kind: 'output', stdout: e.result.stdout, stderr: e.result.stderr } });
        actions.push({ kind: 'flush-trail' });
        break;
      case 'step-status':
        if (c.fromCheck) both({ kind: 'checks', reports: e.reports }, { kind: 'checks', reports: e.reports });
        // A classic mistake recognised: said before any hint is asked for.
        if (e.diagnosis && e.diagnosis.length > 0) {
          const items = e.diagnosis.map((d) => ({ text: d.text, ...(d.reveal ? { reveal: d.reveal } : {}) }));
          both({ kind: 'diagnosis', items }, { kind: 'diagnosis', items });
        }
        status = { text: msg.notYet, tone: 'warn' };
        break;
      case 'step-passed': {
        const n = run.complete ? run.stepCount : number;
        const title = c.stepTitle(e.step);
        both({ kind: 'passed', number: n, total: run.stepCount, title, reports: e.reports }, { kind: 'passed', number: n, total: run.stepCount, title, reports: e.reports });
        moved = true;
        break;
      }
      case 'hint':
        both({ kind: 'hint', index: e.index, total: e.total, text: e.text }, { kind: 'hint', index: e.index, total: e.total, text: e.text });
        break;
      case 'solution':
        both({ kind: 'solution', lines: e.lines }, { kind: 'solution', lines: e.lines });
        break;
      case 'moved': {
        const text = e.why === 'skip' ? msg.skipped(run.stepNumber, run.stepCount) : e.why === 'back' ? msg.back(run.stepNumber, run.stepCount) : msg.reset;
        actions.push({ kind: 'show', entry: { kind: 'notice', text } });
        moved = true;
        break;
      }
      case 'lesson-complete': {
        const title = c.lessonTitle();
        both({ kind: 'complete', title, recap: c.recap }, { kind: 'complete', title });
        moved = false;
        status = { text: msg.lessonDoneNext, tone: 'ok' };
        break;
      }
      case 'notice':
        actions.push({ kind: 'show', entry: { kind: 'notice', text: e.text, tone: 'warn' } });
        break;
      case 'ui':
        return { actions, status, moved, ui: e.action };
    }
  }
  return { actions, status, moved };
}

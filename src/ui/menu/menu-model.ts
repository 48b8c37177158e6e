import type { BackendKind } from '../../backend/backend.js';
import type { Course, Lesson } from '../../course/loader.js';
import type { ProgressStore } from '../../course/progress.js';
import { stepsFor } from '../../course/verify.js';
import type { Messages } from '../text/i18n.js';
import { inlineText } from '../text/inline.js';
import type { Style } from '../text/style.js';

export type MenuValue = { readonly kind: 'lesson'; readonly index: number } | { readonly kind: 'sandbox' } | { readonly kind: 'quit' };

export interface MenuChoice {
  readonly value: MenuValue;
  readonly name: string;
  /** Shown when a lesson does not run on this backend. */
  readonly disabled?: string;
}

export interface MenuModel {
  readonly title: string;
  /** The title without the bar's glyphs, for the plain mode (a screen reader reads them out). */
  readonly plainTitle: string;
  readonly choices: readonly MenuChoice[];
}

export interface LessonState {
  readonly title: string;
  readonly done: number;
  readonly total: number;
  readonly complete: boolean;
  readonly available: boolean;
}

export function lessonState(lesson: Lesson, store: ProgressStore, kind: BackendKind, lang: string): LessonState {
  const steps = stepsFor(lesson, kind);
  const doneIds = store.stepsDone(lesson.spec.id, kind);
  const done = steps.filter((s) => doneIds.includes(s.id)).length;
  const prose = lesson.prose.get(lang) ?? lesson.prose.get('en');
  return { title: inlineText(prose?.title ?? lesson.spec.id), done, total: steps.length, complete: store.isComplete(lesson.spec.id, kind), available: lesson.spec.backends.includes(kind) };
}

/** `▰▰▰▱▱▱▱▱▱▱ 30%` */
export function progressBar(fraction: number, slots: number, style: Style): string {
  const filled = Math.round(Math.max(0, Math.min(1, fraction)) * slots);
  return `${style.green('▰'.repeat(filled))}${style.dim('▱'.repeat(slots - filled))} ${Math.round(fraction * 100)}%`;
}

/**
 * The lesson menu: "continue where I left off" (or the first lesson not done) first, then every
 * lesson with its completion, free play, quit. The title carries the course's progress bar.
 */
export function menuModel(course: Course, store: ProgressStore, kind: BackendKind, lang: string, msg: Messages, style: Style): MenuModel {
  const states = course.lessons.map((l) => lessonState(l, store, kind, lang));
  const complete = states.filter((s) => s.complete).length;
  const title = `${msg.menuTitle(complete, states.length)}  ${progressBar(states.length ? complete / states.length : 0, 10, style)}`;
  const choices: MenuChoice[] = [];
  const last = store.snapshot.last;
  const lastIndex = last && last.backend === kind ? course.lessons.findIndex((l) => l.spec.id === last.lesson) : -1;
  const lastState = states[lastIndex];
  if (lastState && !lastState.complete && lastState.available) {
    choices.push({ value: { kind: 'lesson', index: lastIndex }, name: msg.menuContinue(lastState.title, Math.min(lastState.done + 1, lastState.total), lastState.total) });
  } else {
    const next = states.findIndex((s) => !s.complete && s.available);
    const n = states[next];
    if (n) choices.push({ value: { kind: 'lesson', index: next }, name: n.done > 0 ? msg.menuContinue(n.title, Math.min(n.done + 1, n.total), n.total) : msg.menuStart(n.title) });
  }
  states.forEach((s, i) => {
    const mark = s.complete ? style.green('✓') : s.done > 0 ? style.yellow('…') : ' ';
    const name = `${mark} ${String(i + 1).padStart(2)}. ${s.title} ${style.dim(`(${s.done}/${s.total})`)}`;
    choices.push({ value: { kind: 'lesson', index: i }, name, ...(s.available ? {} : { disabled: msg.notOnBackend(kind) }) });
  });
  if (kind === 'simulator') choices.push({ value: { kind: 'sandbox' }, name: msg.menuSandbox });
  choices.push({ value: { kind: 'quit' }, name: msg.menuQuit });
  const percent = Math.round((states.length ? complete / states.length : 0) * 100);
  return { title, plainTitle: `${msg.menuTitle(complete, states.length)} (${percent}%)`, choices };
}

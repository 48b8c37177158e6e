import type { BackendKind, HostChange } from '../backend/backend.js';
import { resolve } from 'node:path';
import { loadCourseCached } from '../course/course-cache.js';
import type { Course, Lesson } from '../course/loader.js';
import { ProgressStore } from '../course/progress.js';
import type * as Mount from './app/mount.js';
import type { ScreenHandle } from './app/mount.js';
import { type MenuValue, menuModel } from './menu/menu-model.js';
import { LineReader } from './plain/line-reader.js';
import type { Outcome } from './session/controller.js';
import type { RenderContext } from './session/render-entry.js';
import { History } from './shell/history.js';
import { langFromEnv, type Messages, messages } from './text/i18n.js';
import { makeStyle, type Style, wantColor } from './text/style.js';

export interface TutorialOptions {
  /** --backend; else the remembered setting; else asked (first run) or the simulator. */
  readonly kind?: BackendKind;
  /** --lang; else the remembered setting; else asked (first run) or from LANG. */
  readonly lang?: string;
  readonly lessonsDir?: string;
  /** Open this lesson (id, folder or number) instead of the menu. */
  readonly lesson?: string;
  /** Go straight to free play (`dockerlings sandbox` in a terminal). */
  readonly sandbox?: boolean;
  readonly user?: string;
  /** --plain, or stdin is not a terminal: line by line, no screen. */
  readonly plain: boolean;
  readonly noColor: boolean;
}

interface Env {
  readonly course: Course | undefined;
  readonly store: ProgressStore;
  readonly kind: BackendKind;
  readonly lang: string;
  readonly msg: Messages;
  readonly style: Style;
  readonly history: History;
  readonly reader: LineReader | undefined;
  readonly o: TutorialOptions;
}

/** Finds a lesson by id, folder name or number. */
export function findLesson(course: Course, name: string): number {
  return course.lessons.findIndex((l) => l.spec.id === name || l.folder === name || l.folder.startsWith(`${name.padStart(2, '0')}-`));
}

/** First run: language and backend, asked in a terminal (remembered), else from LANG and the simulator. */
async function settings(o: TutorialOptions, store: ProgressStore, style: Style, course: Course | undefined): Promise<{ lang: string; kind: BackendKind } | undefined> {
  let lang = o.lang ?? store.snapshot.settings.lang;
  let kind: BackendKind | undefined = o.kind ?? store.snapshot.settings.backend;
  if (!o.plain && !o.sandbox && (lang === undefined || kind === undefined)) {
    const [{ choose }, { probeDocker }] = await Promise.all([import('./menu/prompts.js'), import('./menu/docker-probe.js')]);
    const docker = kind === undefined ? probeDocker(course) : Promise.resolve(undefined);
    if (lang === undefined) {
      const fromEnv = langFromEnv(process.env);
      const langs = [
        { value: 'en', name: 'English' },
        { value: 'ko', name: '한국어' },
      ].sort((a) => (a.value === fromEnv ? -1 : 0));
      lang = await choose(messages(fromEnv).langQuestion, langs, style, messages(fromEnv).menuKeys);
      if (lang === undefined) return undefined;
    }
    if (kind === undefined) {
      const offer = await docker;
      const msg = messages(lang);
      // The real engine is offered only when doctor finds it usable; else say why, once.
      if (offer?.usable) {
        kind = await choose<BackendKind>(msg.backendQuestion, [{ value: 'simulator', name: msg.backendSimulator }, { value: 'docker', name: msg.backendDocker(offer.engine ?? 'docker') }], style, msg.menuKeys);
        if (kind === undefined) return undefined;
      } else {
        if (offer?.problem) process.stdout.write(`${style.dim(msg.dockerNotUsable(offer.problem))}\n`);
        kind = 'simulator';
      }
    }
  }
  lang ??= langFromEnv(process.env);
  kind ??= 'simulator';
  const s = store.snapshot.settings;
  if (s.lang !== lang || s.backend !== kind) {
    store.setting('lang', lang);
    store.setting('backend', kind);
    store.save();
  }
  return { lang, kind };
}

async function menu(env: Env): Promise<MenuValue | undefined> {
  const course = env.course as Course;
  const model = menuModel(course, env.store, env.kind, env.lang, env.msg, env.style);
  if (env.reader) {
    const out = process.stdout;
    out.write(`\n${model.plainTitle}\n`);
    const first = model.choices[0];
    if (first && first.value.kind === 'lesson') out.write(`  Enter: ${first.name}\n`);
    for (const c of model.choices.slice(1)) if (c.value.kind === 'lesson') out.write(`  ${c.name}${c.disabled ? ` (${c.disabled})` : ''}\n`);
    out.write(`  s. ${env.msg.menuSandbox}\n  q. ${env.msg.menuQuit}\n`);
    for (;;) {
      const answer = (await env.reader.next(env.msg.menuPlainPrompt))?.trim();
      if (answer === undefined || answer === 'q') return { kind: 'quit' };
      if (answer === '') return first?.value ?? { kind: 'quit' };
      if (answer === 's') return { kind: 'sandbox' };
      const n = Number(answer);
      const lesson = course.lessons[n - 1];
      if (Number.isInteger(n) && lesson && lesson.spec.backends.includes(env.kind)) return { kind: 'lesson', index: n - 1 };
      out.write(`${env.msg.menuPlainBad}\n`);
    }
  }
  const { choose } = await import('./menu/prompts.js');
  return choose<MenuValue>(model.title, model.choices, env.style, env.msg.menuKeys);
}

async function session(env: Env, lesson: Lesson | undefined, ink: Promise<typeof Mount> | undefined): Promise<Outcome> {
  // Loaded only now: the menu shows without them (the simulator, the lesson runner, marked).
  const [{ createBackend }, { LessonRun }, { ShellController }, { runPlain }] = await Promise.all([
    import('../backend/factory.js'),
    import('../course/runner.js'),
    import('./session/controller.js'),
    import('./plain/plain-session.js'),
  ]);
  const user = lesson?.spec.setup?.user ?? env.o.user;
  // The real backend asks before a line that changes the machine itself; the controller (made
  // below, with the backend) puts the question to the learner.
  const asker: { ask?: (text: string) => Promise<boolean> } = {};
  const confirmHostChange = async (changes: readonly HostChange[]) => (asker.ask ? asker.ask(env.msg.confirmHostChange(changes.map((c) => c.what), changes.every((c) => c.undoable))) : false);
  const backend = await createBackend({
    kind: env.kind,
    ...(user ? { user } : {}),
    ...(lesson ? { simulatedHost: { learnerInDockerGroup: lesson.spec.setup?.learnerInDockerGroup ?? true } } : {}),
    ...(env.kind === 'docker' ? { confirmHostChange } : {}),
  });
  if (lesson && env.kind === 'docker') {
    // On a learner's own engine a lesson may not start over their containers, networks, volumes.
    const { startRefusal } = await import('../course/real-engine.js');
    const refusal = await startRefusal(lesson, backend);
    if (refusal) {
      process.stdout.write(`${env.style.yellow(refusal)}\n`);
      await backend.dispose();
      return 'lessons';
    }
  }
  const handle: { current?: ScreenHandle } = {};
  const run = lesson ? new LessonRun(lesson, backend, env.lang, env.store) : undefined;
  const controller = new ShellController({
    backend,
    lang: env.lang,
    history: env.history,
    ...(run ? { run } : {}),
    ...(env.reader ? { netInLog: true } : {}),
    ...(env.reader ? (process.stdin.isTTY ? { handOver: (fn: () => Promise<number>) => fn() } : {}) : { handOver: (fn: () => Promise<number>) => (handle.current as ScreenHandle).handOver(fn) }),
  });
  asker.ask = (text) => controller.ask(text);
  try {
    const started = controller.start();
    if (env.reader) {
      await started;
      const width = process.stdout.isTTY ? Math.max(40, process.stdout.columns || 80) : 80;
      const ctx: RenderContext = { width, style: env.style, msg: env.msg, plain: true };
      return await runPlain(controller, env.reader, process.stdout, ctx);
    }
    const { runInk } = await (ink ?? import('./app/mount.js'));
    return await runInk(controller, env.history, env.style, handle);
  } finally {
    await backend.dispose();
  }
}

/**
 * The tutorial: first run, the lesson menu, lessons, free play — on the Ink screen in a
 * terminal, or line by line (plain mode) otherwise. Resolves with the exit code.
 */
export async function runTutorial(o: TutorialOptions): Promise<number> {
  const style = makeStyle(wantColor(process.env, o.noColor, process.stdout.isTTY === true));
  const store = new ProgressStore().load();
  if (store.notice) process.stderr.write(`${store.notice}\n`);
  const course = o.sandbox ? undefined : await loadCourseCached(o.lessonsDir === undefined ? undefined : resolve(o.lessonsDir));
  // The screen's code loads while the learner reads the menu: once the menu is drawn, as
  // loading takes the same thread the menu is drawn with. With no menu first, at once.
  const menuFirst = !o.sandbox && o.lesson === undefined;
  const ink = o.plain ? undefined : new Promise<typeof Mount>((resolve, reject) => setTimeout(() => import('./app/mount.js').then(resolve, reject), menuFirst ? 150 : 0));
  ink?.catch(() => undefined);
  // And what a session needs (the runner, the controller, the backend), so a lesson picked
  // from the menu opens at once.
  if (menuFirst && !o.plain) {
    const warm = () => Promise.all([import('./session/controller.js'), import('../course/runner.js'), import('../backend/factory.js'), o.kind === 'docker' ? import('../backend/docker.js') : import('../backend/simulated.js')]);
    setTimeout(() => void ink?.then(warm).catch(() => undefined), 200);
  }
  const chosen = await settings(o, store, style, course);
  if (!chosen) return 0;
  const history = History.load();
  const reader = o.plain ? new LineReader(process.stdin, process.stdout, process.stdin.isTTY === true, history) : undefined;
  const env: Env = { course, store, kind: chosen.kind, lang: chosen.lang, msg: messages(chosen.lang), style, history, reader, o };
  try {
    if (o.sandbox) {
      await session(env, undefined, ink);
      return 0;
    }
    let pick: MenuValue | undefined;
    if (o.lesson !== undefined && course) {
      const i = findLesson(course, o.lesson);
      if (i < 0) throw new Error(`no lesson '${o.lesson}' (see 'dockerlings list')`);
      pick = { kind: 'lesson', index: i };
    }
    for (;;) {
      pick ??= await menu(env);
      if (!pick || pick.kind === 'quit') break;
      const lesson = pick.kind === 'lesson' ? course?.lessons[pick.index] : undefined;
      pick = undefined;
      if (lesson && !lesson.spec.backends.includes(env.kind)) {
        process.stdout.write(`${env.msg.notOnBackend(env.kind)}\n`);
        continue;
      }
      if ((await session(env, lesson, ink)) === 'quit') break;
    }
    process.stdout.write(`${env.msg.bye}\n`);
    return 0;
  } finally {
    reader?.close();
  }
}

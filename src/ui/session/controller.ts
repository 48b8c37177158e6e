import type { Backend } from '../../backend/backend.js';
import type { Lesson } from '../../course/loader.js';
import type { LessonProse } from '../../course/prose.js';
import { type LessonRun, RUNNER_COMMANDS, type RunnerEvent } from '../../course/runner.js';
import { type Completion, complete } from '../shell/completion.js';
import { BackendOracle } from '../shell/completion-oracle.js';
import type { History } from '../shell/history.js';
import { needsTerminal } from '../shell/interactive.js';
import { type Messages, messages } from '../text/i18n.js';
import { inlineText } from '../text/inline.js';
import type { Bar, LogEntry, Status } from './log.js';
import { type NetPicture, NetworkView } from './network-view.js';
import { planEvents } from './runner-events.js';
import { type TranscriptItem, writeTranscript } from './transcript.js';

export type Outcome = 'quit' | 'lessons';

/** Everything the screen shows; replaced (never mutated) on each change. */
export interface ViewState {
  /** The log not yet shown by the current screen, in order (the screen prints each once). */
  readonly entries: readonly LogEntry[];
  readonly bar: Bar;
  readonly status: Status;
  readonly prompt: string;
  /** A command is running: keys are still typed ahead, Enter queues the line. */
  readonly busy: boolean;
  /** A yes/no question is asked: the next key (or line) answers it. */
  readonly confirm: 'quit' | 'solution' | 'host' | undefined;
  /** Bumped by Ctrl+L: the screen clears itself, then calls afterClear(). */
  readonly clears: number;
  /** The network picture panel (F2, `:net`) when it is open on the screen. */
  readonly net: (NetPicture & { readonly lang: string }) | undefined;
}

export interface ControllerOptions {
  readonly backend: Backend;
  readonly lang: string;
  readonly history: History;
  /** A lesson run; absent in the sandbox. */
  readonly run?: LessonRun;
  /**
   * Gives the real terminal to `fn` (the screen is taken down and put back). Absent when there
   * is no terminal to give: interactive lines then run like any other.
   */
  readonly handOver?: (fn: () => Promise<number>) => Promise<number>;
  /** Where `:export` writes when no file is named (the working directory). */
  readonly exportDir?: string;
  readonly now?: () => Date;
  /** The plain mode: the network picture is printed into the log (when it changed), not a panel. */
  readonly netInLog?: boolean;
}

/**
 * The tutorial's behaviour, apart from any screen: a line goes to the lesson runner (or, in the
 * sandbox, to the backend), and what comes back becomes log entries, a status line and the bar.
 * The Ink screen and the plain line mode both drive this and render its state.
 */
export class ShellController {
  private view: ViewState;
  private readonly listeners = new Set<() => void>();
  private readonly msg: Messages;
  private readonly prose: LessonProse | undefined;
  private readonly oracle: BackendOracle;
  private readonly transcript: TranscriptItem[] = [];
  private chain: Promise<void> = Promise.resolve();
  private finish: (o: Outcome) => void = () => undefined;
  /** Resolves when the learner quits or asks for the lesson menu. */
  readonly done: Promise<Outcome>;
  private finished = false;
  private pendingAsk: ((yes: boolean) => void) | undefined;
  private readonly net: NetworkView;
  /** The trail of the command that just ran, waiting to go under its output. */
  private pendingTrail: LogEntry | undefined;

  constructor(private readonly o: ControllerOptions) {
    this.msg = messages(o.lang);
    const lesson: Lesson | undefined = o.run?.lesson;
    this.prose = lesson ? (lesson.prose.get(o.lang) ?? lesson.prose.get('en') ?? [...lesson.prose.values()][0]) : undefined;
    this.oracle = new BackendOracle(o.backend);
    this.net = new NetworkView(o.backend, o.lang);
    this.done = new Promise((r) => (this.finish = r));
    this.view = { entries: [], bar: this.currentBar(), status: this.tips(), prompt: o.backend.prompt(), busy: false, confirm: undefined, clears: 0, net: undefined };
  }

  get state(): ViewState {
    return this.view;
  }

  get messages(): Messages {
    return this.msg;
  }

  get backend(): Backend {
    return this.o.backend;
  }

  subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };

  private set(patch: Partial<ViewState>): void {
    this.view = { ...this.view, ...patch };
    for (const fn of this.listeners) fn();
  }

  private push(...entries: LogEntry[]): void {
    // The bar moves with the log: a step's text and its number in the bar appear together.
    if (entries.length) this.set({ entries: [...this.view.entries, ...entries], bar: this.currentBar() });
  }

  /** A new screen shows only what comes next (the terminal keeps what the old one printed). */
  takeEntries(): void {
    this.view = { ...this.view, entries: [] };
  }

  private tips(): Status {
    return { text: this.o.run ? this.msg.tips : this.msg.sandboxTips, tone: 'tip' };
  }

  private stepTitle(id: string | undefined): string {
    return inlineText((id && this.prose?.steps.get(id)?.title) || id || '');
  }

  private lessonTitle(): string {
    return inlineText(this.prose?.title ?? this.o.run?.lesson.spec.id ?? '');
  }

  private currentBar(): Bar {
    const run = this.o.run;
    if (!run) return { kind: 'sandbox', backend: this.o.backend.kind };
    const title = this.lessonTitle();
    if (run.complete) return { kind: 'complete', total: run.stepCount, title };
    return { kind: 'step', number: run.stepNumber, total: run.stepCount, title: this.stepTitle(run.step?.id) };
  }

  private stepEntry(): LogEntry | undefined {
    const run = this.o.run;
    const step = run?.step;
    if (!run || !step) return undefined;
    const title = this.stepTitle(step.id);
    this.transcript.push({ kind: 'step', number: run.stepNumber, total: run.stepCount, title });
    return { kind: 'step', number: run.stepNumber, total: run.stepCount, title, body: this.prose?.steps.get(step.id)?.body ?? '' };
  }

  /** Prepares the lesson's host and shows where the learner is. */
  async start(): Promise<void> {
    const run = this.o.run;
    if (!run) {
      this.push({ kind: 'notice', text: this.msg.sandboxBanner(this.o.backend.kind) });
      return;
    }
    this.set({ busy: true });
    const events = await run.start();
    const resumed = run.stepNumber > 1 || run.complete;
    this.push({ kind: 'banner', title: this.lessonTitle(), intro: resumed ? '' : (this.prose?.intro ?? '') });
    for (const e of events) if (e.type === 'notice') this.push({ kind: 'notice', text: e.text, tone: 'warn' });
    const step = this.stepEntry();
    if (step) this.push(step);
    else this.push({ kind: 'complete', title: this.lessonTitle(), recap: this.prose?.recap ?? '' });
    this.set({ busy: false, bar: this.currentBar(), prompt: this.o.backend.prompt() });
  }

  /** A line typed by the learner (queued behind one that is still running). */
  submit(line: string): Promise<void> {
    if (this.view.confirm) {
      this.answer(/^\s*(y|yes|예|네|ㅇ)\s*$/i.test(line));
      return this.chain;
    }
    if (line.trim() !== '' && !line.startsWith(' ')) this.o.history.add(line);
    else this.o.history.rewind();
    this.chain = this.chain.then(() => this.run(line)).catch((err: unknown) => this.push({ kind: 'notice', text: `dockerlings: ${err instanceof Error ? err.message : String(err)}`, tone: 'warn' }));
    return this.chain;
  }

  private async run(line: string): Promise<void> {
    if (this.finished) return;
    const trimmed = line.trim();
    const prompt = this.o.backend.prompt();
    this.push({ kind: 'command', prompt, line });
    if (trimmed.startsWith(':')) return this.colon(trimmed);
    this.set({ busy: true, status: { text: this.msg.running, tone: 'tip' } });
    try {
      if (trimmed !== '' && this.o.backend.runInteractive && this.o.handOver && needsTerminal(trimmed)) await this.interactive(line, prompt);
      else {
        if (trimmed !== '') await this.net.begin(line);
        if (this.o.run) {
          const events = await this.o.run.submit(line);
          this.pendingTrail = await this.net.end();
          await this.events(events, prompt);
        } else {
          const r = await this.o.backend.run(line);
          this.pendingTrail = await this.net.end();
          this.transcript.push({ kind: 'command', prompt, line, stdout: r.stdout, stderr: r.stderr, exit: r.exitCode });
          if (r.stdout || r.stderr) this.push({ kind: 'output', stdout: r.stdout, stderr: r.stderr });
          this.set({ status: this.tips() });
        }
      }
    } finally {
      this.flushTrail();
      this.oracle.invalidate();
      await this.refreshNet();
      this.set({ busy: false, prompt: this.o.backend.prompt(), bar: this.currentBar() });
    }
  }

  private async interactive(line: string, prompt: string): Promise<void> {
    const backend = this.o.backend;
    const handOver = this.o.handOver as NonNullable<ControllerOptions['handOver']>;
    this.push({ kind: 'notice', text: this.msg.handedOver(line.trim()) });
    const code = await handOver(() => (backend.runInteractive as NonNullable<Backend['runInteractive']>)(line));
    this.transcript.push({ kind: 'interactive', prompt, line, exit: code });
    this.push({ kind: 'notice', text: this.msg.resumed(code) });
    // What it changed may complete the step: check, and say so only if it did.
    if (this.o.run && !this.o.run.complete) {
      const events = await this.o.run.submit(':check');
      if (events.some((e) => e.type === 'step-passed')) await this.events(events, prompt);
      else this.set({ status: this.tips() });
    } else this.set({ status: this.tips() });
  }

  /** The runner's events → log, transcript and status. */
  private async events(events: readonly RunnerEvent[], prompt: string, fromCheck = false): Promise<void> {
    const plan = planEvents(events, {
      run: this.o.run as LessonRun, msg: this.msg, prompt, fromCheck, tips: this.tips(), recap: this.prose?.recap ?? '',
      stepTitle: (id) => this.stepTitle(id), lessonTitle: () => this.lessonTitle(),
    });
    for (const a of plan.actions) {
      if (a.kind === 'flush-trail') this.flushTrail();
      else if (a.kind === 'record') this.transcript.push(a.item);
      else {
        if (a.record) this.transcript.push(a.record);
        this.push(a.entry);
      }
    }
    if (plan.ui) {
      await this.ui(plan.ui);
      return;
    }
    if (plan.moved) {
      const step = this.stepEntry();
      if (step) this.push(step);
    }
    this.set({ status: plan.status });
  }

  private async colon(cmd: string): Promise<void> {
    const word = cmd.slice(1).trim().split(/\s+/)[0] ?? '';
    const arg = cmd.slice(1).trim().slice(word.length).trim();
    if (word === 'net') return this.toggleNetNow();
    if (word === 'trail') return this.push(this.net.toggleTrail(this.msg));
    if (word === 'explain') return this.push(this.net.explain(this.msg));
    if (word === 'export') return this.export(arg);
    if (word === 'solution' && this.o.run?.step) {
      this.set({ confirm: 'solution', status: { text: this.msg.confirmSolution, tone: 'ask' } });
      return;
    }
    if (!this.o.run) {
      if (word === 'help' || word === 'quit' || word === 'lessons' || word === 'clear') return this.ui(word);
      this.push({ kind: 'notice', text: `Unknown command :${word}. Type :help for the list.`, tone: 'warn' });
      return;
    }
    this.set({ busy: true });
    try {
      await this.events(await this.o.run.submit(cmd), this.o.backend.prompt(), word === 'check');
    } finally {
      // :reset, :skip and :back change the host too.
      await this.refreshNet();
      this.set({ busy: false, bar: this.currentBar(), prompt: this.o.backend.prompt() });
    }
  }

  private flushTrail(): void {
    const t = this.pendingTrail;
    this.pendingTrail = undefined;
    if (t) this.push(t);
  }

  /** F2: opens or closes the network picture, after the command that may be running. */
  toggleNet(): Promise<void> {
    this.chain = this.chain.then(() => this.toggleNetNow()).catch((err: unknown) => this.push({ kind: 'notice', text: `dockerlings: ${err instanceof Error ? err.message : String(err)}`, tone: 'warn' }));
    return this.chain;
  }

  private async toggleNetNow(): Promise<void> {
    if (this.net.open) {
      this.net.open = false;
      this.net.forget();
      this.set({ net: undefined });
      if (this.o.netInLog) this.push({ kind: 'notice', text: this.msg.netOff });
      return;
    }
    this.net.open = true;
    await this.refreshNet(true);
  }

  /** After a command: the picture again, with what changed marked (plain mode: printed if it changed). */
  private async refreshNet(always = false): Promise<void> {
    if (!this.net.open) return;
    const p = await this.net.picture();
    if (this.o.netInLog) {
      if (always || NetworkView.changed(p)) this.push({ kind: 'network', ...p, lang: this.o.lang });
    } else this.set({ net: { ...p, lang: this.o.lang } });
  }

  private async ui(action: 'lessons' | 'quit' | 'help' | 'export' | 'clear'): Promise<void> {
    switch (action) {
      case 'help':
        this.push({ kind: 'help', lesson: true });
        break;
      case 'clear':
        this.clearScreen();
        break;
      case 'export':
        return this.export('');
      case 'quit':
      case 'lessons':
        this.end(action);
        break;
    }
  }

  private end(o: Outcome): void {
    if (this.finished) return;
    this.finished = true;
    this.finish(o);
  }

  private export(file: string): void {
    const run = this.o.run;
    const header = {
      lesson: run ? this.lessonTitle() : 'sandbox',
      lessonId: run?.lesson.spec.id ?? 'sandbox',
      backend: this.o.backend.kind,
      lang: this.o.lang,
      at: (this.o.now ?? (() => new Date()))(),
      progress: run ? (run.complete ? `complete (${run.stepCount} steps)` : `step ${run.stepNumber} of ${run.stepCount}`) : '-',
    };
    const r = writeTranscript(this.o.exportDir ?? process.cwd(), file, header, this.transcript);
    if (r.error === undefined) this.push({ kind: 'notice', text: this.msg.exported(r.path) });
    else this.push({ kind: 'notice', text: this.msg.exportFailed(r.error), tone: 'warn' });
  }

  /** Ctrl+C: the line is cancelled (shown with ^C, as bash does); on an empty line, asks to quit. */
  interrupt(line: string): void {
    this.o.history.rewind();
    if (this.view.confirm) return this.answer(false);
    if (line !== '') {
      this.push({ kind: 'command', prompt: this.o.backend.prompt(), line: `${line}^C` });
      return;
    }
    this.set({ confirm: 'quit', status: { text: this.msg.confirmQuit, tone: 'ask' } });
  }

  /** Ctrl+D on an empty line: leaves a nested shell (`exit`), or asks to quit at the login shell. */
  eof(): void {
    if (this.view.busy) return;
    if ((this.o.backend.depth?.() ?? 1) > 1) {
      void this.submit('exit');
      return;
    }
    this.set({ confirm: 'quit', status: { text: this.msg.confirmQuit, tone: 'ask' } });
  }

  /**
   * A yes/no question from below (the real backend, before a line that changes the machine
   * itself): asked like the others, answered by the next key or line. Resolves with the answer.
   */
  ask(text: string): Promise<boolean> {
    return new Promise((resolve) => {
      this.pendingAsk = resolve;
      this.set({ confirm: 'host', status: { text, tone: 'ask' } });
    });
  }

  answer(yes: boolean): void {
    const what = this.view.confirm;
    this.set({ confirm: undefined, status: yes ? this.tips() : { text: this.msg.cancelled, tone: 'tip' } });
    if (what === 'host') {
      const resolve = this.pendingAsk;
      this.pendingAsk = undefined;
      resolve?.(yes);
      return;
    }
    if (!yes) return;
    if (what === 'quit') this.end('quit');
    else if (what === 'solution' && this.o.run) {
      const run = this.o.run;
      this.chain = this.chain.then(async () => this.events(await run.submit(':solution'), this.o.backend.prompt()));
    }
  }

  /** Ctrl+L / :clear: the screen clears, then shows the current step again. */
  clearScreen(): void {
    this.set({ clears: this.view.clears + 1 });
  }

  afterClear(): void {
    const step = this.o.run?.step;
    if (!step || !this.o.run) return;
    const run = this.o.run;
    this.push({ kind: 'step', number: run.stepNumber, total: run.stepCount, title: this.stepTitle(step.id), body: this.prose?.steps.get(step.id)?.body ?? '' });
  }

  /** Tab. Candidates (an ambiguous word) are listed in the log, as bash lists them. */
  async complete(text: string, cursor: number): Promise<Completion> {
    const c = await complete({ text, cursor }, this.oracle, [...(this.o.run ? RUNNER_COMMANDS : ['help', 'clear', 'export', 'quit']), 'net', 'trail', 'explain']);
    if (c.candidates.length > 0) this.push({ kind: 'command', prompt: this.o.backend.prompt(), line: text }, { kind: 'candidates', items: c.candidates });
    return c;
  }
}

import { createInterface, type Interface } from 'node:readline';
import type { History } from '../shell/history.js';

/**
 * Lines from stdin for the plain mode, one reader for the whole run (the menu and then the
 * lessons read from the same stream). In a terminal, readline edits the line and keeps the
 * history; from a pipe, lines are just read.
 */
export class LineReader {
  private readonly rl: Interface;
  private readonly queue: string[] = [];
  private waiting: ((l: string | undefined) => void) | undefined;
  private closed = false;
  /** Ctrl+C in a terminal (readline's SIGINT). */
  onInterrupt: () => void = () => undefined;

  constructor(
    input: NodeJS.ReadableStream,
    private readonly output: NodeJS.WritableStream,
    readonly tty: boolean,
    history?: History,
  ) {
    this.rl = createInterface({ input, output, terminal: tty, ...(tty && history ? { history: [...history.all].reverse(), historySize: 1000 } : {}) });
    this.rl.on('line', (l) => this.deliver(l));
    this.rl.on('close', () => {
      this.closed = true;
      this.deliver(undefined);
    });
    this.rl.on('SIGINT', () => {
      this.rl.write('^C\n');
      this.onInterrupt();
    });
  }

  private deliver(l: string | undefined): void {
    const w = this.waiting;
    if (w) {
      this.waiting = undefined;
      w(l);
    } else if (l !== undefined) this.queue.push(l);
  }

  /** The next line (after showing `prompt` in a terminal), or undefined at the end of input. */
  next(prompt = ''): Promise<string | undefined> {
    // From a pipe nothing echoes the answer: it is written after the question, as a terminal shows it.
    const echo = (l: string | undefined) => {
      if (!this.tty && prompt) this.output.write(`${prompt}${l ?? ''}\n`);
      return l;
    };
    const queued = this.queue.shift();
    if (queued !== undefined) return Promise.resolve(echo(queued));
    if (this.closed) return Promise.resolve(undefined);
    if (this.tty) {
      this.rl.setPrompt(prompt);
      this.rl.prompt();
    }
    return new Promise((r) => (this.waiting = (l) => r(this.tty ? l : echo(l))));
  }

  close(): void {
    this.rl.close();
  }
}

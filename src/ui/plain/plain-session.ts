import type { Outcome, ShellController } from '../session/controller.js';
import type { RenderContext } from '../session/render-entry.js';
import { renderEntry } from '../session/render-entry.js';
import type { LineReader } from './line-reader.js';

/**
 * The plain mode: the same tutorial as lines of text, for a screen reader, a script, a pipe.
 * Nothing is redrawn: every entry is printed once, status changes that matter (not yet, a
 * question, lesson complete) are printed as lines, and each command line is read after its
 * prompt. From a pipe, the command line is echoed after the prompt so the output reads as a
 * session transcript.
 */
export async function runPlain(controller: ShellController, reader: LineReader, out: NodeJS.WritableStream, ctx: RenderContext): Promise<Outcome> {
  let printed = 0;
  let lastStatus = controller.state.status;
  const flush = () => {
    const { entries, status } = controller.state;
    for (; printed < entries.length; printed++) {
      const e = entries[printed];
      // In a terminal, readline already shows the typed line after its prompt.
      if (!e || (e.kind === 'command' && reader.tty)) continue;
      out.write(`${renderEntry(e, ctx)}\n`);
    }
    if (status !== lastStatus) {
      lastStatus = status;
      if (status.tone !== 'tip' || status.text === ctx.msg.cancelled) out.write(`${status.text}\n`);
    }
  };
  const unsubscribe = controller.subscribe(flush);
  reader.onInterrupt = () => controller.interrupt('');
  flush();
  const done = controller.done.then((o) => ({ outcome: o }));
  try {
    for (;;) {
      const line = await Promise.race([reader.next(reader.tty ? `${controller.state.prompt} ` : ''), done]);
      if (typeof line === 'object') return line.outcome;
      if (line === undefined) return 'quit';
      // The answer to a question: from a pipe, shown after it (a terminal shows what was typed).
      if (controller.state.confirm && !reader.tty) out.write(`${line}\n`);
      // A command may stop to ask (the real backend, before changing the machine): read the
      // answer then, instead of waiting for the command.
      const asked = new Promise<void>((resolve) => {
        const off = controller.subscribe(() => {
          if (controller.state.confirm) {
            off();
            resolve();
          }
        });
        void controller.submit(line).finally(() => {
          off();
          resolve();
        });
      });
      await asked;
      flush();
      const finished = await Promise.race([done, Promise.resolve(undefined)]);
      if (finished) return finished.outcome;
    }
  } finally {
    unsubscribe();
  }
}

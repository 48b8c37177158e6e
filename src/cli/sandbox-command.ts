import { createInterface } from 'node:readline';
import type { BackendKind } from '../backend/backend.js';
import { createBackend } from '../backend/factory.js';

/** A plain line-by-line shell on a backend: works in any terminal, a pipe, or a screen reader. */
export async function sandboxCommand(kind: BackendKind, user: string | undefined): Promise<number> {
  const backend = await createBackend({ kind, ...(user ? { user } : {}) });
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY === true });
  const ask = () => {
    rl.setPrompt(`${backend.prompt()} `);
    rl.prompt();
  };
  if (process.stdin.isTTY) process.stdout.write(`dockerlings sandbox (${kind}). Type commands as in a real shell; Ctrl+D to leave.\n`);
  ask();
  for await (const line of rl) {
    const r = await backend.run(line);
    process.stdout.write(r.stdout);
    process.stderr.write(r.stderr);
    ask();
  }
  await backend.dispose();
  return 0;
}

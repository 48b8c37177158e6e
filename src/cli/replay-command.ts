import { readFile } from 'node:fs/promises';
import type { BackendKind } from '../backend/backend.js';
import { createBackend } from '../backend/factory.js';
import { replay, scriptLines } from '../backend/replay.js';

/** `dockerlings replay [FILE|-]`: one JSON record per line on stdout; exit 0 once every line ran. */
export async function replayCommand(file: string | undefined, kind: BackendKind, user: string | undefined): Promise<number> {
  const text = file === undefined || file === '-' ? await readStdin() : await readFile(file, 'utf8');
  const backend = await createBackend({ kind, ...(user ? { user } : {}) });
  try {
    for await (const rec of replay(backend, scriptLines(text))) process.stdout.write(`${JSON.stringify(rec)}\n`);
  } finally {
    await backend.dispose();
  }
  return 0;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

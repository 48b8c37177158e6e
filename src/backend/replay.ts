import type { Backend } from './backend.js';

/** One replayed line, as `dockerlings replay` prints it (one JSON object per line). */
export interface ReplayRecord {
  readonly cmd: string;
  readonly stdout: string;
  readonly stderr: string;
  readonly exit: number;
}

/** The command lines of a replay script: blank lines and `#` comments are skipped. */
export function scriptLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.replace(/\r$/, ''))
    .filter((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));
}

/** Runs every line in order in one session of `backend`, whatever their exit codes. */
export async function* replay(backend: Backend, lines: readonly string[]): AsyncGenerator<ReplayRecord> {
  for (const cmd of lines) {
    const r = await backend.run(cmd);
    yield { cmd, stdout: r.stdout, stderr: r.stderr, exit: r.exitCode };
  }
}

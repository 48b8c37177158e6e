// Line-by-line comparison of two normalised replays: stdout, stderr and exit status.
import type { ReplayRecord } from '../../src/backend/replay.js';

export type Field = 'stdout' | 'stderr' | 'exit';

export interface LineDiff {
  readonly index: number;
  readonly cmd: string;
  readonly fields: readonly Field[];
  readonly expected: ReplayRecord | undefined;
  readonly actual: ReplayRecord | undefined;
}

export interface Comparison {
  readonly lines: number;
  /** Indexes of the lines whose stdout, stderr and exit all agree. */
  readonly agreeing: readonly number[];
  readonly diffs: readonly LineDiff[];
}

/** `expected` is the oracle (real engine or its recording), `actual` the simulator. */
export function compareReplays(expected: readonly ReplayRecord[], actual: readonly ReplayRecord[]): Comparison {
  const lines = Math.max(expected.length, actual.length);
  const agreeing: number[] = [];
  const diffs: LineDiff[] = [];
  for (let i = 0; i < lines; i++) {
    const e = expected[i];
    const a = actual[i];
    const fields: Field[] = [];
    if (e?.stdout !== a?.stdout) fields.push('stdout');
    if (e?.stderr !== a?.stderr) fields.push('stderr');
    if (e?.exit !== a?.exit) fields.push('exit');
    if (fields.length === 0) agreeing.push(i);
    else diffs.push({ index: i, cmd: e?.cmd ?? a?.cmd ?? '', fields, expected: e, actual: a });
  }
  return { lines, agreeing, diffs };
}

const show = (s: string | number | undefined): string => (s === undefined ? '(missing)' : JSON.stringify(s));

/** One readable block per differing line: the command, then expected/actual for each field. */
export function formatDiff(d: LineDiff): string {
  const parts = [`line ${d.index + 1}: $ ${d.cmd}`];
  for (const f of d.fields) {
    parts.push(`  ${f}:`, `    engine:    ${show(d.expected?.[f])}`, `    simulator: ${show(d.actual?.[f])}`);
  }
  return parts.join('\n');
}

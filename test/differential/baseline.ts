// The ratchet: which lines of each scenario the simulator already gets right. The suite fails
// when one of them stops agreeing (a regression), not for lines the simulator has never matched
// yet; the report shows those. DOCKERLINGS_UPDATE_BASELINE=1 records the current state;
// DOCKERLINGS_DIFF_STRICT=1 fails on any difference.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Comparison } from './compare.js';

export const BASELINE_FILE = fileURLToPath(new URL('./baseline.json', import.meta.url));

/** Scenario → the agreeing lines, each as "N: command" so an edited scenario does not misfire. */
export type Baseline = Record<string, string[]>;

export const lineKey = (index: number, cmd: string): string => `${index + 1}: ${cmd}`;

export function loadBaseline(file = BASELINE_FILE): Baseline {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Baseline) : {};
}

export function saveBaseline(b: Baseline, file = BASELINE_FILE): void {
  const sorted = Object.fromEntries(Object.keys(b).sort().map((k) => [k, b[k] ?? []]));
  writeFileSync(file, `${JSON.stringify(sorted, null, 2)}\n`);
}

export function agreeingKeys(c: Comparison, cmds: readonly string[]): string[] {
  return c.agreeing.map((i) => lineKey(i, cmds[i] ?? ''));
}

/** Lines that agreed in the baseline and differ now. */
export function regressions(b: Baseline, scenario: string, c: Comparison): number[] {
  const before = new Set(b[scenario] ?? []);
  return c.diffs.filter((d) => before.has(lineKey(d.index, d.cmd))).map((d) => d.index);
}

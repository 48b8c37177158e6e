// The agreement figure: lines identical / lines total, per scenario and overall, printed after
// the suite and written to .tmp/differential-report.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Comparison } from './compare.js';

export interface ScenarioReport {
  readonly scenario: string;
  readonly oracle: 'real engine' | 'recording';
  readonly identical: number;
  readonly total: number;
  /** Set when the scenario could not be compared at all (simulator missing, engine failed…). */
  readonly error?: string;
  readonly differingLines: readonly number[];
  /** The differing lines, readable (see compare.ts formatDiff). */
  readonly diffs?: readonly string[];
  readonly restartMs?: number;
}

export function scenarioReport(scenario: string, oracle: ScenarioReport['oracle'], c: Comparison, restartMs?: number): ScenarioReport {
  return {
    scenario,
    oracle,
    identical: c.agreeing.length,
    total: c.lines,
    differingLines: c.diffs.map((d) => d.index + 1),
    ...(restartMs === undefined ? {} : { restartMs }),
  };
}

export function formatReport(reports: readonly ScenarioReport[]): string {
  const identical = reports.reduce((n, r) => n + r.identical, 0);
  const total = reports.reduce((n, r) => n + r.total, 0);
  const pct = (a: number, b: number) => (b === 0 ? '-' : `${((100 * a) / b).toFixed(1)}%`);
  const rows = reports.map(
    (r) => `  ${r.scenario.padEnd(28)} ${`${r.identical}/${r.total}`.padStart(7)}  ${pct(r.identical, r.total).padStart(6)}${r.error ? `  ${r.error}` : ''}`,
  );
  return [`differential agreement (lines identical / lines total):`, ...rows, `  ${'all'.padEnd(28)} ${`${identical}/${total}`.padStart(7)}  ${pct(identical, total).padStart(6)}`].join('\n');
}

export function writeReport(reports: readonly ScenarioReport[], file = '.tmp/differential-report.json'): void {
  const identical = reports.reduce((n, r) => n + r.identical, 0);
  const total = reports.reduce((n, r) => n + r.total, 0);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ identical, total, agreement: total === 0 ? null : identical / total, scenarios: reports }, null, 2)}\n`);
}

// The differential suite: every scenario replayed on a real engine (restarted first, so it is a
// fresh host) and on the simulator, both normalised, compared line by line. Without a real engine
// the committed recordings stand in for it. Environment:
//   DOCKERLINGS_REAL=1 (or CI)        compare with the live engine (root, dockerd restarted per scenario)
//   DOCKERLINGS_SCENARIOS=04,07       only these scenarios
//   DOCKERLINGS_UPDATE_BASELINE=1     record which lines agree now (baseline.json)
//   DOCKERLINGS_DIFF_STRICT=1         fail on any difference, not only on regressions
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { ReplayRecord } from '../../src/backend/replay.js';
import { agreeingKeys, loadBaseline, regressions, saveBaseline, type Baseline } from './baseline.js';
import { compareReplays, formatDiff } from './compare.js';
import { normaliseRecords } from './normalise.js';
import { engineAliases, realEngineStatus, replayOnRealEngine } from './real-engine.js';
import { formatReport, scenarioReport, writeReport, type ScenarioReport } from './report.js';
import { loadScenarios, recordedPath, type Scenario } from './scenarios.js';
import { loadSimulator, replayOnSimulator } from './sim-side.js';

const env = process.env;
const engine = realEngineStatus();
const scenarios = loadScenarios(env.DOCKERLINGS_SCENARIOS ? env.DOCKERLINGS_SCENARIOS.split(',') : []);
const simulator = await loadSimulator();
const baseline = loadBaseline();
const updated: Baseline = { ...baseline };
const reports: ScenarioReport[] = [];
const strict = env.DOCKERLINGS_DIFF_STRICT === '1';

console.log(engine.available ? `${engine.reason}: dockerd is restarted before each scenario` : engine.reason);

/** Compares the simulator with the oracle's normalised records; fails on regressions (or any diff, strict). */
async function compareWithSimulator(s: Scenario, expected: readonly ReplayRecord[], oracle: ScenarioReport['oracle'], restartMs?: number) {
  if (typeof simulator === 'string') {
    reports.push({ scenario: s.name, oracle, identical: 0, total: expected.length, error: simulator, differingLines: [] });
    throw new Error(simulator);
  }
  const actual = normaliseRecords(await replayOnSimulator(simulator, s));
  const c = compareReplays(expected, actual);
  reports.push({ ...scenarioReport(s.name, oracle, c, restartMs), diffs: c.diffs.map(formatDiff) });
  updated[s.name] = agreeingKeys(c, s.lines);
  const failing = strict ? c.diffs.map((d) => d.index) : regressions(baseline, s.name, c);
  const shown = c.diffs.filter((d) => failing.includes(d.index)).map(formatDiff);
  expect(shown, strict ? 'lines that differ' : 'lines that agreed before (baseline.json) and differ now').toEqual([]);
}

afterAll(() => {
  if (reports.length === 0) return;
  console.log(formatReport(reports));
  writeReport(reports);
  if (env.DOCKERLINGS_UPDATE_BASELINE === '1') saveBaseline(updated);
});

describe.skipIf(!engine.available)('differential: simulator vs real engine', () => {
  for (const s of scenarios) {
    it(s.name, async () => {
      const { records, restartMs } = await replayOnRealEngine(s);
      await compareWithSimulator(s, normaliseRecords(records, engineAliases()), 'real engine', restartMs);
    }, 300_000);
  }
});

describe.skipIf(engine.available)('differential: simulator vs recordings of a real engine', () => {
  for (const s of scenarios) {
    const file = recordedPath(s);
    it.skipIf(!existsSync(file))(s.name, async () => {
      const expected = readFileSync(file, 'utf8').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as ReplayRecord);
      await compareWithSimulator(s, expected, 'recording');
    }, 60_000);
  }
});

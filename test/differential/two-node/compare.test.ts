// The simulator's two-machine lab against two real engines on one LAN: each story of
// scenario.txt replayed on a fresh simulated lab and compared, line by line after normalising,
// with what the engines printed (recorded/, by record.ts). Like the one-host suite, only
// regressions fail: the lines listed in baseline.json as agreeing must keep agreeing
// (DOCKERLINGS_UPDATE_BASELINE=1 rewrites it); the agreement is printed.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ReplayRecord } from '../../../src/backend/replay.js';
import { compareReplays, formatDiff } from '../compare.js';
import { createNormaliser } from '../normalise.js';
import { parseScenario } from './scenario.js';
import { replayStoryOnSimulator } from './sim-replay.js';
import { harnessAliases, swarmNormaliser } from './swarm-normalise.js';

const here = (f: string) => fileURLToPath(new URL(f, import.meta.url));
const stories = parseScenario(readFileSync(here('./scenario.txt'), 'utf8'));
const BASELINE = here('./baseline.json');
const baseline = existsSync(BASELINE) ? (JSON.parse(readFileSync(BASELINE, 'utf8')) as Record<string, string[]>) : {};
const updated: Record<string, string[]> = {};

interface Raw { readonly node: number; readonly cmd: string; readonly stdout: string; readonly stderr: string; readonly exit: number }

function normalised(records: readonly ReplayRecord[], real: boolean): ReplayRecord[] {
  const swarm = swarmNormaliser();
  const common = createNormaliser();
  const prep = (s: string) => swarm(real ? harnessAliases(s) : s);
  // Orders that are random from run to run, sorted once normalised: the kernel's neighbour hash
  // table, and `ls` of namespace files named after random IDs.
  const unordered = (cmd: string) => /\bip neigh\b|\bls \/var\/run\/docker\/netns\b/.test(cmd);
  const order = (s: string) => s.split('\n').filter(Boolean).sort().map((l) => `${l}\n`).join('');
  return records.map((r) => {
    const n = common.record({ cmd: r.cmd, stdout: prep(r.stdout), stderr: prep(r.stderr), exit: r.exit });
    return unordered(r.cmd) ? { ...n, stdout: order(n.stdout) } : n;
  });
}

const key = (i: number, cmd: string) => `${i + 1}: ${cmd}`;

describe('two machines: the simulated lab against two real engines (recorded)', () => {
  const rows: string[] = [];
  for (const story of stories) {
    it(story.name, () => {
      const file = here(`./recorded/${story.name}.jsonl`);
      const raw = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Raw);
      const real = normalised(raw.map((r) => ({ cmd: `${r.node}$ ${r.cmd}`, stdout: r.stdout, stderr: r.stderr, exit: r.exit })), true);
      const sim = normalised(replayStoryOnSimulator(story), false);
      expect(sim.map((r) => r.cmd)).toEqual(real.map((r) => r.cmd));
      const c = compareReplays(real, sim);
      updated[story.name] = c.agreeing.map((i) => key(i, real[i]?.cmd ?? ''));
      rows.push(`${story.name.padEnd(20)} ${c.agreeing.length}/${c.lines}`);
      const before = new Set(baseline[story.name] ?? []);
      const regressed = c.diffs.filter((d) => before.has(key(d.index, d.cmd)));
      if (process.env.DOCKERLINGS_DIFF_VERBOSE) for (const d of c.diffs) console.log(formatDiff(d));
      expect(regressed.map(formatDiff).join('\n')).toBe('');
    });
  }
  it('reports the agreement', () => {
    console.log(`two-node lab vs real engines (lines identical / total):\n${rows.join('\n')}`);
    if (process.env.DOCKERLINGS_UPDATE_BASELINE) writeFileSync(BASELINE, `${JSON.stringify(updated, null, 2)}\n`);
    expect(rows).toHaveLength(stories.length);
  });
});

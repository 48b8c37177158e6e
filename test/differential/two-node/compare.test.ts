// The simulator's two-machine lab against two real engines on one LAN: each story of
// scenario.txt replayed on a fresh simulated lab and compared, line by line after normalising,
// with what the engines printed (recorded/, by record.ts; test/real/two-node.test.ts does the
// same live). Like the one-host suite, only regressions fail: the lines listed in baseline.json
// as agreeing must keep agreeing (DOCKERLINGS_UPDATE_BASELINE=1 rewrites it).
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDiff } from '../compare.js';
import { type RawRecord, compareStory, lineKey } from './compare-lab.js';
import { BASELINE_FILE, loadStories, readBaseline } from './stories.js';

const stories = loadStories();
const baseline = readBaseline();
const updated: Record<string, readonly string[]> = {};

describe('two machines: the simulated lab against two real engines (recorded)', () => {
  const rows: string[] = [];
  for (const story of stories) {
    it(story.name, () => {
      const raw = readFileSync(new URL(`./recorded/${story.name}.jsonl`, import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as RawRecord);
      const { comparison: c, real, sim, agreeing } = compareStory(story, raw);
      expect(sim.map((r) => r.cmd)).toEqual(real.map((r) => r.cmd));
      updated[story.name] = agreeing;
      rows.push(`${story.name.padEnd(20)} ${c.agreeing.length}/${c.lines}`);
      const before = new Set(baseline[story.name] ?? []);
      if (process.env.DOCKERLINGS_DIFF_VERBOSE) for (const d of c.diffs) console.log(formatDiff(d));
      expect(c.diffs.filter((d) => before.has(lineKey(d.index, d.cmd))).map(formatDiff).join('\n')).toBe('');
    });
  }
  it('reports the agreement', () => {
    console.log(`two-node lab vs real engines, recorded (lines identical / total):\n${rows.join('\n')}`);
    if (process.env.DOCKERLINGS_UPDATE_BASELINE) writeFileSync(BASELINE_FILE, `${JSON.stringify(updated, null, 2)}\n`);
    expect(rows).toHaveLength(stories.length);
  });
});

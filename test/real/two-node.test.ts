// Live: the two-node stories on two real engines (test/differential/two-node-engine.sh: two
// private dockerds in network namespaces joined by one veth, nothing else on their LAN) and on
// the simulated lab, compared as the recorded suite does. Needs root, the dockerd binary and
// VXLAN; asked for as the one-host differential is (CI, or DOCKERLINGS_REAL=1). Only
// regressions against two-node/baseline.json fail; the agreement is printed and written to
// .tmp/two-node-report.json with every differing line.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDiff } from '../differential/compare.js';
import { compareStory, lineKey } from '../differential/two-node/compare-lab.js';
import { labCommand, playStoryOnEngines } from '../differential/two-node/real-lab.js';
import { loadStories, readBaseline } from '../differential/two-node/stories.js';

function gate(): string | undefined {
  const env = process.env;
  const asked = env.DOCKERLINGS_REAL === '1' || (env.CI !== undefined && env.CI !== '' && env.CI !== 'false');
  if (!asked) return 'two real engines: not requested (set DOCKERLINGS_REAL=1; CI sets CI)';
  if (process.getuid?.() !== 0) return 'two real engines: need root (network namespaces)';
  if (spawnSync('sh', ['-c', 'command -v dockerd'], { encoding: 'utf8' }).status !== 0) return 'two real engines: no dockerd binary';
  return undefined;
}

const skip = gate();
const stories = loadStories();
const baseline = readBaseline();
const rows: string[] = [];
const report: { story: string; agreeing: number; lines: number; diffs: string[] }[] = [];

describe.skipIf(skip !== undefined)('two machines, live: the simulated lab against two real engines', () => {
  afterAll(() => {
    labCommand('stop');
    console.log(`two-node lab vs real engines, live (lines identical / total):\n${rows.join('\n')}`);
    mkdirSync('.tmp', { recursive: true });
    writeFileSync('.tmp/two-node-report.json', `${JSON.stringify(report, null, 2)}\n`);
  });
  for (const story of stories) {
    it(story.name, () => {
      const raw = playStoryOnEngines(story);
      const { comparison: c } = compareStory(story, raw);
      rows.push(`${story.name.padEnd(20)} ${c.agreeing.length}/${c.lines}`);
      report.push({ story: story.name, agreeing: c.agreeing.length, lines: c.lines, diffs: c.diffs.map(formatDiff) });
      const before = new Set(baseline[story.name] ?? []);
      expect(c.diffs.filter((d) => before.has(lineKey(d.index, d.cmd))).map(formatDiff).join('\n')).toBe('');
    }, 600_000);
  }
});

it.skipIf(skip === undefined)(`two real engines: ${skip ?? ''} (skipped)`, () => undefined);

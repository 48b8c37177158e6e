// Records what two real engines print for the stories of scenario.txt (the format is in
// scenario.ts): each story on a fresh pair (two-node-engine.sh stop + start), each command in
// `bash -c` on its node, raw output to recorded/<story>.jsonl, one JSON object per command:
//   {"node":1,"cmd":"…as written…","expanded":"…if a placeholder was replaced…",
//    "stdout":"…","stderr":"…","exit":0,"ms":123}
// Both engines are stopped at the end.
//
//   sudo npx tsx test/differential/two-node/record.ts [STORY…]     (default: every story)
//   TWO_NODE_SCENARIO=FILE to record another script; TWO_NODE_KEEP=1 leaves the last lab up.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { labCommand, playStoryOnEngines } from './real-lab.js';
import { parseScenario } from './scenario.js';

const here = dirname(fileURLToPath(import.meta.url));
const scenarioFile = process.env.TWO_NODE_SCENARIO ?? join(here, 'scenario.txt');
const outDir = join(here, 'recorded');

function main(): void {
  const wanted = process.argv.slice(2);
  const stories = parseScenario(readFileSync(scenarioFile, 'utf8')).filter((s) => wanted.length === 0 || wanted.includes(s.name));
  if (stories.length === 0) throw new Error(`no story of ${scenarioFile} matches ${wanted.join(' ')}`);
  mkdirSync(outDir, { recursive: true });
  try {
    for (const story of stories) {
      const records = playStoryOnEngines(story, (r) => process.stderr.write(`[${story.name}] ${r.node}$ ${r.cmd} → ${r.exit} (${r.ms} ms)\n`));
      writeFileSync(join(outDir, `${story.name}.jsonl`), `${records.map((r) => JSON.stringify(r)).join('\n')}\n`);
    }
  } finally {
    if (process.env.TWO_NODE_KEEP !== '1') labCommand('stop');
  }
}

main();

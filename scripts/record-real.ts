// Records what the real engine prints for the differential scenarios, normalised, as reference
// material for the simulator's authors and as the oracle of the suite where no engine runs:
//   sudo npx tsx scripts/record-real.ts              # every scenario
//   sudo npx tsx scripts/record-real.ts 04 07        # some (by NN prefix or full name)
// Each scenario runs on a freshly restarted dockerd (scripts/restart-dockerd.sh) and is written
// to test/differential/recorded/NN-name.jsonl, one normalised ReplayRecord per line.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { normaliseRecords } from '../test/differential/normalise.js';
import { engineAliases, realEngineStatus, replayOnRealEngine } from '../test/differential/real-engine.js';
import { loadScenarios, recordedPath } from '../test/differential/scenarios.js';

const engine = realEngineStatus({ ...process.env, DOCKERLINGS_REAL: '1' });
if (!engine.available) {
  console.error(`record-real: ${engine.reason}`);
  process.exit(1);
}
const scenarios = loadScenarios(process.argv.slice(2));
if (scenarios.length === 0) {
  console.error(`record-real: no scenario matches ${process.argv.slice(2).join(' ')}`);
  process.exit(2);
}
console.log(`record-real: ${engine.reason}`);
for (const s of scenarios) {
  const t0 = Date.now();
  const { records, restartMs } = await replayOnRealEngine(s);
  const file = recordedPath(s);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, normaliseRecords(records, engineAliases()).map((r) => `${JSON.stringify(r)}\n`).join(''));
  console.log(`record-real: ${s.name}: ${records.length} lines in ${((Date.now() - t0) / 1000).toFixed(1)} s (dockerd restart ${(restartMs / 1000).toFixed(1)} s)`);
}

#!/usr/bin/env node
// `npm test`: lint (with the part boundaries), typecheck, then every vitest suite. Ends with
// one plain line "tests: N passed, N failed, N skipped" that CI reads.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status ?? 1;
const step = (name, cmd, args) => {
  process.stdout.write(`\n== ${name}\n`);
  const code = run(cmd, args);
  if (code !== 0) process.stdout.write(`== ${name} failed (exit ${code})\n`);
  return code;
};

let failed = 0;
failed += step('lint', 'npx', ['eslint', '.']) === 0 ? 0 : 1;
failed += step('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']) === 0 ? 0 : 1;
mkdirSync('.tmp', { recursive: true });
rmSync('.tmp/vitest.json', { force: true });
const vitest = step('tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=.tmp/vitest.json', ...process.argv.slice(2)]);

let passed = 0, failedTests = 0, skipped = 0;
try {
  const r = JSON.parse(readFileSync('.tmp/vitest.json', 'utf8'));
  passed = r.numPassedTests;
  failedTests = r.numFailedTests;
  skipped = r.numPendingTests + r.numTodoTests;
} catch {
  failedTests = vitest === 0 ? 0 : 1;
}
if (failed > 0) process.stdout.write(`\n${failed} check(s) before the tests failed (see above).\n`);
process.stdout.write(`\ntests: ${passed} passed, ${failedTests} failed, ${skipped} skipped\n`);
process.exit(failed > 0 || vitest !== 0 || failedTests > 0 ? 1 : 0);

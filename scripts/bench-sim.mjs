#!/usr/bin/env node
// `npm run bench [-- latency|scale|lab]`: bundles bench/run.ts with esbuild (as the shipped program
// is bundled: tsx's per-function name helpers would add ~20% to the figures) and runs it with
// --expose-gc so the heap figure is exact.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { build } from 'esbuild';

mkdirSync('.tmp', { recursive: true });
await build({
  entryPoints: ['bench/run.ts'], bundle: true, platform: 'node', format: 'esm', outfile: '.tmp/bench-sim.mjs', logLevel: 'warning',
  banner: { js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" },
});
const r = spawnSync(process.execPath, ['--expose-gc', '.tmp/bench-sim.mjs', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);

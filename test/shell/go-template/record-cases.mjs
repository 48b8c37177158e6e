#!/usr/bin/env node
// Records what the real docker CLI prints for template formats, as test-case
// lines to paste into the *.test.ts files (each with the command it ran).
//   node test/shell/go-template/record-cases.mjs inspect gotpl-c < formats.txt
//   node test/shell/go-template/record-cases.mjs 'network inspect' gotpl-net < formats.txt
// One format per line; a line may use \n for a newline inside the format.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const [command = 'inspect', target = 'gotpl-c'] = process.argv.slice(2);
const shellQuote = (s) => `'${s.replaceAll("'", `'\\''`)}'`;
const formats = readFileSync(0, 'utf8').split('\n').filter((l) => l !== '').map((l) => l.replaceAll('\\n', '\n'));
for (const format of formats) {
  const args = [...command.split(' '), '-f', format, target];
  const r = spawnSync('docker', args, { encoding: 'utf8' });
  const shown = format.includes('\n') ? `$${shellQuote(format).replaceAll('\n', '\\n')}` : shellQuote(format);
  console.log(`  // docker ${command} -f ${shown} ${target}`);
  console.log(`  [${JSON.stringify(format)}, ${JSON.stringify(r.stdout)}, ${JSON.stringify(r.stderr)}, ${r.status}],`);
}

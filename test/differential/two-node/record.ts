// Records what two real engines print for the stories of scenario.txt (the format is in
// scenario.ts): each story on a fresh pair (two-node-engine.sh stop + start), each command in
// `bash -c` on its node, raw output to recorded/<story>.jsonl, one JSON object per command:
//   {"node":1,"cmd":"…as written…","expanded":"…if a placeholder was replaced…",
//    "stdout":"…","stderr":"…","exit":0,"ms":123}
// Both engines are stopped at the end.
//
//   sudo npx tsx test/differential/two-node/record.ts [STORY…]     (default: every story)
//   TWO_NODE_SCENARIO=FILE to record another script; TWO_NODE_KEEP=1 leaves the last lab up.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expand, parseScenario, substitutions } from './scenario.js';
import type { NodeNumber } from './scenario.js';

const here = dirname(fileURLToPath(import.meta.url));
const engine = join(here, '..', 'two-node-engine.sh');
const scenarioFile = process.env.TWO_NODE_SCENARIO ?? join(here, 'scenario.txt');
const outDir = join(here, 'recorded');
// No command of the stories should take longer (a join to nowhere gives up after 20 s).
const TIMEOUT_MS = 90_000;

interface Ran {
  readonly stdout: string;
  readonly stderr: string;
  readonly exit: number;
  readonly ms: number;
}

function runOn(node: NodeNumber, cmd: string): Ran {
  const t0 = Date.now();
  const r = spawnSync('bash', [engine, 'run', String(node), 'bash', '-c', cmd], {
    encoding: 'utf8',
    timeout: TIMEOUT_MS,
    maxBuffer: 16 * 1024 * 1024,
  });
  const ms = Date.now() - t0;
  const timedOut = r.error !== undefined || r.signal !== null;
  return {
    stdout: r.stdout ?? '',
    stderr: (r.stderr ?? '') + (timedOut ? `\n[record: killed after ${TIMEOUT_MS} ms]\n` : ''),
    exit: r.status ?? 124,
    ms,
  };
}

function engineCmd(sub: 'start' | 'stop'): void {
  const r = spawnSync('bash', [engine, sub], { encoding: 'utf8', stdio: ['ignore', 'inherit', 'pipe'] });
  process.stderr.write(r.stderr ?? '');
  if (sub === 'start' && r.status !== 0) throw new Error(`two-node-engine.sh start failed (${r.status})`);
}

function main(): void {
  const wanted = process.argv.slice(2);
  const stories = parseScenario(readFileSync(scenarioFile, 'utf8')).filter((s) => wanted.length === 0 || wanted.includes(s.name));
  if (stories.length === 0) throw new Error(`no story of ${scenarioFile} matches ${wanted.join(' ')}`);
  mkdirSync(outDir, { recursive: true });
  try {
    for (const story of stories) {
      engineCmd('stop');
      engineCmd('start');
      const lines: string[] = [];
      for (const step of story.steps) {
        if (step.kind === 'sleep') {
          spawnSync('sleep', [String(step.seconds)]);
          continue;
        }
        const values = substitutions(step.cmd).map((s) => runOn(s.node, s.cmd).stdout.replace(/\n$/, ''));
        const expanded = expand(step.cmd, values);
        const r = runOn(step.node, expanded);
        const rec = {
          node: step.node,
          cmd: step.cmd,
          ...(expanded !== step.cmd ? { expanded } : {}),
          stdout: r.stdout,
          stderr: r.stderr,
          exit: r.exit,
          ms: r.ms,
        };
        lines.push(JSON.stringify(rec));
        process.stderr.write(`[${story.name}] ${step.node}$ ${step.cmd} → ${r.exit} (${r.ms} ms)\n`);
      }
      writeFileSync(join(outDir, `${story.name}.jsonl`), lines.join('\n') + '\n');
    }
  } finally {
    if (process.env.TWO_NODE_KEEP !== '1') engineCmd('stop');
  }
}

main();

// The two real engines (two-node-engine.sh) as the recorder and the live test use them: fresh
// per story, each command in `bash -c` on its node, `$(N$ CMD)` expanded first, `@sleep` slept.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type NodeNumber, type Story, expand, substitutions } from './scenario.js';

const engine = fileURLToPath(new URL('../two-node-engine.sh', import.meta.url));
// No command of the stories should take longer (a join to nowhere gives up after 20 s).
const TIMEOUT_MS = 90_000;

/** One command as the engines answered it (`cmd` as written, `expanded` if a placeholder was replaced). */
export interface RealRecord {
  readonly node: NodeNumber;
  readonly cmd: string;
  readonly expanded?: string;
  readonly stdout: string;
  readonly stderr: string;
  readonly exit: number;
  readonly ms: number;
}

function runOn(node: NodeNumber, cmd: string): Omit<RealRecord, 'node' | 'cmd'> {
  const t0 = Date.now();
  const r = spawnSync('bash', [engine, 'run', String(node), 'bash', '-c', cmd], { encoding: 'utf8', timeout: TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 });
  const timedOut = r.error !== undefined || r.signal !== null;
  return {
    stdout: r.stdout ?? '',
    stderr: (r.stderr ?? '') + (timedOut ? `\n[record: killed after ${TIMEOUT_MS} ms]\n` : ''),
    exit: r.status ?? 124,
    ms: Date.now() - t0,
  };
}

/** `two-node-engine.sh start|stop`; a start that fails throws with what the script said. */
export function labCommand(sub: 'start' | 'stop'): void {
  const r = spawnSync('bash', [engine, sub], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 300_000 });
  if (sub === 'start' && r.status !== 0) throw new Error(`two-node-engine.sh start failed (${r.status}):\n${r.stdout ?? ''}${r.stderr ?? ''}`);
}

/** Plays a story on two fresh engines; `onLine` hears of each command as it ends. */
export function playStoryOnEngines(story: Story, onLine: (r: RealRecord) => void = () => undefined): RealRecord[] {
  labCommand('stop');
  labCommand('start');
  const out: RealRecord[] = [];
  for (const step of story.steps) {
    if (step.kind === 'sleep') {
      spawnSync('sleep', [String(step.seconds)]);
      continue;
    }
    const values = substitutions(step.cmd).map((s) => runOn(s.node, s.cmd).stdout.replace(/\n$/, ''));
    const expanded = expand(step.cmd, values);
    const rec: RealRecord = { node: step.node, cmd: step.cmd, ...(expanded !== step.cmd ? { expanded } : {}), ...runOn(step.node, expanded) };
    out.push(rec);
    onLine(rec);
  }
  return out;
}

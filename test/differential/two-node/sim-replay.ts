// Replays a two-node story (scenario.ts) on a fresh simulated lab: node 1 is docker-host, node 2
// docker-host2, each with a root shell of its own; `$(N$ CMD)` takes CMD's stdout on node N, as
// the recorder does on the real engines; `@sleep S` moves the lab's clock S seconds on.
import type { ReplayRecord } from '../../../src/backend/replay.js';
import { attachShell, createShellSession } from '../../../src/shell/index.js';
import { type NodeNumber, type Story, expand, substitutions } from './scenario.js';

export function replayStoryOnSimulator(story: Story): ReplayRecord[] {
  const first = createShellSession({ user: 'root' });
  const second = first.host.lab.host('docker-host2');
  if (!second) throw new Error('the simulated lab has no docker-host2');
  const shells = { 1: first, 2: attachShell(second, 'root') } as const;
  const run = (node: NodeNumber, cmd: string) => shells[node].run(cmd);
  const out: ReplayRecord[] = [];
  for (const step of story.steps) {
    if (step.kind === 'sleep') {
      first.host.clock.tick(step.seconds * 1000);
      continue;
    }
    const values = substitutions(step.cmd).map((s) => run(s.node, s.cmd).stdout.replace(/\n$/, ''));
    const r = run(step.node, expand(step.cmd, values));
    out.push({ cmd: `${step.node}$ ${step.cmd}`, stdout: r.stdout, stderr: r.stderr, exit: r.exitCode });
  }
  return out;
}

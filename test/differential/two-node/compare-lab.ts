// A story's real records against the simulated lab's replay of it, normalised the same way on
// both sides: the comparison, and its agreeing lines as baseline keys.
import type { ReplayRecord } from '../../../src/backend/replay.js';
import { type Comparison, compareReplays } from '../compare.js';
import { createNormaliser } from '../normalise.js';
import type { Story } from './scenario.js';
import { replayStoryOnSimulator } from './sim-replay.js';
import { harnessAliases, swarmNormaliser } from './swarm-normalise.js';

export interface RawRecord { readonly node: number; readonly cmd: string; readonly stdout: string; readonly stderr: string; readonly exit: number }

// Orders that are random from run to run, sorted once normalised: the kernel's neighbour hash
// table, `ls` of namespace files named after random IDs, and the fdb entries of the other
// node's endpoints (programmed as the gossip brings them, in either order).
const unordered = (cmd: string) => /\bip neigh\b|\bls \/var\/run\/docker\/netns\b|\bbridge fdb show\b/.test(cmd);
const sortLines = (s: string) => s.split('\n').filter(Boolean).sort().map((l) => `${l}\n`).join('');

// In an overlay's namespace the kernel's MACs (br0, vxlan0, the veth ports) are random, and br0
// takes whichever of its ports' is lowest: which one is random too, on both sides, and so is
// the order numbered placeholders would follow. There they all become one token.
const overlayNamespace = (cmd: string) => /netns\/1-/.test(cmd);
const KERNEL_MAC = /\b(?!02:42:)[0-9a-f]{2}(?::[0-9a-f]{2}){5}\b/g;
const kernelMacs = (s: string) => s.replace(KERNEL_MAC, (m) => (m === '00:00:00:00:00:00' || m === 'ff:ff:ff:ff:ff:ff' ? m : '<kernel-mac>'));

function normalised(records: readonly ReplayRecord[], real: boolean): ReplayRecord[] {
  const swarm = swarmNormaliser();
  const common = createNormaliser();
  const prep = (cmd: string, s: string) => {
    const t = swarm(real ? harnessAliases(s) : s);
    return overlayNamespace(cmd) ? kernelMacs(t) : t;
  };
  return records.map((r) => {
    const n = common.record({ cmd: r.cmd, stdout: prep(r.cmd, r.stdout), stderr: prep(r.cmd, r.stderr), exit: r.exit });
    return unordered(r.cmd) ? { ...n, stdout: sortLines(n.stdout) } : n;
  });
}

export const lineKey = (i: number, cmd: string): string => `${i + 1}: ${cmd}`;

export interface StoryComparison {
  readonly comparison: Comparison;
  readonly real: readonly ReplayRecord[];
  readonly sim: readonly ReplayRecord[];
  /** The agreeing lines, as baseline keys. */
  readonly agreeing: readonly string[];
}

export function compareStory(story: Story, raw: readonly RawRecord[]): StoryComparison {
  const real = normalised(raw.map((r) => ({ cmd: `${r.node}$ ${r.cmd}`, stdout: r.stdout, stderr: r.stderr, exit: r.exit })), true);
  const sim = normalised(replayStoryOnSimulator(story), false);
  const comparison = compareReplays(real, sim);
  return { comparison, real, sim, agreeing: comparison.agreeing.map((i) => lineKey(i, real[i]?.cmd ?? '')) };
}

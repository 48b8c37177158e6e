// The simulator's side. Loaded with a dynamic import() so that a simulator that is missing or
// fails to load turns into one clear failure per scenario instead of a broken test file.
import type { Backend } from '../../src/backend/backend.js';
import { replay, type ReplayRecord } from '../../src/backend/replay.js';
import type { Scenario } from './scenarios.js';

export type SimulatorFactory = () => Backend;

/** The factory, or why it cannot be had. */
export async function loadSimulator(): Promise<SimulatorFactory | string> {
  try {
    const mod = (await import('../../src/backend/simulated.js')) as { createSimulatedBackend?: (o: { kind: 'simulator'; user: string }) => Backend };
    const create = mod.createSimulatedBackend;
    if (typeof create !== 'function') return 'simulator backend not available yet (src/backend/simulated.js exports no createSimulatedBackend)';
    return () => create({ kind: 'simulator', user: 'root' });
  } catch (err) {
    return `simulator backend not available yet: ${err instanceof Error ? err.message : String(err)}`;
  }
}

/** Replays a scenario in a fresh simulated host (as root, like the real side). */
export async function replayOnSimulator(create: SimulatorFactory, s: Scenario): Promise<ReplayRecord[]> {
  const backend = create();
  const records: ReplayRecord[] = [];
  try {
    for await (const r of replay(backend, s.lines)) records.push(r);
  } finally {
    await backend.dispose();
  }
  return records;
}

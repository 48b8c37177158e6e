// The real side of the differential suite: a Docker engine on this machine, restarted before
// each scenario so that it hands out the addresses and ports a fresh host does (DESIGN.md).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { createDockerBackend } from '../../src/backend/docker.js';
import { replay, type ReplayRecord } from '../../src/backend/replay.js';
import type { NormaliseOptions } from './normalise.js';
import type { Scenario } from './scenarios.js';

const RESTART_SCRIPT = fileURLToPath(new URL('../../scripts/restart-dockerd.sh', import.meta.url));

export interface EngineStatus {
  readonly available: boolean;
  /** Why not, in one line, for the skip message. */
  readonly reason: string;
}

/** Whether the live suite may run: asked for (DOCKERLINGS_REAL=1 or CI), root, and an engine answering. */
export function realEngineStatus(env: NodeJS.ProcessEnv = process.env): EngineStatus {
  const asked = env.DOCKERLINGS_REAL === '1' || (env.CI !== undefined && env.CI !== '' && env.CI !== 'false');
  if (!asked) return { available: false, reason: 'real engine: not requested (set DOCKERLINGS_REAL=1; CI sets CI) (skipped)' };
  if (process.getuid?.() !== 0) return { available: false, reason: 'real engine: needs root to restart dockerd (skipped)' };
  const info = spawnSync('docker', ['info', '--format', '{{.ServerVersion}}'], { encoding: 'utf8', timeout: 20_000 });
  if (info.status !== 0) return { available: false, reason: 'real engine: not available, `docker info` does not answer (skipped)' };
  return { available: true, reason: `real engine: Docker ${info.stdout.trim()}` };
}

/** A development engine's own paths read as a default engine's (see dev-engine.sh). */
export function engineAliases(env: NodeJS.ProcessEnv = process.env): NormaliseOptions {
  const aliases: [string, string][] = [];
  if (env.DOCKERLINGS_DOCKER_ROOT) aliases.push([env.DOCKERLINGS_DOCKER_ROOT, '/var/lib/docker']);
  if (env.DOCKERLINGS_DOCKER_EXEC_ROOT) aliases.push([env.DOCKERLINGS_DOCKER_EXEC_ROOT, '/var/run/docker']);
  return { aliases };
}

/** Restarts dockerd with scripts/restart-dockerd.sh; resolves to how long it took (ms). */
export async function restartDockerd(): Promise<number> {
  const t0 = Date.now();
  const r = await execa('bash', [RESTART_SCRIPT], { reject: false, stdin: 'ignore', timeout: 120_000 });
  if (r.exitCode !== 0) throw new Error(`restart-dockerd.sh failed (exit ${r.exitCode}):\n${r.stdout}${r.stderr}`);
  return Date.now() - t0;
}

/**
 * Removes what a scenario may have created: its `dlt-` containers (with their anonymous
 * volumes) and networks. Nothing else: others may use this engine too.
 */
export async function removeResources(names: readonly string[]): Promise<void> {
  if (names.length === 0) return;
  const opts = { reject: false, stdin: 'ignore', timeout: 60_000 } as const;
  await execa('docker', ['rm', '-fv', ...names], opts);
  await execa('docker', ['network', 'rm', ...names], opts);
}

/** Clean up, restart dockerd, replay the scenario as root, clean up again. Records are raw. */
const FIXTURE_BUILD = fileURLToPath(new URL('../../.ci/fixtures/build-images.sh', import.meta.url));

/**
 * Makes sure every fixture image is there and tagged as built: an earlier test that removed
 * or retagged one would otherwise make every later `docker run` try to pull (and fail).
 * The build script skips images that are up to date, so this is cheap when nothing changed.
 */
export async function ensureFixtureImages(): Promise<void> {
  const r = await execa('bash', [FIXTURE_BUILD], { reject: false, stdin: 'ignore', timeout: 600_000 });
  if (r.exitCode !== 0) throw new Error(`build-images.sh failed (exit ${r.exitCode}):\n${r.stdout}${r.stderr}`);
}

export async function replayOnRealEngine(s: Scenario): Promise<{ records: ReplayRecord[]; restartMs: number }> {
  await removeResources(s.resources);
  await ensureFixtureImages();
  const restartMs = await restartDockerd();
  const backend = createDockerBackend({ kind: 'docker', user: 'root', timeoutMs: 60_000, track: false });
  const records: ReplayRecord[] = [];
  try {
    for await (const r of replay(backend, s.lines)) records.push(r);
  } finally {
    await backend.dispose();
    await removeResources(s.resources);
  }
  return { records, restartMs };
}

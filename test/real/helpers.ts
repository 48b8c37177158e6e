// Shared by the real-backend tests (test/real/): they run on a real engine (the REAL_ENGINE group
// of vitest.config.ts, one file at a time), and name everything they make drb-… . The fixture
// lesson (fixtures/drb-course) makes drb-l1, drb-l2, drb-lnet and drb-lvol.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURES = join(ROOT, 'test', 'real', 'fixtures');
export const LESSON_NAMES = { containers: ['drb-l1', 'drb-l2'], networks: ['drb-lnet'], volumes: ['drb-lvol'] } as const;

const opts = { reject: false, stdin: 'ignore', timeout: 120_000 } as const;

export async function docker(...args: string[]): Promise<{ stdout: string; stderr: string; exitCode: number }> {
  const r = await execa('docker', args, opts);
  return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode ?? 1 };
}

/** The names on the engine now (containers, networks, volumes), ours or not. */
export async function names(): Promise<{ containers: string[]; networks: string[]; volumes: string[] }> {
  const split = (s: string) => s.split('\n').filter(Boolean);
  return {
    containers: split((await docker('ps', '-a', '--format', '{{.Names}}')).stdout),
    networks: split((await docker('network', 'ls', '--format', '{{.Name}}')).stdout),
    volumes: split((await docker('volume', 'ls', '--format', '{{.Name}}')).stdout),
  };
}

/** Removes every drb- container, network and volume: the tests' safety net, never anyone else's. */
export async function removeOurs(): Promise<void> {
  const n = await names();
  const ours = (l: string[]) => l.filter((x) => x.startsWith('drb-'));
  if (ours(n.containers).length) await docker('rm', '-f', ...ours(n.containers));
  for (const net of ours(n.networks)) await docker('network', 'rm', net);
  if (ours(n.volumes).length) await docker('volume', 'rm', ...ours(n.volumes));
}

/** What the tests plant before a lesson: the learner's own things, which must survive it. */
export async function plant(): Promise<void> {
  await docker('network', 'create', 'drb-pnet');
  await docker('volume', 'create', 'drb-pvol');
  await docker('run', '-d', '--name', 'drb-p1', '--network', 'drb-pnet', '-v', 'drb-pvol:/data', 'busybox', 'sleep', '3600');
  await docker('create', '--name', 'drb-p2', 'busybox', 'true');
}

export const PLANTED = { containers: ['drb-p1', 'drb-p2'], networks: ['drb-pnet'], volumes: ['drb-pvol'] } as const;

/** A fresh data directory (ledger, progress, consent) for DOCKERLINGS_HOME. */
export const freshHome = (): string => mkdtempSync(join(tmpdir(), 'drb-home-'));

/** `dockerlings ARGS` in a new process, as a learner would run it. */
export async function cli(args: readonly string[], env: Record<string, string>): Promise<{ stdout: string; stderr: string; exitCode: number }> {
  const r = await execa(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'src', 'cli.ts'), ...args], { ...opts, cwd: ROOT, env });
  return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode ?? 1 };
}

export const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

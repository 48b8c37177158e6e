import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';

// `dockerlings topology`, as a learner runs it: a new process, output not a terminal.
const ROOT = join(import.meta.dirname, '..', '..');
const run = async (args: readonly string[], env: Record<string, string> = { FORCE_COLOR: '', NO_COLOR: '' }) => {
  const r = await execa(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'src', 'cli.ts'), 'topology', ...args], { reject: false, cwd: ROOT, env: { ...env }, stdin: 'ignore' });
  return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
};

describe('dockerlings topology', { timeout: 60_000 }, () => {
  const script = join(mkdtempSync(join(tmpdir(), 'topo-cli-')), 'scenario.sh');
  writeFileSync(script, '# two networks\ndocker network create mynet\ndocker run -d --name web -p 8080:80 nginx\ndocker run -d --name app --network mynet busybox sleep 1000\n');

  it('--after SCRIPT draws the host the script leaves, at --width, without colour when not a terminal', async () => {
    const r = await run(['--after', script, '--width', '60']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).not.toMatch(/\u001b\[/);
    expect(r.stdout).toContain('br-b351582077cd 172.18.0.1/16 · network mynet ·');
    for (const line of r.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(60);
  });

  it('--plain and --json give the same facts for people and for tools', async () => {
    const plain = await run(['--after', script, '--plain']);
    expect(plain.stdout).toContain('  container app: image busybox, running\n    eth0 (index 7) network mynet, address 172.18.0.2/16\n');
    const json = JSON.parse((await run(['--after', script, '--json'])).stdout) as { containers: { name: string }[]; ports: { hostPort: number }[] };
    expect(json.containers.map((c) => c.name)).toEqual(['app', 'web']);
    expect(json.ports.map((p) => p.hostPort)).toEqual([8080, 8080]);
  });

  it('refuses --after with --backend docker, and a width it cannot draw in', async () => {
    expect(await run(['--after', script, '--backend', 'docker'])).toMatchObject({ exitCode: 2, stderr: expect.stringContaining('--after replays a script on the simulator') });
    expect(await run(['--width', '12'])).toMatchObject({ exitCode: 2, stderr: expect.stringContaining('--width must be a number of columns, at least 30') });
  });
});

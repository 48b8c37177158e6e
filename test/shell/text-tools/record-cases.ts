// Records what the real tools print for every case in cases.ts into recorded.json.
// Run as root on a Debian machine with busybox installed (it drops to user nobody):
//   npx tsx test/shell/text-tools/record-cases.ts
// The GNU side runs the tool by name (bash's builtin for echo; mawk is Debian's awk), the
// busybox side `busybox <applet>` (ash's builtin for echo).
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cases, fixtureDirs, fixtureFiles, unreadable } from './cases.js';

interface Observed {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

const NOBODY = 65534;
const dir = mkdtempSync(join(tmpdir(), 'dockerlings-record-'));
chmodSync(dir, 0o755);
for (const [name, content] of Object.entries(fixtureFiles)) {
  writeFileSync(join(dir, name), content);
  chmodSync(join(dir, name), unreadable.includes(name) ? 0o600 : 0o644);
}
for (const d of fixtureDirs) mkdirSync(join(dir, d));

function run(flavor: 'gnu' | 'busybox', argv: readonly string[], stdin: string): Observed {
  const [tool = '', ...args] = argv;
  let command: string;
  let commandArgs: string[];
  if (tool === 'echo') {
    command = flavor === 'gnu' ? 'bash' : 'busybox';
    commandArgs = [...(flavor === 'gnu' ? [] : ['sh']), '-c', 'echo "$@"', 'sh', ...args];
  } else if (flavor === 'gnu') {
    command = tool;
    commandArgs = args;
  } else {
    command = 'busybox';
    commandArgs = [tool, ...args];
  }
  const r = spawnSync(command, commandArgs, {
    cwd: dir,
    input: stdin,
    uid: NOBODY,
    gid: NOBODY,
    env: { LANG: 'C.UTF-8', PATH: '/usr/local/bin:/usr/bin:/bin' },
    encoding: 'utf8',
    timeout: 2000,
  });
  return { stdout: r.stdout, stderr: r.stderr, exitCode: r.status ?? -1 };
}

const recorded = cases.map((c) => {
  const stdin = c.stdin ?? '';
  return {
    argv: c.argv,
    stdin,
    ...(c.only !== 'busybox' ? { gnu: run('gnu', c.argv, stdin) } : {}),
    ...(c.only !== 'gnu' ? { busybox: run('busybox', c.argv, stdin) } : {}),
  };
});
writeFileSync(new URL('./recorded.json', import.meta.url), `${JSON.stringify(recorded, null, 1)}\n`);
rmSync(dir, { recursive: true });
console.log(`recorded ${recorded.length} cases`);

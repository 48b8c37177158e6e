// Records how real shells run each line of lines.txt into recorded-lines.json.
// Run as root on Debian with busybox installed (the shells run as user nobody):
//   npx tsx test/shell/parse/record-lines.ts
// Each line runs in a fresh directory holding the text tools' fixture files (HOME=/root),
// followed by a line that prints `$?` on stderr. bash is interactive (`bash --norc -i`,
// fed on stdin, its start-up chatter removed), so messages read `bash: …` as in a terminal.
// busybox gets the line with `sh -c` and stdin /dev/null: an interactive ash fed on a pipe
// lets a pipeline's applets read the rest of the script; its messages are the same.
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtureDirs, fixtureFiles, unreadable } from '../text-tools/cases.js';
import { lines } from './lines.js';

const NOBODY = 65534;
const MARK = '@@RC=';

function workdir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dockerlings-lines-'));
  chmodSync(dir, 0o755);
  chownSync(dir, NOBODY, NOBODY);
  for (const [name, content] of Object.entries(fixtureFiles)) {
    writeFileSync(join(dir, name), content);
    if (unreadable.includes(name)) chmodSync(join(dir, name), 0o600);
    else chownSync(join(dir, name), NOBODY, NOBODY);
  }
  for (const d of fixtureDirs) mkdirSync(join(dir, d));
  return dir;
}

function run(flavor: 'gnu' | 'busybox', line: string): { stdout: string; stderr: string; exitCode: number } {
  const dir = workdir();
  const script = `${line}\necho "${MARK}$?" >&2\n`;
  const [command, args] = flavor === 'gnu' ? ['bash', ['--norc', '--noprofile', '--noediting', '-i']] : ['busybox', ['sh', '-c', script]];
  const r = spawnSync(command, args, {
    cwd: dir,
    input: flavor === 'gnu' ? script : '',
    uid: NOBODY,
    gid: NOBODY,
    env: { LANG: 'C.UTF-8', PATH: '/usr/local/bin:/usr/bin:/bin', HOME: '/root', PS1: '' },
    encoding: 'utf8',
    timeout: 5000,
  });
  rmSync(dir, { recursive: true, force: true });
  const stdout = r.stdout;
  let stderr = r.stderr;
  if (flavor === 'gnu') {
    stderr = stderr.replace(/^bash: cannot set terminal process group \(\d+\): Inappropriate ioctl for device\nbash: no job control in this shell\n/, '');
    stderr = stderr.replace(/exit\n$/, '');
  }
  const mark = stderr.lastIndexOf(MARK);
  if (mark < 0) return { stdout, stderr: flavor === 'gnu' ? `${stderr}exit\n` : stderr, exitCode: r.status ?? -1 };
  const exitCode = Number(/^@@RC=(\d+)/.exec(stderr.slice(mark))?.[1] ?? -1);
  return { stdout, stderr: stderr.slice(0, mark), exitCode };
}

const recorded = lines.map((line) => ({ line, gnu: run('gnu', line), busybox: run('busybox', line) }));
writeFileSync(new URL('./recorded-lines.json', import.meta.url), `${JSON.stringify(recorded, null, 1)}\n`);
console.log(`recorded ${recorded.length} lines`);

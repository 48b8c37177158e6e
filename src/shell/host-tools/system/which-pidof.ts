import { normalizePath } from '../../../sim/kernel/fs.js';
import type { CommandResult } from '../../command-result.js';
import type { ProgramContext } from '../../program.js';
import { notSimulated } from './common.js';
import { hostBinaryExists } from './host-binaries.js';

// debianutils' which (5.x: only -a) and sysvinit-utils' pidof, as the reference host runs them.

const WHICH_USAGE = 'Usage: /usr/bin/which [-a] args\n';

/** Is there an executable at this absolute path? The host's programs by Ubuntu's layout; a container's by its files. */
function executableAt(ctx: ProgramContext, abs: string): boolean {
  if (!ctx.container) return hostBinaryExists(abs);
  const node = ctx.fs.lookup(abs);
  return node?.type === 'file' && (node.mode & 0o111) !== 0;
}

/**
 * `which [-a] NAME…`: the first (or every) match along $PATH; a name with a slash is checked as
 * it is. Nothing is printed for a name not found; the status is 1 if any was not found.
 */
export function which(args: readonly string[], ctx: ProgramContext): CommandResult {
  let all = false;
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--') {
      i++;
      break;
    }
    if (!a.startsWith('-') || a === '-') break;
    // The script's getopts reads `--help` as the option `-`.
    for (const c of a.slice(1)) {
      if (c !== 'a') return { stdout: '', stderr: `Illegal option -${c}\n${WHICH_USAGE}`, exitCode: 2 };
      all = true;
    }
  }
  const names = args.slice(i);
  const path = (ctx.env.get('PATH') ?? '').split(':');
  let out = '';
  let missing = names.length === 0;
  for (const name of names) {
    if (name.includes('/')) {
      if (executableAt(ctx, normalizePath(name, ctx.place.cwd))) out += `${name}\n`;
      else missing = true;
      continue;
    }
    let found = false;
    for (const dir of path) {
      if (dir === '' || !executableAt(ctx, `${normalizePath(dir, ctx.place.cwd)}/${name}`)) continue;
      out += `${dir}/${name}\n`;
      found = true;
      if (!all) break;
    }
    if (!found) missing = true;
  }
  return { stdout: out, stderr: '', exitCode: missing ? 1 : 0 };
}

/**
 * Does process `p` run program `name`, as sysvinit's pidof decides? Its argv[0], or argv[0]'s
 * base name; its task name only when argv[0] was rewritten with spaces (setproctitle:
 * `sshd: learner [priv]`) or it has none (a kernel thread). `-bash` is not `bash`, and
 * `/usr/bin/containerd-shim-runc-v2` is not `containerd-shim`.
 */
function runs(p: { readonly argv: readonly string[]; readonly comm: string }, name: string): boolean {
  const argv0 = p.argv[0] ?? '';
  const kernelThread = argv0.startsWith('[') && argv0.endsWith(']');
  if (kernelThread) return p.comm === name;
  if (argv0 === name || argv0.slice(argv0.lastIndexOf('/') + 1) === name) return true;
  return argv0.includes(' ') && p.comm === name;
}

/** `pidof [-s] [-o PID] NAME…`: every matching PID of the host, newest first, on one line. */
export function pidof(args: readonly string[], ctx: ProgramContext): CommandResult {
  let single = false;
  const omit = new Set<number>();
  const names: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '-s') single = true;
    else if (a === '-o') {
      const v = args[++i];
      if (v === undefined) return { stdout: '', stderr: 'pidof: option requires an argument -- \'o\'\n', exitCode: 1 };
      for (const x of v.split(',')) omit.add(x === '%PPID' ? (ctx.host.kernel.procs.get(ctx.pid ?? -1)?.ppid ?? -1) : Number(x));
    } else if (a === '-x' || a === '-c' || a === '-n' || a === '-q' || a === '-w') return notSimulated(`pidof ${a}`);
    else if (a.startsWith('-') && a.length > 1) return notSimulated(`pidof ${a}`);
    else names.push(a);
  }
  const procs = ctx.host.kernel.procs.list();
  const found: number[] = [];
  for (const name of names) {
    for (const p of [...procs].reverse()) {
      if (p.pid === ctx.pid || omit.has(p.pid) || found.includes(p.pid) || !runs(p, name)) continue;
      found.push(p.pid);
      if (single) break;
    }
  }
  if (found.length === 0) return { stdout: '', stderr: '', exitCode: 1 };
  return { stdout: `${found.join(' ')}\n`, stderr: '', exitCode: 0 };
}

import { netnsOf } from '../../../sim/procfs.js';
import type { CommandResult } from '../../command-result.js';
import type { HostPlace } from '../../place.js';
import type { ProgramContext } from '../../program.js';
import { notSimulated } from './common.js';

// util-linux nsenter (2.38.1's texts, recorded on the reference host): runs a *host* program
// in the namespaces of another process. Only the network namespace is simulated — the one a
// Docker lesson needs (`nsenter -t PID -n ip addr`, `nsenter -n -t PID iptables -t nat -S`).

const USAGE = `
Usage:
 nsenter [options] [<program> [<argument>...]]

Run a program with namespaces of other processes.

Options:
 -a, --all              enter all namespaces
 -t, --target <pid>     target process to get namespaces from
 -m, --mount[=<file>]   enter mount namespace
 -u, --uts[=<file>]     enter UTS namespace (hostname etc)
 -i, --ipc[=<file>]     enter System V IPC namespace
 -n, --net[=<file>]     enter network namespace
 -p, --pid[=<file>]     enter pid namespace
 -C, --cgroup[=<file>]  enter cgroup namespace
 -U, --user[=<file>]    enter user namespace
 -T, --time[=<file>]    enter time namespace
 -S, --setuid <uid>     set uid in entered namespace
 -G, --setgid <gid>     set gid in entered namespace
     --preserve-credentials do not touch uids or gids
 -r, --root[=<dir>]     set the root directory
 -w, --wd[=<dir>]       set the working directory
 -W. --wdns <dir>       set the working directory in namespace
 -F, --no-fork          do not fork before exec'ing <program>
 -Z, --follow-context   set SELinux context according to --target PID

 -h, --help             display this help
 -V, --version          display version

For more details see nsenter(1).
`;

const TRY = "Try 'nsenter --help' for more information.\n";

/** getopt_long's table: the short letter each long option stands for, and its argument. */
const LONG: readonly (readonly [string, string, 'none' | 'required' | 'optional'])[] = [
  ['all', 'a', 'none'], ['help', 'h', 'none'], ['version', 'V', 'none'], ['target', 't', 'required'],
  ['mount', 'm', 'optional'], ['uts', 'u', 'optional'], ['ipc', 'i', 'optional'], ['net', 'n', 'optional'],
  ['pid', 'p', 'optional'], ['user', 'U', 'optional'], ['cgroup', 'C', 'optional'], ['time', 'T', 'optional'],
  ['setuid', 'S', 'required'], ['setgid', 'G', 'required'], ['root', 'r', 'optional'], ['wd', 'w', 'optional'],
  ['wdns', 'W', 'required'], ['no-fork', 'F', 'none'], ['preserve-credentials', 'P', 'none'], ['follow-context', 'Z', 'none'],
];
/** The short options ("+ahVt:m::u::i::n::p::C::U::T::S:G:r::w::W::FZ"). */
const SHORT: Readonly<Record<string, 'none' | 'required' | 'optional'>> = {
  a: 'none', h: 'none', V: 'none', t: 'required', m: 'optional', u: 'optional', i: 'optional', n: 'optional', p: 'optional',
  C: 'optional', U: 'optional', T: 'optional', S: 'required', G: 'required', r: 'optional', w: 'optional', W: 'required', F: 'none', Z: 'none',
};

/** Shell builtins are no programs: nsenter finds no `cd` to execute. */
const NOT_PROGRAMS = new Set(['cd', 'exit', 'logout', 'export', 'unset', 'history', 'source', '.', 'alias', 'umask']);

const fail = (message: string): CommandResult => ({ stdout: '', stderr: `nsenter: ${message}\n`, exitCode: 1 });

type Parsed = { readonly opts: readonly (readonly [string, string | undefined])[]; readonly command: readonly string[] } | { readonly error: CommandResult };

/** getopt_long with a leading '+': options until the first word that is not one; long names by unambiguous prefix. */
function parse(args: readonly string[]): Parsed {
  const opts: [string, string | undefined][] = [];
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--') {
      i++;
      break;
    }
    if (!a.startsWith('-') || a === '-') break;
    if (a.startsWith('--')) {
      const [name = '', value] = a.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      const exact = LONG.find(([n]) => n === name);
      const found = exact ? [exact] : LONG.filter(([n]) => n.startsWith(name));
      if (found.length === 0) return { error: { stdout: '', stderr: `nsenter: unrecognized option '${a}'\n${TRY}`, exitCode: 1 } };
      if (found.length > 1) return { error: { stdout: '', stderr: `nsenter: option '${a}' is ambiguous; possibilities:${found.map(([n]) => ` '--${n}'`).join('')}\n${TRY}`, exitCode: 1 } };
      const [long, short, arg] = found[0] as (typeof LONG)[number];
      if (arg === 'none' && value !== undefined) return { error: { stdout: '', stderr: `nsenter: option '--${long}' doesn't allow an argument\n${TRY}`, exitCode: 1 } };
      if (arg === 'required' && value === undefined) {
        const next = args[i + 1];
        if (next === undefined) return { error: { stdout: '', stderr: `nsenter: option '--${long}' requires an argument\n${TRY}`, exitCode: 1 } };
        opts.push([short, next]);
        i++;
      } else opts.push([short, value]);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const c = a[j] as string;
      const arg = SHORT[c];
      if (arg === undefined) return { error: { stdout: '', stderr: `nsenter: invalid option -- '${c}'\n${TRY}`, exitCode: 1 } };
      if (arg === 'none') {
        opts.push([c, undefined]);
        continue;
      }
      const rest = a.slice(j + 1);
      if (rest) opts.push([c, rest]);
      else if (arg === 'optional') opts.push([c, undefined]);
      else {
        const next = args[i + 1];
        if (next === undefined) return { error: { stdout: '', stderr: `nsenter: option requires an argument -- '${c}'\n${TRY}`, exitCode: 1 } };
        opts.push([c, next]);
        i++;
      }
      break;
    }
  }
  return { opts, command: args.slice(i) };
}

/** strtoul_or_err for a pid: digits (a leading minus wraps, as the C conversion does), else an error. */
function parsePid(s: string): number | undefined {
  const m = /^\s*([+-]?)(\d+)$/.exec(s);
  if (!m) return undefined;
  const n = Number(m[2]);
  return m[1] === '-' ? (0x100000000 - n) >>> 0 : n;
}

/**
 * The network namespace a file names: /proc/PID/ns/net of a process, or the bind mounts dockerd
 * keeps under /var/run/docker/netns (its sandbox keys). 'denied' and 'missing' as open(2) fails.
 */
function netnsOfPid(ctx: ProgramContext, pid: number, me: HostPlace): string | 'missing' | 'denied' {
  const p = ctx.host.kernel.procs.get(pid);
  if (!p) return 'missing';
  // Opening another user's /proc/PID/ns/* needs ptrace access (PTRACE_MODE_READ): root, or the same user.
  if (me.uid !== 0 && p.user !== me.user) return 'denied';
  return netnsOf(ctx.host.daemon, p);
}

/**
 * `nsenter [-t PID] -n [--] [PROGRAM ARGS…]`: PROGRAM (the host's, with the host's files) sees the
 * target's network devices, routes, iptables and sockets. Without PROGRAM it starts $SHELL there.
 */
export function nsenter(args: readonly string[], ctx: ProgramContext): CommandResult {
  const from = ctx.place;
  if (from.kind !== 'host' || !ctx.inPlace) return notSimulated('nsenter', 127);
  const parsed = parse(args);
  if ('error' in parsed) return parsed.error;
  let target: number | undefined;
  let net = false;
  let netFile: string | undefined;
  for (const [c] of parsed.opts) {
    if (c === 'h') return { stdout: USAGE, stderr: '', exitCode: 0 };
    if (c === 'V') return { stdout: 'nsenter from util-linux 2.38.1\n', stderr: '', exitCode: 0 };
  }
  for (const [c, v] of parsed.opts) {
    if (c === 't') {
      const pid = parsePid(v ?? '');
      if (pid === undefined) return fail(`failed to parse pid: '${v ?? ''}'`);
      target = pid;
    } else if (c === 'n') {
      net = true;
      // --net=FILE is opened while the options are read.
      if (v !== undefined) {
        const where = fileNetns(ctx, v, from);
        if (where === 'missing') return fail(`cannot open ${v}: No such file or directory`);
        if (where === 'denied') return fail(`cannot open ${v}: Permission denied`);
        if (where === 'unknown') return notSimulated(`nsenter --net=${v}`);
        netFile = where;
      }
    } else if (c === 'F') continue;
    else {
      const long = LONG.find(([, s]) => s === c)?.[0] ?? c;
      return notSimulated(`nsenter --${long}`);
    }
  }
  let netns: string | undefined;
  if (net && netFile !== undefined) netns = netFile;
  else if (net) {
    if (!target) return fail('neither filename nor target pid supplied for ns/net');
    const where = netnsOfPid(ctx, target, from);
    if (where === 'missing') return fail(`cannot open /proc/${target}/ns/net: No such file or directory`);
    if (where === 'denied') return fail(`cannot open /proc/${target}/ns/net: Permission denied`);
    netns = where;
  }
  // setns(2) needs CAP_SYS_ADMIN, even to enter one's own namespace.
  if (netns !== undefined && from.uid !== 0) return fail("reassociate to namespace 'ns/net' failed: Operation not permitted");
  const place: HostPlace = { ...from, ...(netns !== undefined ? { netns } : {}), ...(ctx.pid !== undefined ? { pid: ctx.pid } : {}) };
  const [name, ...rest] = parsed.command;
  if (name === undefined) {
    const shell = ctx.env.get('SHELL') ?? '/bin/sh';
    if (!/(^|\/)bash$/.test(shell)) return notSimulated(`nsenter (shell ${shell})`);
    // exec_shell(): nsenter becomes `-bash` (a login shell: its exit says logout), in the same process.
    const procs = ctx.host.kernel.procs;
    const self = ctx.pid !== undefined ? procs.get(ctx.pid) : undefined;
    if (self) procs.spawn({ pid: self.pid, ppid: self.ppid, user: self.user, argv: ['-bash'], started: self.started, ...(self.tty ? { tty: self.tty } : {}) });
    ctx.enter({ ...place, login: true, env: new Map(from.env), vars: new Map(from.env) });
    return { stdout: '', stderr: '', exitCode: 0 };
  }
  if (NOT_PROGRAMS.has(name)) return { stdout: '', stderr: `nsenter: failed to execute ${name}: No such file or directory\n`, exitCode: 127 };
  const r = ctx.inPlace(place).exec([name, ...rest], ctx.stdin);
  if (r.exitCode === 127 && r.stderr === `bash: ${name}: command not found\n`) return { stdout: r.stdout, stderr: `nsenter: failed to execute ${name}: No such file or directory\n`, exitCode: 127 };
  return r;
}

/** `--net=FILE`: /proc/PID/ns/net, or a sandbox's file under /var/run/docker/netns. */
function fileNetns(ctx: ProgramContext, file: string, me: HostPlace): string | 'missing' | 'denied' | 'unknown' {
  const proc = /^\/proc\/(\d+)\/ns\/net$/.exec(file);
  if (proc) return netnsOfPid(ctx, Number(proc[1]), me);
  if (!/^\/(var\/)?run\/docker\/netns\/[^/]+$/.test(file)) return 'unknown';
  // /var/run/docker is root's alone (0700).
  if (me.uid !== 0) return 'denied';
  const path = file.startsWith('/run/') ? `/var${file}` : file;
  const sandbox = [...ctx.host.daemon.sandboxes.values()].find((sb) => sb.path === path)?.key;
  if (sandbox) return sandbox;
  // An overlay's own namespace and its load balancer's are named as their files are.
  const name = path.slice(path.lastIndexOf('/') + 1);
  return /^(1-|lb_)/.test(name) && ctx.host.kernel.net.namespaces.has(name) ? name : 'missing';
}

import type { Process } from '../../../../sim/kernel/processes.js';
import type { ProgramContext } from '../../../program.js';
import { type Traits, traitsOf } from '../../../../sim/kernel/process-traits.js';

/** A process as the viewer's PID namespace shows it: the host sees every process, a container only its own. */
export interface ProcRow {
  readonly proc: Process;
  readonly pid: number;
  /** 0 when the parent is outside the viewer's namespace (a container's PID 1, an exec'd process). */
  readonly ppid: number;
  readonly user: string;
  readonly uid: number;
  readonly gid: number;
  readonly group: string;
  /** `pts/0`, `tty1`, or undefined for none (`?`). */
  readonly tty: string | undefined;
  readonly comm: string;
  /** The command line as /proc/PID/cmdline has it; empty for kernel threads. */
  readonly argv: readonly string[];
  readonly started: number;
  readonly traits: Traits;
  /** Is it the ps (or pgrep…) that is looking? */
  readonly self: boolean;
  readonly sessionLeader: boolean;
  readonly foreground: boolean;
}

/** The namespace a program looks from: 'host' or its container's id. */
export function pidnsOf(ctx: ProgramContext): string {
  return ctx.container ? ctx.container.id : 'host';
}

/** Users and groups by id, from the viewer's own /etc/passwd and /etc/group. */
export function accounts(ctx: ProgramContext): { user(uid: number): string | undefined; uid(name: string): number | undefined; group(gid: number): string | undefined } {
  const read = (path: string) => {
    const r = ctx.fs.read(path);
    return r.ok ? r.content.split('\n').filter(Boolean).map((l) => l.split(':')) : [];
  };
  const passwd = read('/etc/passwd');
  const groups = read('/etc/group');
  return {
    user: (uid) => passwd.find((f) => Number(f[2]) === uid)?.[0],
    uid: (name) => {
      const f = passwd.find((x) => x[0] === name);
      return f ? Number(f[2]) : undefined;
    },
    group: (gid) => groups.find((f) => Number(f[2]) === gid)?.[0],
  };
}

/** Every process the viewer can see, in PID order, with what ps needs. */
export function processRows(ctx: ProgramContext): ProcRow[] {
  const ns = pidnsOf(ctx);
  const procs = ctx.host.kernel.procs;
  const all = ns === 'host' ? procs.list() : procs.inNamespace(ns);
  const busyboxIn = (p: Process) => p.pidns !== 'host' && ctx.host.daemon.images.get(ctx.host.daemon.containers.get(p.pidns)?.config.imageId ?? '')?.spec.userland.flavor === 'busybox';
  const hostDb = ctx.host.kernel.users;
  const acc = accounts(ctx);
  // A few users own thousands of processes: resolve each name once.
  const owners = new Map<string, { uid: number; gid: number; user: string; group: string }>();
  const ownerOf = (name: string) => {
    let o = owners.get(name);
    if (!o) {
      const hostUser = hostDb.user(name);
      const uid = hostUser?.uid ?? 0;
      const gid = hostUser?.gid ?? 0;
      const user = ns === 'host' ? name : (acc.user(uid) ?? String(uid));
      const group = (ns === 'host' ? hostDb.groupById(gid)?.name : acc.group(gid)) ?? String(gid);
      o = { uid, gid, user, group };
      owners.set(name, o);
    }
    return o;
  };
  const rows = all.map((p): ProcRow => {
    const parent = procs.get(p.ppid);
    const visibleParent = parent && (ns === 'host' || parent.pidns === ns) ? parent : undefined;
    const pid = ns === 'host' ? p.pid : p.nsPid;
    const ppid = visibleParent ? (ns === 'host' ? visibleParent.pid : visibleParent.nsPid) : 0;
    const { uid, gid, user, group } = ownerOf(p.user);
    const kthread = p.pid === 2 || p.ppid === 2;
    const sessionLeader = p.pidns !== 'host'
      ? !parent || parent.pidns !== p.pidns
      : (p.ppid === 1 && p.comm !== 'containerd-shim') || p.pid === 1 || p.argv[0] === '-bash' || / \[priv\]$/.test(p.argv[0] ?? '');
    return {
      proc: p, pid, ppid, user, uid, gid, group,
      tty: p.tty, comm: p.comm, argv: kthread ? [] : p.argv, started: p.started,
      traits: traitsOf(p, busyboxIn(p)),
      self: p.pid === ctx.pid,
      sessionLeader: sessionLeader && !kthread,
      foreground: p.pid === ctx.pid || p.comm === 'agetty',
    };
  });
  return rows;
}

/** BSD-style STAT: state, priority, session leader, threads, foreground (`Ssl`, `R+`, `I<`). */
export function statOf(r: ProcRow): string {
  const t = r.traits;
  return `${r.self ? 'R' : t.state}${t.prio ?? ''}${r.sessionLeader ? 's' : ''}${t.threads > 1 ? 'l' : ''}${r.foreground && r.tty ? '+' : ''}`;
}

/** The command line as ps's args shows it: kernel threads, having none, show `[comm]`. */
export function argsOf(r: ProcRow): string {
  return r.argv.length > 0 ? r.argv.join(' ') : `[${r.comm}]`;
}

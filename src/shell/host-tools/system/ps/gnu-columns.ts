import { argsOf, type ProcRow, statOf } from '../procs/view.js';
import { bsdTime, cpuTime, elapsed, longStamp, startClock, startStamp } from '../procs/time-format.js';
import { cgroupOf } from '../../../../sim/kernel/cgroups.js';
import { labelOf } from '../procs/cgroups.js';

/** What a column's value may depend on besides the process. */
export interface ColumnEnv {
  readonly now: number;
  /** MemTotal in KiB, for %MEM. */
  readonly memKb: number;
  /** ps's --forest prefix for this row, if any. */
  readonly forest: string;
}

/**
 * How a column is printed: `num` right-aligned and never cut; `user` cut to `name+` when it
 * does not fit; `text` cut to the column's width unless it is the last column.
 */
export interface ColumnSpec {
  readonly header: string;
  readonly width: number | 'pid';
  readonly align: 'L' | 'R';
  readonly kind: 'num' | 'user' | 'text';
  value(r: ProcRow, env: ColumnEnv): string;
}

const secondsSince = (r: ProcRow, now: number) => Math.max(0, Math.floor((now - r.started) / 1000));
const num = (header: string, width: number | 'pid', value: ColumnSpec['value']): ColumnSpec => ({ header, width, align: 'R', kind: 'num', value });
const text = (header: string, width: number, value: ColumnSpec['value']): ColumnSpec => ({ header, width, align: 'L', kind: 'text', value });
const user = (header: string, value: ColumnSpec['value']): ColumnSpec => ({ header, width: 8, align: 'L', kind: 'user', value });

const pid = (r: ProcRow) => String(r.pid);
/** A process group: session leaders and what a shell runs lead their own (job control); others share their parent's. */
const pgid = (r: ProcRow) => String(r.sessionLeader || r.self ? r.pid : r.ppid);
const sid = (r: ProcRow) => String(r.sessionLeader ? r.pid : r.ppid);
const tty = (r: ProcRow) => r.tty ?? '?';
const pcpu = (r: ProcRow, env: ColumnEnv) => {
  const secs = secondsSince(r, env.now);
  return secs === 0 ? '0.0' : ((r.traits.cpu * 100) / secs).toFixed(1);
};
const pmem = (r: ProcRow, env: ColumnEnv) => ((r.traits.rss * 100) / env.memKb).toFixed(1);
const WAITERS = ['bash', 'sh', 'sudo', 'su', 'newgrp', 'sshd', 'agetty', 'systemd', '(sd-pam)'];
/** Where a sleeping process waits in the kernel, as /proc/PID/wchan names it (cut to 6 by ps). */
const wchan = (r: ProcRow) => (r.self || r.argv.length === 0 ? '-' : WAITERS.includes(r.comm) ? 'do_wai' : r.comm === 'sleep' ? 'hrtime' : 'ep_pol');
const comm = (r: ProcRow, env: ColumnEnv) => env.forest + r.comm;
const args = (r: ProcRow, env: ColumnEnv) => env.forest + argsOf(r);
const nice = (r: ProcRow) => (r.traits.prio === '<' ? -20 : r.traits.prio === 'N' ? 5 : 0);

const A = (...names: string[]) => names;

/** procps's format specifiers: header, width, alignment (widths as procps-ng prints them). */
const TABLE: readonly [readonly string[], ColumnSpec][] = [
  [A('pid', 'tgid'), num('PID', 'pid', pid)],
  [A('ppid'), num('PPID', 'pid', (r) => String(r.ppid))],
  [A('pgid'), num('PGID', 'pid', pgid)],
  [A('pgrp'), num('PGRP', 'pid', pgid)],
  [A('sid'), num('SID', 'pid', sid)],
  [A('sess', 'session'), num('SESS', 'pid', sid)],
  [A('lwp', 'tid', 'spid'), num('LWP', 'pid', pid)],
  [A('uid', 'euid'), num('UID', 5, (r) => String(r.uid))],
  [A('ruid'), num('RUID', 5, (r) => String(r.uid))],
  [A('gid', 'egid'), num('GID', 5, (r) => String(r.gid))],
  [A('rgid'), num('RGID', 5, (r) => String(r.gid))],
  [A('user', 'uname', 'euser'), user('USER', (r) => r.user)],
  [A('ruser'), user('RUSER', (r) => r.user)],
  [A('group', 'egroup'), user('GROUP', (r) => r.group)],
  [A('rgroup'), user('RGROUP', (r) => r.group)],
  [A('uid_hack'), user('UID', (r) => r.user)],
  [A('comm', 'ucomm'), text('COMMAND', 15, comm)],
  [A('ucmd'), text('CMD', 15, comm)],
  [A('cmd'), text('CMD', 27, args)],
  [A('args', 'command'), text('COMMAND', 27, args)],
  [A('stat'), text('STAT', 4, statOf)],
  [A('s', 'state'), text('S', 1, (r) => statOf(r).slice(0, 1))],
  [A('tty', 'tt'), text('TT', 8, tty)],
  [A('tname'), text('TTY', 8, tty)],
  [A('etime'), num('ELAPSED', 11, (r, e) => elapsed(secondsSince(r, e.now)))],
  [A('etimes'), num('ELAPSED', 7, (r, e) => String(secondsSince(r, e.now)))],
  [A('time', 'cputime'), num('TIME', 8, (r) => cpuTime(r.traits.cpu))],
  [A('bsdtime'), num('TIME', 6, (r) => bsdTime(r.traits.cpu))],
  [A('rss', 'rssize'), num('RSS', 5, (r) => String(r.traits.rss))],
  [A('rsz'), num('RSZ', 5, (r) => String(r.traits.rss))],
  [A('vsz', 'vsize'), num('VSZ', 6, (r) => String(r.traits.vsz))],
  [A('sz'), num('SZ', 5, (r) => String(Math.ceil(r.traits.vsz / 4)))],
  [A('pcpu', '%cpu'), num('%CPU', 4, pcpu)],
  [A('pmem', '%mem'), num('%MEM', 4, pmem)],
  [A('c'), num('C', 2, () => '0')],
  [A('cp'), num('CP', 3, () => '0')],
  [A('lstart'), num('STARTED', 24, (r) => longStamp(r.started))],
  [A('start'), num('STARTED', 8, (r, e) => startClock(r.started, e.now))],
  [A('stime'), num('STIME', 5, (r, e) => startStamp(r.started, e.now))],
  [A('start_time'), num('START', 5, (r, e) => startStamp(r.started, e.now))],
  [A('bsdstart'), num('START', 6, (r, e) => startStamp(r.started, e.now))],
  [A('ni', 'nice'), num('NI', 3, (r) => String(nice(r)))],
  [A('pri'), num('PRI', 3, (r) => String(19 - nice(r)))],
  [A('opri'), num('PRI', 3, (r) => String(80 + nice(r)))],
  [A('f', 'flags'), num('F', 1, (r) => (r.argv.length === 0 ? '1' : r.uid === 0 ? '4' : '0'))],
  [A('psr'), num('PSR', 3, (r) => String(r.pid % 2))],
  [A('addr'), num('ADDR', 4, () => '-')],
  [A('wchan'), text('WCHAN', 6, wchan)],
  [A('nlwp'), num('NLWP', 4, (r) => String(r.traits.threads))],
  [A('thcount'), num('THCNT', 5, (r) => String(r.traits.threads))],
  [A('label'), text('LABEL', 31, labelOf)],
  [A('cgroup'), text('CGROUP', 27, (r) => cgroupOf(r.proc))],
];

const BY_NAME = new Map<string, ColumnSpec>(TABLE.flatMap(([names, spec]) => names.map((n) => [n, spec] as const)));

export function columnSpec(name: string): ColumnSpec | undefined {
  return BY_NAME.get(name);
}

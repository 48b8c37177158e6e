import { MEM_TOTAL_KB, PID_MAX } from '../../../../sim/host-identity.js';
import { type CommandResult, fail } from '../../../command-result.js';
import type { ProgramContext } from '../../../program.js';
import { notSimulated } from '../common.js';
import { type ProcRow, processRows } from '../procs/view.js';
import { type ParseResult, parsePsArgs, type PsOptions } from './gnu-args.js';
import { type ColumnEnv, type ColumnSpec, columnSpec } from './gnu-columns.js';
import { type Cell, layoutLine } from './gnu-layout.js';

/** procps-ng's usage text after an option error (stderr, status 1). */
export const PS_USAGE = "\nUsage:\n ps [options]\n\n Try 'ps --help <simple|list|output|threads|misc|all>'\n  or 'ps --help <s|l|o|t|m|a>'\n for additional help text.\n\nFor more details see ps(1).\n";

/** PIDs are as wide as pid_max's digits (7 on Ubuntu 22.04, where systemd raises it). */
const PID_WIDTH = String(PID_MAX).length;

const FORMATS: Readonly<Record<Exclude<PsOptions['format'], 'custom'>, string>> = {
  default: 'pid,tname,time,ucmd',
  full: 'uid_hack,pid,ppid,c,stime,tname,time,cmd',
  extra: 'uid_hack,pid,ppid,c,sz,rss,psr,stime,tname,time,cmd',
  long: 'f,s,uid,pid,ppid,c,opri,ni,addr,sz,wchan,tname,time,ucmd',
  bsd: 'pid,tname,stat,bsdtime,args',
  user: 'user,pid,pcpu,pmem,vsz,rss,tname,stat,start_time,bsdtime,args',
};

interface Column {
  readonly spec: ColumnSpec;
  readonly header: string;
  readonly width: number;
}

type Columns = { ok: true; columns: Column[] } | { ok: false; error: string };

/** `-o pid,comm=NAME,cmd:20`: a header after `=` runs to the next comma or blank (procps-ng 4 reads it so). */
function parseColumns(lists: readonly string[]): Columns {
  const columns: Column[] = [];
  for (const list of lists) {
    let rest = list;
    while (rest !== '') {
      const m = /^\s*([^,=:\s]+)(?::(\d+))?/.exec(rest);
      if (!m) return { ok: false, error: 'improper format list' };
      const name = m[1] as string;
      const spec = columnSpec(name);
      if (!spec) return { ok: false, error: `unknown user-defined format specifier "${name}"` };
      rest = rest.slice(m[0].length);
      let header = spec.header;
      if (rest.startsWith('=')) {
        const h = /^=([^,\s]*)/.exec(rest) as RegExpExecArray;
        header = h[1] as string;
        rest = rest.slice(h[0].length);
      }
      rest = rest.replace(/^[,\s]+/, '');
      const base = spec.width === 'pid' ? PID_WIDTH : spec.width;
      columns.push({ spec, header, width: m[2] !== undefined ? Number(m[2]) : base });
    }
  }
  return { ok: true, columns };
}

/**
 * `-C NAME`: procps compares the task name with strncmp(…, 15), the kernel's TASK_COMM_LEN:
 * `-C containerd-shim-runc-v2` finds `containerd-shim`; a name shorter than the task's does not.
 */
const sameComm = (comm: string, name: string): boolean => comm.slice(0, 15) === name.slice(0, 15);

/** The procps-ng of this ps: the host's (Ubuntu 22.04), or the image's own in a container. */
function procpsVersion(ctx: ProgramContext): string {
  const image = ctx.container ? ctx.host.daemon.images.get(ctx.container.config.imageId) : undefined;
  return image?.spec.userland.procps ?? '3.3.17';
}

/** Which processes: the listed ones if any list was given, else all, else mine on my terminal. */
function select(rows: readonly ProcRow[], o: PsOptions, ctx: ProgramContext): ProcRow[] {
  if (o.all) return [...rows];
  const lists = o.pids.length + o.ppids.length + o.commands.length + o.users.length + o.ttys.length;
  const me = rows.find((r) => r.self);
  const myUser = me?.user ?? (ctx.cred.uid === 0 ? 'root' : ctx.place.kind === 'host' ? ctx.place.user : 'root');
  const myTty = me?.tty;
  if (lists > 0 || o.bsdA || o.bsdX || o.unixA) {
    return rows.filter((r) =>
      o.pids.includes(r.pid) || o.ppids.includes(r.ppid) || o.commands.some((c) => sameComm(r.comm, c)) || o.users.includes(r.user) || o.users.includes(String(r.uid))
      || o.ttys.includes(r.tty ?? '?')
      || (o.bsdA && r.tty !== undefined)
      || (o.bsdX && !o.bsdA && r.user === myUser)
      || (o.unixA && r.tty !== undefined && !r.sessionLeader));
  }
  return rows.filter((r) => r.user === myUser && r.tty === myTty);
}

/** --forest: depth-first from the roots, each child's command prefixed ` \_ `. */
function forest(rows: readonly ProcRow[]): { row: ProcRow; prefix: string }[] {
  const byPid = new Set(rows.map((r) => r.pid));
  const out: { row: ProcRow; prefix: string }[] = [];
  const walk = (r: ProcRow, depth: number) => {
    out.push({ row: r, prefix: depth === 0 ? '' : `${'    '.repeat(depth - 1)} \\_ ` });
    for (const c of rows) if (c.ppid === r.pid && c !== r) walk(c, depth + 1);
  };
  for (const r of rows) if (!byPid.has(r.ppid) || r.ppid === r.pid) walk(r, 0);
  return out;
}

function cellOf(col: Column, text: string, last: boolean): Cell {
  let t = text;
  if (!last && t.length > col.width) {
    if (col.spec.kind === 'text') t = t.slice(0, col.width);
    else if (col.spec.kind === 'user') t = `${t.slice(0, col.width - 1)}+`;
  }
  return { text: t, width: col.width, align: col.spec.align };
}

const usageError = (message: string): CommandResult => fail(`error: ${message}\n${PS_USAGE}`, 1);

/** procps-ng `ps` (Ubuntu 22.04's 3.3.17): selections, the usual formats and `-o`. */
export function gnuPs(args: readonly string[], ctx: ProgramContext): CommandResult {
  const parsed: ParseResult = parsePsArgs(args);
  if (!parsed.ok) return usageError(parsed.error);
  const o = parsed.options;
  if (o.help) return { stdout: PS_USAGE, stderr: '', exitCode: 0 };
  if (o.version) return { stdout: `ps from procps-ng ${procpsVersion(ctx)}\n`, stderr: '', exitCode: 0 };
  if (o.notSimulated) return notSimulated(`ps ${o.notSimulated}`, 1);
  const all = processRows(ctx);
  for (const u of o.users) {
    if (!/^\d+$/.test(u) && !all.some((r) => r.user === u) && !ctx.host.kernel.users.user(u)) return usageError('user name does not exist');
  }
  const lists = o.format === 'custom' ? o.columns : [o.format === 'long' && o.longY ? 'S,uid,pid,ppid,c,opri,ni,rss,sz,wchan,tname,time,ucmd' : FORMATS[o.format]];
  const cols = parseColumns(lists.map((l) => l.replace(/^S,/, 's,')));
  if (!cols.ok) return usageError(cols.error);
  let columns = cols.columns;
  if (o.format === 'long' && o.longY) columns = columns.map((c, i) => (i === 0 ? { ...c, header: 'S' } : c));
  const chosen = select(all, o, ctx);
  const rows = o.forest ? forest(chosen) : chosen.map((row) => ({ row, prefix: '' }));
  const now = ctx.host.clock.now();
  const lines: string[] = [];
  if (!o.noHeaders && columns.some((c) => c.header !== '')) {
    lines.push(layoutLine(columns.map((c) => ({ text: c.header, width: c.width, align: c.spec.align }))));
  }
  for (const { row, prefix } of rows) {
    const env: ColumnEnv = { now, memKb: MEM_TOTAL_KB, forest: prefix };
    lines.push(layoutLine(columns.map((c, i) => cellOf(c, c.spec.value(row, env), i === columns.length - 1))));
  }
  return { stdout: lines.map((l) => `${l}\n`).join(''), stderr: '', exitCode: chosen.length > 0 ? 0 : 1 };
}


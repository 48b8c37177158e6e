import type { CommandResult } from '../../../command-result.js';
import type { ProgramContext } from '../../../program.js';
import { getopt } from '../../../text-tools/getopt.js';
import { bbUsage } from '../busybox-usage.js';
import { type ProcRow, processRows } from '../procs/view.js';

// busybox ps as Debian's static build (the fixture images) has it: the DESKTOP variant with
// -o and -T, but no TIME column (FEATURE_PS_TIME is off there): `PID   USER     COMMAND`.

interface BbColumn {
  readonly name: string;
  readonly header: string;
  readonly width: number;
  readonly right: boolean;
  value(r: ProcRow): string;
}

/** busybox's smart_ulltoa4: four characters, scaled past 9999 (`1.2g`). */
function ulltoa4(value: number): string {
  let ul = value;
  let idx = 0;
  if (ul > 9999) {
    ul *= 10;
    do {
      ul = Math.floor(ul / 1024);
      idx++;
    } while (ul >= 10000);
  }
  if (idx === 0) return String(ul).padStart(4);
  const u = Math.floor(ul / 10);
  const v = ul % 10;
  const unit = ' mgtpezy'[idx] as string;
  return u >= 10 ? `${String(u).padStart(3)}${unit}` : `${u}.${v}${unit}`;
}

/** `{comm} cmdline` when the task name is not the start of argv[0]'s base name; `[comm]` without a cmdline. */
function bbArgs(r: ProcRow): string {
  if (r.argv.length === 0) return `[${r.comm}]`;
  const a0 = r.argv[0] as string;
  const base = a0.slice(a0.lastIndexOf('/') + 1);
  const cmdline = r.argv.join(' ');
  return base.startsWith(r.comm) ? cmdline : `{${r.comm}} ${cmdline}`;
}

/** A pseudo-terminal inside a container has no name busybox can find: it prints major,minor. */
const bbTty = (r: ProcRow) => (r.tty === undefined ? '?' : r.tty.startsWith('pts/') ? `136,${r.tty.slice(4)}` : r.tty);

const nice = (r: ProcRow) => (r.traits.prio === '<' ? '-20' : r.traits.prio === 'N' ? '5' : '0');

const COLUMNS: readonly BbColumn[] = [
  { name: 'user', header: 'USER', width: 8, right: false, value: (r) => r.user },
  { name: 'group', header: 'GROUP', width: 8, right: false, value: (r) => r.group },
  { name: 'comm', header: 'COMMAND', width: 16, right: false, value: (r) => r.comm },
  { name: 'args', header: 'COMMAND', width: 0, right: false, value: bbArgs },
  { name: 'pid', header: 'PID', width: 5, right: true, value: (r) => String(r.pid) },
  { name: 'ppid', header: 'PPID', width: 5, right: true, value: (r) => String(r.ppid) },
  { name: 'pgid', header: 'PGID', width: 5, right: true, value: (r) => String(r.sessionLeader || r.self ? r.pid : r.ppid) },
  { name: 'nice', header: 'NI', width: 5, right: true, value: nice },
  { name: 'rgroup', header: 'RGROUP', width: 8, right: false, value: (r) => r.group },
  { name: 'ruser', header: 'RUSER', width: 8, right: false, value: (r) => r.user },
  { name: 'tty', header: 'TT', width: 6, right: false, value: bbTty },
  { name: 'vsz', header: 'VSZ', width: 4, right: true, value: (r) => ulltoa4(r.traits.vsz) },
  { name: 'sid', header: 'SID', width: 5, right: true, value: (r) => String(r.sessionLeader ? r.pid : r.ppid) },
  { name: 'stat', header: 'STAT', width: 4, right: false, value: (r) => `${r.self ? 'R' : r.traits.state}${r.traits.vsz === 0 ? 'W' : ' '}${r.traits.prio ?? ' '}` },
  { name: 'rss', header: 'RSS', width: 4, right: true, value: (r) => ulltoa4(r.traits.rss) },
];

const SUPPORTED = COLUMNS.map((c) => c.name).join(',');

type Parsed = { ok: true; columns: { col: BbColumn; header: string; width: number }[] } | { ok: false; bad: string };

function parseO(lists: readonly string[]): Parsed {
  const columns: { col: BbColumn; header: string; width: number }[] = [];
  for (const list of lists) {
    for (const item of list.split(',')) {
      const eq = item.indexOf('=');
      const name = eq < 0 ? item : item.slice(0, eq);
      const col = COLUMNS.find((c) => c.name === name);
      if (!col) return { ok: false, bad: name };
      const header = eq < 0 ? col.header : item.slice(eq + 1);
      // A header of your own sets the width (`pid=A` is one column wide); an empty one keeps it.
      columns.push({ col, header, width: eq < 0 || header === '' ? Math.max(col.width, header.length) : header.length });
    }
  }
  return { ok: true, columns };
}

/** Text is cut to its column (args has no limit); the last column is not padded. */
function line(cells: readonly { text: string; width: number; right: boolean }[]): string {
  return cells.map((c, i) => {
    const t = c.right || c.width === 0 ? c.text : c.text.slice(0, c.width);
    return i === cells.length - 1 && !c.right ? t : c.right ? t.padStart(c.width) : t.padEnd(c.width);
  }).join(' ');
}

export function busyboxPs(args: readonly string[], ctx: ProgramContext): CommandResult {
  if (args.includes('--help')) return { stdout: '', stderr: bbUsage('ps'), exitCode: 0 };
  const parsed = getopt('ps', args, { short: 'Zo:aAdeflT' }, 'busybox');
  if (!parsed.ok) return { stdout: '', stderr: `${parsed.message}\n${bbUsage('ps')}`, exitCode: 1 };
  const lists = parsed.options.filter((o) => o.key === 'o').map((o) => o.value ?? '');
  const cols = parseO(lists.length > 0 ? lists : ['pid,user,args']);
  if (!cols.ok) return { stdout: '', stderr: `ps: bad -o argument '${cols.bad}', supported arguments: ${SUPPORTED}\n`, exitCode: 1 };
  const out: string[] = [];
  if (cols.columns.some((c) => c.header !== '')) out.push(line(cols.columns.map((c) => ({ text: c.header, width: c.col.width === 0 ? 0 : c.width, right: false }))));
  for (const r of processRows(ctx)) out.push(line(cols.columns.map((c) => ({ text: c.col.value(r), width: c.col.width === 0 ? 0 : c.width, right: c.col.right }))));
  return { stdout: out.map((l) => `${l}\n`).join(''), stderr: '', exitCode: 0 };
}

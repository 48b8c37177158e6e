import type { Mount } from '../../../../sim/mounts.js';
import type { CommandResult } from '../../../command-result.js';
import type { ProgramContext } from '../../../program.js';
import { getopt } from '../../../text-tools/getopt.js';
import { bbUsage } from '../busybox-usage.js';
import { notSimulated } from '../common.js';
import { bbHuman, gnuHumanCeil } from './human.js';
import { mountOf, mountTable, realPath } from './mount-view.js';

/** Filesystems df never shows without -a: pseudo ones have no blocks; Ubuntu's df leaves udev out too. */
const shown = (m: Mount) => m.usage !== undefined && m.fstype !== 'devtmpfs';

/** coreutils df's duplicate filter: per device, a real device path wins, then the shorter mount point; it keeps the first's place. */
function dedupe(mounts: readonly Mount[]): Mount[] {
  const byDev = new Map<string, number>();
  const out: Mount[] = [];
  for (const m of mounts) {
    const i = byDev.get(m.dev);
    if (i === undefined) {
      byDev.set(m.dev, out.length);
      out.push(m);
      continue;
    }
    const kept = out[i] as Mount;
    const realWins = m.source.includes('/') && !kept.source.includes('/');
    if (realWins || (kept.target.length > m.target.length && (m.source.includes('/') || !kept.source.includes('/')))) out[i] = m;
  }
  return out;
}

const pcentGnu = (m: Mount) => {
  const u = m.usage;
  if (!u || u.used + u.avail === 0) return '-';
  return `${Math.ceil((u.used * 100) / (u.used + u.avail))}%`;
};

/** coreutils 8.32 df: -h, -H, -k, -T, -t, -x, -a, and mount points or files as operands. */
function gnuDf(args: readonly string[], ctx: ProgramContext): CommandResult {
  const parsed = getopt('df', args, {
    short: 'ahHkTt:x:liPmB:',
    long: [
      { name: 'all', key: 'a', arg: 'none' }, { name: 'human-readable', key: 'h', arg: 'none' }, { name: 'si', key: 'H', arg: 'none' },
      { name: 'print-type', key: 'T', arg: 'none' }, { name: 'type', key: 't', arg: 'required' }, { name: 'exclude-type', key: 'x', arg: 'required' },
      { name: 'local', key: 'l', arg: 'none' }, { name: 'inodes', key: 'i', arg: 'none' }, { name: 'portability', key: 'P', arg: 'none' },
      { name: 'block-size', key: 'B', arg: 'required' }, { name: 'output', key: 'O', arg: 'optional' }, { name: 'total', key: 'c', arg: 'none' },
      { name: 'sync', key: 's', arg: 'none' }, { name: 'no-sync', key: 'n', arg: 'none' }, { name: 'help', key: '?', arg: 'none' }, { name: 'version', key: 'V', arg: 'none' },
    ],
  }, 'gnu');
  if (!parsed.ok) return { stdout: '', stderr: `${parsed.message}\nTry 'df --help' for more information.\n`, exitCode: 1 };
  const has = (k: string) => parsed.options.some((o) => o.key === k);
  const odd = parsed.options.find((o) => 'iPmBOcsn?V'.includes(o.key));
  if (odd) return notSimulated(`df ${odd.typed}`);
  const human = has('h') ? 1024 : has('H') ? 1000 : 0;
  const only = parsed.options.filter((o) => o.key === 't').map((o) => o.value ?? '');
  const exclude = parsed.options.filter((o) => o.key === 'x').map((o) => o.value ?? '');
  const table = mountTable(ctx);
  let stderr = '';
  let status = 0;
  let rows: Mount[];
  if (parsed.operands.length > 0) {
    rows = [];
    for (const f of parsed.operands) {
      const abs = realPath(ctx, f);
      if (!ctx.fs.lookup(abs)) {
        stderr += `df: ${f}: No such file or directory\n`;
        status = 1;
        continue;
      }
      const m = mountOf(table, abs);
      if (m) rows.push(m);
    }
  } else {
    rows = has('a') ? table : dedupe(table.filter(shown));
  }
  rows = rows.filter((m) => (only.length === 0 || only.includes(m.fstype)) && !exclude.includes(m.fstype));
  if (rows.length === 0 && parsed.operands.length === 0) return { stdout: '', stderr: 'df: no file systems processed\n', exitCode: 1 };
  if (rows.length === 0) return { stdout: '', stderr, exitCode: status };
  const size = (kb: number) => (human ? gnuHumanCeil(kb * 1024, human) : String(kb));
  const header = ['Filesystem', ...(has('T') ? ['Type'] : []), human ? 'Size' : '1K-blocks', 'Used', human ? 'Avail' : 'Available', 'Use%', 'Mounted on'];
  const mins = [14, ...(has('T') ? [4] : []), 5, 5, 5, 4, 0];
  const right = [false, ...(has('T') ? [false] : []), true, true, true, true, false];
  const lines = rows.map((m) => {
    const u = m.usage;
    return [m.source, ...(has('T') ? [m.fstype] : []), u ? size(u.blocks) : '0', u ? size(u.used) : '0', u ? size(u.avail) : '0', pcentGnu(m), m.target];
  });
  const widths = header.map((h, i) => Math.max(mins[i] as number, h.length, ...lines.map((l) => (l[i] as string).length)));
  const fmt = (cells: readonly string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : right[i] ? c.padStart(widths[i] as number) : c.padEnd(widths[i] as number))).join(' ');
  return { stdout: [header, ...lines].map((l) => `${fmt(l)}\n`).join(''), stderr, exitCode: status };
}

/** busybox df: fixed columns, every mount with blocks (no duplicate filter), a file's mount found by its device. */
function busyboxDf(args: readonly string[], ctx: ProgramContext): CommandResult {
  const parsed = getopt('df', args, { short: 'PkmhTait:B:' }, 'busybox');
  if (!parsed.ok) return { stdout: '', stderr: `${parsed.message}\n${bbUsage('df')}`, exitCode: 1 };
  const has = (k: string) => parsed.options.some((o) => o.key === k);
  const odd = parsed.options.find((o) => 'PiB'.includes(o.key));
  if (odd) return notSimulated(`df ${odd.typed}`);
  const table = mountTable(ctx);
  const only = parsed.options.filter((o) => o.key === 't').map((o) => o.value ?? '');
  const unit = has('m') ? 1024 : 1;
  const typeCol = has('T') ? 'Type       ' : '';
  const unitsHeader = has('h') ? '     Size' : has('m') ? '1M-blocks' : '1K-blocks';
  let out = `Filesystem           ${typeCol}${unitsHeader.padEnd(15)}Used Available Use% Mounted on\n`;
  let rows: Mount[];
  let stderr = '';
  let status = 0;
  if (parsed.operands.length > 0) {
    rows = [];
    for (const f of parsed.operands) {
      const abs = realPath(ctx, f);
      const own = ctx.fs.lookup(abs) ? mountOf(table, abs) : undefined;
      const m = own ? table.find((x) => x.dev === own.dev) : undefined;
      if (m) rows.push(m);
      else {
        stderr += `df: ${f}: can't find mount point\n`;
        status = 1;
      }
    }
  } else rows = table.filter((m) => has('a') || m.usage !== undefined);
  rows = rows.filter((m) => only.length === 0 || only.includes(m.fstype));
  for (const m of rows) {
    const u = m.usage ?? { blocks: 0, used: 0, avail: 0 };
    const pct = u.used + u.avail === 0 ? 0 : Math.floor((u.used * 100 + Math.floor((u.used + u.avail) / 2)) / (u.used + u.avail));
    const dev = m.source.length > 20 ? `${m.source}\n${' '.repeat(20)}` : m.source.padEnd(20);
    const type = has('T') ? ` ${m.fstype.padEnd(10)}` : '';
    const n = (kb: number) => (has('h') ? bbHuman(kb * 1024) : String(Math.floor(kb / unit))).padStart(9);
    out += `${dev}${type} ${n(u.blocks)} ${n(u.used)} ${n(u.avail)} ${String(pct).padStart(3)}% ${m.target}\n`;
  }
  return { stdout: out, stderr, exitCode: status };
}

export function df(args: readonly string[], ctx: ProgramContext): CommandResult {
  return ctx.flavor === 'busybox' ? busyboxDf(args, ctx) : gnuDf(args, ctx);
}

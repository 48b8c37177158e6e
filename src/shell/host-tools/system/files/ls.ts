import type { CommandResult } from '../../../command-result.js';
import type { ProgramContext } from '../../../program.js';
import { getopt, type LongOption } from '../../../text-tools/getopt.js';
import { bbUsage } from '../busybox-usage.js';
import { notSimulated } from '../common.js';
import { lsDate, modeString, namesFor } from './file-info.js';
import { bbHuman, gnuHumanCeil } from './human.js';
import { collect, type Entry, type LsFlags, readDir } from './ls-core.js';

// `ls` as coreutils 8.32 and busybox print it when their output is not a terminal (a pipe, a
// replay): one name per line, no colours. -l's columns are as wide as their widest value.

const ERRNO: Readonly<Record<string, string>> = { ENOENT: 'No such file or directory', EACCES: 'Permission denied', ENOTDIR: 'Not a directory' };

interface Style {
  readonly busybox: boolean;
  readonly numeric: boolean;
  readonly human: boolean;
  readonly noOwner: boolean;
  readonly noGroup: boolean;
}

function longLines(ctx: ProgramContext, entries: readonly Entry[], s: Style): string[] {
  const names = namesFor(ctx);
  const now = ctx.host.clock.now();
  const rows = entries.map((e) => {
    const i = e.info;
    const owner = s.numeric ? String(i.uid) : (names.user(i.uid) ?? String(i.uid));
    const group = s.numeric ? String(i.gid) : (names.group(i.gid) ?? String(i.gid));
    const size = s.human ? (s.busybox ? bbHuman(i.size) : gnuHumanCeil(i.size)) : String(i.size);
    const name = e.info.node.type === 'symlink' ? `${e.name} -> ${e.info.node.target}` : e.name;
    return { mode: modeString(i.type, i.mode), links: String(i.nlink), owner, group, size, date: lsDate(i.mtime, now), name };
  });
  if (s.busybox) {
    return rows.map((r) => `${r.mode} ${r.links.padStart(4)} ${r.owner.slice(0, 8).padEnd(8)} ${r.group.slice(0, 8).padEnd(8)} ${r.size.padStart(s.human ? 7 : 9)} ${r.date} ${r.name}`);
  }
  const w = (k: 'links' | 'owner' | 'group' | 'size') => Math.max(0, ...rows.map((r) => r[k].length));
  const [wl, wo, wg, ws] = [w('links'), w('owner'), w('group'), w('size')];
  return rows.map((r) => [r.mode, r.links.padStart(wl), ...(s.noOwner ? [] : [r.owner.padEnd(wo)]), ...(s.noGroup ? [] : [r.group.padEnd(wg)]), r.size.padStart(ws), r.date, r.name].join(' '));
}

const LONG: readonly LongOption[] = [
  { name: 'all', key: 'a', arg: 'none' }, { name: 'almost-all', key: 'A', arg: 'none' }, { name: 'directory', key: 'd', arg: 'none' },
  { name: 'human-readable', key: 'h', arg: 'none' }, { name: 'numeric-uid-gid', key: 'n', arg: 'none' }, { name: 'reverse', key: 'r', arg: 'none' },
  { name: 'color', key: 'COLOR', arg: 'optional' }, { name: 'colour', key: 'COLOR', arg: 'optional' }, { name: 'recursive', key: 'R', arg: 'none' },
  { name: 'inode', key: 'i', arg: 'none' }, { name: 'classify', key: 'F', arg: 'none' }, { name: 'full-time', key: 'FULL', arg: 'none' },
  { name: 'dereference', key: 'L', arg: 'none' }, { name: 'size', key: 's', arg: 'none' }, { name: 'help', key: 'HELP', arg: 'none' },
];

const SIMULATED = new Set(['a', 'A', 'd', 'h', 'l', 'n', 'r', 't', 'S', '1', 'g', 'o', 'COLOR']);

export function ls(args: readonly string[], ctx: ProgramContext): CommandResult {
  const busybox = ctx.flavor === 'busybox';
  const parsed = getopt('ls', args, busybox ? { short: '1AaCxdLHRFplinshrSXvctuw:e' } : { short: 'abcdfghiklmnopqrstuvw:xABCDFGHI:LNQRST:UXZ1', long: LONG }, ctx.flavor);
  if (!parsed.ok) {
    return busybox
      ? { stdout: '', stderr: `${parsed.message}\n${bbUsage('ls')}`, exitCode: 1 }
      : { stdout: '', stderr: `${parsed.message}\nTry 'ls --help' for more information.\n`, exitCode: 2 };
  }
  const has = (k: string) => parsed.options.some((o) => o.key === k);
  const odd = parsed.options.find((o) => !SIMULATED.has(o.key));
  if (odd) return notSimulated(`ls ${odd.typed}`);
  const long = has('l') || has('n') || has('g') || has('o');
  const f: LsFlags = { all: has('a'), almostAll: has('A'), directory: has('d'), long, reverse: has('r'), byTime: has('t'), bySize: has('S') };
  const style: Style = { busybox, numeric: has('n'), human: has('h'), noOwner: has('g'), noGroup: has('o') };
  const operands = parsed.operands.length > 0 ? parsed.operands : ['.'];
  const found = collect(ctx, operands, f);
  let stderr = '';
  for (const m of found.missing) {
    stderr += busybox ? `ls: ${m.operand}: ${ERRNO[m.error]}\n` : `ls: cannot access '${m.operand}': ${ERRNO[m.error]}\n`;
  }
  let status = found.missing.length > 0 ? (busybox ? 1 : 2) : 0;
  const blocks: string[] = [];
  if (found.files.length > 0) blocks.push((long ? longLines(ctx, found.files, style) : found.files.map((e) => e.name)).map((l) => `${l}\n`).join(''));
  const headers = found.dirs.length + found.files.length + found.missing.length > 1;
  for (const d of found.dirs) {
    const entries = readDir(ctx, d, f);
    if (entries === 'EACCES') {
      stderr += busybox ? `ls: can't open '${d.name}': Permission denied\n` : `ls: cannot open directory '${d.name}': Permission denied\n`;
      status = busybox ? 1 : 2;
      continue;
    }
    let text = headers ? `${d.name}:\n` : '';
    if (long) {
      const total = entries.reduce((n, e) => n + e.info.kblocks, 0);
      text += `total ${style.human && !busybox ? gnuHumanCeil(total * 1024) : total}\n`;
      text += longLines(ctx, entries, style).map((l) => `${l}\n`).join('');
    } else text += entries.map((e) => `${e.name}\n`).join('');
    blocks.push(text);
  }
  return { stdout: blocks.join('\n'), stderr, exitCode: status };
}

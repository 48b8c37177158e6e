import { normalizePath } from '../../../../sim/kernel/fs.js';
import type { Mount } from '../../../../sim/mounts.js';
import type { CommandResult } from '../../../command-result.js';
import type { ProgramContext } from '../../../program.js';
import { notSimulated } from '../common.js';
import { mountOf, mountTable, realPath } from './mount-view.js';

// util-linux findmnt (2.38.1's output on the reference host, as when not writing to a
// terminal: columns as wide as their widest cell, the last one not padded): the tree of
// mounts, one mount point or source, -T (the mount a path is on), -t, -l, -n, -o with the
// default columns. Each mount's parent is the mount point that contains it.

/**
 * A namespace file's source as libmount shows it, with the root mountinfo gives it: the
 * namespace's inode (`nsfs[net:[4026532255]]`). The kernel's inode numbers are not modelled: a
 * stable one is made from the mount point, in the range the kernel hands out.
 */
function sourceOf(m: Mount): string {
  if (m.fstype !== 'nsfs') return m.source;
  let h = 0x811c9dc5;
  for (const c of m.target) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return `nsfs[net:[${4026532000 + (h % 1000)}]]`;
}

const COLUMNS: Readonly<Record<string, (m: Mount) => string>> = {
  TARGET: (m) => m.target,
  SOURCE: sourceOf,
  FSTYPE: (m) => m.fstype,
  OPTIONS: (m) => m.options,
};

const fail = (message: string): CommandResult => ({ stdout: '', stderr: `findmnt: ${message}\n`, exitCode: 1 });

/** libmount's fstype list: `tmpfs,proc`, or `noext4,notmpfs` for all but those. */
function typeFilter(list: string): (m: Mount) => boolean {
  const types = list.split(',');
  const negated = types.every((t) => t.startsWith('no'));
  if (negated) return (m) => !types.some((t) => t.slice(2) === m.fstype);
  return (m) => types.includes(m.fstype);
}

/**
 * The tree: each mount under the nearest mount whose point contains it, depth first, with its
 * prefix (├─, └─, │). Returns the rows in the order findmnt prints them.
 */
function asTree(mounts: readonly Mount[]): { readonly mount: Mount; readonly prefix: string }[] {
  // /proc/mounts lists what the initramfs mounted (/sys, /proc, /dev, /run) before /: the parent
  // is found by the mount points, not by the order; a mount over the same point is under the first.
  const parent = mounts.map((m, i) => {
    let best = -1;
    mounts.forEach((other, j) => {
      const t = other.target;
      const inside = t === m.target ? j < i : t === '/' || m.target.startsWith(`${t}/`);
      if (inside && (best < 0 || t.length > (mounts[best] as Mount).target.length)) best = j;
    });
    return best;
  });
  const children = (p: number) => mounts.map((_, i) => i).filter((i) => parent[i] === p);
  const out: { mount: Mount; prefix: string }[] = [];
  const walk = (i: number, lead: string, last: boolean, root: boolean) => {
    out.push({ mount: mounts[i] as Mount, prefix: root ? '' : `${lead}${last ? '└─' : '├─'}` });
    const next = root ? '' : `${lead}${last ? '  ' : '│ '}`;
    const kids = children(i);
    kids.forEach((k, n) => walk(k, next, n === kids.length - 1, false));
  };
  for (const r of children(-1)) walk(r, '', true, true);
  return out;
}

export function findmnt(args: readonly string[], ctx: ProgramContext): CommandResult {
  let list = false;
  let noHeadings = false;
  let columns = ['TARGET', 'SOURCE', 'FSTYPE', 'OPTIONS'];
  let types: ((m: Mount) => boolean) | undefined;
  let containing: string | undefined;
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    const value = (): string | undefined => args[++i];
    if (a === '-l' || a === '--list') list = true;
    else if (a === '-n' || a === '--noheadings') noHeadings = true;
    else if (a === '-o' || a === '--output' || a.startsWith('--output=') || /^-o./.test(a) || /^-n+o$/.test(a)) {
      if (/^-n+o$/.test(a)) noHeadings = true;
      const v = a.startsWith('--output=') ? a.slice(9) : /^-o./.test(a) ? a.slice(2) : value();
      if (v === undefined) return fail(`option requires an argument -- 'o'\nTry 'findmnt --help' for more information.`);
      columns = v.split(',').map((c) => c.toUpperCase());
      const unknown = v.split(',').find((c) => COLUMNS[c.toUpperCase()] === undefined);
      if (unknown !== undefined) return /^[A-Za-z-]+$/.test(unknown) && KNOWN_COLUMNS.has(unknown.toUpperCase()) ? notSimulated(`findmnt -o ${unknown}`) : fail(`unknown column: ${unknown}`);
    } else if (a === '-t' || a === '--types') {
      const v = value();
      if (v === undefined) return fail(`option requires an argument -- 't'\nTry 'findmnt --help' for more information.`);
      types = typeFilter(v);
    } else if (a === '-T' || a === '--target') {
      containing = value();
      if (containing === undefined) return fail(`option requires an argument -- 'T'\nTry 'findmnt --help' for more information.`);
    } else if (a.startsWith('-') && a !== '-') return notSimulated(`findmnt ${a}`);
    else positional.push(a);
  }
  const table = mountTable(ctx);
  let rows: Mount[];
  let specific = false;
  if (containing !== undefined) {
    specific = true;
    const abs = realPath(ctx, normalizePath(containing, ctx.place.cwd));
    const m = ctx.fs.lookup(abs) ? mountOf(table, abs) : undefined;
    rows = m ? [m] : [];
  } else if (positional.length > 0) {
    specific = true;
    // findmnt [SOURCE] [TARGET]: one word is either; two are a source and a mount point.
    const [first = '', second] = positional;
    const target = (w: string) => realPath(ctx, normalizePath(w, ctx.place.cwd));
    rows = table.filter((m) => (second === undefined ? m.target === target(first) || m.source === first : m.source === first && m.target === target(second)));
    // libmount searches the table from its end: the latest mount first.
    rows.reverse();
  } else rows = table.filter((m) => !types || types(m));
  if (specific && types) rows = rows.filter(types);
  if (rows.length === 0) return { stdout: '', stderr: '', exitCode: specific ? 1 : 0 };
  const ordered = !list && !specific ? asTree(rows) : rows.map((mount) => ({ mount, prefix: '' }));
  const cells = ordered.map(({ mount, prefix }) => columns.map((c, k) => (k === 0 && c === 'TARGET' ? prefix : '') + (COLUMNS[c] as (m: Mount) => string)(mount)));
  const all = noHeadings ? cells : [columns, ...cells];
  // The headings count for the widths even when -n leaves them out (libsmartcols).
  const widths = columns.map((_, k) => Math.max(...[columns, ...cells].map((row) => [...(row[k] ?? '')].length)));
  const lines = all.map((row) => row.map((cell, k) => (k === row.length - 1 ? cell : cell + ' '.repeat((widths[k] ?? 0) - [...cell].length))).join(' '));
  return { stdout: lines.map((l) => `${l}\n`).join(''), stderr: '', exitCode: 0 };
}

/** Columns findmnt has beyond the four it shows by default (`findmnt --list-columns`). */
const KNOWN_COLUMNS = new Set(['ACTION', 'AVAIL', 'FREQ', 'FS-OPTIONS', 'FSROOT', 'FSTYPE', 'FSUSED', 'FSUSE%', 'ID', 'LABEL', 'MAJ:MIN', 'OLD-OPTIONS',
  'OLD-TARGET', 'OPT-FIELDS', 'PARENT', 'PARTLABEL', 'PARTUUID', 'PASSNO', 'PROPAGATION', 'SIZE', 'SOURCES', 'TID', 'USED', 'USE%', 'UUID',
  'VFS-OPTIONS', 'SOURCE', 'TARGET', 'OPTIONS']);

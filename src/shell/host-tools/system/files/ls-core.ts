import { allowed, normalizePath } from '../../../../sim/kernel/fs.js';
import type { ProgramContext } from '../../../program.js';
import { type FileInfo, infoOf, lookupAs } from './file-info.js';

/** One line of a listing: the name to print and what stat says of it. */
export interface Entry {
  readonly name: string;
  readonly abs: string;
  readonly info: FileInfo;
}

export interface LsFlags {
  readonly all: boolean;
  readonly almostAll: boolean;
  readonly directory: boolean;
  readonly long: boolean;
  readonly reverse: boolean;
  readonly byTime: boolean;
  readonly bySize: boolean;
}

/** What ls found for its operands, before any formatting. */
export interface Collected {
  readonly missing: { readonly operand: string; readonly error: 'ENOENT' | 'EACCES' | 'ENOTDIR' }[];
  readonly files: Entry[];
  readonly dirs: Entry[];
}

/** Names in the C locale's order (the host's LANG is C.UTF-8: code points). */
const byName = (a: Entry, b: Entry) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

export function sortEntries(entries: Entry[], f: LsFlags): Entry[] {
  const sorted = [...entries].sort((a, b) => {
    if (f.bySize && a.info.size !== b.info.size) return b.info.size - a.info.size;
    if (f.byTime && a.info.mtime !== b.info.mtime) return b.info.mtime - a.info.mtime;
    return byName(a, b);
  });
  return f.reverse ? sorted.reverse() : sorted;
}

/**
 * Sorts the operands into files and directories. A symlink on the command line is followed
 * unless -l or -d asks about the link itself (GNU and busybox agree).
 */
export function collect(ctx: ProgramContext, operands: readonly string[], f: LsFlags): Collected {
  const out: Collected = { missing: [], files: [], dirs: [] };
  for (const op of operands) {
    const followLink = !f.long && !f.directory;
    let found = lookupAs(ctx, op, followLink);
    if (found.ok && found.node.type === 'symlink' && f.long && !f.directory && op.endsWith('/')) found = lookupAs(ctx, op, true);
    if (!found.ok) {
      out.missing.push({ operand: op, error: found.error });
      continue;
    }
    const e = { name: op, abs: found.abs, info: infoOf(ctx, found.abs, found.node) };
    if (found.node.type === 'dir' && !f.directory) out.dirs.push(e);
    else out.files.push(e);
  }
  return { missing: out.missing, files: sortEntries(out.files, f), dirs: sortEntries(out.dirs, f) };
}

/** A directory's entries (with . and .. for -a), or EACCES when it may not be read. */
export function readDir(ctx: ProgramContext, dir: Entry, f: LsFlags): Entry[] | 'EACCES' {
  if (!allowed(dir.info.node, ctx.cred, 4)) return 'EACCES';
  const listed = ctx.fs.list(dir.abs);
  if (!listed.ok) return [];
  const entries: Entry[] = [];
  if (f.all) {
    entries.push({ name: '.', abs: dir.abs, info: dir.info });
    const parent = normalizePath(`${dir.abs}/..`);
    const pnode = ctx.fs.lookup(parent);
    if (pnode) entries.push({ name: '..', abs: parent, info: infoOf(ctx, parent, pnode) });
  }
  for (const [name, node] of listed.entries) {
    if (name.startsWith('.') && !f.all && !f.almostAll) continue;
    const abs = normalizePath(`${dir.abs}/${name}`);
    entries.push({ name, abs, info: infoOf(ctx, abs, ctx.fs.lstat(abs) ?? node) });
  }
  return sortEntries(entries, f);
}

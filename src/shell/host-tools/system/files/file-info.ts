import { allowed, type FsNode, normalizePath } from '../../../../sim/kernel/fs.js';
import type { ProgramContext } from '../../../program.js';
import { mountOf, mountsFor, realPath } from './mount-view.js';

/** What stat(2) would say of a node of the simulated filesystem. */
export interface FileInfo {
  readonly node: FsNode;
  readonly type: FsNode['type'];
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
  readonly size: number;
  readonly nlink: number;
  /** Allocated space in 1 KiB units, as ls -s and "total" count it. */
  readonly kblocks: number;
  readonly mtime: number;
  readonly inode: number;
  /** major:minor of the filesystem it is on. */
  readonly dev: string;
  readonly fstype: string;
}

export type Lookup =
  | { readonly ok: true; readonly abs: string; readonly node: FsNode }
  | { readonly ok: false; readonly error: 'ENOENT' | 'EACCES' | 'ENOTDIR' };

const encoder = new TextEncoder();

/** A stable inode number per path and filesystem. */
function inodeOf(dev: string, abs: string): number {
  let h = 0x811c9dc5;
  for (const ch of `${dev}:${abs}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return 131072 + (h % 4000000);
}

/**
 * Finds a path as the caller may: every directory on the way must be searchable (else
 * EACCES, as `ls` reports "cannot access"). `follow` resolves a final symlink (stat), else lstat.
 */
export function lookupAs(ctx: ProgramContext, path: string, follow: boolean): Lookup {
  const abs = normalizePath(path, ctx.place.cwd);
  const parts = abs.split('/').filter(Boolean);
  let cur = '';
  for (const p of parts.slice(0, -1)) {
    cur += `/${p}`;
    const dir = ctx.fs.lookup(cur);
    if (!dir) return { ok: false, error: 'ENOENT' };
    if (dir.type !== 'dir') return { ok: false, error: 'ENOTDIR' };
    if (!allowed(dir, ctx.cred, 1)) return { ok: false, error: 'EACCES' };
  }
  const node = follow ? ctx.fs.lookup(abs) : ctx.fs.lstat(abs);
  if (!node) return { ok: false, error: 'ENOENT' };
  if (path.endsWith('/') && node.type !== 'dir' && ctx.fs.lookup(abs)?.type !== 'dir') return { ok: false, error: 'ENOTDIR' };
  return { ok: true, abs, node: path.endsWith('/') && node.type === 'symlink' ? (ctx.fs.lookup(abs) as FsNode) : node };
}

/** Where a node really is: its parents' symlinks resolved, not its own (a symlink lives where it is). */
export function location(ctx: ProgramContext, abs: string): string {
  const slash = abs.lastIndexOf('/');
  return abs === '/' ? '/' : normalizePath(`${realPath(ctx, abs.slice(0, slash) || '/')}/${abs.slice(slash + 1)}`);
}

export function infoOf(ctx: ProgramContext, abs: string, node: FsNode): FileInfo {
  const real = location(ctx, abs);
  const m = mountOf(mountsFor(ctx, real), real);
  const fstype = m?.fstype ?? 'ext4';
  const pseudo = fstype === 'proc' || fstype === 'sysfs';
  let size = 0;
  let nlink = 1;
  let kblocks = 0;
  if (node.type === 'file') {
    size = pseudo ? (fstype === 'sysfs' ? 4096 : 0) : encoder.encode(typeof node.content === 'function' ? node.content() : node.content).length;
    kblocks = pseudo ? 0 : Math.ceil(size / 4096) * 4;
  } else if (node.type === 'dir') {
    size = pseudo ? 0 : fstype === 'tmpfs' ? 40 + node.children.size * 20 : 4096;
    kblocks = pseudo || fstype === 'tmpfs' ? 0 : 4;
    nlink = 2 + [...node.children.values()].filter((c) => c.type === 'dir').length;
  } else if (node.type === 'symlink') size = node.target.length;
  return {
    node, type: node.type, mode: node.mode, uid: node.uid, gid: node.gid, size, nlink, kblocks, mtime: node.mtime,
    inode: inodeOf(m?.dev ?? '', real), dev: m?.dev ?? '252:1', fstype,
  };
}

/** `drwxr-xr-x`, `srw-rw----`, `lrwxrwxrwx`, with s/S/t/T for the special bits. */
export function modeString(type: FsNode['type'], mode: number): string {
  const t = type === 'dir' ? 'd' : type === 'socket' ? 's' : type === 'symlink' ? 'l' : '-';
  const bit = (on: number, ch: string) => ((mode & on) !== 0 ? ch : '-');
  const special = (x: number, s: number, lower: string, upper: string) => {
    const hasX = (mode & x) !== 0;
    if ((mode & s) === 0) return hasX ? 'x' : '-';
    return hasX ? lower : upper;
  };
  return t
    + bit(0o400, 'r') + bit(0o200, 'w') + special(0o100, 0o4000, 's', 'S')
    + bit(0o40, 'r') + bit(0o20, 'w') + special(0o10, 0o2000, 's', 'S')
    + bit(0o4, 'r') + bit(0o2, 'w') + special(0o1, 0o1000, 't', 'T');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const SIX_MONTHS_MS = 15778476_000;

/** ls's date: `Feb 21 11:00` within the last six months, else `Feb 21  2023` (and for the future). */
export function lsDate(mtime: number, now: number): string {
  const d = new Date(mtime);
  const day = `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)}`;
  const recent = mtime > now - SIX_MONTHS_MS && mtime <= now;
  return recent ? `${day} ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}` : `${day}  ${d.getUTCFullYear()}`;
}

/** Owner and group names as the viewer's /etc/passwd and /etc/group give them, else the numbers. */
export function namesFor(ctx: ProgramContext): { user(uid: number): string | undefined; group(gid: number): string | undefined } {
  const table = (path: string) => {
    const r = ctx.fs.read(path);
    const map = new Map<number, string>();
    if (r.ok) for (const line of r.content.split('\n')) {
      const f = line.split(':');
      if (f.length >= 3 && !map.has(Number(f[2]))) map.set(Number(f[2]), f[0] as string);
    }
    return map;
  };
  const users = table('/etc/passwd');
  const groups = table('/etc/group');
  return { user: (uid) => users.get(uid), group: (gid) => groups.get(gid) };
}

import { allowed, type FsNode, normalizePath } from '../../../../sim/kernel/fs.js';
import type { ProgramContext } from '../../../program.js';
import { lookupAs } from './file-info.js';

// What the kernel checks before a program creates, removes or changes a file, shared by touch,
// mkdir, rm and chmod; and how coreutils quotes names in their messages.

export const ERRNO_TEXT: Readonly<Record<string, string>> = {
  ENOENT: 'No such file or directory', EACCES: 'Permission denied', ENOTDIR: 'Not a directory', EEXIST: 'File exists',
  EISDIR: 'Is a directory', ENOTEMPTY: 'Directory not empty', EPERM: 'Operation not permitted',
};

/** coreutils' quoteaf (shell-escape-always): 'name', with a single quote written '\''. */
export const quoteAf = (name: string): string => `'${name.replaceAll("'", "'\\''")}'`;

/** /proc, /sys and what is bind-mounted: the kernel's own trees and mount points, which these tools do not change here. */
export function outsideModel(ctx: ProgramContext, abs: string): boolean {
  for (const m of ctx.fs.virtualMounts.keys()) if (abs === m || abs.startsWith(`${m}/`)) return true;
  if (/^\/(proc|sys)(\/|$)/.test(abs)) return true;
  return ctx.fs.mounts.some((m) => m.target === abs);
}

export type Parent = { readonly ok: true; readonly abs: string; readonly node: Extract<FsNode, { type: 'dir' }> } | { readonly ok: false; readonly error: string };

/** The directory an entry is (to be) made in, searchable on the way. */
export function parentOf(ctx: ProgramContext, name: string): Parent {
  const abs = normalizePath(name, ctx.place.cwd);
  const dir = abs.slice(0, abs.lastIndexOf('/')) || '/';
  const found = lookupAs(ctx, dir, true);
  if (!found.ok) return { ok: false, error: found.error };
  if (found.node.type !== 'dir') return { ok: false, error: 'ENOTDIR' };
  if (!allowed(found.node, ctx.cred, 1)) return { ok: false, error: 'EACCES' };
  return { ok: true, abs: dir, node: found.node };
}

/** May the caller add or remove entries of this directory? Write and search permission. */
export const writableDir = (ctx: ProgramContext, dir: FsNode): boolean => allowed(dir, ctx.cred, 2) && allowed(dir, ctx.cred, 1);

/** The sticky bit (/tmp): only the entry's owner, the directory's owner or root may remove or rename it. */
export function stickyRefuses(ctx: ProgramContext, dir: FsNode, entry: FsNode): boolean {
  return (dir.mode & 0o1000) !== 0 && ctx.cred.uid !== 0 && entry.uid !== ctx.cred.uid && dir.uid !== ctx.cred.uid;
}

/** Owner and group of what the caller creates: its uid and primary group. */
export const ownerOf = (ctx: ProgramContext): { uid: number; gid: number } => ({ uid: ctx.cred.uid, gid: ctx.cred.gids[0] ?? 0 });

/** The umask every shell here has (Ubuntu's login default). */
export const UMASK = 0o022;

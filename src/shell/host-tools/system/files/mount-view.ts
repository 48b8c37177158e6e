import { bootMounts, containerMounts, hostMounts, type Mount } from '../../../../sim/mounts.js';
import { normalizePath } from '../../../../sim/kernel/fs.js';
import type { ProgramContext } from '../../../program.js';

/** The mount table of the place the program runs in. */
export function mountTable(ctx: ProgramContext): Mount[] {
  return ctx.container ? containerMounts(ctx.host.daemon, ctx.container) : hostMounts(ctx.host.daemon);
}

/**
 * The mounts that may hold `abs`: on the host, the boot's alone unless the path is where
 * logins and containers mount things (a thousand overlays need not be built for `ls /tmp`).
 */
export function mountsFor(ctx: ProgramContext, abs: string): readonly Mount[] {
  if (ctx.container || /^\/(run\/user|run\/docker|var\/lib\/docker\/overlay2)(\/|$)/.test(abs)) return mountTable(ctx);
  return bootMounts();
}

/** Follows symlinks in a path (the fs's own resolution), so /var/run/docker.sock is /run/docker.sock. */
export function realPath(ctx: ProgramContext, path: string): string {
  const parts = normalizePath(path, ctx.place.cwd).split('/').filter(Boolean);
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const next = `${out}/${parts[i]}`;
    const node = ctx.fs.lstat(next);
    const isMount = ctx.fs.mounts.some((m) => m.target === next);
    if (node?.type === 'symlink' && !isMount) {
      const target = node.target.startsWith('/') ? node.target : `${out}/${node.target}`;
      return realPath(ctx, normalizePath(`${target}/${parts.slice(i + 1).join('/')}`));
    }
    out = next;
  }
  return out || '/';
}

/** The mount a path lives on: the one with the longest mount point that contains it. */
export function mountOf(mounts: readonly Mount[], abs: string): Mount | undefined {
  let best: Mount | undefined;
  for (const m of mounts) {
    const inside = m.target === '/' || abs === m.target || abs.startsWith(`${m.target}/`);
    if (inside && (!best || m.target.length >= best.target.length)) best = m;
  }
  return best;
}

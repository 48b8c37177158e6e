import { allowed, normalizePath } from '../../../../sim/kernel/fs.js';
import type { CommandResult } from '../../../command-result.js';
import type { ProgramContext } from '../../../program.js';
import { getopt } from '../../../text-tools/getopt.js';
import { notSimulated, quoteName } from '../common.js';
import { lookupAs } from './file-info.js';
import { ERRNO_TEXT, outsideModel, ownerOf, parentOf, quoteAf, UMASK, writableDir } from './fs-access.js';

// touch and mkdir from coreutils (8.32 on Ubuntu 22.04; texts recorded with 9.1, worded the same).

const tryHelp = (tool: string) => `Try '${tool} --help' for more information.\n`;

export function touch(args: readonly string[], ctx: ProgramContext): CommandResult {
  const parsed = getopt('touch', args, { short: 'acdfhmr:t:', long: [{ name: 'no-create', key: 'c', arg: 'none' }] }, 'gnu');
  if (!parsed.ok) return { stdout: '', stderr: `${parsed.message}\n${tryHelp('touch')}`, exitCode: 1 };
  let create = true;
  for (const o of parsed.options) {
    if (o.key === 'c') create = false;
    else if (o.key !== 'a' && o.key !== 'm' && o.key !== 'f') return notSimulated(`touch ${o.typed}`);
  }
  if (parsed.operands.length === 0) return { stdout: '', stderr: `touch: missing file operand\n${tryHelp('touch')}`, exitCode: 1 };
  let stderr = '';
  const now = ctx.host.clock.now();
  for (const name of parsed.operands) {
    const abs = normalizePath(name, ctx.place.cwd);
    if (outsideModel(ctx, abs)) return notSimulated(`touch ${name}`);
    const fail = (code: string) => {
      stderr += `touch: cannot touch ${quoteAf(name)}: ${ERRNO_TEXT[code] ?? code}\n`;
    };
    const found = lookupAs(ctx, name, true);
    if (found.ok) {
      // utimensat(now): the owner, root, or anyone who may write the file.
      if (ctx.cred.uid === 0 || found.node.uid === ctx.cred.uid || allowed(found.node, ctx.cred, 2)) found.node.mtime = now;
      else fail('EACCES');
      continue;
    }
    if (found.error !== 'ENOENT') {
      fail(found.error);
      continue;
    }
    if (!create) continue;
    const parent = parentOf(ctx, name);
    if (!parent.ok) fail(parent.error);
    else if (!writableDir(ctx, parent.node)) fail('EACCES');
    else ctx.fs.writeFile(abs, '', { ...ownerOf(ctx), mode: 0o666 & ~UMASK, mtime: now });
  }
  return { stdout: '', stderr, exitCode: stderr ? 1 : 0 };
}

export function mkdir(args: readonly string[], ctx: ProgramContext): CommandResult {
  const parsed = getopt('mkdir', args, {
    short: 'pvm:Z',
    long: [{ name: 'parents', key: 'p', arg: 'none' }, { name: 'verbose', key: 'v', arg: 'none' }, { name: 'mode', key: 'm', arg: 'required' }],
  }, 'gnu');
  if (!parsed.ok) return { stdout: '', stderr: `${parsed.message}\n${tryHelp('mkdir')}`, exitCode: 1 };
  let parents = false;
  let verbose = false;
  let mode = 0o777 & ~UMASK;
  for (const o of parsed.options) {
    if (o.key === 'p') parents = true;
    else if (o.key === 'v') verbose = true;
    else if (o.key === 'm' && /^[0-7]{1,4}$/.test(o.value ?? '')) mode = parseInt(o.value ?? '0', 8);
    else return notSimulated(`mkdir ${o.typed}${o.value !== undefined ? ` ${o.value}` : ''}`);
  }
  if (parsed.operands.length === 0) return { stdout: '', stderr: `mkdir: missing operand\n${tryHelp('mkdir')}`, exitCode: 1 };
  let stdout = '';
  let stderr = '';
  const cannot = (name: string, code: string) => {
    stderr += `mkdir: cannot create directory ${quoteName(name, ctx.env)}: ${ERRNO_TEXT[code] ?? code}\n`;
  };
  /** One directory: its parent must exist (a directory, writable). Returns false after an error. */
  const makeOne = (name: string, existingOk: boolean): boolean => {
    const abs = normalizePath(name, ctx.place.cwd);
    const found = lookupAs(ctx, name, true);
    if (found.ok) {
      if (existingOk && found.node.type === 'dir') return true;
      cannot(name, 'EEXIST');
      return false;
    }
    if (found.error !== 'ENOENT') {
      cannot(name, found.error);
      return false;
    }
    const parent = parentOf(ctx, name);
    if (!parent.ok || !writableDir(ctx, parent.node)) {
      cannot(name, parent.ok ? 'EACCES' : parent.error);
      return false;
    }
    ctx.fs.mkdirp(abs, { ...ownerOf(ctx), mode });
    if (verbose) stdout += `mkdir: created directory ${quoteAf(name)}\n`;
    return true;
  };
  for (const name of parsed.operands) {
    const abs = normalizePath(name, ctx.place.cwd);
    if (outsideModel(ctx, abs)) return notSimulated(`mkdir ${name}`);
    if (!parents) {
      makeOne(name, false);
      continue;
    }
    // -p: each missing component in turn, as typed (`p1`, then `p1/p2`).
    const parts = name.split('/');
    for (let i = 1; i <= parts.length; i++) {
      const prefix = parts.slice(0, i).join('/');
      if (prefix === '' || prefix.endsWith('/')) continue;
      const here = lookupAs(ctx, prefix, true);
      if (here.ok && here.node.type !== 'dir') {
        cannot(prefix, i === parts.length ? 'EEXIST' : 'ENOTDIR');
        break;
      }
      if (!makeOne(prefix, true)) break;
    }
  }
  return { stdout, stderr, exitCode: stderr ? 1 : 0 };
}

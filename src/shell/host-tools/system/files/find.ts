import { allowed, type FsNode } from '../../../../sim/kernel/fs.js';
import type { CommandResult } from '../../../command-result.js';
import type { ProgramContext } from '../../../program.js';
import { notSimulated, quoteName } from '../common.js';
import { lookupAs } from './file-info.js';

// GNU find (4.9 on the reference host; 4.8 on Ubuntu 22.04, worded the same) with the tests a
// lesson needs: -name, -iname, -type, -maxdepth, -mindepth, -print, all of them ANDed. Entries
// come in name order (a real directory's order is the filesystem's). Other predicates are known
// to find but not simulated; operators (!, -o, parentheses) too.

const KNOWN = new Set(['-path', '-ipath', '-wholename', '-iwholename', '-regex', '-iregex', '-size', '-perm', '-user', '-group', '-uid', '-gid',
  '-mtime', '-mmin', '-atime', '-amin', '-ctime', '-cmin', '-newer', '-empty', '-exec', '-execdir', '-ok', '-okdir', '-delete', '-ls', '-print0',
  '-printf', '-fprint', '-prune', '-quit', '-links', '-inum', '-samefile', '-readable', '-writable', '-executable', '-lname', '-ilname',
  '-nouser', '-nogroup', '-xtype', '-fstype', '-depth', '-xdev', '-mount', '-follow', '-L', '-H', '-P', '-daystart', '-true', '-false',
  '-not', '!', '-o', '-or', '-a', '-and', '(', ')', ',', '-newermt', '-used', '-context', '-files0-from', '-noleaf', '-regextype', '-warn', '-nowarn', '-ignore_readdir_race']);

/** fnmatch(3) without FNM_PATHNAME: `*`, `?`, `[…]`, and `\` quoting. */
function globToRegExp(glob: string, ignoreCase: boolean): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else if (c === '\\' && i + 1 < glob.length) re += (glob[++i] as string).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    else if (c === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end < 0) re += '\\[';
      else {
        const body = glob.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\');
        re += `[${body}]`;
        i = end;
      }
    } else re += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, ignoreCase ? 'si' : 's');
}

type Test = (node: FsNode, base: string) => boolean;

const TYPES: Readonly<Record<string, FsNode['type'] | 'never'>> = { f: 'file', d: 'dir', l: 'symlink', s: 'socket', p: 'never', b: 'never', c: 'never', D: 'never' };

interface Plan {
  readonly tests: Test[];
  maxDepth: number;
  minDepth: number;
}

function parseExpression(words: readonly string[], ctx: ProgramContext): Plan | CommandResult {
  const plan: Plan = { tests: [], maxDepth: Infinity, minDepth: 0 };
  const fail = (message: string): CommandResult => ({ stdout: '', stderr: `find: ${message}\n`, exitCode: 1 });
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    const arg = (): string | undefined => words[++i];
    if (w === '-print') continue;
    if (w === '-name' || w === '-iname' || w === '-type' || w === '-maxdepth' || w === '-mindepth') {
      const v = arg();
      if (v === undefined) return fail(`missing argument to \`${w}'`);
      if (w === '-name' || w === '-iname') {
        const re = globToRegExp(v, w === '-iname');
        plan.tests.push((_n, base) => re.test(base));
      } else if (w === '-type') {
        const kinds = v.split(',');
        if (kinds.some((k) => TYPES[k] === undefined)) return fail(`Unknown argument to -type: ${v}`);
        plan.tests.push((n) => kinds.some((k) => TYPES[k] === n.type));
      } else {
        if (!/^\d+$/.test(v)) return fail(`Expected a positive decimal integer argument to ${w}, but got ${quoteName(v, ctx.env)}`);
        // Global options after a test make GNU find warn: not simulated.
        if (plan.tests.length > 0) return notSimulated(`find … ${w} after a test`);
        if (w === '-maxdepth') plan.maxDepth = Number(v);
        else plan.minDepth = Number(v);
      }
      continue;
    }
    if (KNOWN.has(w)) return notSimulated(`find ${w}`);
    if (w.startsWith('-')) return fail(`unknown predicate \`${w}'`);
    return fail(`paths must precede expression: \`${w}'`);
  }
  return plan;
}

export function find(args: readonly string[], ctx: ProgramContext): CommandResult {
  if (args[0] !== undefined && ['-H', '-L', '-P', '-D', '-O'].some((o) => args[0]?.startsWith(o))) return notSimulated(`find ${args[0]}`);
  let split = args.findIndex((a) => (a.startsWith('-') && a.length > 1) || a === '!' || a === '(');
  if (split < 0) split = args.length;
  const starts = split === 0 ? ['.'] : args.slice(0, split);
  const plan = parseExpression(args.slice(split), ctx);
  if ('exitCode' in plan) return plan;
  let stdout = '';
  let stderr = '';
  const denied = (path: string) => {
    stderr += `find: ${quoteName(path, ctx.env)}: Permission denied\n`;
  };
  const visit = (path: string, abs: string, node: FsNode, depth: number): void => {
    const base = depth === 0 ? path.replace(/\/+$/, '').split('/').pop() || path : path.slice(path.lastIndexOf('/') + 1);
    if (depth >= plan.minDepth && plan.tests.every((t) => t(node, base))) stdout += `${path}\n`;
    if (node.type !== 'dir' || depth >= plan.maxDepth) return;
    if (!allowed(node, ctx.cred, 4) || !allowed(node, ctx.cred, 1)) {
      denied(path);
      return;
    }
    const listed = ctx.fs.list(abs);
    for (const [name, child] of listed.ok ? listed.entries : []) {
      const childAbs = `${abs === '/' ? '' : abs}/${name}`;
      // -P: a symbolic link is the link itself (a directory's entries are not followed).
      visit(`${path.endsWith('/') ? path : `${path}/`}${name}`, childAbs, child, depth + 1);
    }
  };
  for (const start of starts) {
    const found = lookupAs(ctx, start, false);
    if (!found.ok) {
      stderr += `find: ${quoteName(start, ctx.env)}: ${found.error === 'EACCES' ? 'Permission denied' : found.error === 'ENOTDIR' ? 'Not a directory' : 'No such file or directory'}\n`;
      continue;
    }
    visit(start, found.abs, found.node, 0);
  }
  return { stdout, stderr, exitCode: stderr ? 1 : 0 };
}

import { type FsNode, normalizePath } from '../../../../sim/kernel/fs.js';
import type { CommandResult } from '../../../command-result.js';
import type { ProgramContext } from '../../../program.js';
import { notSimulated, quoteName } from '../common.js';
import { lookupAs } from './file-info.js';
import { ERRNO_TEXT, outsideModel, quoteAf, UMASK } from './fs-access.js';

// coreutils chmod (texts recorded with 9.1, worded as 8.32 does): octal and symbolic modes,
// -R. Only the owner (or root) may change a file's mode.

const tryHelp = "Try 'chmod --help' for more information.\n";

type ModeChange = (mode: number, isDir: boolean) => number;

/** A symbolic clause list (`u+x,go-w`, `a=r`, `+t`): undefined when it is not one. */
function symbolic(text: string): ModeChange | undefined {
  const clauses = text.split(',');
  const steps: ((mode: number, isDir: boolean) => number)[] = [];
  for (const clause of clauses) {
    const m = /^([ugoa]*)((?:[-+=][rwxXst]*)+)$/.exec(clause);
    if (!m) return undefined;
    const who = m[1] ?? '';
    const ops = m[2] ?? '';
    // Without u/g/o/a the umask limits what the clause changes (chmod +x on Ubuntu: a+x, yet never g+w).
    const mask = who === '' ? ~UMASK : 0o7777;
    let whoBits = 0;
    for (const w of who === '' ? 'a' : who) whoBits |= w === 'u' ? 0o4700 : w === 'g' ? 0o2070 : w === 'o' ? 0o1007 : 0o7777;
    for (const op of ops.match(/[-+=][rwxXst]*/g) ?? []) {
      const sign = op[0] as string;
      const perms = op.slice(1);
      steps.push((mode, isDir) => {
        let bits = 0;
        for (const p of perms) {
          if (p === 'r') bits |= 0o444;
          else if (p === 'w') bits |= 0o222;
          else if (p === 'x') bits |= 0o111;
          else if (p === 'X') bits |= isDir || (mode & 0o111) !== 0 ? 0o111 : 0;
          else if (p === 's') bits |= 0o6000;
          else if (p === 't') bits |= 0o1000;
        }
        bits &= whoBits & mask;
        if (sign === '+') return mode | bits;
        if (sign === '-') return mode & ~bits;
        return (mode & ~(whoBits & 0o7777)) | bits;
      });
    }
  }
  return (mode, isDir) => steps.reduce((m, step) => step(m, isDir), mode);
}

function parseMode(text: string): ModeChange | undefined {
  if (/^[0-7]{1,4}$/.test(text)) {
    const value = parseInt(text, 8);
    return () => value;
  }
  return symbolic(text);
}

export function chmod(args: readonly string[], ctx: ProgramContext): CommandResult {
  let recursive = false;
  let modeText: string | undefined;
  const files: string[] = [];
  let options = true;
  for (const a of args) {
    if (options && a === '--') options = false;
    // `chmod -x f`: a mode that starts with '-' is a mode, not an option.
    else if (options && modeText === undefined && /^-[rwxXst]+$/.test(a)) modeText = a;
    else if (options && (a === '-R' || a === '--recursive')) recursive = true;
    else if (options && a.startsWith('-') && a.length > 1) {
      if (/^-[cfvR]+$/.test(a) || a.startsWith('--')) return notSimulated(`chmod ${a}`);
      return { stdout: '', stderr: `chmod: invalid option -- '${a[1] ?? ''}'\n${tryHelp}`, exitCode: 1 };
    } else if (modeText === undefined) modeText = a;
    else files.push(a);
  }
  if (modeText === undefined) return { stdout: '', stderr: `chmod: missing operand\n${tryHelp}`, exitCode: 1 };
  if (files.length === 0) return { stdout: '', stderr: `chmod: missing operand after ${quoteName(modeText, ctx.env)}\n${tryHelp}`, exitCode: 1 };
  const change = parseMode(modeText);
  if (!change) return { stdout: '', stderr: `chmod: invalid mode: ${quoteName(modeText, ctx.env)}\n${tryHelp}`, exitCode: 1 };
  let stderr = '';
  const apply = (name: string, node: FsNode): void => {
    if (ctx.cred.uid !== 0 && node.uid !== ctx.cred.uid) {
      stderr += `chmod: changing permissions of ${quoteAf(name)}: ${ERRNO_TEXT.EPERM}\n`;
      return;
    }
    node.mode = change(node.mode & 0o7777, node.type === 'dir') & 0o7777;
  };
  const walk = (name: string, abs: string, node: FsNode): void => {
    // -R changes what it finds without following symbolic links inside the tree.
    if (node.type === 'symlink') return;
    apply(name, node);
    if (node.type !== 'dir') return;
    const listed = ctx.fs.list(abs);
    for (const [child, c] of listed.ok ? listed.entries : []) walk(`${name.replace(/\/$/, '')}/${child}`, `${abs === '/' ? '' : abs}/${child}`, c);
  };
  for (const name of files) {
    const abs = normalizePath(name, ctx.place.cwd);
    if (outsideModel(ctx, abs)) return notSimulated(`chmod ${modeText} ${name}`);
    // A symbolic link operand is followed: its target changes.
    const found = lookupAs(ctx, name, true);
    if (!found.ok) {
      stderr += `chmod: cannot access ${quoteAf(name)}: ${ERRNO_TEXT[found.error] ?? found.error}\n`;
      continue;
    }
    if (recursive) walk(name, abs, found.node);
    else apply(name, found.node);
  }
  return { stdout: '', stderr, exitCode: stderr ? 1 : 0 };
}

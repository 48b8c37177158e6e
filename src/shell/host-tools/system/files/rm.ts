import { allowed, type FsNode, normalizePath } from '../../../../sim/kernel/fs.js';
import type { CommandResult } from '../../../command-result.js';
import type { ProgramContext } from '../../../program.js';
import { getopt } from '../../../text-tools/getopt.js';
import { notSimulated } from '../common.js';
import { lookupAs } from './file-info.js';
import { ERRNO_TEXT, outsideModel, parentOf, quoteAf, stickyRefuses, writableDir } from './fs-access.js';

// coreutils rm (texts recorded with 9.1; 8.32 words them the same): -r, -f, -d, -v. Asking
// (-i, -I) needs a terminal answer: not simulated.

interface RmOptions {
  readonly recursive: boolean;
  readonly force: boolean;
  readonly dir: boolean;
  readonly verbose: boolean;
}

class Removal {
  stdout = '';
  stderr = '';

  constructor(private readonly ctx: ProgramContext, private readonly o: RmOptions) {}

  private fail(name: string, code: string): void {
    this.stderr += `rm: cannot remove ${quoteAf(name)}: ${ERRNO_TEXT[code] ?? code}\n`;
  }

  /** unlink(2)/rmdir(2) of one entry: write access to its directory, and the sticky bit's rule. */
  private unlink(name: string, abs: string, node: FsNode, dir: FsNode): boolean {
    if (!writableDir(this.ctx, dir)) {
      this.fail(name, 'EACCES');
      return false;
    }
    if (stickyRefuses(this.ctx, dir, node)) {
      this.fail(name, 'EPERM');
      return false;
    }
    this.ctx.fs.remove(abs);
    if (this.o.verbose) this.stdout += `removed ${node.type === 'dir' ? 'directory ' : ''}${quoteAf(name)}\n`;
    return true;
  }

  /** A directory's contents, then itself (rm -r), depth first in name order. */
  private tree(name: string, abs: string, node: Extract<FsNode, { type: 'dir' }>, parent: FsNode): boolean {
    if (!allowed(node, this.ctx.cred, 4) || !allowed(node, this.ctx.cred, 1)) {
      this.stderr += `rm: cannot open directory ${quoteAf(name)}: Permission denied\n`;
      return false;
    }
    let all = true;
    const listed = this.ctx.fs.list(abs);
    for (const [child, c] of listed.ok ? listed.entries : []) {
      const childName = `${name.endsWith('/') ? name : `${name}/`}${child}`;
      const childAbs = `${abs === '/' ? '' : abs}/${child}`;
      const ok = c.type === 'dir' ? this.tree(childName, childAbs, c, node) : this.unlink(childName, childAbs, c, node);
      all &&= ok;
    }
    return all ? this.unlink(name, abs, node, parent) : false;
  }

  one(name: string): CommandResult | undefined {
    const abs = normalizePath(name, this.ctx.place.cwd);
    const base = name.replace(/\/+$/, '').split('/').pop() ?? '';
    if (this.o.recursive && abs === '/') {
      this.stderr += "rm: it is dangerous to operate recursively on '/'\nrm: use --no-preserve-root to override this failsafe\n";
      return undefined;
    }
    if (base === '.' || base === '..') {
      this.stderr += `rm: refusing to remove '.' or '..' directory: skipping ${quoteAf(name)}\n`;
      return undefined;
    }
    if (outsideModel(this.ctx, abs)) return notSimulated(`rm ${name}`);
    const found = lookupAs(this.ctx, name, false);
    if (!found.ok) {
      if (!(this.o.force && found.error === 'ENOENT')) this.fail(name, found.error);
      return undefined;
    }
    const parent = parentOf(this.ctx, name);
    if (!parent.ok) {
      this.fail(name, parent.error);
      return undefined;
    }
    const node = found.node;
    if (node.type === 'dir') {
      if (this.o.recursive) this.tree(name, abs, node, parent.node);
      else if (!this.o.dir) this.fail(name, 'EISDIR');
      else if (node.children.size > 0) this.fail(name, 'ENOTEMPTY');
      else this.unlink(name, abs, node, parent.node);
      return undefined;
    }
    this.unlink(name, abs, node, parent.node);
    return undefined;
  }
}

export function rm(args: readonly string[], ctx: ProgramContext): CommandResult {
  const parsed = getopt('rm', args, {
    short: 'dfiIrRv',
    long: [
      { name: 'dir', key: 'd', arg: 'none' }, { name: 'force', key: 'f', arg: 'none' }, { name: 'interactive', key: 'i', arg: 'optional' },
      { name: 'recursive', key: 'r', arg: 'none' }, { name: 'verbose', key: 'v', arg: 'none' },
      { name: 'no-preserve-root', key: 'np', arg: 'none' }, { name: 'one-file-system', key: 'x', arg: 'none' },
    ],
  }, 'gnu');
  if (!parsed.ok) return { stdout: '', stderr: `${parsed.message}\nTry 'rm --help' for more information.\n`, exitCode: 1 };
  const o = { recursive: false, force: false, dir: false, verbose: false };
  for (const opt of parsed.options) {
    if (opt.key === 'r' || opt.key === 'R') o.recursive = true;
    else if (opt.key === 'f') o.force = true;
    else if (opt.key === 'd') o.dir = true;
    else if (opt.key === 'v') o.verbose = true;
    else return notSimulated(`rm ${opt.typed}`);
  }
  if (parsed.operands.length === 0) {
    return o.force ? { stdout: '', stderr: '', exitCode: 0 } : { stdout: '', stderr: "rm: missing operand\nTry 'rm --help' for more information.\n", exitCode: 1 };
  }
  const removal = new Removal(ctx, o);
  for (const name of parsed.operands) {
    const refused = removal.one(name);
    if (refused) return refused;
  }
  return { stdout: removal.stdout, stderr: removal.stderr, exitCode: removal.stderr ? 1 : 0 };
}

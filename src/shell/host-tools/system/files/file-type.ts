import { allowed, normalizePath } from '../../../../sim/kernel/fs.js';
import type { CommandResult } from '../../../command-result.js';
import type { ProgramContext } from '../../../program.js';
import { notSimulated } from '../common.js';
import { lookupAs } from './file-info.js';

// file(1) (5.44 on the reference host; 5.41 on Ubuntu 22.04 words these the same) for what the
// simulated filesystem holds: directories, sockets, symbolic links and text. Names are aligned
// on the longest one, as file does without -N.

const USAGE = `Usage: file [-bcCdEhikLlNnprsSvzZ0] [--apple] [--extension] [--mime-encoding]
            [--mime-type] [-e <testname>] [-F <separator>]  [-f <namefile>]
            [-m <magicfiles>] [-P <parameter=value>] [--exclude-quiet]
            <file> ...
       file -C [-m <magicfiles>]
       file [--help]
`;

const ERRNO: Readonly<Record<string, string>> = { ENOENT: 'No such file or directory', EACCES: 'Permission denied', ENOTDIR: 'Not a directory' };

/** What file says of a text: ASCII, or UTF-8 when anything is beyond it; undefined for what it would call data. */
function describeText(content: string): string | undefined {
  if (content === '') return 'empty';
  if (/[\x00-\x06\x0e-\x1a\x1c-\x1f\x7f]/.test(content)) return undefined;
  const kind = /^[\x00-\x7f]*$/.test(content) ? 'ASCII text' : 'Unicode text, UTF-8 text';
  return content.includes('\n') ? kind : `${kind}, with no line terminators`;
}

type Description = { readonly text: string } | { readonly notSimulated: true };

function describe(ctx: ProgramContext, name: string, follow: boolean): Description {
  const found = lookupAs(ctx, name, follow);
  if (!found.ok) return { text: `cannot open \`${name}' (${ERRNO[found.error] ?? found.error})` };
  const node = found.node;
  if (node.type === 'dir') return { text: 'directory' };
  if (node.type === 'socket') return { text: 'socket' };
  if (node.type === 'symlink') {
    const base = found.abs.slice(0, found.abs.lastIndexOf('/')) || '/';
    const broken = ctx.fs.lookup(normalizePath(node.target, base)) === undefined;
    return { text: `${broken ? 'broken ' : ''}symbolic link to ${node.target}` };
  }
  if (!allowed(node, ctx.cred, 4)) return { text: `cannot open \`${name}' (Permission denied)` };
  const text = describeText(typeof node.content === 'function' ? node.content() : node.content);
  return text === undefined ? { notSimulated: true } : { text };
}

export function fileProgram(args: readonly string[], ctx: ProgramContext): CommandResult {
  let brief = false;
  let follow = false;
  const names: string[] = [];
  let options = true;
  for (const a of args) {
    if (options && a === '--') options = false;
    else if (options && a.startsWith('-') && a !== '-') {
      for (const c of a.slice(1)) {
        if (c === 'b') brief = true;
        else if (c === 'L') follow = true;
        else if (c === 'h') follow = false;
        else return notSimulated(`file ${a}`);
      }
    } else names.push(a);
  }
  if (names.length === 0) return { stdout: '', stderr: USAGE, exitCode: 1 };
  const width = Math.max(...names.map((n) => n.length)) + 1;
  let out = '';
  for (const name of names) {
    const d = describe(ctx, name, follow);
    if ('notSimulated' in d) return notSimulated(`file ${name}`);
    out += brief ? `${d.text}\n` : `${`${name}:`.padEnd(width)} ${d.text}\n`;
  }
  return { stdout: out, stderr: '', exitCode: 0 };
}

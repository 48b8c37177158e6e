import type { Tool, ToolIO } from '../tool-io.js';
import { quoteIfNeeded } from './gnu-quote.js';
import { errnoText, Inputs, splitLinesKeep } from './files.js';
import { getopt, type OptionSpec } from './getopt.js';
import { busyboxHelp, notSimulated, usageError } from './usage.js';

const gnuSpec: OptionSpec = {
  short: 'AbeEnstTuv',
  long: [
    { name: 'number-nonblank', key: 'b', arg: 'none' },
    { name: 'number', key: 'n', arg: 'none' },
    { name: 'squeeze-blank', key: 's', arg: 'none' },
    { name: 'show-nonprinting', key: 'v', arg: 'none' },
    { name: 'show-ends', key: 'E', arg: 'none' },
    { name: 'show-tabs', key: 'T', arg: 'none' },
    { name: 'show-all', key: 'A', arg: 'none' },
    { name: 'help', key: 'help', arg: 'none' },
    { name: 'version', key: 'version', arg: 'none' },
  ],
};
const busyboxSpec: OptionSpec = { short: 'nbvteA' };

interface Style {
  number: 'none' | 'all' | 'nonblank';
  squeeze: boolean;
  ends: boolean;
  tabs: boolean;
  nonprinting: boolean;
}

export const cat: Tool = (args, io) => {
  const busybox = io.flavor === 'busybox';
  if (busybox && args[0] === '--help') return { stdout: '', stderr: busyboxHelp('cat'), exitCode: 0 };
  const parsed = getopt('cat', args, busybox ? busyboxSpec : gnuSpec, io.flavor);
  if (!parsed.ok) return usageError('cat', io.flavor, parsed.message);
  const style: Style = { number: 'none', squeeze: false, ends: false, tabs: false, nonprinting: false };
  for (const o of parsed.options) {
    if (o.key === 'help' || o.key === 'version') return notSimulated('cat', o.typed);
    if (o.key === 'n' && style.number === 'none') style.number = 'all';
    if (o.key === 'b') style.number = 'nonblank';
    if (o.key === 's') style.squeeze = true;
    if ('AeE'.includes(o.key)) style.ends = true;
    if ('AtT'.includes(o.key)) style.tabs = true;
    if ('Aetv'.includes(o.key)) style.nonprinting = true;
  }
  return concatenate(parsed.operands.length === 0 ? ['-'] : parsed.operands, style, io);
};

function concatenate(names: readonly string[], style: Style, io: ToolIO): ReturnType<Tool> {
  const busybox = io.flavor === 'busybox';
  const inputs = new Inputs(io);
  const plain = style.number === 'none' && !style.squeeze && !style.ends && !style.tabs && !style.nonprinting;
  const numbering = new Numbering(style);
  let stdout = '';
  let stderr = '';
  for (const name of names) {
    const read = inputs.read(name);
    if (read.kind === 'error') {
      if (!busybox) stderr += `cat: ${quoteIfNeeded(name)}: ${errnoText[read.code]}\n`;
      else if (read.code === 'EISDIR') stderr += 'cat: read error: Is a directory\n';
      else stderr += `cat: can't open '${name}': ${errnoText[read.code]}\n`;
      continue;
    }
    // busybox numbers each file on its own and ends its last line; GNU carries a partial line over.
    const content = busybox && style.number !== 'none' && read.content !== '' && !read.content.endsWith('\n') ? `${read.content}\n` : read.content;
    stdout += plain ? content : numbering.format(content);
  }
  return { stdout, stderr, exitCode: stderr === '' ? 0 : 1 };
}

/** Line numbers, `$` ends, `^I` tabs, `^X`/`M-x` for other bytes; state carries across files. */
class Numbering {
  private line = 0;
  private atLineStart = true;
  private blankRun = 0;

  constructor(private readonly style: Style) {}

  format(content: string): string {
    let out = '';
    for (const piece of splitLinesKeep(content)) {
      const ended = piece.endsWith('\n');
      const body = ended ? piece.slice(0, -1) : piece;
      const blank = this.atLineStart && body === '' && ended;
      if (blank) this.blankRun++;
      else if (this.atLineStart) this.blankRun = 0;
      if (this.style.squeeze && blank && this.blankRun > 1) continue;
      if (this.atLineStart && (this.style.number === 'all' || (this.style.number === 'nonblank' && !blank))) {
        out += `${String(++this.line).padStart(6)}\t`;
      }
      out += this.visible(body) + (ended ? (this.style.ends ? '$\n' : '\n') : '');
      this.atLineStart = ended;
    }
    return out;
  }

  private visible(text: string): string {
    if (!this.style.nonprinting) return this.style.tabs ? text.replaceAll('\t', '^I') : text;
    let out = '';
    for (const b of Buffer.from(text, 'utf8')) {
      if (b === 9) out += this.style.tabs ? '^I' : '\t';
      else if (b >= 128) out += `M-${caret(b - 128)}`;
      else out += caret(b);
    }
    return out;
  }
}

function caret(b: number): string {
  if (b < 32) return `^${String.fromCharCode(b + 64)}`;
  if (b === 127) return '^?';
  return String.fromCharCode(b);
}

import type { CommandResult } from '../command-result.js';
import type { Tool, ToolIO } from '../tool-io.js';
import { invalidCountMessage, parseCount } from './counts.js';
import { quoteAlways } from './gnu-quote.js';
import { errnoText, Inputs, splitLinesKeep } from './files.js';
import { getopt, type OptionSpec } from './getopt.js';
import type { Selection } from './head.js';
import { busyboxHelp, notSimulated, usageError } from './usage.js';

const gnuSpec: OptionSpec = {
  short: 'c:n:fFqs:vz0123456789',
  long: [
    { name: 'bytes', key: 'c', arg: 'required' },
    { name: 'follow', key: 'f', arg: 'optional' },
    { name: 'lines', key: 'n', arg: 'required' },
    { name: 'max-unchanged-stats', key: 'max-unchanged-stats', arg: 'required' },
    { name: '-disable-inotify', key: 'disable-inotify', arg: 'none' },
    { name: 'pid', key: 'pid', arg: 'required' },
    { name: '-presume-input-pipe', key: 'presume', arg: 'none' },
    { name: 'quiet', key: 'q', arg: 'none' },
    { name: 'retry', key: 'retry', arg: 'none' },
    { name: 'silent', key: 'q', arg: 'none' },
    { name: 'sleep-interval', key: 's', arg: 'required' },
    { name: 'verbose', key: 'v', arg: 'none' },
    { name: 'zero-terminated', key: 'z', arg: 'none' },
    { name: 'help', key: 'help', arg: 'none' },
    { name: 'version', key: 'version', arg: 'none' },
  ],
};
const busyboxSpec: OptionSpec = { short: 'fFs:c:n:qv' };

export const tail: Tool = (args, io) => {
  const busybox = io.flavor === 'busybox';
  if (busybox && args[0] === '--help') return { stdout: '', stderr: busyboxHelp('tail'), exitCode: 0 };
  let rest = args;
  let spec: { unit: 'lines' | 'bytes'; text: string } = { unit: 'lines', text: '10' };
  // The old `tail -5` and `tail +5` forms, only as the first argument.
  const old = /^([-+])([0-9]+)(.*)$/.exec(args[0] ?? '');
  if (old !== null) {
    const [, sign = '', digits = '', suffix = ''] = old;
    const text = sign === '+' ? `+${digits}` : digits;
    if (suffix === '' || suffix === 'l') spec = { unit: 'lines', text };
    else if (suffix === 'c' && !busybox) spec = { unit: 'bytes', text };
    else if (busybox) return fail(`tail: invalid number '${digits}${suffix}'`);
    else if (/^[bf]$/.test(suffix)) return notSimulated('tail', args[0] ?? '');
    else return fail(`tail: option used in invalid context -- ${digits[0] ?? ''}`);
    rest = args.slice(1);
  }
  const parsed = getopt('tail', rest, busybox ? busyboxSpec : gnuSpec, io.flavor);
  if (!parsed.ok) return usageError('tail', io.flavor, parsed.message);
  let headers: boolean | undefined;
  for (const o of parsed.options) {
    if (o.key === 'n' || o.key === 'c') spec = { unit: o.key === 'n' ? 'lines' : 'bytes', text: o.value ?? '' };
    else if (o.key === 'q') headers = false;
    else if (o.key === 'v') headers = true;
    else if (/^[0-9]$/.test(o.key)) return fail(`tail: option used in invalid context -- ${o.key}`);
    else return notSimulated('tail', o.typed);
  }
  const count = parseCount(spec.text, io.flavor, true);
  if (count === undefined) return fail(invalidCountMessage('tail', io.flavor, spec.unit, spec.text));
  const names = parsed.operands.length === 0 ? ['-'] : parsed.operands;
  return printTails(names, { unit: spec.unit, count }, headers, io);
};

const fail = (message: string): CommandResult => ({ stdout: '', stderr: `${message}\n`, exitCode: 1 });

/**
 * GNU shows headers when given several operands; busybox opens all files first and shows
 * them only when more than one opened (and says `no files` when none did).
 */
function printTails(names: readonly string[], selection: Selection, forced: boolean | undefined, io: ToolIO): CommandResult {
  const busybox = io.flavor === 'busybox';
  const inputs = new Inputs(io);
  const reads = names.map((name) => ({ name, read: inputs.read(name) }));
  let stderr = '';
  const opened = reads.filter(({ name, read }) => {
    if (read.kind === 'file' || read.code === 'EISDIR') return true;
    stderr += busybox ? `tail: can't open '${name}': ${errnoText[read.code]}\n` : `tail: cannot open ${quoteAlways(name)} for reading: ${errnoText[read.code]}\n`;
    return false;
  });
  if (busybox && opened.length === 0) return { stdout: '', stderr: `${stderr}tail: no files\n`, exitCode: 1 };
  const headers = forced ?? (busybox ? opened.length : names.length) > 1;
  let stdout = '';
  opened.forEach(({ name, read }, i) => {
    const shown = name === '-' ? (busybox ? '-' : 'standard input') : name;
    if (headers) stdout += `${i === 0 ? '' : '\n'}==> ${shown} <==\n`;
    if (read.kind === 'error') stderr += busybox ? 'tail: read error: Is a directory\n' : `tail: error reading ${quoteAlways(name)}: Is a directory\n`;
    else stdout += takeTail(read.content, selection);
  });
  return { stdout, stderr, exitCode: stderr === '' ? 0 : 1 };
}

function takeTail(content: string, { unit, count }: Selection): string {
  if (unit === 'bytes') {
    const bytes = Buffer.from(content, 'utf8');
    const start = count.plus ? Math.max(0, count.value - 1) : Math.max(0, bytes.length - count.value);
    return bytes.subarray(start).toString('utf8');
  }
  const lines = splitLinesKeep(content);
  const start = count.plus ? Math.max(0, count.value - 1) : Math.max(0, lines.length - count.value);
  return lines.slice(start).join('');
}

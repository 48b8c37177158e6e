import type { CommandResult } from '../command-result.js';
import type { Tool, ToolIO } from '../tool-io.js';
import { invalidCountMessage, parseCount, type Count } from './counts.js';
import { quoteAlways } from './gnu-quote.js';
import { errnoText, Inputs, splitLinesKeep } from './files.js';
import { getopt, type OptionSpec } from './getopt.js';
import { busyboxHelp, notSimulated, usageError } from './usage.js';

const gnuSpec: OptionSpec = {
  short: 'c:n:qvz0123456789',
  long: [
    { name: 'bytes', key: 'c', arg: 'required' },
    { name: 'lines', key: 'n', arg: 'required' },
    { name: '-presume-input-pipe', key: 'presume', arg: 'none' },
    { name: 'quiet', key: 'q', arg: 'none' },
    { name: 'silent', key: 'q', arg: 'none' },
    { name: 'verbose', key: 'v', arg: 'none' },
    { name: 'zero-terminated', key: 'z', arg: 'none' },
    { name: 'help', key: 'help', arg: 'none' },
    { name: 'version', key: 'version', arg: 'none' },
  ],
};
const busyboxSpec: OptionSpec = { short: 'n:c:qv', busyboxNoLong: true };

export interface Selection {
  readonly unit: 'lines' | 'bytes';
  readonly count: Count;
}

export const head: Tool = (args, io) => {
  const busybox = io.flavor === 'busybox';
  if (busybox && args[0] === '--help') return { stdout: '', stderr: busyboxHelp('head'), exitCode: 0 };
  let rest = args;
  let spec: { unit: 'lines' | 'bytes'; text: string } = { unit: 'lines', text: '10' };
  // The old `head -5` form, only as the first argument.
  const old = /^-([0-9]+)(.*)$/.exec(args[0] ?? '');
  if (old !== null) {
    const [, digits = '', suffix] = old;
    if (busybox && suffix !== '') return fail(`head: invalid number '${digits}${suffix}'`);
    if (suffix === 'c') spec = { unit: 'bytes', text: digits };
    else if (suffix === '' || suffix === 'l') spec = { unit: 'lines', text: digits };
    else if (/^[bkmqvz]/.test(suffix ?? '')) return notSimulated('head', args[0] ?? '');
    else return usageError('head', io.flavor, `head: invalid trailing option -- ${suffix?.[0] ?? ''}`);
    rest = args.slice(1);
  }
  const parsed = getopt('head', rest, busybox ? busyboxSpec : gnuSpec, io.flavor);
  if (!parsed.ok) return usageError('head', io.flavor, parsed.message);
  let headers: boolean | undefined;
  for (const o of parsed.options) {
    if (o.key === 'n' || o.key === 'c') spec = { unit: o.key === 'n' ? 'lines' : 'bytes', text: o.value ?? '' };
    else if (o.key === 'q') headers = false;
    else if (o.key === 'v') headers = true;
    else return notSimulated('head', o.typed);
  }
  const count = parseCount(spec.text, io.flavor, false);
  if (count === undefined) return fail(invalidCountMessage('head', io.flavor, spec.unit, spec.text));
  const names = parsed.operands.length === 0 ? ['-'] : parsed.operands;
  return printHeads(names, { unit: spec.unit, count }, headers ?? names.length > 1, io);
};

const fail = (message: string): CommandResult => ({ stdout: '', stderr: `${message}\n`, exitCode: 1 });

function printHeads(names: readonly string[], selection: Selection, headers: boolean, io: ToolIO): CommandResult {
  const busybox = io.flavor === 'busybox';
  const inputs = new Inputs(io);
  let stdout = '';
  let stderr = '';
  let first = true;
  const header = (name: string): void => {
    if (headers) stdout += `${first ? '' : '\n'}==> ${name === '-' ? 'standard input' : name} <==\n`;
    first = false;
  };
  for (const name of names) {
    const read = inputs.read(name);
    if (read.kind === 'error' && read.code !== 'EISDIR') {
      stderr += busybox ? `head: ${name}: ${errnoText[read.code]}\n` : `head: cannot open ${quoteAlways(name)} for reading: ${errnoText[read.code]}\n`;
      continue;
    }
    // A directory opens fine; reading it fails after the header.
    header(name);
    if (read.kind === 'error') {
      stderr += busybox ? `head: ${name}: Input/output error\n` : `head: error reading ${quoteAlways(name)}: Is a directory\n`;
      continue;
    }
    stdout += takeHead(read.content, selection);
  }
  return { stdout, stderr, exitCode: stderr === '' ? 0 : 1 };
}

function takeHead(content: string, { unit, count }: Selection): string {
  if (unit === 'bytes') {
    const bytes = Buffer.from(content, 'utf8');
    const end = count.minus ? Math.max(0, bytes.length - count.value) : count.value;
    return bytes.subarray(0, end).toString('utf8');
  }
  const lines = splitLinesKeep(content);
  const end = count.minus ? Math.max(0, lines.length - count.value) : count.value;
  return lines.slice(0, end).join('');
}

import type { CommandResult } from '../command-result.js';
import type { Flavor, Tool } from '../tool-io.js';
import { quoteIfNeeded } from './gnu-quote.js';
import { errnoText, Inputs, splitLines } from './files.js';
import { getopt, type LongOption, type OptionSpec } from './getopt.js';
import { busyboxHelp, notSimulated, usageError } from './usage.js';

const o = (name: string, key: string, arg: LongOption['arg'] = 'none'): LongOption => ({ name, key, arg });
const gnuSpec: OptionSpec = {
  short: 'b:c:d:f:nsz',
  long: [
    o('bytes', 'b', 'required'), o('characters', 'c', 'required'), o('fields', 'f', 'required'), o('delimiter', 'd', 'required'),
    o('only-delimited', 's'), o('output-delimiter', 'output-delimiter', 'required'), o('complement', 'complement'),
    o('zero-terminated', 'z'), o('help', 'help'), o('version', 'version'),
  ],
};
const busyboxSpec: OptionSpec = { short: 'b:c:d:f:F:O:sDn' };

/** Inclusive 1-based ranges; `to` undefined means to the end. */
interface Range {
  readonly from: number;
  readonly to: number | undefined;
}

type ListParse = { readonly ok: true; readonly ranges: readonly Range[] } | { readonly ok: false; readonly result: CommandResult };

export const cut: Tool = (args, io) => {
  const flavor = io.flavor;
  if (flavor === 'busybox' && args[0] === '--help') return { stdout: '', stderr: busyboxHelp('cut'), exitCode: 0 };
  const parsed = getopt('cut', args, flavor === 'busybox' ? busyboxSpec : gnuSpec, flavor);
  if (!parsed.ok) return usageError('cut', flavor, parsed.message);
  let mode: 'b' | 'c' | 'f' | undefined;
  let list = '';
  let delimiter: string | undefined;
  let outputDelimiter: string | undefined;
  let onlyDelimited = false;
  let complement = false;
  for (const opt of parsed.options) {
    const v = opt.value ?? '';
    if (opt.key === 'b' || opt.key === 'c' || opt.key === 'f') {
      if (mode !== undefined) return usageError('cut', flavor, flavor === 'gnu' ? 'cut: only one list may be specified' : undefined);
      mode = opt.key;
      list = v;
    } else if (opt.key === 'd') delimiter = v;
    else if (opt.key === 's') onlyDelimited = true;
    else if (opt.key === 'n') continue; // ignored by both
    else if (opt.key === 'output-delimiter') outputDelimiter = v;
    else if (opt.key === 'complement') complement = true;
    else return notSimulated('cut', opt.typed);
  }
  if (mode === undefined) {
    if (flavor === 'busybox') return { stdout: '', stderr: 'cut: expected a list of bytes, characters, or fields\n', exitCode: 1 };
    return usageError('cut', flavor, 'cut: you must specify a list of bytes, characters, or fields');
  }
  if (mode !== 'f' && (delimiter !== undefined || onlyDelimited)) {
    const gnu = delimiter !== undefined
      ? 'an input delimiter may be specified only when operating on fields'
      : 'suppressing non-delimited lines makes sense\n\tonly when operating on fields';
    if (flavor === 'gnu') return usageError('cut', flavor, `cut: ${gnu}`);
    const busybox = delimiter !== undefined ? 'a delimiter may be specified only when operating on fields' : gnu.replace('\n\t', ' ');
    return { stdout: '', stderr: `cut: ${busybox}\n`, exitCode: 1 };
  }
  if (delimiter !== undefined && [...delimiter].length !== 1 && flavor === 'gnu') {
    return usageError('cut', flavor, 'cut: the delimiter must be a single character');
  }
  const ranges = parseList(list, mode, flavor);
  if (!ranges.ok) return ranges.result;
  const wanted = (n: number): boolean => ranges.ranges.some((r) => n >= r.from && (r.to === undefined || n <= r.to)) !== complement;
  const sep = delimiter === undefined || delimiter === '' ? '\t' : ([...delimiter][0] ?? '\t');
  const cutLine = (line: string): string | undefined => {
    if (mode !== 'f') {
      const bytes = [...Buffer.from(line, 'utf8')].filter((_, i) => wanted(i + 1));
      return Buffer.from(bytes).toString('utf8');
    }
    if (!line.includes(sep)) return onlyDelimited ? undefined : line;
    return line.split(sep).filter((_, i) => wanted(i + 1)).join(outputDelimiter ?? sep);
  };
  const inputs = new Inputs(io);
  let stdout = '';
  let stderr = '';
  for (const name of parsed.operands.length === 0 ? ['-'] : parsed.operands) {
    const read = inputs.read(name);
    if (read.kind === 'error') {
      if (!(flavor === 'busybox' && read.code === 'EISDIR')) stderr += `cut: ${flavor === 'gnu' ? quoteIfNeeded(name) : name}: ${errnoText[read.code]}\n`;
      continue;
    }
    for (const line of splitLines(read.content)) {
      const out = cutLine(line);
      if (out !== undefined) stdout += `${out}\n`;
    }
  }
  return { stdout, stderr, exitCode: stderr === '' ? 0 : 1 };
};

/** `1,3`, `2-`, `-2`, `1-3`: GNU's checks and messages; busybox's `invalid number`. */
function parseList(list: string, mode: 'b' | 'c' | 'f', flavor: Flavor): ListParse {
  const gnuError = (message: string): ListParse => ({ ok: false, result: usageError('cut', flavor, `cut: ${message}`) });
  const ranges: Range[] = [];
  for (const item of list.split(',')) {
    const m = /^([0-9]*)(-?)([0-9]*)$/.exec(item);
    if (m === null || (m[1] === '' && m[3] === '' && (m[2] === '' || flavor === 'gnu'))) {
      if (flavor === 'busybox') return { ok: false, result: { stdout: '', stderr: `cut: invalid number '${item}'\n`, exitCode: 1 } };
      const what = mode === 'f' ? 'field value' : 'byte/character position';
      return gnuError(item === '-' ? 'invalid range with no endpoint: -' : `invalid ${what} ‘${item}’`);
    }
    let from = m[1] === '' ? 1 : Number(m[1]);
    let to = m[2] === '' ? from : m[3] === '' ? undefined : Number(m[3]);
    if (flavor === 'gnu') {
      if (from === 0 || to === 0) return gnuError(mode === 'f' ? 'fields are numbered from 1' : 'byte/character positions are numbered from 1');
      if (to !== undefined && to < from) return gnuError('invalid decreasing range');
    } else {
      // busybox takes 0 as 1; a decreasing range selects no field, or its first character.
      from = Math.max(from, 1);
      if (m[2] === '') to = from;
      else if (to !== undefined && to < from) to = mode === 'f' ? 0 : from;
    }
    ranges.push({ from, to });
  }
  return { ok: true, ranges };
}

import type { CommandResult } from '../command-result.js';
import type { Tool } from '../tool-io.js';
import { quoteIfNeeded } from './gnu-quote.js';
import { errnoText, Inputs, splitLines } from './files.js';
import { getopt, type LongOption, type OptionSpec } from './getopt.js';
import { byteCompare, compareWith, extractKey, parseKey, plainOrdering, type KeySpec, type Ordering } from './sort-keys.js';
import { busyboxHelp, notSimulated, usageError } from './usage.js';

const o = (name: string, key: string, arg: LongOption['arg'] = 'none'): LongOption => ({ name, key, arg });
const gnuSpec: OptionSpec = {
  short: 'bcCdfghik:mMno:rRsS:t:T:uVy:z',
  long: [
    o('ignore-leading-blanks', 'b'), o('check', 'check', 'optional'), o('compress-program', 'compress-program', 'required'),
    o('debug', 'debug'), o('dictionary-order', 'd'), o('ignore-case', 'f'), o('files0-from', 'files0-from', 'required'),
    o('general-numeric-sort', 'g'), o('ignore-nonprinting', 'i'), o('key', 'k', 'required'), o('merge', 'm'),
    o('month-sort', 'M'), o('numeric-sort', 'n'), o('human-numeric-sort', 'h'), o('version-sort', 'V'), o('random-sort', 'R'),
    o('random-source', 'random-source', 'required'), o('sort', 'sort', 'required'), o('output', 'o', 'required'),
    o('reverse', 'r'), o('stable', 's'), o('buffer-size', 'S', 'required'), o('field-separator', 't', 'required'),
    o('temporary-directory', 'T', 'required'), o('unique', 'u'), o('zero-terminated', 'z'), o('parallel', 'parallel', 'required'),
    o('help', 'help'), o('version', 'version'),
  ],
};
const busyboxSpec: OptionSpec = { short: 'nrugMcszbdfimSo:k:t:T:' };

const fail = (message: string): CommandResult => ({ stdout: '', stderr: `${message}\n`, exitCode: 2 });

export const sort: Tool = (args, io) => {
  const flavor = io.flavor;
  if (flavor === 'busybox' && args[0] === '--help') return { stdout: '', stderr: busyboxHelp('sort'), exitCode: 0 };
  const parsed = getopt('sort', args, flavor === 'busybox' ? busyboxSpec : gnuSpec, flavor);
  if (!parsed.ok) return usageError('sort', flavor, parsed.message);
  const global: Ordering = plainOrdering();
  const keys: KeySpec[] = [];
  let separator: string | undefined;
  let unique = false;
  let stable = false;
  let check: 'report' | 'quiet' | undefined;
  for (const opt of parsed.options) {
    const v = opt.value ?? '';
    switch (opt.key) {
      case 'n': global.numeric = true; break;
      case 'r': global.reverse = true; break;
      case 'f': global.foldCase = true; break;
      case 'b': global.ignoreBlanks = true; break;
      case 'u': unique = true; break;
      case 's': stable = true; break;
      case 'c': check = 'report'; break;
      case 'C': check = 'quiet'; break;
      case 'k': {
        const key = parseKey(v, flavor);
        if (!key.ok) return key.message.startsWith('unsupported:') ? notSimulated('sort', `-k ${v}`) : fail(key.message);
        keys.push(key.key);
        break;
      }
      case 't':
        if ([...v].length !== 1) return fail(flavor === 'gnu' ? (v === '' ? 'sort: empty tab' : `sort: multi-character tab ‘${v}’`) : 'sort: bad -t parameter');
        separator = v;
        break;
      default:
        return notSimulated('sort', opt.typed);
    }
  }
  const names = parsed.operands.length === 0 ? ['-'] : parsed.operands;
  if (check !== undefined && flavor === 'gnu' && names.length > 1) return fail(`sort: extra operand '${names[1] ?? ''}' not allowed with -c`);
  const inputs = new Inputs(io);
  const lines: string[] = [];
  for (const name of names) {
    const read = inputs.read(name);
    if (read.kind === 'file') lines.push(...splitLines(read.content));
    else if (flavor === 'busybox' && read.code === 'EISDIR') continue; // busybox reads a directory as empty
    else if (flavor === 'busybox') return fail(`sort: ${name}: ${errnoText[read.code]}`);
    else if (read.code === 'EISDIR') return fail(`sort: read failed: ${quoteIfNeeded(name)}: Is a directory`);
    else return fail(`sort: ${check === undefined ? 'cannot read' : 'open failed'}: ${quoteIfNeeded(name)}: ${errnoText[read.code]}`);
  }
  const effectiveKeys = keys.length === 0 ? [{ startField: 1, startChar: 1, endField: 0, endChar: 0, ordering: undefined }] : keys;
  const compareKeys = (a: string, b: string): number => {
    for (const key of effectiveKeys) {
      const ordering = key.ordering ?? global;
      const blanks = ordering.ignoreBlanks;
      const r = compareWith(extractKey(a, key, separator, blanks), extractKey(b, key, separator, blanks), ordering, flavor);
      if (r !== 0) return r;
    }
    return 0;
  };
  if (check !== undefined) {
    // -c: the first line out of order (with -u, also one equal to the line before).
    const bad = lines.findIndex((line, i) => {
      if (i === 0) return false;
      const r = compareKeys(lines[i - 1] ?? '', line) || (!stable && !unique ? (global.reverse ? -1 : 1) * byteCompare(lines[i - 1] ?? '', line) : 0);
      return unique ? r >= 0 : r > 0;
    });
    if (bad < 0) return { stdout: '', stderr: '', exitCode: 0 };
    if (check === 'quiet') return { stdout: '', stderr: '', exitCode: 1 };
    const message = flavor === 'gnu' ? `sort: ${names[0] ?? '-'}:${bad + 1}: disorder: ${lines[bad] ?? ''}` : `Check line ${bad}`;
    return { stdout: '', stderr: `${message}\n`, exitCode: 1 };
  }
  // The last resort (whole lines, bytewise) breaks ties, except with -s, and GNU's -u,
  // which keeps the first of equal lines.
  const lastResort = !stable && !(unique && flavor === 'gnu');
  const sorted = lines
    .map((line, i) => ({ line, i }))
    .sort((a, b) => compareKeys(a.line, b.line) || (lastResort ? (global.reverse ? -1 : 1) * byteCompare(a.line, b.line) : 0) || a.i - b.i)
    .map((e) => e.line);
  const out = unique ? sorted.filter((line, i) => i === 0 || compareKeys(sorted[i - 1] ?? '', line) !== 0) : sorted;
  return { stdout: out.map((l) => `${l}\n`).join(''), stderr: '', exitCode: 0 };
};

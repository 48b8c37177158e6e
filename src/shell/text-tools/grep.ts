import type { CommandResult } from '../command-result.js';
import type { Tool, ToolIO } from '../tool-io.js';
import { errnoText, Inputs, splitLines } from './files.js';
import { getopt, type OptionSpec } from './getopt.js';
import { CONTEXT_KEYS, readContext, type Context } from './grep-context.js';
import { grepLongOptions } from './grep-long-options.js';
import { compileMatcher, type MatchOptions } from './grep-matcher.js';
import { scanBusybox, scanGnu, type ScanState } from './grep-scan.js';
import { busyboxHelp, notSimulated, usageError } from './usage.js';

const gnuSpec: OptionSpec = { short: '0123456789A:B:C:D:EFGHIJLNPTUVX:abcd:e:f:hiLlm:noqRrsuvwxyZz', long: grepLongOptions };
const busyboxSpec: OptionSpec = { short: 'HhnlLoqvsrRiwFExczm:A:B:C:e:f:' };
/** What the simulator implements; every other real option is reported as not simulated. */
const SIMULATED = new Set(['E', 'F', 'G', 'H', 'L', 'c', 'e', 'f', 'h', 'i', 'y', 'l', 'm', 'n', 'o', 'q', 's', 'v', 'w', 'x', 'line-buffered', ...CONTEXT_KEYS]);

interface Settings {
  match: { syntax: MatchOptions['syntax']; ignoreCase: boolean; word: boolean; line: boolean };
  patterns: string[];
  invert: boolean;
  count: boolean;
  listMatching: boolean;
  listNonMatching: boolean;
  lineNumbers: boolean;
  onlyMatching: boolean;
  quiet: boolean;
  silent: boolean;
  withName: boolean | undefined;
  maxCount: number | undefined;
  context: Context;
}

export const grep: Tool = (args, io) => {
  const busybox = io.flavor === 'busybox';
  if (busybox && args[0] === '--help') return { stdout: '', stderr: busyboxHelp('grep'), exitCode: 0 };
  const parsed = getopt('grep', args, busybox ? busyboxSpec : gnuSpec, io.flavor);
  if (!parsed.ok) return usageError('grep', io.flavor, parsed.message);
  const s: Settings = {
    match: { syntax: 'basic', ignoreCase: false, word: false, line: false },
    patterns: [],
    invert: false, count: false, listMatching: false, listNonMatching: false, lineNumbers: false,
    onlyMatching: false, quiet: false, silent: false, withName: undefined, maxCount: undefined,
    context: { after: 0, before: 0, separator: undefined },
  };
  let patternGiven = false;
  for (const o of parsed.options) {
    if (!SIMULATED.has(o.key)) return notSimulated('grep', o.typed);
    const v = o.value ?? '';
    switch (o.key) {
      case 'line-buffered': break;
      case 'E': s.match.syntax = 'extended'; break;
      case 'F': s.match.syntax = 'fixed'; break;
      case 'G': s.match.syntax = 'basic'; break;
      case 'i': case 'y': s.match.ignoreCase = true; break;
      case 'w': s.match.word = true; break;
      case 'x': s.match.line = true; break;
      case 'v': s.invert = true; break;
      case 'c': s.count = true; break;
      case 'l': s.listMatching = true; break;
      case 'L': s.listNonMatching = true; break;
      case 'n': s.lineNumbers = true; break;
      case 'o': s.onlyMatching = true; break;
      case 'q': s.quiet = true; break;
      case 's': s.silent = true; break;
      case 'H': s.withName = true; break;
      case 'h': s.withName = false; break;
      case 'e': s.patterns.push(v); patternGiven = true; break;
      case 'f': {
        const read = io.readFile(v);
        if (read.kind === 'error') return { stdout: '', stderr: `grep: ${v}: ${errnoText[read.code]}\n`, exitCode: 2 };
        s.patterns.push(...splitLines(read.content));
        patternGiven = true;
        break;
      }
      case 'm': {
        if (!/^[0-9]+$/.test(v)) {
          const message = io.flavor === 'gnu' ? 'grep: invalid max count' : `grep: invalid number '${v}'`;
          return { stdout: '', stderr: `${message}\n`, exitCode: 2 };
        }
        s.maxCount = Number(v);
        break;
      }
    }
  }
  const context = readContext(parsed.options, io.flavor);
  if (!context.ok) return { stdout: '', stderr: `${context.message}\n`, exitCode: 2 };
  s.context = context.context;
  const operands = [...parsed.operands];
  if (!patternGiven) {
    const first = operands.shift();
    if (first === undefined) return usageError('grep', io.flavor, undefined);
    s.patterns.push(first);
  }
  return search(s, operands.length === 0 ? ['-'] : operands, io);
};

function search(s: Settings, names: readonly string[], io: ToolIO): CommandResult {
  const matcher = compileMatcher(s.patterns, s.match, io.flavor);
  if (!matcher.ok) return { stdout: '', stderr: `${matcher.message}\n`, exitCode: 2 };
  let stderr = matcher.warnings.map((w) => `${w}\n`).join('');
  // GNU reads nothing when asked for at most 0 lines.
  if (io.flavor === 'gnu' && s.maxCount === 0) return { stdout: '', stderr, exitCode: 1 };
  const withName = s.withName ?? names.length > 1;
  const listing = s.listMatching || s.listNonMatching;
  const print = !(s.count || listing || s.quiet);
  // busybox segfaults on -ov with context: nothing to imitate.
  if (io.flavor === 'busybox' && print && s.invert && s.onlyMatching && s.context.separator !== undefined) return notSimulated('grep', '-ov with context');
  const scan = io.flavor === 'gnu' ? scanGnu : scanBusybox;
  const state: ScanState = { printed: false, lastLine: 0 };
  const inputs = new Inputs(io);
  let stdout = '';
  let selectedAny = false;
  let listedAny = false;
  let error = false;
  for (const name of names) {
    const read = inputs.read(name);
    if (read.kind === 'error') {
      // busybox skips a directory as if it matched nothing.
      if (io.flavor === 'busybox' && read.code === 'EISDIR') continue;
      error = true;
      if (!s.silent) stderr += `grep: ${name}: ${errnoText[read.code]}\n`;
      continue;
    }
    const shown = name === '-' ? '(standard input)' : name;
    const { selected, text } = scan(splitLines(read.content), {
      regex: matcher.regex, invert: s.invert, onlyMatching: s.onlyMatching, lineNumbers: s.lineNumbers, maxCount: s.maxCount,
      print, firstOnly: s.quiet || listing, context: print ? s.context : { after: 0, before: 0, separator: undefined },
      name: withName ? shown : undefined,
    }, state);
    if (selected > 0) selectedAny = true;
    if (s.quiet && selected > 0) return { stdout: '', stderr, exitCode: 0 };
    if (listing) {
      if ((selected > 0) === s.listMatching) {
        stdout += `${shown}\n`;
        listedAny = true;
      }
    } else if (s.count) stdout += `${withName ? `${shown}:` : ''}${selected}\n`;
    else stdout += text;
  }
  if (s.quiet) stdout = '';
  // With -L, GNU's status still tells whether lines were selected (since grep 3.5);
  // busybox's whether a file was listed.
  const success = s.listNonMatching && io.flavor === 'busybox' ? listedAny : selectedAny;
  const status = error && !(s.quiet && selectedAny) ? 2 : success ? 0 : 1;
  return { stdout, stderr, exitCode: status };
}

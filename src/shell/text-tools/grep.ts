import type { CommandResult } from '../command-result.js';
import type { Tool, ToolIO } from '../tool-io.js';
import { errnoText, Inputs, splitLines } from './files.js';
import { getopt, type OptionSpec } from './getopt.js';
import { grepLongOptions } from './grep-long-options.js';
import { compileMatcher, lineMatches, matchesIn, type MatchOptions } from './grep-matcher.js';
import { busyboxHelp, notSimulated, usageError } from './usage.js';

const gnuSpec: OptionSpec = { short: '0123456789A:B:C:D:EFGHIJLNPTUVX:abcd:e:f:hiLlm:noqRrsuvwxyZz', long: grepLongOptions };
const busyboxSpec: OptionSpec = { short: 'HhnlLoqvsrRiwFExczm:A:B:C:e:f:' };
/** What the simulator implements; every other real option is reported as not simulated. */
const SIMULATED = new Set(['E', 'F', 'G', 'H', 'L', 'c', 'e', 'f', 'h', 'i', 'y', 'l', 'm', 'n', 'o', 'q', 's', 'v', 'w', 'x']);

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
  };
  let patternGiven = false;
  for (const o of parsed.options) {
    if (!SIMULATED.has(o.key)) return notSimulated('grep', o.typed);
    const v = o.value ?? '';
    switch (o.key) {
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
  const regex = matcher.regex;
  const withName = s.withName ?? names.length > 1;
  const inputs = new Inputs(io);
  let stdout = '';
  let stderr = matcher.warnings.map((w) => `${w}\n`).join('');
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
    const prefix = withName ? `${shown}:` : '';
    let selected = 0;
    let lines = '';
    for (const [i, line] of splitLines(read.content).entries()) {
      if (s.maxCount !== undefined && selected >= s.maxCount) break;
      if (lineMatches(regex, line) === s.invert) continue;
      selected++;
      if (s.quiet) return { stdout: '', stderr, exitCode: 0 };
      const lineNo = s.lineNumbers ? `${i + 1}:` : '';
      if (!s.onlyMatching) lines += `${prefix}${lineNo}${line}\n`;
      else if (!s.invert) lines += matchesIn(regex, line).map((m) => `${prefix}${lineNo}${m}\n`).join('');
    }
    if (selected > 0) selectedAny = true;
    if (s.listMatching || s.listNonMatching) {
      if ((selected > 0) === s.listMatching) {
        stdout += `${shown}\n`;
        listedAny = true;
      }
    } else if (s.count) stdout += `${prefix}${selected}\n`;
    else stdout += lines;
  }
  if (s.quiet) stdout = '';
  // With -L, GNU's status still tells whether lines were selected (since grep 3.5);
  // busybox's whether a file was listed.
  const success = s.listNonMatching && io.flavor === 'busybox' ? listedAny : selectedAny;
  const status = error && !(s.quiet && selectedAny) ? 2 : success ? 0 : 1;
  return { stdout, stderr, exitCode: status };
}

import type { Flavor } from '../tool-io.js';
import { translateRegex, type RegexError } from './posix-regex.js';

// Turns grep's patterns and matching options into one JavaScript RegExp.

export interface MatchOptions {
  readonly syntax: 'basic' | 'extended' | 'fixed';
  readonly ignoreCase: boolean;
  readonly word: boolean;
  readonly line: boolean;
}

export type Matcher =
  | { readonly ok: true; readonly regex: RegExp; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly message: string };

const GNU_ERRORS: Readonly<Record<RegexError, string>> = {
  'unmatched-open': 'Unmatched ( or \\(',
  'unmatched-close': 'Unmatched ) or \\)',
  'unmatched-bracket': 'Unmatched [, [^, [:, [., or [=',
  'unmatched-brace': 'Unmatched \\{',
  'bad-brace': 'Invalid content of \\{\\}',
  'trailing-backslash': 'Trailing backslash',
  'bad-class': 'Invalid character class name',
  'class-syntax': 'character class syntax is [[:space:]], not [:space:]',
  'bad-backref': 'Invalid back reference',
  invalid: 'Invalid regular expression',
};

const escapeFixed = (s: string): string => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/** Each pattern (a newline inside one separates several) becomes an alternative. */
export function compileMatcher(patterns: readonly string[], options: MatchOptions, flavor: Flavor): Matcher {
  const sources: string[] = [];
  const warnings: string[] = [];
  for (const pattern of patterns.flatMap((p) => p.split('\n'))) {
    if (options.syntax === 'fixed') {
      sources.push(escapeFixed(pattern));
      continue;
    }
    const t = translateRegex(pattern, options.syntax, flavor === 'gnu');
    if (!t.ok) return { ok: false, message: flavor === 'gnu' ? `grep: ${GNU_ERRORS[t.error]}` : `grep: bad regex '${pattern}'` };
    if (t.startOperator !== undefined && flavor === 'gnu') warnings.push(`grep: warning: ${t.startOperator} at start of expression`);
    sources.push(t.source);
  }
  // Each alternative in its own group so that `^a|b` keeps its anchors apart.
  let source = sources.map((s) => `(?:${s})`).join('|');
  if (options.line) source = `^(?:${source})$`;
  else if (options.word) source = `(?<![A-Za-z0-9_])(?:${source})(?![A-Za-z0-9_])`;
  try {
    return { ok: true, regex: new RegExp(source, options.ignoreCase ? 'gi' : 'g'), warnings };
  } catch {
    return { ok: false, message: `dockerlings: grep cannot simulate the pattern '${patterns.join('\n')}'` };
  }
}

/**
 * The non-empty matches in a line, left to right, for `grep -o`. POSIX takes the longest
 * match at each start where JavaScript takes the first alternative (`a\|ab` on `ab`), so
 * with alternatives each match is stretched to the longest that still matches there.
 */
export function matchesIn(regex: RegExp, line: string): string[] {
  const found: string[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(line); m !== null; m = regex.exec(line)) {
    let text = m[0];
    if (regex.source.includes('|')) {
      for (let end = line.length; end > m.index + text.length; end--) {
        const exact = new RegExp(`(?:${regex.source})(?=[\\s\\S]{${line.length - end}}$)`, regex.flags.replace('g', '') + 'y');
        exact.lastIndex = m.index;
        const longer = exact.exec(line);
        if (longer !== null && longer[0].length === end - m.index) {
          text = longer[0];
          break;
        }
      }
      regex.lastIndex = m.index + Math.max(text.length, 1);
    }
    if (text === '') regex.lastIndex = m.index + 1;
    else found.push(text);
  }
  return found;
}

export function lineMatches(regex: RegExp, line: string): boolean {
  regex.lastIndex = 0;
  return regex.test(line);
}

/**
 * Expectations on output: exact after trimming both sides, or `/regex/flags`. `${name}`
 * is replaced by a step variable first (escaped inside a regex).
 */
export type Vars = ReadonlyMap<string, string>;

const REGEX = /^\/(.*)\/([gimsuy]*)$/s;

export function isRegex(pattern: string): boolean {
  return REGEX.test(pattern);
}

export function substitute(text: string, vars: Vars, escapeForRegex = false): string {
  return text.replace(/\$\{([a-zA-Z_][a-zA-Z0-9_]*)\}/g, (whole, name: string) => {
    const v = vars.get(name);
    if (v === undefined) return whole;
    return escapeForRegex ? v.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&') : v;
  });
}

export function matches(pattern: string, actual: string, vars: Vars = new Map()): boolean {
  const m = REGEX.exec(pattern);
  // A regex sees the output without its trailing newline(s), so `…$` works on every backend.
  if (m) return new RegExp(substitute(m[1] as string, vars, true), (m[2] as string).replace('g', '')).test(actual.replace(/\s+$/, ''));
  return substitute(pattern, vars).trim() === actual.trim();
}

/**
 * How to show a pattern to a learner: the regex as written, or the exact text quoted.
 * Step variables stay as `${name}`: their values are often the answer the step asks for.
 */
export function describePattern(pattern: string): string {
  return isRegex(pattern) ? `something matching ${pattern}` : `"${pattern.trim()}"`;
}

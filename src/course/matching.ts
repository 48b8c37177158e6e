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
  if (m) return new RegExp(substitute(m[1] as string, vars, true), (m[2] as string).replace('g', '')).test(actual);
  return substitute(pattern, vars).trim() === actual.trim();
}

/** How to show a pattern to a learner: the regex as written, or the exact text quoted. */
export function describePattern(pattern: string, vars: Vars = new Map()): string {
  return isRegex(pattern) ? `something matching ${substitute(pattern, vars)}` : `"${substitute(pattern, vars).trim()}"`;
}

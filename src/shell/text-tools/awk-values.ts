import type { Flavor } from '../tool-io.js';
import { numberToString } from './awk-format.js';

// awk's values: numbers, strings, and "strnums" (input that looks like a number: fields,
// -v values), which compare as numbers against numbers.

export type Value =
  | { readonly kind: 'num'; readonly n: number }
  | { readonly kind: 'str'; readonly s: string }
  | { readonly kind: 'strnum'; readonly s: string; readonly n: number };

export const num = (n: number): Value => ({ kind: 'num', n });
export const str = (s: string): Value => ({ kind: 'str', s });
/** An unset variable: "" as a string, 0 as a number. */
export const UNSET: Value = { kind: 'strnum', s: '', n: 0 };

const NUMERIC = /^[ \t\n]*[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?[ \t\n]*$/;
const LEADING_NUMBER = /^[ \t\n]*([+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)/;

/** Input text: a strnum when it looks like a number. */
export function fromInput(s: string): Value {
  return NUMERIC.test(s) ? { kind: 'strnum', s, n: Number(s.trim()) } : str(s);
}

export function toNum(v: Value): number {
  if (v.kind !== 'str') return v.n;
  const m = LEADING_NUMBER.exec(v.s);
  return m === null ? 0 : Number(m[1]);
}

export function toStr(v: Value, flavor: Flavor): string {
  return v.kind === 'num' ? numberToString(v.n, flavor) : v.s;
}

export function truthy(v: Value): boolean {
  if (v.kind === 'num') return v.n !== 0;
  if (v.kind === 'strnum') return v.s === '' ? false : v.n !== 0;
  return v.s !== '';
}

/** Numbers when both sides are numeric, else strings (byte order). */
export function compare(a: Value, b: Value, flavor: Flavor): number {
  if (a.kind !== 'str' && b.kind !== 'str') return Math.sign(toNum(a) - toNum(b));
  const x = toStr(a, flavor);
  const y = toStr(b, flavor);
  return x < y ? -1 : x > y ? 1 : 0;
}

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"', '/': '/', a: '\x07', b: '\b', f: '\f', v: '\v' };

/** `-v x=a\tb`, `-F '\t'`: escape sequences are processed as in a string literal. */
export function unescape(s: string): string {
  return s.replace(/\\(.)/g, (whole, c: string) => ESCAPES[c] ?? whole);
}

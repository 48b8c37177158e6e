// Number literals: Go's parse.newNumber, with strconv.ParseInt/ParseUint/
// ParseFloat's syntax (base prefixes, underscores, hex floats, char constants).
import type { NumberNode } from './nodes.js';
import { QuoteSyntaxError, unquoteChar } from './quote.js';

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

export class NumberSyntaxError extends Error {}

/** Go's underscoreOK: underscores only between digits, or after a base prefix. */
function underscoreOK(s: string): boolean {
  let saw = '^';
  let i = 0;
  if (s.length >= 1 && (s[0] === '-' || s[0] === '+')) s = s.slice(1);
  let hex = false;
  if (s.length >= 2 && s[0] === '0' && 'bBoOxX'.includes(s[1] as string)) {
    i = 2;
    saw = '0';
    hex = s[1] === 'x' || s[1] === 'X';
  }
  for (; i < s.length; i++) {
    const c = s[i] as string;
    if ((c >= '0' && c <= '9') || (hex && /[a-fA-F]/.test(c))) {
      saw = '0';
      continue;
    }
    if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

/** strconv.ParseInt/ParseUint with base 0: the integer, or undefined when the syntax is not an integer. */
function parseGoInt(text: string): bigint | undefined {
  let s = text;
  let neg = false;
  if (s[0] === '+' || s[0] === '-') {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  let base = 10;
  let digits = s;
  if (s.length >= 2 && s[0] === '0') {
    const p = (s[1] as string).toLowerCase();
    if (p === 'x') { base = 16; digits = s.slice(2); }
    else if (p === 'o') { base = 8; digits = s.slice(2); }
    else if (p === 'b') { base = 2; digits = s.slice(2); }
    else { base = 8; digits = s.slice(1); }
  }
  if (!underscoreOK(text)) return undefined;
  digits = digits.replaceAll('_', '');
  if (digits === '') return base === 8 && s.length >= 1 ? 0n : undefined;
  const valid = { 2: /^[01]+$/, 8: /^[0-7]+$/, 10: /^[0-9]+$/, 16: /^[0-9a-fA-F]+$/ }[base] as RegExp;
  if (!valid.test(digits)) return undefined;
  const prefix = { 2: '0b', 8: '0o', 10: '', 16: '0x' }[base] as string;
  const v = BigInt(prefix + digits);
  return neg ? -v : v;
}

/** strconv.ParseFloat: the value, or undefined on a syntax error. */
function parseGoFloat(text: string): number | undefined {
  if (!underscoreOK(text)) return undefined;
  let s = text.replaceAll('_', '');
  let sign = 1;
  if (s[0] === '+' || s[0] === '-') {
    sign = s[0] === '-' ? -1 : 1;
    s = s.slice(1);
  }
  if (/^0[xX]/.test(s)) {
    const m = /^0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?[pP]([+-]?\d+)$/.exec(s);
    if (!m || (m[1] === '' && (m[2] ?? '') === '')) return undefined;
    const mant = parseInt((m[1] || '0') + (m[2] ?? ''), 16);
    return sign * mant * 2 ** (Number(m[3]) - 4 * (m[2] ?? '').length);
  }
  if (!/^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return undefined;
  return sign * Number(s);
}

/** Fill a NumberNode's int/uint/float/complex views from its text, or throw with Go's message. */
export function newNumber(pos: number, text: string, typ: 'number' | 'charConstant' | 'complex'): NumberNode {
  const n: NumberNode = {
    type: 'number', pos, text,
    isInt: false, isUint: false, isFloat: false, isComplex: false,
    int: 0n, uint: 0n, float: 0, complex: [0, 0],
  };
  if (typ === 'charConstant') {
    const { bytes, tail } = unquoteChar(text.slice(1), 0x27);
    if (tail !== "'") throw new NumberSyntaxError(`malformed character constant: ${text}`);
    // A one-byte escape (\xff, \377) is that byte's value, as in Go; otherwise decode the UTF-8.
    const r = bytes.length === 1 ? (bytes[0] as number) : (new TextDecoder().decode(Uint8Array.from(bytes)).codePointAt(0) ?? 0);
    n.int = BigInt(r); n.isInt = true;
    n.uint = BigInt(r); n.isUint = true;
    n.float = r; n.isFloat = true;
    return n;
  }
  if (typ === 'complex') {
    const m = /^(.+?)([+-][^+-]*)i$/.exec(text);
    const re = m ? parseGoFloat(m[1] as string) : undefined;
    const im = m ? parseGoFloat(m[2] as string) : undefined;
    if (re === undefined || im === undefined) throw new QuoteSyntaxError();
    n.isComplex = true;
    n.complex = [re, im];
    simplifyComplex(n);
    return n;
  }
  if (text.endsWith('i')) {
    const f = parseGoFloat(text.slice(0, -1));
    if (f !== undefined) {
      n.isComplex = true;
      n.complex = [0, f];
      simplifyComplex(n);
      return n;
    }
  }
  const i = parseGoInt(text);
  if (i !== undefined && i >= 0n && i <= UINT64_MAX && !text.startsWith('-')) {
    n.isUint = true;
    n.uint = i;
  }
  if (i !== undefined && i >= INT64_MIN && i <= INT64_MAX) {
    n.isInt = true;
    n.int = i;
    if (i === 0n) {
      n.isUint = true; // in case of -0
      n.uint = 0n;
    }
  }
  if (n.isInt) {
    n.isFloat = true;
    n.float = Number(n.int);
  } else if (n.isUint) {
    n.isFloat = true;
    n.float = Number(n.uint);
  } else {
    const f = parseGoFloat(text);
    if (f !== undefined) {
      // It parsed as a float but looks like an integer: a huge number. Reject it.
      if (!/[.eEpP]/.test(text)) throw new NumberSyntaxError(`integer overflow: ${JSON.stringify(text)}`);
      n.isFloat = true;
      n.float = f;
      if (Number.isInteger(f) && BigInt(f) >= INT64_MIN && BigInt(f) <= INT64_MAX) {
        n.isInt = true;
        n.int = BigInt(f);
      }
      if (Number.isInteger(f) && f >= 0 && BigInt(f) <= UINT64_MAX) {
        n.isUint = true;
        n.uint = BigInt(f);
      }
    }
  }
  if (!n.isInt && !n.isUint && !n.isFloat) throw new NumberSyntaxError(`illegal number syntax: ${JSON.stringify(text)}`);
  return n;
}

function simplifyComplex(n: NumberNode): void {
  const [re, im] = n.complex;
  if (im !== 0) return;
  n.isFloat = true;
  n.float = re;
  if (Number.isInteger(re)) {
    n.isInt = true;
    n.int = BigInt(re);
    if (re >= 0) {
      n.isUint = true;
      n.uint = BigInt(re);
    }
  }
}

import type { Flavor } from '../tool-io.js';

// Numbers as awk prints them, and printf's conversions, following C's printf.

/** C's `%.{precision}g`. */
export function formatG(n: number, precision = 6, upper = false, alternate = false): string {
  // glibc prints x86's default NaN (1%0, log(-1)) with its sign bit set.
  if (!Number.isFinite(n)) return Number.isNaN(n) ? '-nan' : n > 0 ? 'inf' : '-inf';
  const p = precision === 0 ? 1 : precision;
  if (n === 0) return Object.is(n, -0) ? '-0' : '0';
  const exp = Math.floor(Math.log10(Math.abs(Number(n.toPrecision(p)))));
  let out: string;
  if (exp < -4 || exp >= p) {
    out = formatE(n, p - 1, upper);
    if (!alternate) out = out.replace(/\.?0+(e|E)/, '$1');
  } else {
    out = n.toFixed(Math.max(0, p - 1 - exp));
    if (!alternate && out.includes('.')) out = out.replace(/\.?0+$/, '');
  }
  return out;
}

/** C's `%.{precision}e`: at least two exponent digits. */
export function formatE(n: number, precision = 6, upper = false): string {
  if (!Number.isFinite(n)) return formatG(n);
  const [mantissa = '', exponent = '0'] = n.toExponential(precision).split('e');
  const e = Number(exponent);
  const text = `${mantissa}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  return upper ? text.toUpperCase() : text;
}

/**
 * A number converted to a string (CONVFMT/OFMT "%.6g"), except integral values, printed
 * as integers: mawk does so within a C int, busybox within a long long.
 */
export function numberToString(n: number, flavor: Flavor): string {
  const limit = flavor === 'gnu' ? 2147483647 : 9.2e18;
  if (Number.isInteger(n) && Math.abs(n) <= limit) return Object.is(n, -0) ? '-0' : String(n);
  return formatG(n);
}

export interface PrintfValue {
  readonly num: () => number;
  readonly str: () => string;
  /** A number (not a string): `%c` prints the character with that code. */
  readonly isNumber: boolean;
}

/** On error, `text` is what was formatted before the missing argument (mawk prints it). */
export type PrintfResult = { readonly ok: boolean; readonly text: string };

const MISSING: PrintfValue = { num: () => 0, str: () => '', isNumber: false };

/**
 * printf's format: flags `-+ #0`, width and precision (or `*`), conversions d i o x X u c
 * s e E f g G %. A missing argument is an error for mawk, "" or 0 for busybox (`lenient`).
 */
export function awkPrintf(format: string, args: readonly PrintfValue[], lenient: boolean): PrintfResult {
  let out = '';
  let next = 0;
  const re = /%([-+ #0]*)(\*|[0-9]+)?(?:\.(\*|[0-9]*))?([diouxXcseEfgG%])/g;
  let last = 0;
  for (let m = re.exec(format); m !== null; m = re.exec(format)) {
    out += format.slice(last, m.index);
    last = m.index + m[0].length;
    const [, flags = '', widthSpec, precSpec, conv = ''] = m;
    if (conv === '%' && m[0] === '%%') {
      out += '%';
      continue;
    }
    const take = (): PrintfValue | undefined => args[next++] ?? (lenient ? MISSING : undefined);
    const width = widthSpec === '*' ? take()?.num() ?? 0 : widthSpec === undefined ? undefined : Number(widthSpec);
    const precision = precSpec === '*' ? take()?.num() ?? 0 : precSpec === undefined ? undefined : Number(precSpec || 0);
    const arg = take();
    if (arg === undefined) return { ok: false, text: out };
    out += pad(convert(conv, arg, flags, precision), width, flags);
  }
  return { ok: true, text: out + format.slice(last) };
}

function convert(conv: string, arg: PrintfValue, flags: string, precision: number | undefined): string {
  const sign = (n: number, text: string): string => (n >= 0 && !text.startsWith('-') ? (flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '') + text : text);
  switch (conv) {
    case 'd':
    case 'i': {
      const n = Math.trunc(arg.num());
      let digits = String(Math.abs(n));
      if (precision !== undefined) digits = digits.padStart(precision, '0');
      return sign(n, (n < 0 ? '-' : '') + digits);
    }
    case 'o':
    case 'u':
    case 'x':
    case 'X': {
      const n = Math.trunc(arg.num());
      const text = conv === 'o' ? n.toString(8) : conv === 'u' ? String(n) : n.toString(16);
      return conv === 'X' ? text.toUpperCase() : text;
    }
    case 'c': {
      return arg.isNumber ? String.fromCharCode(arg.num() & 0xff) : arg.str().slice(0, 1);
    }
    case 's': {
      const s = arg.str();
      return precision === undefined ? s : s.slice(0, precision);
    }
    case 'e':
    case 'E': {
      const n = arg.num();
      return sign(n, formatE(n, precision ?? 6, conv === 'E'));
    }
    case 'f': {
      const n = arg.num();
      return sign(n, Number.isFinite(n) ? n.toFixed(precision ?? 6) : formatG(n));
    }
    default: {
      const n = arg.num();
      return sign(n, formatG(n, precision ?? 6, conv === 'G', flags.includes('#')));
    }
  }
}

function pad(text: string, width: number | undefined, flags: string): string {
  if (width === undefined || text.length >= width) return text;
  if (flags.includes('-')) return text.padEnd(width);
  if (flags.includes('0') && /^[+ -]?[0-9]/.test(text)) {
    const signChar = /^[+ -]/.test(text) ? text[0] ?? '' : '';
    return signChar + text.slice(signChar.length).padStart(width - signChar.length, '0');
  }
  return text.padStart(width);
}

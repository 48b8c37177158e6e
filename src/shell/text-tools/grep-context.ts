import type { Flavor } from '../tool-io.js';
import type { ParsedOption } from './getopt.js';

// grep's context options (-A, -B, -C, GNU's -NUM, --group-separator) and how each grep
// reads and combines them: GNU 3.8's context_length_arg and get_nondigit_option,
// busybox 1.35's getopt32 "C-AB" and xatoi_positive.

export interface Context {
  /** Lines after / before each selected line; 0 for none. */
  readonly after: number;
  readonly before: number;
  /** Printed between groups that are not adjacent; undefined when groups are not separated. */
  readonly separator: string | undefined;
}

export type ContextResult = { readonly ok: true; readonly context: Context } | { readonly ok: false; readonly message: string };

/** The options this module reads (the caller hands it these and handles the rest). */
export const CONTEXT_KEYS: ReadonlySet<string> = new Set(['A', 'B', 'C', 'group-separator', 'no-group-separator', ...'0123456789']);

const INT_MAX = 2147483647;
/** GNU keeps at most this many digits of -NUM (INT_BUFSIZE_BOUND(intmax_t)), then complains. */
const GNU_MAX_DIGITS = 21;

/** GNU: xstrtoimax in base 10 (leading blanks and a sign allowed, no suffix), >= 0; overflow saturates. */
function gnuLength(text: string): number | string {
  const m = /^[ \t\n\v\f\r]*([+-]?)([0-9]+)$/.exec(text);
  const value = m === null ? NaN : Number(m[2]);
  if (m === null || (m[1] === '-' && value !== 0)) return `grep: ${text}: invalid context length argument`;
  return Math.min(value, Number.MAX_SAFE_INTEGER);
}

/** busybox: digits only (bb_strtou), at most INT_MAX. */
function busyboxLength(text: string): number | string {
  if (!/^[0-9]+$/.test(text) || BigInt(text) > 18446744073709551615n) return `grep: invalid number '${text}'`;
  const value = Number(text);
  return value > INT_MAX ? `grep: number ${text} is not in 0..${INT_MAX} range` : value;
}

export function readContext(options: readonly ParsedOption[], flavor: Flavor): ContextResult {
  const parse = flavor === 'gnu' ? gnuLength : busyboxLength;
  let after: number | undefined;
  let before: number | undefined;
  let both: number | undefined;
  let separator: string | undefined = '--';
  let digits = '';
  let digitsFrom: ParsedOption | undefined;
  const endDigits = (): string | undefined => {
    if (digits === '') return undefined;
    const n = gnuLength(digits);
    digits = '';
    if (typeof n === 'string') return n;
    both = n;
    return undefined;
  };
  for (const o of options) {
    if (/^[0-9]$/.test(o.key)) {
      // A run of digits in one argument is one number (`-12`); another argument or any other
      // option in between starts a new one (`-1 -2`, `-1n2` mean 2).
      if (digits !== '' && digitsFrom?.argIndex !== o.argIndex) {
        const e = endDigits();
        if (e !== undefined) return { ok: false, message: e };
      }
      if (digits === '0') digits = '';
      if (digits.length === GNU_MAX_DIGITS) return { ok: false, message: `grep: ${digits}...: invalid context length argument` };
      digits += o.key;
      digitsFrom = o;
      continue;
    }
    const e = endDigits();
    if (e !== undefined) return { ok: false, message: e };
    if (o.key === 'group-separator') separator = o.value ?? '';
    else if (o.key === 'no-group-separator') separator = undefined;
    else if (o.key === 'A' || o.key === 'B' || o.key === 'C') {
      const n = parse(o.value ?? '');
      if (typeof n === 'string') return { ok: false, message: n };
      if (o.key === 'A') after = n;
      else if (o.key === 'B') before = n;
      else {
        both = n;
        // busybox: -C forgets an earlier -A or -B; GNU: -A and -B always win over -C.
        if (flavor === 'busybox') after = before = undefined;
      }
    }
  }
  const e = endDigits();
  if (e !== undefined) return { ok: false, message: e };
  const a = after ?? both;
  const b = before ?? both;
  // GNU separates groups once any context option is given, even 0; busybox only for real context.
  const separated = flavor === 'gnu' ? a !== undefined || b !== undefined : (a ?? 0) > 0 || (b ?? 0) > 0;
  return { ok: true, context: { after: a ?? 0, before: b ?? 0, separator: separated ? separator : undefined } };
}

import type { Flavor } from '../tool-io.js';

// sort's comparison: keys (`-k F[.C][opts][,F[.C][opts]]`), numeric and case-folded
// orders, and the last-resort whole-line comparison. Byte order, as in the C.UTF-8 locale.

export interface Ordering {
  numeric: boolean;
  reverse: boolean;
  foldCase: boolean;
  ignoreBlanks: boolean;
}

export interface KeySpec {
  readonly startField: number;
  readonly startChar: number;
  /** 0 = end of line */
  readonly endField: number;
  /** 0 = end of the end field */
  readonly endChar: number;
  /** undefined: the key uses the global ordering. */
  readonly ordering: Ordering | undefined;
}

export const plainOrdering = (): Ordering => ({ numeric: false, reverse: false, foldCase: false, ignoreBlanks: false });

export type KeyParse = { readonly ok: true; readonly key: KeySpec } | { readonly ok: false; readonly message: string };

/** `-k` argument, with GNU's or busybox's message when it is wrong. */
export function parseKey(text: string, flavor: Flavor): KeyParse {
  const bad = (gnu: string): KeyParse => ({ ok: false, message: flavor === 'gnu' ? `sort: ${gnu}` : 'sort: bad field specification' });
  const m = /^([0-9]*)(?:\.([0-9]+))?([a-zA-Z]*)(?:,([0-9]*)(?:\.([0-9]+))?([a-zA-Z]*))?$/.exec(text);
  if (m === null || m[1] === '') {
    const first = /^[0-9]*/.exec(text)?.[0] ?? '';
    if (first === '') return bad(`invalid number at field start: invalid count at start of ‘${text}’`);
    const afterDot = /^[0-9]+\.(.*)$/.exec(text);
    if (afterDot !== null && !/^[0-9]/.test(afterDot[1] ?? '')) {
      return bad(`invalid number after '.': invalid count at start of ‘${afterDot[1] ?? ''}’`);
    }
    return bad(`stray character in field spec: invalid field specification ‘${text}’`);
  }
  if (Number(m[1]) === 0) return bad(`field number is zero: invalid field specification ‘${text}’`);
  if (m[2] !== undefined && Number(m[2]) === 0) return bad(`character offset is zero: invalid field specification ‘${text}’`);
  const letters = `${m[3] ?? ''}${m[6] ?? ''}`;
  if (/[^bnrf]/.test(letters)) return { ok: false, message: `unsupported:${letters}` };
  const ordering = letters === '' ? undefined : {
    numeric: letters.includes('n'), reverse: letters.includes('r'), foldCase: letters.includes('f'), ignoreBlanks: letters.includes('b'),
  };
  return {
    ok: true,
    key: { startField: Number(m[1]), startChar: Number(m[2] ?? 1), endField: Number(m[4] || 0), endChar: Number(m[5] ?? 0), ordering },
  };
}

/** The fields of a line: split at `-t` exactly, or before each run of blanks (leading blanks stay in the field). */
function fieldStarts(line: string, separator: string | undefined): { start: number; end: number }[] {
  const fields: { start: number; end: number }[] = [];
  if (separator !== undefined) {
    let start = 0;
    for (let i = line.indexOf(separator); i >= 0; i = line.indexOf(separator, start)) {
      fields.push({ start, end: i });
      start = i + 1;
    }
    fields.push({ start, end: line.length });
    return fields;
  }
  const re = /[ \t]*[^ \t]+/g;
  for (let m = re.exec(line); m !== null; m = re.exec(line)) fields.push({ start: m.index, end: m.index + m[0].length });
  return fields;
}

export function extractKey(line: string, key: KeySpec, separator: string | undefined, blanks: boolean): string {
  const fields = fieldStarts(line, separator);
  const start = fields[key.startField - 1];
  if (start === undefined) return '';
  let from = start.start;
  if (blanks) while (from < start.end && /[ \t]/.test(line[from] ?? '')) from++;
  from = Math.min(from + key.startChar - 1, start.end);
  let to = line.length;
  if (key.endField > 0) {
    const end = fields[key.endField - 1];
    if (end !== undefined) to = key.endChar === 0 ? end.end : Math.min(end.start + key.endChar, end.end);
  }
  return to <= from ? '' : line.slice(from, to);
}

/** GNU -n: optional blanks, sign, digits, one decimal point; anything else counts as 0. */
function gnuNumber(text: string): number {
  const m = /^[ \t]*(-?[0-9]*(?:\.[0-9]*)?)/.exec(text);
  const n = Number(m?.[1] ?? '');
  return Number.isNaN(n) ? 0 : n;
}

/** busybox -n: strtod, so exponents count (`1e3` is 1000). */
function busyboxNumber(text: string): number {
  const m = /^[ \t]*([+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)/.exec(text);
  return m === null ? 0 : Number(m[1]);
}

const byteCompare = (a: string, b: string): number => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));

export function compareWith(a: string, b: string, o: Ordering, flavor: Flavor): number {
  let r: number;
  if (o.numeric) {
    const parse = flavor === 'gnu' ? gnuNumber : busyboxNumber;
    r = Math.sign(parse(a) - parse(b));
  } else if (o.foldCase) r = byteCompare(a.toUpperCase(), b.toUpperCase());
  else r = byteCompare(a, b);
  return o.reverse ? -r : r;
}

export { byteCompare };

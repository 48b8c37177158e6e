// Go string helpers: byte-based slicing (Go strings are UTF-8 bytes), Unicode
// simple case mapping (strings.ToUpper/ToLower/Title), and url.QueryEscape.

/** s[start:end] on UTF-8 bytes; a cut through a character decodes to U+FFFD, as a terminal shows it. */
export function byteSlice(s: string, start: number, end?: number): string {
  return Buffer.from(s, 'utf8').subarray(start, end).toString('utf8');
}

/** The byte at index i (Go's s[i], a uint8). */
export function byteAt(s: string, i: number): number {
  return Buffer.from(s, 'utf8')[i] as number;
}

const COMBINING = /^\p{M}+$/u;

/** Go's one-rune-to-one-rune case mapping (JS's toUpperCase may expand, e.g. ß → SS). */
function simpleMap(ch: string, upper: boolean): string {
  const mapped = upper ? ch.toUpperCase() : ch.toLowerCase();
  const runes = [...mapped];
  if (runes.length === 1) return mapped;
  // İ lowercases to i + combining dot in JS; Go's simple mapping gives plain i.
  if (runes.length > 1 && COMBINING.test(runes.slice(1).join(''))) return runes[0] as string;
  return ch;
}

export function toUpper(s: string): string {
  let out = '';
  for (const ch of s) out += simpleMap(ch, true);
  return out;
}

export function toLower(s: string): string {
  let out = '';
  for (const ch of s) out += simpleMap(ch, false);
  return out;
}

function isSeparator(ch: string): boolean {
  const r = ch.codePointAt(0) as number;
  if (r <= 0x7f) return !/[0-9A-Za-z_]/.test(ch);
  if (/[\p{L}\p{Nd}]/u.test(ch)) return false;
  return /\s/u.test(ch);
}

/** strings.Title: upper-case the first letter of each word (words split at non-alphanumerics). */
export function title(s: string): string {
  let prev = ' ';
  let out = '';
  for (const ch of s) {
    out += isSeparator(prev) ? simpleMap(ch, true) : ch;
    prev = ch;
  }
  return out;
}

/** url.QueryEscape */
export function queryEscape(s: string): string {
  let out = '';
  for (const b of Buffer.from(s, 'utf8')) {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (c === ' ') out += '+';
    else out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

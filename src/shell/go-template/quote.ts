// Go's strconv quoting and unquoting (Quote, QuoteToASCII, QuoteRune, Unquote)
// and unicode.IsPrint, as the template parser and fmt's %q use them.

const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;

/** unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
export function isPrint(r: number): boolean {
  if (r === 0x20) return true;
  if (r < 0 || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff)) return false;
  return PRINTABLE.test(String.fromCodePoint(r));
}

const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0');

function escapeRune(r: number, quote: number, asciiOnly: boolean): string {
  if (r === quote || r === 0x5c) return `\\${String.fromCodePoint(r)}`;
  if (asciiOnly ? r < 0x80 && isPrint(r) : isPrint(r)) return String.fromCodePoint(r);
  switch (r) {
    case 0x07: return '\\a';
    case 0x08: return '\\b';
    case 0x0c: return '\\f';
    case 0x0a: return '\\n';
    case 0x0d: return '\\r';
    case 0x09: return '\\t';
    case 0x0b: return '\\v';
  }
  if (r < 0x20 || r === 0x7f) return `\\x${hex(r, 2)}`;
  if (r >= 0xd800 && r <= 0xdfff) r = 0xfffd; // a lone surrogate: what Go sees as invalid UTF-8
  if (r < 0x10000) return `\\u${hex(r, 4)}`;
  return `\\U${hex(r, 8)}`;
}

function quoteWith(s: string, quote: number, asciiOnly: boolean): string {
  let out = String.fromCharCode(quote);
  for (const ch of s) out += escapeRune(ch.codePointAt(0) as number, quote, asciiOnly);
  return out + String.fromCharCode(quote);
}

/** strconv.Quote */
export function quote(s: string): string {
  return quoteWith(s, 0x22, false);
}

/** strconv.QuoteToASCII */
export function quoteToASCII(s: string): string {
  return quoteWith(s, 0x22, true);
}

/** strconv.QuoteRune (and QuoteRuneToASCII with asciiOnly). */
export function quoteRune(r: number, asciiOnly = false): string {
  if (r < 0 || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff)) r = 0xfffd;
  return `'${escapeRune(r, 0x27, asciiOnly)}'`;
}

/** strconv.CanBackquote */
export function canBackquote(s: string): boolean {
  for (const ch of s) {
    const r = ch.codePointAt(0) as number;
    if (r === 0xfeff) return false;
    if ((r < 0x20 && r !== 0x09) || r === 0x60 || r === 0x7f || r === 0xfffd) return false;
  }
  return true;
}

/** fmt's %#U: `U+20AC '€'` (the quoted rune only when printable). */
export function quoteRuneHash(r: number): string {
  const code = `U+${r.toString(16).toUpperCase().padStart(4, '0')}`;
  return isPrint(r) ? `${code} '${String.fromCodePoint(r)}'` : code;
}

/** Go's fmt %.10q: quote at most 10 runes. */
export function quoteTruncated(s: string, runes: number): string {
  return quote([...s].slice(0, runes).join(''));
}

export class QuoteSyntaxError extends Error {
  constructor() {
    super('invalid syntax');
  }
}

const utf8Decoder = new TextDecoder('utf-8', { fatal: false });

/** strconv.UnquoteChar: one (possibly escaped) character; returns bytes and the rest. */
export function unquoteChar(s: string, quote: number): { bytes: number[]; tail: string } {
  const c = s.codePointAt(0);
  if (c === undefined) throw new QuoteSyntaxError();
  if (c === quote && (quote === 0x27 || quote === 0x22)) throw new QuoteSyntaxError();
  if (c !== 0x5c) {
    const width = c > 0xffff ? 2 : 1;
    return { bytes: [...Buffer.from(String.fromCodePoint(c), 'utf8')], tail: s.slice(width) };
  }
  if (s.length <= 1) throw new QuoteSyntaxError();
  const e = s[1] as string;
  let tail = s.slice(2);
  const simple: Record<string, number> = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, '\\': 0x5c };
  if (e in simple) return { bytes: [simple[e] as number], tail };
  if (e === "'" || e === '"') {
    if (e.charCodeAt(0) !== quote) throw new QuoteSyntaxError();
    return { bytes: [e.charCodeAt(0)], tail };
  }
  if (e === 'x' || e === 'u' || e === 'U') {
    const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
    const digits = tail.slice(0, n);
    if (digits.length < n || !/^[0-9a-fA-F]+$/.test(digits)) throw new QuoteSyntaxError();
    tail = tail.slice(n);
    const v = parseInt(digits, 16);
    if (e === 'x') return { bytes: [v], tail };
    if (v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) throw new QuoteSyntaxError();
    return { bytes: [...Buffer.from(String.fromCodePoint(v), 'utf8')], tail };
  }
  if (e >= '0' && e <= '7') {
    const digits = s.slice(1, 4);
    if (digits.length < 3 || !/^[0-7]{3}$/.test(digits)) throw new QuoteSyntaxError();
    const v = parseInt(digits, 8);
    if (v > 255) throw new QuoteSyntaxError();
    return { bytes: [v], tail: s.slice(4) };
  }
  throw new QuoteSyntaxError();
}

/** strconv.Unquote for "..." and `...` strings (the template parser's use). */
export function unquote(s: string): string {
  if (s.length < 2) throw new QuoteSyntaxError();
  const q = s[0];
  if (q !== s[s.length - 1]) throw new QuoteSyntaxError();
  const body = s.slice(1, -1);
  if (q === '`') {
    if (body.includes('`')) throw new QuoteSyntaxError();
    return body.replaceAll('\r', '');
  }
  if (q !== '"' && q !== "'") throw new QuoteSyntaxError();
  if (body.includes('\n')) throw new QuoteSyntaxError();
  const bytes: number[] = [];
  let rest = body;
  while (rest.length > 0) {
    const { bytes: b, tail } = unquoteChar(rest, q.charCodeAt(0));
    bytes.push(...b);
    rest = tail;
    if (q === "'" && rest.length > 0) throw new QuoteSyntaxError();
  }
  return utf8Decoder.decode(Uint8Array.from(bytes));
}

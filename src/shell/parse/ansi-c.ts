import type { Lexer } from './lexer.js';
import { unmatched } from './parse-errors.js';

const SIMPLE: Readonly<Record<string, string>> = {
  a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', "'": "'", '"': '"', '?': '?',
};

/**
 * After `$'`: the ANSI-C quoted text up to the closing `'`, escapes decoded.
 * Both shells know \a \b \f \n \r \t \v \\ \' \" \? \NNN (octal) \xHH; bash also \e \E.
 * busybox keeps an escape it does not know as typed (`$'\e'` prints `\e`), like bash does.
 */
export function readAnsiC(lx: Lexer): string {
  let out = '';
  for (;;) {
    const ch = lx.peekChar();
    if (ch === undefined) throw unmatched(lx.flavor, "'");
    lx.pos++;
    if (ch === "'") return out;
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const next = lx.peekChar();
    if (next === undefined) throw unmatched(lx.flavor, "'");
    lx.pos++;
    const simple = SIMPLE[next];
    if (simple !== undefined) out += simple;
    else if ((next === 'e' || next === 'E') && lx.flavor === 'gnu') out += '\x1b';
    else if (/[0-7]/.test(next)) {
      let digits = next;
      while (digits.length < 3 && /[0-7]/.test(lx.peekChar() ?? '')) digits += lx.src[lx.pos++];
      out += String.fromCharCode(parseInt(digits, 8) & 0xff);
    } else if (next === 'x' && /[0-9A-Fa-f]/.test(lx.peekChar() ?? '')) {
      let digits = '';
      while (digits.length < 2 && /[0-9A-Fa-f]/.test(lx.peekChar() ?? '')) digits += lx.src[lx.pos++];
      out += String.fromCharCode(parseInt(digits, 16));
    } else out += `\\${next}`;
  }
}

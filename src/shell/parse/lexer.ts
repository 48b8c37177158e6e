import type { Flavor } from '../tool-io.js';

// The operator level of the shell's tokenizer: blanks, comments, `|`, `&&`, `;`, `>`…
// Words (quotes, `$`, backticks) are read by word-reader.ts from the same cursor.

export type OperatorToken =
  | { readonly t: 'eof' }
  | { readonly t: 'newline' }
  | { readonly t: 'op'; readonly v: ControlOperator }
  | { readonly t: 'redir'; readonly fd: number | undefined; readonly v: RedirOperator; readonly text: string };

export type ControlOperator = '&&' | '||' | '|' | '|&' | ';' | ';;' | ';&' | ';;&' | '&' | '(' | ')';
export type RedirOperator = '<' | '>' | '>>' | '>|' | '<>' | '<&' | '>&' | '&>' | '&>>' | '<<' | '<<-' | '<<<';

// Longest first. busybox ash has no `|&`, `;&`, `;;&` (it reads `|` then `&`) and no `<<<`.
const gnuControl: readonly ControlOperator[] = [';;&', ';;', ';&', '&&', '||', '|&', '|', '&', ';', '(', ')'];
const busyboxControl: readonly ControlOperator[] = [';;', '&&', '||', '|', '&', ';', '(', ')'];
const gnuRedir: readonly RedirOperator[] = ['&>>', '<<<', '<<-', '&>', '<<', '<&', '<>', '<', '>>', '>&', '>|', '>'];
const busyboxRedir: readonly RedirOperator[] = ['&>', '<<-', '<<', '<&', '<>', '<', '>>', '>&', '>|', '>'];

/** Characters that end an unquoted word. */
export const isMeta = (ch: string | undefined): boolean =>
  ch === undefined || ch === ' ' || ch === '\t' || ch === '\n' || '|&;<>()'.includes(ch);

export class Lexer {
  pos = 0;

  constructor(
    readonly src: string,
    readonly flavor: Flavor,
  ) {}

  peekChar(offset = 0): string | undefined {
    return this.src[this.pos + offset];
  }

  atEnd(): boolean {
    return this.pos >= this.src.length;
  }

  /** Blanks, backslash-newline continuations, and a `#` comment (which must start a word). */
  skipBlanks(): void {
    for (;;) {
      const ch = this.peekChar();
      if (ch === ' ' || ch === '\t') this.pos++;
      else if (ch === '\\' && this.peekChar(1) === '\n') this.pos += 2;
      else if (ch === '\\' && this.pos + 1 === this.src.length) this.pos++; // a trailing `\` continues onto an empty line
      else if (ch === '#') {
        while (!this.atEnd() && this.peekChar() !== '\n') this.pos++;
      } else return;
    }
  }

  /** The operator at the cursor (after blanks), or undefined when a word starts here. Does not consume. */
  peekOperator(): { readonly token: OperatorToken; readonly end: number } | undefined {
    this.skipBlanks();
    const start = this.pos;
    if (this.atEnd()) return { token: { t: 'eof' }, end: start };
    if (this.peekChar() === '\n') return { token: { t: 'newline' }, end: start + 1 };
    // An IO number: digits that start the word and are glued to `<` or `>` (`2>&1`).
    let i = start;
    while (i < this.src.length && /[0-9]/.test(this.src[i] ?? '')) i++;
    const fd = i > start && (this.src[i] === '<' || this.src[i] === '>') ? Number(this.src.slice(start, i)) : undefined;
    const at = fd === undefined ? start : i;
    const redirs = this.flavor === 'gnu' ? gnuRedir : busyboxRedir;
    for (const v of redirs) {
      if (this.src.startsWith(v, at)) {
        if (fd !== undefined && v.startsWith('&')) continue;
        return { token: { t: 'redir', fd, v, text: this.src.slice(start, at + v.length) }, end: at + v.length };
      }
    }
    if (fd !== undefined) return undefined;
    for (const v of this.flavor === 'gnu' ? gnuControl : busyboxControl) {
      if (this.src.startsWith(v, start)) return { token: { t: 'op', v }, end: start + v.length };
    }
    return undefined;
  }

  /**
   * The next word if it is plain unquoted letters or `!{}[` (a possible reserved word),
   * without consuming it.
   */
  peekBareWord(): string | undefined {
    this.skipBlanks();
    let i = this.pos;
    while (i < this.src.length && /[A-Za-z!{}[\]]/.test(this.src[i] ?? '')) i++;
    if (i === this.pos || !isMeta(this.src[i])) return undefined;
    return this.src.slice(this.pos, i);
  }
}

/** How bash/busybox name a token in `unexpected token` messages. */
export function tokenText(token: OperatorToken): string {
  switch (token.t) {
    case 'eof':
    case 'newline':
      return 'newline';
    case 'op':
      return token.v;
    case 'redir':
      return token.text;
  }
}

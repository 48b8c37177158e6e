// The template lexer: a port of Go's text/template/parse/lex.go (Go 1.24), so
// that tokens, line numbers and lexical error texts match what Docker prints.
// Positions are UTF-16 offsets into the source; errors convert them to bytes.
import { EOF, hasLeftTrimMarker, hasRightTrimMarker, isAlphaNumeric, isSpace } from './lex-chars.js';
import { lexChar, lexNumber, lexQuote, lexRawQuote } from './lex-literals.js';
import { quoteRuneHash } from './quote.js';

export type ItemType =
  | 'error' | 'bool' | 'char' | 'charConstant' | 'complex' | 'assign' | 'declare' | 'eof'
  | 'field' | 'identifier' | 'leftDelim' | 'leftParen' | 'number' | 'pipe' | 'rawString'
  | 'rightDelim' | 'rightParen' | 'space' | 'string' | 'text' | 'variable'
  // keywords
  | 'block' | 'break' | 'continue' | 'dot' | 'define' | 'else' | 'end' | 'if' | 'nil'
  | 'range' | 'template' | 'with';

const KEYWORDS: ReadonlyMap<string, ItemType> = new Map<string, ItemType>([
  ['.', 'dot'], ['block', 'block'], ['break', 'break'], ['continue', 'continue'], ['define', 'define'],
  ['else', 'else'], ['end', 'end'], ['if', 'if'], ['range', 'range'], ['nil', 'nil'],
  ['template', 'template'], ['with', 'with'],
]);

export function isKeyword(t: ItemType): boolean {
  return [...KEYWORDS.values()].includes(t);
}

export interface Item {
  readonly typ: ItemType;
  readonly pos: number;
  readonly val: string;
  readonly line: number;
}

const LEFT_DELIM = '{{';
const RIGHT_DELIM = '}}';
const LEFT_COMMENT = '/*';
const RIGHT_COMMENT = '*/';
const SPACE_CHARS = ' \t\r\n';
const TRIM_MARKER_LEN = 2; // "-" plus a space before or after

export type StateFn = ((l: Lexer) => StateFn) | null;

export interface LexOptions {
  readonly breakOK: boolean;
  readonly continueOK: boolean;
}

export class Lexer {
  private pos = 0;
  private start = 0;
  private atEOF = false;
  parenDepth = 0;
  private line = 1;
  private startLine = 1;
  private item: Item = { typ: 'eof', pos: 0, val: 'EOF', line: 1 };
  insideAction = false;

  constructor(
    private input: string,
    readonly options: LexOptions,
  ) {}

  nextItem(): Item {
    this.item = { typ: 'eof', pos: this.pos, val: 'EOF', line: this.startLine };
    let state: StateFn = this.insideAction ? lexInsideAction : lexText;
    while (state) state = state(this);
    return this.item;
  }

  // --- primitives (mirroring the Go lexer's methods) ---

  next(): number {
    if (this.pos >= this.input.length) {
      this.atEOF = true;
      return EOF;
    }
    const r = this.input.codePointAt(this.pos) as number;
    this.pos += r > 0xffff ? 2 : 1;
    if (r === 0x0a) this.line++;
    return r;
  }

  peek(): number {
    const r = this.next();
    this.backup();
    return r;
  }

  backup(): void {
    if (!this.atEOF && this.pos > 0) {
      const lo = this.input.charCodeAt(this.pos - 1);
      const w = lo >= 0xdc00 && lo <= 0xdfff && this.pos > 1 ? 2 : 1;
      this.pos -= w;
      if (this.input.charCodeAt(this.pos) === 0x0a) this.line--;
    }
  }

  thisItem(typ: ItemType): Item {
    const i: Item = { typ, pos: this.start, val: this.input.slice(this.start, this.pos), line: this.startLine };
    this.start = this.pos;
    this.startLine = this.line;
    return i;
  }

  emit(typ: ItemType): StateFn {
    return this.emitItem(this.thisItem(typ));
  }

  emitItem(i: Item): StateFn {
    this.item = i;
    return null;
  }

  ignore(): void {
    this.line += countNewlines(this.input.slice(this.start, this.pos));
    this.start = this.pos;
    this.startLine = this.line;
  }

  accept(valid: string): boolean {
    const r = this.next();
    if (r !== EOF && valid.includes(String.fromCodePoint(r))) return true;
    this.backup();
    return false;
  }

  acceptRun(valid: string): void {
    for (;;) {
      const r = this.next();
      if (r === EOF || !valid.includes(String.fromCodePoint(r))) break;
    }
    this.backup();
  }

  errorf(message: string): StateFn {
    this.item = { typ: 'error', pos: this.start, val: message, line: this.startLine };
    this.start = 0;
    this.pos = 0;
    this.input = '';
    return null;
  }

  rest(from = this.pos): string {
    return this.input.slice(from);
  }

  // Fields used by the state functions.
  get p(): number { return this.pos; }
  set p(v: number) { this.pos = v; }
  get s(): number { return this.start; }
  get text(): string { return this.input; }
  addLines(n: number): void { this.line += n; }

  atRightDelim(): { delim: boolean; trimSpaces: boolean } {
    if (hasRightTrimMarker(this.rest()) && this.rest(this.pos + TRIM_MARKER_LEN).startsWith(RIGHT_DELIM)) {
      return { delim: true, trimSpaces: true };
    }
    if (this.rest().startsWith(RIGHT_DELIM)) return { delim: true, trimSpaces: false };
    return { delim: false, trimSpaces: false };
  }

  atTerminator(): boolean {
    const r = this.peek();
    if (isSpace(r)) return true;
    switch (r) {
      case EOF: case 0x2e: case 0x2c: case 0x7c: case 0x3a: case 0x29: case 0x28: // . , | : ) (
        return true;
    }
    return this.rest().startsWith(RIGHT_DELIM);
  }
}

function countNewlines(s: string): number {
  let n = 0;
  for (const c of s) if (c === '\n') n++;
  return n;
}

function lexText(l: Lexer): StateFn {
  const x = l.rest().indexOf(LEFT_DELIM);
  if (x >= 0) {
    if (x > 0) {
      l.p += x;
      let trimLength = 0;
      const delimEnd = l.p + LEFT_DELIM.length;
      if (hasLeftTrimMarker(l.rest(delimEnd))) trimLength = rightTrimLength(l.text.slice(l.s, l.p));
      l.p -= trimLength;
      l.addLines(countNewlines(l.text.slice(l.s, l.p)));
      const i = l.thisItem('text');
      l.p += trimLength;
      l.ignore();
      if (i.val.length > 0) return l.emitItem(i);
    }
    return lexLeftDelim;
  }
  l.p = l.text.length;
  if (l.p > l.s) {
    l.addLines(countNewlines(l.text.slice(l.s, l.p)));
    return l.emit('text');
  }
  return l.emit('eof');
}

function rightTrimLength(s: string): number {
  let n = s.length;
  while (n > 0 && SPACE_CHARS.includes(s[n - 1] as string)) n--;
  return s.length - n;
}

function leftTrimLength(s: string): number {
  let n = 0;
  while (n < s.length && SPACE_CHARS.includes(s[n] as string)) n++;
  return n;
}

function lexLeftDelim(l: Lexer): StateFn {
  l.p += LEFT_DELIM.length;
  const trimSpace = hasLeftTrimMarker(l.rest());
  const afterMarker = trimSpace ? TRIM_MARKER_LEN : 0;
  if (l.rest(l.p + afterMarker).startsWith(LEFT_COMMENT)) {
    l.p += afterMarker;
    l.ignore();
    return lexComment;
  }
  const i = l.thisItem('leftDelim');
  l.insideAction = true;
  l.p += afterMarker;
  l.ignore();
  l.parenDepth = 0;
  return l.emitItem(i);
}

function lexComment(l: Lexer): StateFn {
  l.p += LEFT_COMMENT.length;
  const x = l.rest().indexOf(RIGHT_COMMENT);
  if (x < 0) return l.errorf('unclosed comment');
  l.p += x + RIGHT_COMMENT.length;
  const { delim, trimSpaces } = l.atRightDelim();
  if (!delim) return l.errorf('comment ends before closing delimiter');
  l.addLines(countNewlines(l.text.slice(l.s, l.p)));
  l.thisItem('text'); // the comment itself: parsed and dropped, as Go does without ParseComments
  if (trimSpaces) l.p += TRIM_MARKER_LEN;
  l.p += RIGHT_DELIM.length;
  if (trimSpaces) l.p += leftTrimLength(l.rest());
  l.ignore();
  return lexText;
}

function lexRightDelim(l: Lexer): StateFn {
  const { trimSpaces } = l.atRightDelim();
  if (trimSpaces) {
    l.p += TRIM_MARKER_LEN;
    l.ignore();
  }
  l.p += RIGHT_DELIM.length;
  const i = l.thisItem('rightDelim');
  if (trimSpaces) {
    l.p += leftTrimLength(l.rest());
    l.ignore();
  }
  l.insideAction = false;
  return l.emitItem(i);
}

function lexInsideAction(l: Lexer): StateFn {
  const { delim } = l.atRightDelim();
  if (delim) {
    if (l.parenDepth === 0) return lexRightDelim;
    return l.errorf('unclosed left paren');
  }
  const r = l.next();
  if (r === EOF) return l.errorf('unclosed action');
  if (isSpace(r)) {
    l.backup(); // put the space back in case we have " -}}"
    return lexSpace;
  }
  switch (r) {
    case 0x3d: return l.emit('assign'); // =
    case 0x3a: // :
      if (l.next() !== 0x3d) return l.errorf('expected :=');
      return l.emit('declare');
    case 0x7c: return l.emit('pipe');
    case 0x22: return lexQuote;
    case 0x60: return lexRawQuote;
    case 0x24: return lexVariable;
    case 0x27: return lexChar;
    case 0x28:
      l.parenDepth++;
      return l.emit('leftParen');
    case 0x29:
      l.parenDepth--;
      if (l.parenDepth < 0) return l.errorf('unexpected right paren');
      return l.emit('rightParen');
  }
  if (r === 0x2e) {
    // ".field" unless a digit follows ('.' can start a number)
    const c = l.text.charCodeAt(l.p);
    if (l.p < l.text.length && (c < 0x30 || c > 0x39)) return lexField;
    l.backup();
    return lexNumber;
  }
  if (r === 0x2b || r === 0x2d || (r >= 0x30 && r <= 0x39)) {
    l.backup();
    return lexNumber;
  }
  if (isAlphaNumeric(r)) {
    l.backup();
    return lexIdentifier;
  }
  if (r <= 0x7f && r >= 0x20 && r !== 0x7f) return l.emit('char');
  return l.errorf(`unrecognized character in action: ${quoteRuneHash(r)}`);
}

function lexSpace(l: Lexer): StateFn {
  let numSpaces = 0;
  for (;;) {
    const r = l.peek();
    if (!isSpace(r)) break;
    l.next();
    numSpaces++;
  }
  // A trim-marked right delimiter starts with a space: leave it to lexRightDelim.
  if (hasRightTrimMarker(l.rest(l.p - 1)) && l.rest(l.p - 1 + TRIM_MARKER_LEN).startsWith(RIGHT_DELIM)) {
    l.backup();
    if (numSpaces === 1) return lexRightDelim;
  }
  return l.emit('space');
}

function lexIdentifier(l: Lexer): StateFn {
  for (;;) {
    const r = l.next();
    if (isAlphaNumeric(r)) continue;
    l.backup();
    const word = l.text.slice(l.s, l.p);
    if (!l.atTerminator()) return l.errorf(`bad character ${quoteRuneHash(r)}`);
    const key = KEYWORDS.get(word);
    if (key !== undefined) {
      if ((key === 'break' && !l.options.breakOK) || (key === 'continue' && !l.options.continueOK)) {
        return l.emit('identifier');
      }
      return l.emit(key);
    }
    if (word[0] === '.') return l.emit('field');
    if (word === 'true' || word === 'false') return l.emit('bool');
    return l.emit('identifier');
  }
}

function lexField(l: Lexer): StateFn {
  return lexFieldOrVariable(l, 'field');
}

function lexVariable(l: Lexer): StateFn {
  if (l.atTerminator()) return l.emit('variable'); // just "$"
  return lexFieldOrVariable(l, 'variable');
}

function lexFieldOrVariable(l: Lexer, typ: 'field' | 'variable'): StateFn {
  if (l.atTerminator()) return l.emit(typ === 'variable' ? 'variable' : 'dot');
  let r: number;
  for (;;) {
    r = l.next();
    if (!isAlphaNumeric(r)) {
      l.backup();
      break;
    }
  }
  if (!l.atTerminator()) return l.errorf(`bad character ${quoteRuneHash(r)}`);
  return l.emit(typ);
}


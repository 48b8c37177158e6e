// The parser's view of the token stream (parse.go's next/backup/peek, with
// its three-token lookahead) and its error reporting: Go reports parse errors
// at the line of the most recently read token, so the lookahead must match.
import { isKeyword } from './lexer.js';
import type { Item, ItemType, Lexer } from './lexer.js';
import { TemplateParseError } from './parse-error.js';
import { quote, quoteTruncated } from './quote.js';

export abstract class TokenStream {
  private readonly token: Item[] = [];
  private peekCount = 0;
  /** Line of the left delimiter of the action being parsed (0: none). */
  protected actionLine = 0;

  constructor(
    protected readonly lex: Lexer,
    protected readonly parseName: string,
  ) {}

  /** Called before a parse error is thrown. */
  protected abstract onError(): void;


  protected next(): Item {
    if (this.peekCount > 0) this.peekCount--;
    else this.token[0] = this.lex.nextItem();
    return this.token[this.peekCount] as Item;
  }

  protected backup(): void {
    this.peekCount++;
  }

  protected backup2(t1: Item): void {
    this.token[1] = t1;
    this.peekCount = 2;
  }

  protected backup3(t2: Item, t1: Item): void {
    this.token[1] = t1;
    this.token[2] = t2;
    this.peekCount = 3;
  }

  protected peek(): Item {
    if (this.peekCount > 0) return this.token[this.peekCount - 1] as Item;
    this.peekCount = 1;
    this.token[0] = this.lex.nextItem();
    return this.token[0];
  }

  protected nextNonSpace(): Item {
    for (;;) {
      const token = this.next();
      if (token.typ !== 'space') return token;
    }
  }

  protected peekNonSpace(): Item {
    const token = this.nextNonSpace();
    this.backup();
    return token;
  }

  // --- errors ---

  protected errorf(message: string): never {
    this.onError();
    const line = this.token[0]?.line ?? 1;
    throw new TemplateParseError(`template: ${this.parseName}:${line}: ${message}`);
  }

  protected expect(expected: ItemType, context: string): Item {
    const token = this.nextNonSpace();
    if (token.typ !== expected) this.unexpected(token, context);
    return token;
  }

  protected unexpected(token: Item, context: string): never {
    if (token.typ === 'error') {
      let extra = '';
      if (this.actionLine !== 0 && this.actionLine !== token.line) {
        extra = ` in action started at ${this.parseName}:${this.actionLine}`;
        if (token.val.endsWith(' action')) extra = extra.slice(' in action'.length); // avoid "action in action"
      }
      this.errorf(`${token.val}${extra}`);
    }
    this.errorf(`unexpected ${itemString(token)} in ${context}`);
  }
}

/** Go's item.String(), used in "unexpected X in Y" messages. */
function itemString(i: Item): string {
  if (i.typ === 'eof') return 'EOF';
  if (i.typ === 'error') return i.val;
  if (isKeyword(i.typ)) return `<${i.val}>`;
  if (Buffer.byteLength(i.val, 'utf8') > 10) return `${quoteTruncated(i.val, 10)}...`;
  return quote(i.val);
}

import type { AwkProgram, Expr, LValue, Rule, Stmt } from './awk-ast.js';
import { AwkSyntaxError, AwkUnsupported, tokenize, type AwkToken } from './awk-lexer.js';

// A recursive-descent parser for the awk subset learners type: patterns, BEGIN/END,
// print/printf, if/else, assignments, fields, the usual operators and a few functions.
// Loops, arrays, user functions, getline and output redirection are refused.

const FUNCTIONS = new Set(['length', 'substr', 'index', 'toupper', 'tolower', 'int', 'sprintf', 'sqrt', 'exp', 'log']);
const REFUSED_WORDS = new Set(['for', 'while', 'do', 'function', 'func', 'getline', 'delete', 'in', 'break', 'continue', 'return', 'nextfile']);

export function parseAwk(src: string): AwkProgram {
  return new Parser(tokenize(src)).program();
}

class Parser {
  private i = 0;

  constructor(private readonly tokens: readonly AwkToken[]) {}

  private peek(offset = 0): AwkToken {
    return this.tokens[this.i + offset] ?? { t: 'eof' };
  }

  private isOp(v: string, offset = 0): boolean {
    const t = this.peek(offset);
    return t.t === 'op' && t.v === v;
  }

  private take(): AwkToken {
    const t = this.peek();
    this.i++;
    return t;
  }

  private expectOp(v: string): void {
    if (!this.isOp(v)) throw new AwkSyntaxError(`near ${describe(this.peek())}`);
    this.i++;
  }

  private skipNewlines(): void {
    while (this.peek().t === 'newline' || this.isOp(';')) this.i++;
  }

  program(): AwkProgram {
    const rules: Rule[] = [];
    this.skipNewlines();
    while (this.peek().t !== 'eof') {
      rules.push(this.rule());
      this.skipNewlines();
    }
    return { rules };
  }

  private rule(): Rule {
    const t = this.peek();
    if (t.t === 'name' && (t.v === 'BEGIN' || t.v === 'END')) {
      this.i++;
      if (!this.isOp('{')) throw new AwkSyntaxError(`${t.v} without an action`);
      return { kind: t.v === 'BEGIN' ? 'begin' : 'end', body: this.block() };
    }
    let pattern: Expr | undefined;
    let range: Expr | undefined;
    if (!this.isOp('{')) {
      pattern = this.expr(false);
      if (this.isOp(',')) {
        this.i++;
        this.skipNewlines();
        range = this.expr(false);
      }
    }
    const body = this.isOp('{') ? this.block() : undefined;
    return { kind: 'main', pattern, range, body };
  }

  private block(): Stmt[] {
    this.expectOp('{');
    const body: Stmt[] = [];
    this.skipNewlines();
    while (!this.isOp('}')) {
      if (this.peek().t === 'eof') throw new AwkSyntaxError("a missing '}'");
      body.push(...this.statement());
      this.skipNewlines();
    }
    this.i++;
    return body;
  }

  private statement(): Stmt[] {
    if (this.isOp('{')) return this.block();
    const t = this.peek();
    if (t.t === 'name' && REFUSED_WORDS.has(t.v)) throw new AwkUnsupported(`'${t.v}'`);
    let stmt: Stmt;
    if (t.t === 'name' && t.v === 'if') return [this.ifStatement()];
    if (t.t === 'name' && (t.v === 'print' || t.v === 'printf')) {
      this.i++;
      stmt = { k: t.v, args: this.printArgs() };
      if (this.isOp('>') || this.isOp('>>') || this.isOp('|')) throw new AwkUnsupported('output redirection (> file, | command)');
    } else if (t.t === 'name' && t.v === 'next') {
      this.i++;
      stmt = { k: 'next' };
    } else if (t.t === 'name' && t.v === 'exit') {
      this.i++;
      stmt = { k: 'exit', status: this.atStatementEnd() ? undefined : this.expr(false) };
    } else stmt = { k: 'expr', e: this.expr(false) };
    if (!this.atStatementEnd()) throw new AwkSyntaxError(`near ${describe(this.peek())}`);
    return [stmt];
  }

  private atStatementEnd(): boolean {
    const t = this.peek();
    return t.t === 'newline' || t.t === 'eof' || this.isOp(';') || this.isOp('}');
  }

  private ifStatement(): Stmt {
    this.i++;
    this.expectOp('(');
    const c = this.expr(false);
    this.expectOp(')');
    this.skipNewlines();
    const then = this.statement();
    const save = this.i;
    this.skipNewlines();
    const t = this.peek();
    if (t.t === 'name' && t.v === 'else') {
      this.i++;
      this.skipNewlines();
      return { k: 'if', c, then, otherwise: this.statement() };
    }
    this.i = save;
    return { k: 'if', c, then, otherwise: [] };
  }

  /** `print a, b` or `print(a, b)`; `>` here would redirect, so it is not a comparison. */
  private printArgs(): Expr[] {
    if (this.atStatementEnd()) return [];
    if (this.isOp('(')) {
      const save = this.i;
      this.i++;
      const args = this.exprList(false);
      if (this.isOp(')')) {
        this.i++;
        if (this.atStatementEnd() || this.isOp('>') || this.isOp('>>') || this.isOp('|')) return args;
      }
      this.i = save;
    }
    return this.exprList(true);
  }

  private exprList(noGt: boolean): Expr[] {
    const list = [this.expr(noGt)];
    while (this.isOp(',')) {
      this.i++;
      this.skipNewlines();
      list.push(this.expr(noGt));
    }
    return list;
  }

  expr(noGt: boolean): Expr {
    return this.ternary(noGt);
  }

  private ternary(noGt: boolean): Expr {
    const c = this.or(noGt);
    if (!this.isOp('?')) return this.assignment(c, noGt);
    this.i++;
    const t = this.ternary(noGt);
    this.expectOp(':');
    return { k: 'cond', c, t, f: this.ternary(noGt) };
  }

  private assignment(left: Expr, noGt: boolean): Expr {
    const t = this.peek();
    if (t.t !== 'op' || !['=', '+=', '-=', '*=', '/=', '%=', '^='].includes(t.v)) return left;
    if (left.k !== 'field' && left.k !== 'var') throw new AwkSyntaxError('an assignment to something that is not a variable or field');
    this.i++;
    this.skipNewlines();
    return { k: 'assign', op: t.v, target: left, value: this.ternary(noGt) };
  }

  private or(noGt: boolean): Expr {
    let l = this.and(noGt);
    while (this.isOp('||')) {
      this.i++;
      this.skipNewlines();
      l = { k: 'binary', op: '||', l, r: this.and(noGt) };
    }
    return l;
  }

  private and(noGt: boolean): Expr {
    let l = this.matching(noGt);
    while (this.isOp('&&')) {
      this.i++;
      this.skipNewlines();
      l = { k: 'binary', op: '&&', l, r: this.matching(noGt) };
    }
    return l;
  }

  private matching(noGt: boolean): Expr {
    let l = this.comparison(noGt);
    while (this.isOp('~') || this.isOp('!~')) {
      const op = (this.take() as { v: string }).v;
      l = { k: 'match', negate: op === '!~', l, re: this.comparison(noGt) };
    }
    return l;
  }

  private comparison(noGt: boolean): Expr {
    const l = this.concatenation();
    const t = this.peek();
    if (t.t === 'op' && ['<', '<=', '==', '!=', '>=', '>'].includes(t.v) && !(noGt && t.v === '>')) {
      this.i++;
      return { k: 'binary', op: t.v, l, r: this.concatenation() };
    }
    return l;
  }

  private concatenation(): Expr {
    let l = this.additive();
    while (this.startsOperand()) l = { k: 'binary', op: 'concat', l, r: this.additive() };
    return l;
  }

  /** Tokens that can begin the right side of a concatenation (`$1 " " $2`). */
  private startsOperand(): boolean {
    const t = this.peek();
    if (t.t === 'num' || t.t === 'str' || t.t === 'funcname' || t.t === 'regex') return true;
    if (t.t === 'name') return !['in', 'else', 'getline'].includes(t.v);
    return t.t === 'op' && (t.v === '$' || t.v === '(' || t.v === '!');
  }

  private additive(): Expr {
    let l = this.multiplicative();
    while (this.isOp('+') || this.isOp('-')) {
      const op = (this.take() as { v: string }).v;
      l = { k: 'binary', op, l, r: this.multiplicative() };
    }
    return l;
  }

  private multiplicative(): Expr {
    let l = this.unary();
    while (this.isOp('*') || this.isOp('/') || this.isOp('%')) {
      const op = (this.take() as { v: string }).v;
      l = { k: 'binary', op, l, r: this.unary() };
    }
    return l;
  }

  private unary(): Expr {
    if (this.isOp('!') || this.isOp('-') || this.isOp('+')) {
      const op = (this.take() as { v: '!' | '-' | '+' }).v;
      return { k: 'unary', op, e: this.unary() };
    }
    return this.power();
  }

  private power(): Expr {
    const base = this.postfix();
    if (!this.isOp('^')) return base;
    this.i++;
    return { k: 'binary', op: '^', l: base, r: this.unaryOrPower() };
  }

  /** The exponent: right-associative, and may carry a sign (`2^-1`). */
  private unaryOrPower(): Expr {
    if (this.isOp('-') || this.isOp('+')) {
      const op = (this.take() as { v: '-' | '+' }).v;
      return { k: 'unary', op, e: this.unaryOrPower() };
    }
    return this.power();
  }

  private postfix(): Expr {
    if (this.isOp('++') || this.isOp('--')) {
      const op = (this.take() as { v: '++' | '--' }).v;
      return { k: 'incdec', op, prefix: true, target: this.lvalue(this.primary()) };
    }
    const e = this.primary();
    if ((e.k === 'var' || e.k === 'field') && (this.isOp('++') || this.isOp('--'))) {
      const op = (this.take() as { v: '++' | '--' }).v;
      return { k: 'incdec', op, prefix: false, target: e };
    }
    return e;
  }

  private lvalue(e: Expr): LValue {
    if (e.k === 'var' || e.k === 'field') return e;
    throw new AwkSyntaxError('++ or -- on something that is not a variable or field');
  }

  private primary(): Expr {
    const t = this.take();
    switch (t.t) {
      case 'num':
        return { k: 'num', v: t.v };
      case 'str':
        return { k: 'str', v: t.v };
      case 'regex':
        return { k: 'regex', source: t.v };
      case 'funcname':
        return this.call(t.v);
      case 'name':
        if (REFUSED_WORDS.has(t.v)) throw new AwkUnsupported(`'${t.v}'`);
        if (t.v === 'length') return { k: 'call', name: 'length', args: [] };
        if (this.isOp('[')) throw new AwkUnsupported('an array (a[...])');
        return { k: 'var', name: t.v };
      case 'op':
        if (t.v === '$') return { k: 'field', index: this.postfixForField() };
        if (t.v === '(') {
          const e = this.expr(false);
          if (this.isOp(',')) throw new AwkUnsupported("'(a, b) in array'");
          this.expectOp(')');
          return e;
        }
        break;
      default:
        break;
    }
    throw new AwkSyntaxError(`near ${describe(t)}`);
  }

  /** `$` binds tighter than everything but grouping and ++/--: `$NF-1` is `($NF)-1`. */
  private postfixForField(): Expr {
    if (this.isOp('-') || this.isOp('+') || this.isOp('!')) return this.unary();
    return this.postfix();
  }

  private call(name: string): Expr {
    if (!FUNCTIONS.has(name)) throw new AwkUnsupported(`the function ${name}()`);
    this.expectOp('(');
    const args = this.isOp(')') ? [] : this.exprList(false);
    this.expectOp(')');
    return { k: 'call', name, args };
  }
}

function describe(t: AwkToken): string {
  switch (t.t) {
    case 'eof':
      return 'the end of the program';
    case 'newline':
      return 'the end of a line';
    case 'num':
      return String(t.v);
    case 'str':
      return `"${t.v}"`;
    case 'regex':
      return `/${t.v}/`;
    default:
      return `'${t.v}'`;
  }
}

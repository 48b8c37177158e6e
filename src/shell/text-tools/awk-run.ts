import type { Flavor } from '../tool-io.js';
import type { AwkProgram, Expr, LValue, Stmt } from './awk-ast.js';
import { awkPrintf, type PrintfValue } from './awk-format.js';
import { AwkUnsupported } from './awk-lexer.js';
import { compare, fromInput, num, str, toNum, toStr, truthy, UNSET, type Value } from './awk-values.js';
import { translateRegex } from './posix-regex.js';

// Runs an awk program over records. Output goes to `out`; a fatal run-time error throws
// AwkRuntimeError with the message the real awk prints.

export class AwkRuntimeError extends Error {}
class NextRecord extends Error {}
class ExitProgram extends Error {
  constructor(readonly status: number) {
    super('exit');
  }
}

export class AwkRun {
  out = '';
  exitStatus: number | undefined;
  private readonly vars = new Map<string, Value>([
    ['FS', str(' ')], ['OFS', str(' ')], ['ORS', str('\n')], ['RS', str('\n')], ['SUBSEP', str('\x1c')],
    ['CONVFMT', str('%.6g')], ['OFMT', str('%.6g')], ['FILENAME', str('')],
  ]);
  private nr = 0;
  private fnr = 0;
  private fields: string[] = [''];
  private readonly inRange: boolean[];
  private readonly regexCache = new Map<string, RegExp>();

  constructor(
    private readonly program: AwkProgram,
    private readonly flavor: Flavor,
  ) {
    this.inRange = program.rules.map(() => false);
  }

  /** Only BEGIN rules: the input is never read. */
  get readsInput(): boolean {
    return this.program.rules.some((r) => r.kind !== 'begin');
  }

  setVar(name: string, value: Value): void {
    if (name === 'NR') this.nr = toNum(value);
    else if (name === 'FNR') this.fnr = toNum(value);
    else if (name === 'NF') this.setNF(toNum(value));
    else this.vars.set(name, value);
  }

  startFile(name: string): void {
    this.vars.set('FILENAME', str(name));
    this.fnr = 0;
  }

  /** BEGIN rules; false when `exit` ran. */
  begin(): boolean {
    return this.guard(() => {
      for (const rule of this.program.rules) if (rule.kind === 'begin') this.exec(rule.body);
    });
  }

  /** One input record through the main rules; false when `exit` ran. */
  record(line: string): boolean {
    this.nr++;
    this.fnr++;
    this.setRecord(line);
    return this.guard(() => {
      try {
        this.program.rules.forEach((rule, i) => {
          if (rule.kind !== 'main' || !this.selects(i, rule.pattern, rule.range)) return;
          if (rule.body === undefined) this.print([]);
          else this.exec(rule.body);
        });
      } catch (e) {
        if (!(e instanceof NextRecord)) throw e;
      }
    });
  }

  end(): void {
    this.guard(() => {
      for (const rule of this.program.rules) if (rule.kind === 'end') this.exec(rule.body);
    });
  }

  private guard(run: () => void): boolean {
    try {
      run();
      return true;
    } catch (e) {
      if (!(e instanceof ExitProgram)) throw e;
      this.exitStatus = e.status;
      return false;
    }
  }

  private selects(i: number, pattern: Expr | undefined, range: Expr | undefined): boolean {
    if (pattern === undefined) return true;
    if (range === undefined) return truthy(this.eval(pattern));
    if (!this.inRange[i]) {
      if (!truthy(this.eval(pattern))) return false;
      this.inRange[i] = !truthy(this.eval(range));
      return true;
    }
    if (truthy(this.eval(range))) this.inRange[i] = false;
    return true;
  }

  private exec(body: readonly Stmt[]): void {
    for (const s of body) {
      switch (s.k) {
        case 'print':
          this.print(s.args);
          break;
        case 'printf': {
          const [format, ...rest] = s.args;
          if (format === undefined) throw new AwkUnsupported('printf without a format');
          const values = rest.map((e): PrintfValue => {
            const v = this.eval(e);
            return { num: () => toNum(v), str: () => toStr(v, this.flavor), isNumber: v.kind === 'num' };
          });
          const text = this.str(this.eval(format));
          const r = awkPrintf(text, values, this.flavor === 'busybox');
          this.out += r.text;
          if (!r.ok) throw this.tooFewArguments('printf', text);
          break;
        }
        case 'expr':
          this.eval(s.e);
          break;
        case 'if':
          this.exec(truthy(this.eval(s.c)) ? s.then : s.otherwise);
          break;
        case 'next':
          throw new NextRecord('next');
        case 'exit':
          throw new ExitProgram(s.status === undefined ? 0 : Math.trunc(toNum(this.eval(s.status))));
      }
    }
  }

  private print(args: readonly Expr[]): void {
    const texts = args.length === 0 ? [this.getField(0)] : args.map((e) => this.str(this.eval(e)));
    this.out += texts.join(this.str(this.getVar('OFS'))) + this.str(this.getVar('ORS'));
  }

  /** mawk's message (busybox fills missing arguments in instead). */
  private tooFewArguments(fn: string, format: string): AwkRuntimeError {
    return new AwkRuntimeError(`awk: run time error: not enough arguments passed to ${fn}("${format}")\n${this.where()}`);
  }

  private where(): string {
    return `\tFILENAME="${this.str(this.getVar('FILENAME'))}" FNR=${this.fnr} NR=${this.nr}`;
  }

  private str(v: Value): string {
    return toStr(v, this.flavor);
  }

  private getVar(name: string): Value {
    if (name === 'NR') return num(this.nr);
    if (name === 'FNR') return num(this.fnr);
    if (name === 'NF') return num(this.fields.length - 1);
    return this.vars.get(name) ?? UNSET;
  }

  // Fields: $0 and its split, kept in step.
  private setRecord(line: string): void {
    this.fields = [line, ...this.split(line)];
  }

  private split(line: string): string[] {
    const fs = this.str(this.getVar('FS'));
    if (fs === ' ') return line.split(/[ \t\n]+/).filter((f) => f !== '');
    if (line === '') return [];
    if (fs.length === 1 && fs !== '\\') return line.split(fs);
    // By hand rather than String.split, which would add the regex's groups to the fields.
    const re = new RegExp(this.regex(fs).source, 'g');
    const fields: string[] = [];
    let start = 0;
    for (let m = re.exec(line); m !== null; m = re.exec(line)) {
      if (m[0] === '') {
        re.lastIndex++;
        continue;
      }
      fields.push(line.slice(start, m.index));
      start = m.index + m[0].length;
    }
    fields.push(line.slice(start));
    return fields;
  }

  private getField(i: number): string {
    return this.fields[i] ?? '';
  }

  private fieldIndex(e: Expr): number {
    const n = toNum(this.eval(e));
    if (n < 0) {
      throw new AwkRuntimeError(
        this.flavor === 'gnu'
          ? `awk: run time error: negative field index $${n}\n${this.where()}`
          : 'awk: cmd. line:1: Access to negative field',
      );
    }
    return Math.trunc(n);
  }

  private setField(i: number, value: string): void {
    if (i === 0) return this.setRecord(value);
    while (this.fields.length <= i) this.fields.push('');
    this.fields[i] = value;
    this.fields[0] = this.fields.slice(1).join(this.str(this.getVar('OFS')));
  }

  private setNF(n: number): void {
    const count = Math.max(0, Math.trunc(n));
    const kept = this.fields.slice(1, count + 1);
    while (kept.length < count) kept.push('');
    this.fields = [kept.join(this.str(this.getVar('OFS'))), ...kept];
  }

  private regex(source: string): RegExp {
    let re = this.regexCache.get(source);
    if (re === undefined) {
      const t = translateRegex(source, 'extended', false);
      if (!t.ok) throw new AwkUnsupported(`the regular expression /${source}/`);
      re = new RegExp(t.source);
      this.regexCache.set(source, re);
    }
    return re;
  }

  private read(target: LValue): Value {
    return target.k === 'var' ? this.getVar(target.name) : fromInput(this.getField(this.fieldIndex(target.index)));
  }

  private write(target: LValue, value: Value): Value {
    if (target.k === 'var') this.setVar(target.name, value);
    else this.setField(this.fieldIndex(target.index), this.str(value));
    return value;
  }

  eval(e: Expr): Value {
    switch (e.k) {
      case 'num':
        return num(e.v);
      case 'str':
        return str(e.v);
      case 'regex':
        return num(this.regex(e.source).test(this.getField(0)) ? 1 : 0);
      case 'var':
      case 'field':
        return this.read(e);
      case 'assign': {
        const value = this.eval(e.value);
        if (e.op === '=') return this.write(e.target, value.kind === 'strnum' && e.target.k === 'field' ? str(value.s) : value);
        return this.write(e.target, num(this.arith(e.op.slice(0, -1), toNum(this.read(e.target)), toNum(value))));
      }
      case 'incdec': {
        const old = toNum(this.read(e.target));
        const updated = old + (e.op === '++' ? 1 : -1);
        this.write(e.target, num(updated));
        return num(e.prefix ? updated : old);
      }
      case 'unary': {
        const v = this.eval(e.e);
        if (e.op === '!') return num(truthy(v) ? 0 : 1);
        return num(e.op === '-' ? -toNum(v) : toNum(v));
      }
      case 'match': {
        const text = this.str(this.eval(e.l));
        const source = e.re.k === 'regex' ? e.re.source : this.str(this.eval(e.re));
        return num(this.regex(source).test(text) !== e.negate ? 1 : 0);
      }
      case 'cond':
        return truthy(this.eval(e.c)) ? this.eval(e.t) : this.eval(e.f);
      case 'call':
        return this.call(e.name, e.args);
      case 'binary':
        return this.binary(e.op, e.l, e.r);
    }
  }

  private binary(op: string, l: Expr, r: Expr): Value {
    if (op === '&&') return num(truthy(this.eval(l)) && truthy(this.eval(r)) ? 1 : 0);
    if (op === '||') return num(truthy(this.eval(l)) || truthy(this.eval(r)) ? 1 : 0);
    const a = this.eval(l);
    const b = this.eval(r);
    switch (op) {
      case 'concat':
        return str(this.str(a) + this.str(b));
      case '<': return num(compare(a, b, this.flavor) < 0 ? 1 : 0);
      case '<=': return num(compare(a, b, this.flavor) <= 0 ? 1 : 0);
      case '>': return num(compare(a, b, this.flavor) > 0 ? 1 : 0);
      case '>=': return num(compare(a, b, this.flavor) >= 0 ? 1 : 0);
      case '==': return num(compare(a, b, this.flavor) === 0 ? 1 : 0);
      case '!=': return num(compare(a, b, this.flavor) !== 0 ? 1 : 0);
      default:
        return num(this.arith(op, toNum(a), toNum(b)));
    }
  }

  private arith(op: string, a: number, b: number): number {
    switch (op) {
      case '+': return a + b;
      case '-': return a - b;
      case '*': return a * b;
      case '/':
      case '%':
        // mawk divides by zero into inf and nan; busybox stops.
        if (b === 0 && this.flavor === 'busybox') throw new AwkRuntimeError('awk: cmd. line:1: Division by zero');
        return op === '/' ? a / b : a % b;
      default:
        this.needMath();
        return a ** b;
    }
  }

  /** Debian's busybox awk is built without its math support. */
  private needMath(): void {
    if (this.flavor === 'busybox') throw new AwkRuntimeError('awk: cmd. line:1: Math support is not compiled in');
  }

  private call(name: string, args: readonly Expr[]): Value {
    const v = args.map((a) => this.eval(a));
    const s = (i: number): string => this.str(v[i] ?? UNSET);
    const n = (i: number): number => toNum(v[i] ?? UNSET);
    switch (name) {
      case 'length':
        return num([...(args.length === 0 ? this.getField(0) : s(0))].length);
      case 'toupper':
        return str(s(0).toUpperCase());
      case 'tolower':
        return str(s(0).toLowerCase());
      case 'index':
        return num(s(0).indexOf(s(1)) + 1);
      case 'int':
        return num(Math.trunc(n(0)));
      case 'substr': {
        const chars = [...s(0)];
        const start = Math.round(n(1));
        const end = args.length > 2 ? start + Math.round(n(2)) : chars.length + 1;
        return str(chars.slice(Math.max(start, 1) - 1, Math.max(end, 1) - 1).join(''));
      }
      case 'sprintf': {
        const values = v.slice(1).map((x): PrintfValue => ({ num: () => toNum(x), str: () => this.str(x), isNumber: x.kind === 'num' }));
        const r = awkPrintf(s(0), values, this.flavor === 'busybox');
        if (!r.ok) throw this.tooFewArguments('sprintf', s(0));
        return str(r.text);
      }
      default:
        this.needMath();
        return num(name === 'sqrt' ? Math.sqrt(n(0)) : name === 'exp' ? Math.exp(n(0)) : Math.log(n(0)));
    }
  }
}

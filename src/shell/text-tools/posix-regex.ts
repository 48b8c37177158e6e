// POSIX basic (BRE) and extended (ERE) regular expressions, with the GNU extensions glibc
// gives both grep and busybox (`\|` `\+` `\?` in BRE, `\<` `\>` `\b` `\w` `\s`), turned
// into JavaScript RegExp source. One known difference: POSIX picks the leftmost-longest
// match, JavaScript the leftmost-first alternative; it shows only with `grep -o 'a\|ab'`.

export type RegexSyntax = 'basic' | 'extended';

export type RegexError =
  | 'unmatched-open' // ( or \(
  | 'unmatched-close' // ) or \)
  | 'unmatched-bracket'
  | 'unmatched-brace' // \{
  | 'bad-brace' // \{x\}
  | 'trailing-backslash'
  | 'bad-class' // [[:nope:]]
  | 'class-syntax' // [:space:] outside brackets
  | 'bad-backref'
  | 'invalid'; // a `[` that ends the pattern

export type Translation =
  /** `startOperator`: the first `*`, `+`, `?` found where an ERE expression starts (GNU warns; it is ignored). */
  | { readonly ok: true; readonly source: string; readonly startOperator: string | undefined }
  | { readonly ok: false; readonly error: RegexError };

const CLASSES: Readonly<Record<string, string>> = {
  alpha: 'A-Za-z', digit: '0-9', alnum: 'A-Za-z0-9', upper: 'A-Z', lower: 'a-z', space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t', punct: '!-\\/:-@\\[-`{-~', print: ' -~', graph: '!-~', cntrl: '\\x00-\\x1f\\x7f', xdigit: '0-9A-Fa-f',
};

const ESCAPES: Readonly<Record<string, string>> = {
  '<': '\\b(?=\\w)', '>': '\\b(?<=\\w)', b: '\\b', B: '\\B', w: '\\w', W: '\\W', s: '\\s', S: '\\S', '`': '^', "'": '$',
};

const jsLiteral = (ch: string): string => (/[\\^$.*+?()[\]{}|/-]/.test(ch) ? `\\${ch}` : ch);

class Fail extends Error {
  constructor(readonly code: RegexError) {
    super(code);
  }
}

/**
 * `gnuClassCheck`: GNU grep refuses a bracket expression that looks like a misplaced
 * class (`[:space:]`); glibc's regcomp, which busybox uses, takes it as a set.
 */
export function translateRegex(pattern: string, syntax: RegexSyntax, gnuClassCheck: boolean): Translation {
  try {
    const t = new Translator(pattern, syntax === 'extended', gnuClassCheck);
    return { ok: true, source: t.run(), startOperator: t.startOperator };
  } catch (e) {
    if (e instanceof Fail) return { ok: false, error: e.code };
    throw e;
  }
}

class Translator {
  private i = 0;
  private out = '';
  private groups = 0;
  private openGroups = 0;
  /** At the start of an expression: `*` is literal (BRE) or ignored with a warning (ERE). */
  private atStart = true;
  /** The quantifier just emitted: POSIX allows `a**`, `a+*`, which JavaScript refuses. */
  private lastQuantifier: string | undefined;
  startOperator: string | undefined;

  constructor(
    private readonly p: string,
    private readonly ere: boolean,
    private readonly gnuClassCheck: boolean,
  ) {}

  run(): string {
    while (this.i < this.p.length) this.step();
    if (this.openGroups > 0) throw new Fail('unmatched-open');
    return this.out;
  }

  private emit(text: string, start = false): void {
    this.out += text;
    this.atStart = start;
    this.lastQuantifier = undefined;
  }

  /** `*`, `+`, `?`; a second one in a row merges with the first (`a+*` is `a*`). */
  private quantifier(q: '*' | '+' | '?'): void {
    const prev = this.lastQuantifier;
    if (prev === undefined) {
      this.out += q;
      this.lastQuantifier = q;
      return;
    }
    const merged = prev === q ? q : '*';
    this.out = this.out.slice(0, -1) + merged;
    this.lastQuantifier = merged;
  }

  /** An ERE operator with nothing to repeat: GNU ignores it (and warns). */
  private startQuantifier(q: string): void {
    this.startOperator ??= q;
  }

  private step(): void {
    const ch = this.p[this.i++] ?? '';
    if (ch === '\\') return this.escape();
    if (ch === '[') return this.emit(this.bracket());
    if (ch === '.') return this.emit('.');
    if (ch === '*') {
      if (!this.atStart) return this.quantifier('*');
      return this.ere ? this.startQuantifier('*') : this.emit('\\*');
    }
    if (ch === '^') {
      // An anchor at the start (BRE) or anywhere (ERE); else a literal.
      return this.ere || this.atStart ? this.emit('^', true) : this.emit('\\^');
    }
    if (ch === '$') {
      const rest = this.p.slice(this.i);
      const atEnd = rest === '' || rest.startsWith('\\)') || rest.startsWith('\\|');
      return this.ere || atEnd ? this.emit('$') : this.emit('\\$');
    }
    if (this.ere) {
      if (ch === '(') return this.open();
      if (ch === ')') return this.close();
      if (ch === '|') return this.emit('|', true);
      if (ch === '+' || ch === '?') return this.atStart ? this.startQuantifier(ch) : this.quantifier(ch);
      if (ch === '{') return this.emit(this.interval('}') ?? '\\{');
    }
    this.emit(jsLiteral(ch));
  }

  private escape(): void {
    const ch = this.p[this.i++];
    if (ch === undefined) throw new Fail('trailing-backslash');
    if (!this.ere) {
      if (ch === '(') return this.open();
      if (ch === ')') return this.close();
      if (ch === '|') return this.emit('|', true);
      if (ch === '+' || ch === '?') return this.atStart ? this.emit(jsLiteral(ch)) : this.quantifier(ch);
      if (ch === '{') {
        const interval = this.interval('\\}');
        if (interval === undefined) throw new Fail(this.p.includes('\\}', this.i) ? 'bad-brace' : 'unmatched-brace');
        return this.emit(interval);
      }
    }
    if (/[1-9]/.test(ch)) {
      if (Number(ch) > this.groups) throw new Fail('bad-backref');
      return this.emit(`\\${ch}`);
    }
    const special = ESCAPES[ch];
    this.emit(special ?? jsLiteral(ch), ch === '`');
  }

  private open(): void {
    this.groups++;
    this.openGroups++;
    this.emit('(', true);
  }

  private close(): void {
    if (this.openGroups === 0) {
      // GNU ERE takes a lone `)` literally; BRE's `\)` without `\(` is an error.
      if (this.ere) return this.emit('\\)');
      throw new Fail('unmatched-close');
    }
    this.openGroups--;
    this.emit(')');
  }

  /** `{n}`, `{n,}`, `{,m}`, `{n,m}` up to `closer`; undefined when it is not one. */
  private interval(closer: '}' | '\\}'): string | undefined {
    const end = this.p.indexOf(closer, this.i);
    if (end < 0) return undefined;
    const body = this.p.slice(this.i, end);
    const m = /^(\d*)(,?)(\d*)$/.exec(body);
    if (m === null || (m[1] === '' && m[3] === '' && m[2] === '') || this.atStart) return undefined;
    if (m[2] === ',' && m[1] !== '' && m[3] !== '' && Number(m[1]) > Number(m[3])) throw new Fail('bad-brace');
    this.i = end + closer.length;
    return `{${m[1] === '' ? '0' : m[1]}${m[2]}${m[3]}}`;
  }

  /** After `[`: a bracket expression, `]` first is literal, backslash is literal. */
  private bracket(): string {
    if (this.i === this.p.length) throw new Fail('invalid');
    let out = '[';
    if (this.p[this.i] === '^') {
      out += '^';
      this.i++;
    }
    const first = this.i;
    for (;;) {
      const ch = this.p[this.i++];
      if (ch === undefined) throw new Fail('unmatched-bracket');
      if (ch === ']' && this.i - 1 > first) {
        const body = this.p.slice(first, this.i - 1);
        if (this.gnuClassCheck && body.length > 1 && body.startsWith(':') && body.endsWith(':')) throw new Fail('class-syntax');
        return `${out}]`;
      }
      if (ch === '[' && /[:.=]/.test(this.p[this.i] ?? '')) {
        const kind = this.p[this.i] ?? '';
        const close = this.p.indexOf(`${kind}]`, this.i + 1);
        if (close < 0) throw new Fail('unmatched-bracket');
        const name = this.p.slice(this.i + 1, close);
        this.i = close + 2;
        if (kind !== ':') out += [...name].map((c) => jsLiteral(c)).join('');
        else if (CLASSES[name] === undefined) throw new Fail('bad-class');
        else out += CLASSES[name];
        continue;
      }
      out += ch === '-' && this.i - 1 > first && this.p[this.i] !== ']' ? '-' : jsLiteral(ch);
    }
  }
}

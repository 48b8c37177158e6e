// Tokens of the awk subset. A `/` starts a regular expression unless it follows something
// that ends an operand (then it divides), the rule awk's own lexers use.

export type AwkToken =
  | { readonly t: 'num'; readonly v: number }
  | { readonly t: 'str'; readonly v: string }
  | { readonly t: 'regex'; readonly v: string }
  | { readonly t: 'name'; readonly v: string }
  | { readonly t: 'funcname'; readonly v: string } // a name glued to `(`
  | { readonly t: 'op'; readonly v: string }
  | { readonly t: 'newline' }
  | { readonly t: 'eof' };

/** The program uses something outside the simulated subset; the message names it. */
export class AwkUnsupported extends Error {}

/** The program does not parse. Real awk reports this in its own words, which we do not imitate. */
export class AwkSyntaxError extends Error {}

const OPERATORS = [
  '+=', '-=', '*=', '/=', '%=', '^=', '==', '<=', '>=', '!=', '!~', '&&', '||', '++', '--', '>>',
  '{', '}', '(', ')', '[', ']', ';', ',', '+', '-', '*', '/', '%', '^', '!', '>', '<', '|', '?', ':', '~', '$', '=',
];

const STRING_ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"', '/': '/', a: '\x07', b: '\b', f: '\f', v: '\v' };

export function tokenize(src: string): AwkToken[] {
  const tokens: AwkToken[] = [];
  let i = 0;
  const endsOperand = (): boolean => {
    const last = tokens[tokens.length - 1];
    if (last === undefined) return false;
    if (last.t === 'num' || last.t === 'str' || last.t === 'name' || last.t === 'regex') return true;
    return last.t === 'op' && (last.v === ')' || last.v === ']' || last.v === '$' || last.v === '++' || last.v === '--');
  };
  while (i < src.length) {
    const ch = src[i] ?? '';
    if (ch === ' ' || ch === '\t' || (ch === '\\' && src[i + 1] === '\n')) {
      i += ch === '\\' ? 2 : 1;
    } else if (ch === '\n') {
      tokens.push({ t: 'newline' });
      i++;
    } else if (ch === '#') {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (/[0-9.]/.test(ch) && /^(?:[0-9]+\.?[0-9]*|\.[0-9]+)/.test(src.slice(i))) {
      const m = /^(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?/.exec(src.slice(i))?.[0] ?? '';
      tokens.push({ t: 'num', v: Number(m) });
      i += m.length;
    } else if (/[A-Za-z_]/.test(ch)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i))?.[0] ?? '';
      i += m.length;
      tokens.push({ t: src[i] === '(' ? 'funcname' : 'name', v: m });
    } else if (ch === '"') {
      let s = '';
      i++;
      for (;;) {
        const c = src[i];
        if (c === undefined || c === '\n') throw new AwkSyntaxError('an unterminated string');
        i++;
        if (c === '"') break;
        if (c === '\\' && i < src.length) {
          const e = src[i++] ?? '';
          s += STRING_ESCAPES[e] ?? `\\${e}`;
        } else s += c;
      }
      tokens.push({ t: 'str', v: s });
    } else if (ch === '/' && !endsOperand()) {
      let re = '';
      i++;
      for (;;) {
        const c = src[i];
        if (c === undefined || c === '\n') throw new AwkSyntaxError('an unterminated regular expression');
        i++;
        if (c === '/') break;
        if (c === '\\' && src[i] === '/') {
          re += '/';
          i++;
        } else if (c === '\\' && i < src.length) re += c + (src[i++] ?? '');
        else re += c;
      }
      tokens.push({ t: 'regex', v: re });
    } else {
      const op = OPERATORS.find((o) => src.startsWith(o, i));
      if (op === undefined) throw new AwkSyntaxError(`near the character '${ch}'`);
      tokens.push({ t: 'op', v: op });
      i += op.length;
    }
  }
  tokens.push({ t: 'eof' });
  return tokens;
}

import type { ParamOp, Word } from './ast.js';
import type { Lexer } from './lexer.js';
import { unmatched, unsupported } from './parse-errors.js';
import { readAnsiC } from './ansi-c.js';
import { PartsBuilder, readBackquoted, readDoubleQuoted, readSingleQuoted, type NestedParser } from './word-reader.js';

const SPECIAL = '?$#!@*-';
const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;

/** After a `$`: a parameter, `${…}`, `$(…)`, `$'…'`, or a plain `$`. */
export function readDollar(lx: Lexer, nested: NestedParser, b: PartsBuilder, quoted: boolean): void {
  const ch = lx.peekChar();
  if (ch === '(' && lx.peekChar(1) === '(') return refuseArithmetic(lx);
  if (ch === '(') {
    lx.pos++;
    const start = lx.pos;
    const script = nested.commandSubstitution(lx);
    b.push({ kind: 'command', script, quoted, source: lx.src.slice(start, lx.pos - 1) });
    return;
  }
  if (ch === '{') {
    lx.pos++;
    readBraced(lx, nested, b, quoted);
    return;
  }
  if (!quoted && ch === "'") {
    lx.pos++;
    b.literal(readAnsiC(lx), true);
    return;
  }
  if (!quoted && ch === '"' && lx.flavor === 'gnu') {
    // bash's $"…" is a translatable string: in the C locale, just a double-quoted one.
    lx.pos++;
    readDoubleQuoted(lx, nested, b);
    return;
  }
  if (ch !== undefined && NAME_START.test(ch)) {
    let end = lx.pos;
    while (NAME_CHAR.test(lx.src[end] ?? '')) end++;
    b.push({ kind: 'param', name: lx.src.slice(lx.pos, end), quoted });
    lx.pos = end;
    return;
  }
  if (ch !== undefined && (/[0-9]/.test(ch) || SPECIAL.includes(ch))) {
    lx.pos++;
    b.push({ kind: 'param', name: ch, quoted });
    return;
  }
  b.literal('$', quoted);
}

/** `$((…))` is arithmetic, which the simulator does not evaluate; an unclosed one is a syntax error. */
function refuseArithmetic(lx: Lexer): never {
  if (lx.src.indexOf('))', lx.pos + 2) < 0) throw unmatched(lx.flavor, '))');
  throw unsupported('arithmetic expansion $((...))');
}

/** After `${`. */
function readBraced(lx: Lexer, nested: NestedParser, b: PartsBuilder, quoted: boolean): void {
  const start = lx.pos;
  const close = findBraceClose(lx.src, start);
  if (close < 0) throw unmatched(lx.flavor, '}');
  const body = lx.src.slice(start, close);
  // Both shells report `${a b}` only when they reach it, after running what came before.
  const bad = (): void => {
    lx.pos = close + 1;
    b.push({ kind: 'bad-substitution', text: `\${${body}}` });
  };
  const name = /^(?:[A-Za-z_][A-Za-z0-9_]*|[0-9]+|[?$#!@*-])/.exec(body)?.[0];
  if (body.startsWith('#') && body.length > 1) {
    // ${#NAME}: the length of the value.
    const target = body.slice(1);
    if (!/^(?:[A-Za-z_][A-Za-z0-9_]*|[0-9]+|[?$#!@*-])$/.test(target)) return bad();
    lx.pos = close + 1;
    b.push({ kind: 'param', name: target, quoted, op: { kind: 'length' } });
    return;
  }
  if (name === undefined) return bad();
  lx.pos = start + name.length;
  if (lx.peekChar() === '}') {
    lx.pos++;
    b.push({ kind: 'param', name, quoted });
    return;
  }
  const opMatch = /^(:?)([-+])/.exec(body.slice(name.length));
  if (opMatch === null) {
    if (/^(?::?[=?]|%|#|\/|:|\^|,)/.test(body.slice(name.length))) {
      throw unsupported(`the parameter expansion \${${body}}`);
    }
    return bad();
  }
  lx.pos += opMatch[0].length;
  const word = readOperandWord(lx, nested, quoted);
  const op: ParamOp = { kind: opMatch[2] === '-' ? 'default' : 'alternative', colon: opMatch[1] === ':', word };
  b.push({ kind: 'param', name, quoted, op });
}

/**
 * The end of `${…}`: the matching `}`, skipping quotes and nested `${`, `$(`.
 * Returns -1 when the line ends first.
 */
function findBraceClose(src: string, from: number): number {
  let depth = 0;
  for (let i = from; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') i++;
    else if (ch === "'") {
      const close = src.indexOf("'", i + 1);
      if (close < 0) return -1;
      i = close;
    } else if (ch === '{' && src[i - 1] === '$') depth++;
    else if (ch === '}') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** The word after `:-`/`:+` up to `}`; inside double quotes its text stays quoted. */
function readOperandWord(lx: Lexer, nested: NestedParser, quoted: boolean): Word {
  const start = lx.pos;
  const b = new PartsBuilder();
  for (;;) {
    const ch = lx.peekChar();
    if (ch === undefined) throw unmatched(lx.flavor, '}');
    lx.pos++;
    if (ch === '}') break;
    if (ch === '\\') {
      const next = lx.peekChar();
      if (next === undefined) throw unmatched(lx.flavor, '}');
      lx.pos++;
      if (quoted && !'$`"\\}'.includes(next)) b.literal('\\', true);
      b.literal(next, true);
    } else if (ch === "'" && !quoted) b.literal(readSingleQuoted(lx), true);
    else if (ch === '"') readDoubleQuoted(lx, nested, b);
    else if (ch === '$') readDollar(lx, nested, b, quoted);
    else if (ch === '`') b.push(readBackquoted(lx, nested, quoted));
    else b.literal(ch, quoted);
  }
  return { parts: b.parts, raw: lx.src.slice(start, lx.pos - 1) };
}

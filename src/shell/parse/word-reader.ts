import type { Script, Word, WordPart } from './ast.js';
import { isMeta, type Lexer } from './lexer.js';
import { unmatched, unsupported } from './parse-errors.js';
import { readDollar } from './dollar-reader.js';

/** Parses a nested command list: `$(` up to its `)` on the same cursor, or a backtick body. */
export interface NestedParser {
  /** Parse from lx.pos up to and including the `)` that closes a `$(`. */
  commandSubstitution(lx: Lexer): Script;
  /** Parse a backtick body (already unescaped) as a script of its own. */
  backquoted(source: string, lx: Lexer): Script;
}

/** Collects parts, merging neighbouring literals of the same quoting. */
export class PartsBuilder {
  readonly parts: WordPart[] = [];

  literal(text: string, quoted: boolean): void {
    const last = this.parts[this.parts.length - 1];
    if (last?.kind === 'literal' && last.quoted === quoted) {
      this.parts[this.parts.length - 1] = { kind: 'literal', text: last.text + text, quoted };
    } else this.parts.push({ kind: 'literal', text, quoted });
  }

  push(part: WordPart): void {
    this.parts.push(part);
  }
}

export interface WordOptions {
  /**
   * Expand `~` after the `=` of `NAME=` and after `:` (bash does this for every word that
   * looks like an assignment; busybox only for real assignments before the command).
   */
  readonly assignmentTilde: boolean;
}

/** Reads one unquoted-context word at the cursor (which must not be at a metacharacter). */
export function readWord(lx: Lexer, nested: NestedParser, options: WordOptions): Word {
  const start = lx.pos;
  const b = new PartsBuilder();
  let tildeOk = true; // at the word start, or just after the `=`/`:` of an assignment
  let assignmentLike = false;
  for (;;) {
    const ch = lx.peekChar();
    if (isMeta(ch)) break;
    if (tildeOk && ch === '~') {
      const tilde = readTilde(lx, assignmentLike);
      if (tilde !== undefined) b.push({ kind: 'tilde', user: tilde });
      tildeOk = false;
      if (tilde !== undefined) continue;
    }
    tildeOk = false;
    lx.pos++;
    if (ch === '\\') {
      const next = lx.peekChar();
      if (next === undefined) break; // a trailing `\`: the line continues onto nothing
      lx.pos++;
      if (next !== '\n') b.literal(next, true);
    } else if (ch === "'") {
      b.literal(readSingleQuoted(lx), true);
    } else if (ch === '"') {
      readDoubleQuoted(lx, nested, b);
    } else if (ch === '$') {
      readDollar(lx, nested, b, false);
    } else if (ch === '`') {
      b.push(readBackquoted(lx, nested, false));
    } else {
      b.literal(ch ?? '', false);
      if (ch === '=' && options.assignmentTilde && !assignmentLike && isNamePrefix(b)) {
        assignmentLike = true;
        tildeOk = true;
      } else if (ch === ':' && assignmentLike) tildeOk = true;
    }
  }
  if (lx.flavor === 'gnu' && hasBraceExpansion(b.parts)) throw unsupported('brace expansion ({a,b} or {1..3})');
  return { parts: b.parts, raw: lx.src.slice(start, lx.pos) };
}

/**
 * bash turns an unquoted `{a,b}` or `{1..3}` into several words; the simulator does not,
 * so it refuses rather than pass the braces on. (busybox ash has no brace expansion.)
 */
function hasBraceExpansion(parts: readonly WordPart[]): boolean {
  const unquoted = parts.map((p) => (p.kind === 'literal' && !p.quoted ? p.text : '\0')).join('');
  return /\{[^{}]*(,|\.\.)[^{}]*\}/.test(unquoted);
}

/** True when the parts so far are one unquoted literal `NAME=` (or bash's `NAME+=`). */
function isNamePrefix(b: PartsBuilder): boolean {
  const [only, ...others] = b.parts;
  return others.length === 0 && only?.kind === 'literal' && !only.quoted && /^[A-Za-z_][A-Za-z0-9_]*\+?=$/.test(only.text);
}

/**
 * `~` or `~user` ended by `/`, the word's end, or `:` (bash always; busybox in
 * assignments). Anything quoted or expanded in the prefix leaves it literal, as in both shells.
 */
function readTilde(lx: Lexer, inAssignment: boolean): string | undefined {
  let i = lx.pos + 1;
  while (i < lx.src.length && /[A-Za-z0-9._-]/.test(lx.src[i] ?? '')) i++;
  const end = lx.src[i];
  const colonEnds = lx.flavor === 'gnu' || inAssignment;
  if (!(isMeta(end) || end === '/' || (colonEnds && end === ':'))) return undefined;
  const user = lx.src.slice(lx.pos + 1, i);
  lx.pos = i;
  return user;
}

/** After the opening `'`: everything up to the next `'`. */
export function readSingleQuoted(lx: Lexer): string {
  const close = lx.src.indexOf("'", lx.pos);
  if (close < 0) throw unmatched(lx.flavor, "'");
  const text = lx.src.slice(lx.pos, close);
  lx.pos = close + 1;
  return text;
}

/** After the opening `"`: `\` escapes only `$`, `` ` ``, `"`, `\` and newline; `$` and backticks expand. */
export function readDoubleQuoted(lx: Lexer, nested: NestedParser, b: PartsBuilder): void {
  b.literal('', true); // `""` is still a (empty) word
  for (;;) {
    const ch = lx.peekChar();
    if (ch === undefined) throw unmatched(lx.flavor, '"');
    lx.pos++;
    if (ch === '"') return;
    if (ch === '\\') {
      const next = lx.peekChar();
      if (next !== undefined && '$`"\\\n'.includes(next)) {
        lx.pos++;
        if (next !== '\n') b.literal(next, true);
      } else b.literal('\\', true);
    } else if (ch === '$') readDollar(lx, nested, b, true);
    else if (ch === '`') b.push(readBackquoted(lx, nested, true));
    else b.literal(ch, true);
  }
}

/** After the opening backtick: the body up to the closing one, with `\$` `` \` `` `\\` unescaped. */
export function readBackquoted(lx: Lexer, nested: NestedParser, quoted: boolean): WordPart {
  let body = '';
  for (;;) {
    const ch = lx.peekChar();
    if (ch === undefined) throw unmatched(lx.flavor, '`');
    lx.pos++;
    if (ch === '`') break;
    if (ch === '\\') {
      const next = lx.peekChar();
      if (next !== undefined && ('$`\\'.includes(next) || (quoted && next === '"'))) {
        body += next;
        lx.pos++;
        continue;
      }
    }
    body += ch;
  }
  return { kind: 'command', script: nested.backquoted(body, lx), quoted, source: body };
}

import type { Flavor } from '../tool-io.js';
import type { AndOrList, Assignment, ParseResult, Pipeline, Redirection, Script, SimpleCommand, Word } from './ast.js';
import { Lexer, tokenText, type OperatorToken } from './lexer.js';
import { ParseFailure, unexpectedEnd, unexpectedToken, unmatched, unsupported } from './parse-errors.js';
import { readWord, type NestedParser } from './word-reader.js';

// The grammar: script = and-or (`;`|newline and-or)*, and-or = pipeline (`&&`|`||` pipeline)*,
// pipeline = [`!`] command (`|` command)*, command = assignments, words and redirections.
// Compound commands (if, for, while, case, `{ }`, `( )`) are refused as not simulated.

const OPENERS = new Set(['if', 'while', 'until', 'for', 'case', 'select', 'function', '{', '[[', 'coproc']);
const CLOSERS = new Set(['then', 'else', 'elif', 'fi', 'do', 'done', 'esac', '}']);

/**
 * Parses one line as bash (flavor 'gnu', the default) or busybox ash would. Error messages
 * are the interactive shells' own texts; see parse-errors.ts.
 */
export function parseLine(line: string, flavor: Flavor = 'gnu'): ParseResult {
  const parser = new Parser(new Lexer(line, flavor));
  try {
    const script = parser.script(false);
    if (parser.refused !== undefined) return { kind: 'error', message: parser.refused, reason: 'unsupported' };
    return { kind: 'ok', script };
  } catch (e) {
    if (e instanceof ParseFailure) return { kind: 'error', message: e.message, reason: e.reason };
    throw e;
  }
}

class Parser implements NestedParser {
  /** The first construct we parse but will not run (`&`): reported only if the line has no syntax error. */
  refused: string | undefined;

  constructor(private readonly lx: Lexer) {}

  private get flavor(): Flavor {
    return this.lx.flavor;
  }

  commandSubstitution(lx: Lexer): Script {
    if (lx !== this.lx) throw new Error('command substitution parsed on a foreign cursor');
    return this.script(true);
  }

  backquoted(source: string, lx: Lexer): Script {
    const inner = new Parser(new Lexer(source, lx.flavor));
    const script = inner.script(false);
    this.refused ??= inner.refused;
    return script;
  }

  /** A list up to the end of input, or (inside `$(`) up to and including its `)`. */
  script(inSubstitution: boolean): Script {
    const lists: AndOrList[] = [];
    for (;;) {
      this.skipNewlines();
      const next = this.peek();
      if (next.token.t === 'eof') {
        if (inSubstitution) throw unmatched(this.flavor, ')');
        break;
      }
      if (inSubstitution && next.token.t === 'op' && next.token.v === ')') {
        this.lx.pos = next.end;
        break;
      }
      lists.push(this.andOr(inSubstitution));
      const sep = this.peek();
      if (sep.token.t === 'op' && (sep.token.v === ';' || sep.token.v === '&')) {
        if (sep.token.v === '&') this.refused ??= unsupported('running a command in the background (&)').message;
        this.lx.pos = sep.end;
      } else if (sep.token.t === 'newline') this.lx.pos = sep.end;
      else if (sep.token.t === 'eof' || (inSubstitution && sep.token.t === 'op' && sep.token.v === ')')) continue;
      else throw unexpectedToken(this.flavor, tokenText(sep.token));
    }
    return { lists };
  }

  private andOr(inSubstitution: boolean): AndOrList {
    const first = this.pipeline(inSubstitution);
    const rest: { op: '&&' | '||'; pipeline: Pipeline }[] = [];
    for (;;) {
      const next = this.peek();
      if (next.token.t !== 'op' || (next.token.v !== '&&' && next.token.v !== '||')) break;
      this.lx.pos = next.end;
      this.requireMore(inSubstitution);
      rest.push({ op: next.token.v, pipeline: this.pipeline(inSubstitution) });
    }
    return { first, rest };
  }

  private pipeline(inSubstitution: boolean): Pipeline {
    let negated = false;
    while (this.lx.peekBareWord() === '!') {
      if (negated && this.flavor === 'busybox') throw unexpectedToken(this.flavor, '!');
      this.lx.pos += 1;
      negated = !negated;
      const after = this.peek().token;
      if (after.t === 'eof' || after.t === 'newline') {
        // bash runs `!` alone (status 1); busybox wants a command.
        if (this.flavor === 'busybox') throw unexpectedToken(this.flavor, 'newline');
        return { negated, commands: [] };
      }
    }
    const commands = [this.command()];
    for (;;) {
      const next = this.peek();
      if (next.token.t !== 'op' || (next.token.v !== '|' && next.token.v !== '|&')) break;
      this.lx.pos = next.end;
      this.requireMore(inSubstitution);
      if (this.lx.peekBareWord() === '!') throw unexpectedToken(this.flavor, '!');
      if (next.token.v === '|&') {
        // bash: `a |& b` is `a 2>&1 | b`, the dup done after a's own redirections.
        const last = commands.pop() as SimpleCommand;
        commands.push({ ...last, redirections: [...last.redirections, { kind: 'dup', fd: 2, target: 1 }] });
      }
      commands.push(this.command());
    }
    return { negated, commands };
  }

  private command(): SimpleCommand {
    const bare = this.lx.peekBareWord();
    if (bare !== undefined && (OPENERS.has(bare) || (bare === 'time' && this.flavor === 'gnu'))) {
      throw unsupported(`the shell keyword '${bare}'`);
    }
    if (bare !== undefined && CLOSERS.has(bare)) throw unexpectedToken(this.flavor, bare);
    const assignments: Assignment[] = [];
    const words: Word[] = [];
    const redirections: Redirection[] = [];
    for (;;) {
      const next = this.lx.peekOperator();
      if (next === undefined) {
        const word = readWord(this.lx, this, { assignmentTilde: this.flavor === 'gnu' || words.length === 0 });
        const assignment = words.length === 0 ? asAssignment(word, this.flavor) : undefined;
        if (assignment !== undefined) assignments.push(assignment);
        else words.push(word);
      } else if (next.token.t === 'redir') {
        this.lx.pos = next.end;
        redirections.push(this.redirection(next.token));
      } else break;
    }
    if (assignments.length + words.length + redirections.length === 0) {
      const token = this.peek().token;
      if (token.t === 'op' && token.v === '(') throw unsupported('a subshell ( ... )');
      throw unexpectedToken(this.flavor, tokenText(token));
    }
    return { assignments, words, redirections };
  }

  private redirection(token: Extract<OperatorToken, { t: 'redir' }>): Redirection {
    if (token.v === '<<<' && this.flavor === 'busybox') throw unexpectedToken(this.flavor, '<');
    // The target word must follow; a line ending here ends with the newline the learner typed.
    const target = this.lx.peekOperator();
    if (target !== undefined) throw unexpectedToken(this.flavor, tokenText(target.token));
    const word = readWord(this.lx, this, { assignmentTilde: false });
    const input = token.v.startsWith('<');
    const fd = token.fd ?? (input ? 0 : 1);
    switch (token.v) {
      case '<<':
      case '<<-':
        throw unsupported('a here-document (<<)');
      case '<>':
        throw unsupported('opening a file for reading and writing (<>)');
      case '<<<':
        return { kind: 'here-string', fd, word };
      case '>|':
        return { kind: 'file', fd, op: '>', target: word };
      case '<&':
      case '>&':
        return this.duplication(fd, token, word);
      default:
        return { kind: 'file', fd, op: token.v, target: word };
    }
  }

  /** `2>&1`; bash reads `>&file` (no number) as `&>file`. */
  private duplication(fd: number, token: Extract<OperatorToken, { t: 'redir' }>, word: Word): Redirection {
    const [only, ...others] = word.parts;
    const plain = others.length === 0 && only?.kind === 'literal' && !only.quoted ? only.text : undefined;
    if (plain !== undefined && /^[0-9]+$/.test(plain)) return { kind: 'dup', fd, target: Number(plain) };
    if (plain === '-') throw unsupported(`closing a file descriptor (${token.text}-)`);
    if (token.v === '>&' && token.fd === undefined) return { kind: 'file', fd: 1, op: '&>', target: word };
    throw unsupported(`duplicating onto a computed file descriptor (${token.text}${word.raw})`);
  }

  private peek(): { readonly token: OperatorToken; readonly end: number } {
    return this.lx.peekOperator() ?? { token: { t: 'op', v: ';' }, end: this.lx.pos };
  }

  private skipNewlines(): void {
    for (let next = this.peek(); next.token.t === 'newline'; next = this.peek()) this.lx.pos = next.end;
  }

  /** After `&&`, `||`, `|`: newlines may follow, the end of input may not. */
  private requireMore(inSubstitution: boolean): void {
    this.skipNewlines();
    if (this.peek().token.t === 'eof') throw unexpectedEnd(this.flavor, inSubstitution);
  }
}

/** `NAME=value` (bash also `NAME+=value`) as the first part of a word, unquoted. */
function asAssignment(word: Word, flavor: Flavor): Assignment | undefined {
  const [first, ...rest] = word.parts;
  if (first?.kind !== 'literal' || first.quoted) return undefined;
  const m = /^([A-Za-z_][A-Za-z0-9_]*)(\+?)=/.exec(first.text);
  if (m === null || (m[2] === '+' && flavor !== 'gnu')) return undefined;
  const remainder = first.text.slice(m[0].length);
  const parts = remainder === '' ? rest : [{ ...first, text: remainder }, ...rest];
  return { name: m[1] ?? '', value: { parts, raw: word.raw.slice(m[0].length) }, append: m[2] === '+' };
}

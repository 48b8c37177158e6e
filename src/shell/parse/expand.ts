import type { Script, Word, WordPart } from './ast.js';
import { splitFields, type Segment } from './fields.js';

// Word expansion, in bash's order: tilde, parameters and command substitution, field
// splitting of the unquoted results, quote removal. No pathname (glob) expansion: the
// simulated file systems are not listed here, and bash leaves a pattern that matches
// nothing as typed, so `*` and `?` stay literal.

export interface ExpansionEnv {
  /** A variable or special parameter (`?`, `$`, `#`, `0`…); undefined when unset. */
  get(name: string): string | undefined;
  /** The home directory of `~user`; when absent or undefined the word keeps `~user`. */
  homeOf?(user: string): string | undefined;
}

/** Runs a `$(...)` and returns its stdout; trailing newlines are removed here. */
export type Substitute = (script: Script) => string;

/** Expansion that aborts the line: a bad substitution such as `${a b}` (`text`). */
export class ExpansionError extends Error {
  constructor(readonly text: string) {
    super(`${text}: bad substitution`);
  }
}

/** A word as arguments: zero fields (`$empty`), one, or several (`$list`). */
export function expandWord(word: Word, env: ExpansionEnv, substitute: Substitute): string[] {
  return splitFields(segmentsOf(word.parts, env, substitute, false), env.get('IFS'));
}

export function expandWords(words: readonly Word[], env: ExpansionEnv, substitute: Substitute): string[] {
  return words.flatMap((w) => expandWord(w, env, substitute));
}

/** A word where no field splitting happens: assignment values, here-strings, busybox redirections. */
export function expandWordToString(word: Word, env: ExpansionEnv, substitute: Substitute): string {
  return segmentsOf(word.parts, env, substitute, false)
    .map((s) => s.text)
    .join('');
}

/**
 * `inOperand`: the parts are the word of `${x:-word}` outside double quotes, whose
 * unquoted text is split like the expansion it stands for (`${x:-a b}` is two fields).
 */
function segmentsOf(parts: readonly WordPart[], env: ExpansionEnv, substitute: Substitute, inOperand: boolean): Segment[] {
  return parts.flatMap((part): Segment[] => {
    switch (part.kind) {
      case 'literal':
        return [{ text: part.text, split: inOperand && !part.quoted, quoted: part.quoted }];
      case 'tilde': {
        const home = part.user === '' ? env.get('HOME') : env.homeOf?.(part.user);
        return [{ text: home ?? `~${part.user}`, split: false, quoted: false }];
      }
      case 'param':
        return paramSegments(part, env, substitute);
      case 'command': {
        const text = substitute(part.script).replace(/\n+$/, '');
        return [{ text, split: !part.quoted, quoted: part.quoted }];
      }
      case 'bad-substitution':
        throw new ExpansionError(part.text);
    }
  });
}

function paramSegments(part: Extract<WordPart, { kind: 'param' }>, env: ExpansionEnv, substitute: Substitute): Segment[] {
  const value = env.get(part.name);
  const plain = (text: string): Segment[] => [{ text, split: !part.quoted, quoted: part.quoted }];
  const op = part.op;
  if (op === undefined) return plain(value ?? '');
  if (op.kind === 'length') return plain(String([...(value ?? '')].length));
  const isSet = op.colon ? value !== undefined && value !== '' : value !== undefined;
  const useWord = op.kind === 'default' ? !isSet : isSet;
  if (!useWord) return plain(op.kind === 'default' ? (value ?? '') : '');
  return segmentsOf(op.word.parts, env, substitute, !part.quoted);
}

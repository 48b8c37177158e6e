import { describe, expect, it } from 'vitest';
import type { Script, Word } from '../../../src/shell/parse/index.js';
import { ExpansionError, expandWords, expandWordToString, parseLine } from '../../../src/shell/parse/index.js';

// Word expansion on its own. The results in comments were checked with bash 5.2
// (`printf '[%s]' <words>`), e.g. `L="a   b"; printf '[%s]' $L "$L"` -> [a][b][a   b].

function words(line: string): readonly Word[] {
  const r = parseLine(`printf ${line}`);
  if (r.kind !== 'ok') throw new Error(r.message);
  return r.script.lists[0]?.first.commands[0]?.words.slice(1) ?? [];
}

function expand(line: string, vars: Record<string, string> = {}, substitute: (s: Script) => string = () => ''): string[] {
  const env = { get: (name: string) => vars[name], homeOf: (user: string) => (user === 'root' ? '/root' : undefined) };
  return expandWords(words(line), env, substitute);
}

describe('field splitting', () => {
  it('splits unquoted expansions on blanks, not quoted ones', () => {
    expect(expand('$L "$L"', { L: 'a   b' })).toEqual(['a', 'b', 'a   b']);
  });

  it('drops an unquoted empty expansion, keeps a quoted one', () => {
    expect(expand('$E "$E" x$E', { E: '' })).toEqual(['', 'x']);
    expect(expand('"" \'\'')).toEqual(['', '']);
  });

  it('trims leading and trailing IFS whitespace', () => {
    expect(expand('[$L]', { L: '  a b  ' })).toEqual(['[', 'a', 'b', ']']);
  });

  it('literal text joins the first and last fields', () => {
    expect(expand('x$L"y"', { L: 'a b' })).toEqual(['xa', 'by']);
  });

  it('non-whitespace IFS characters each end a field; a trailing one adds none', () => {
    // IFS=:; L="a::b:"; printf '[%s]' $L  ->  [a][][b]
    expect(expand('$L', { L: 'a::b:', IFS: ':' })).toEqual(['a', '', 'b']);
    // IFS=": "; L=" a : b  c:" -> [a][b][c]
    expect(expand('$L', { L: ' a : b  c:', IFS: ': ' })).toEqual(['a', 'b', 'c']);
    // IFS=:; L=":a" -> [][a]
    expect(expand('$L', { L: ':a', IFS: ':' })).toEqual(['', 'a']);
  });

  it('an empty IFS splits nothing', () => {
    expect(expand('$L', { L: 'a b', IFS: '' })).toEqual(['a b']);
  });

  it('literal text never splits', () => {
    expect(expand("'a b' a\\ b")).toEqual(['a b', 'a b']);
  });

  it('no pathname expansion: * stays as typed', () => {
    expect(expand('* "*" $S', { S: '*.txt' })).toEqual(['*', '*', '*.txt']);
  });
});

describe('parameters', () => {
  it('unset is empty', () => {
    expect(expand('"[$nope]"')).toEqual(['[]']);
  });

  it('${#x} counts characters', () => {
    expect(expand('${#X}', { X: 'héllo' })).toEqual(['5']);
  });

  it(':- and - choose the word when unset (or, with the colon, empty)', () => {
    expect(expand('${U:-d} ${U-d} ${E:-d} ${E-d}', { E: '' })).toEqual(['d', 'd', 'd']);
  });

  it(':+ and + choose the word when set', () => {
    expect(expand('${S:+w} ${E:+w} ${E+w}', { S: 'x', E: '' })).toEqual(['w', 'w']);
  });

  it('the word of an unquoted ${x:-a b} splits; quoted it does not', () => {
    expect(expand('${U:-a b} "${U:-a b}"')).toEqual(['a', 'b', 'a b']);
  });

  it('the word expands too', () => {
    expect(expand('${U:-$HOME}', { HOME: '/root' })).toEqual(['/root']);
  });

  it('a bad substitution throws when reached', () => {
    expect(() => expand('${a b}')).toThrow(ExpansionError);
  });
});

describe('tilde', () => {
  it('~ is $HOME, ~root its home, an unknown user stays', () => {
    expect(expand('~ ~/x ~root ~nosuch "~"', { HOME: '/home/me' })).toEqual(['/home/me', '/home/me/x', '/root', '~nosuch', '~']);
  });

  it('a tilde result is not split', () => {
    expect(expand('~', { HOME: '/a b' })).toEqual(['/a b']);
  });
});

describe('command substitution', () => {
  it('runs the parsed script and strips trailing newlines', () => {
    const seen: string[] = [];
    const out = expand('"$(one)" $(two)', {}, (script) => {
      const name = script.lists[0]?.first.commands[0]?.words[0]?.raw ?? '';
      seen.push(name);
      return name === 'one' ? 'a b\n\n' : 'c d\n';
    });
    expect(seen).toEqual(['one', 'two']);
    expect(out).toEqual(['a b', 'c', 'd']);
  });

  it('keeps inner newlines when quoted, splits on them otherwise', () => {
    expect(expand('"$(x)" $(x)', {}, () => 'a\nb\n')).toEqual(['a\nb', 'a', 'b']);
  });
});

describe('expandWordToString', () => {
  it('does not split (assignment values, here-strings)', () => {
    const [w] = words('$L');
    expect(expandWordToString(w as Word, { get: () => 'a   b' }, () => '')).toBe('a   b');
  });
});

import { describe, expect, it } from 'vitest';
import type { Script, SimpleCommand, Word } from '../../../src/shell/parse/index.js';
import { parseLine } from '../../../src/shell/parse/index.js';

// The shape of the syntax tree: what the parser keeps for run-time expansion.

function parse(line: string, flavor: 'gnu' | 'busybox' = 'gnu'): Script {
  const r = parseLine(line, flavor);
  if (r.kind !== 'ok') throw new Error(r.message);
  return r.script;
}

function only(line: string, flavor: 'gnu' | 'busybox' = 'gnu'): SimpleCommand {
  const [list, ...rest] = parse(line, flavor).lists;
  if (list === undefined || rest.length > 0 || list.rest.length > 0 || list.first.commands.length !== 1) throw new Error('not one command');
  return list.first.commands[0] as SimpleCommand;
}

const lit = (text: string, quoted = false): Word['parts'][number] => ({ kind: 'literal', text, quoted });

describe('lists, and-or lists, pipelines', () => {
  it('splits on ; && || |', () => {
    const s = parse('a | b && c || d; e');
    expect(s.lists).toHaveLength(2);
    const [first] = s.lists;
    expect(first?.first.commands.map((c) => c.words[0]?.raw)).toEqual(['a', 'b']);
    expect(first?.rest.map((r) => r.op)).toEqual(['&&', '||']);
    expect(first?.rest.map((r) => r.pipeline.commands[0]?.words[0]?.raw)).toEqual(['c', 'd']);
  });

  it('an empty line, blanks, or a comment is an empty script', () => {
    expect(parse('').lists).toEqual([]);
    expect(parse('   \t ').lists).toEqual([]);
    expect(parse('# just a comment').lists).toEqual([]);
    expect(parse('echo a # trailing').lists[0]?.first.commands[0]?.words.map((w) => w.raw)).toEqual(['echo', 'a']);
  });

  it('a # inside a word is not a comment', () => {
    expect(only('echo a#b').words.map((w) => w.raw)).toEqual(['echo', 'a#b']);
  });

  it('! negates a pipeline', () => {
    expect(parse('! grep -q x f').lists[0]?.first.negated).toBe(true);
    expect(parse('! ! true').lists[0]?.first.negated).toBe(false);
  });

  it('newlines separate commands and may follow && and |', () => {
    expect(parse('a\nb').lists).toHaveLength(2);
    expect(parse('a &&\nb').lists[0]?.rest).toHaveLength(1);
  });

  it("bash's |& pipes stderr too: a 2>&1 after the command's own redirections", () => {
    const cmd = parse('a 2>/dev/null |& b').lists[0]?.first.commands[0];
    expect(cmd?.redirections.map((r) => r.kind)).toEqual(['file', 'dup']);
  });
});

describe('words keep their parts', () => {
  it('quotes and escapes become quoted literals', () => {
    expect(only(`echo 'a b' "c d" e\\ f`).words.slice(1).map((w) => w.parts)).toEqual([
      [lit('a b', true)],
      [lit('c d', true)],
      [lit('e'), lit(' ', true), lit('f')],
    ]);
  });

  it('"" is an empty quoted word', () => {
    expect(only('echo ""').words[1]?.parts).toEqual([lit('', true)]);
  });

  it('double quotes unescape only $ ` " \\ and newline', () => {
    expect(only('echo "\\$ \\` \\" \\\\ \\n"').words[1]?.parts).toEqual([lit('$ ` " \\ \\n', true)]);
  });

  it('parameters: $NAME ${NAME} $? and friends, quoted or not', () => {
    expect(only('echo $HOME "${USER}x" $? $1 $#').words.slice(1).map((w) => w.parts)).toEqual([
      [{ kind: 'param', name: 'HOME', quoted: false }],
      [lit('', true), { kind: 'param', name: 'USER', quoted: true }, lit('x', true)],
      [{ kind: 'param', name: '?', quoted: false }],
      [{ kind: 'param', name: '1', quoted: false }],
      [{ kind: 'param', name: '#', quoted: false }],
    ]);
  });

  it('a $ that starts nothing is literal', () => {
    expect(only('echo $ a$ "$"').words.slice(1).map((w) => w.raw)).toEqual(['$', 'a$', '"$"']);
    expect(only('echo a$').words[1]?.parts).toEqual([lit('a$')]);
  });

  it('${#NAME} and ${NAME:-word} keep their operator and word', () => {
    const [len, def] = only('echo ${#HOME} ${X:-a $Y}').words.slice(1);
    expect(len?.parts).toEqual([{ kind: 'param', name: 'HOME', quoted: false, op: { kind: 'length' } }]);
    expect(def?.parts[0]).toMatchObject({ kind: 'param', name: 'X', op: { kind: 'default', colon: true } });
  });

  it('$(...) and backticks hold a parsed script and its text', () => {
    const [dollar, tick] = only('echo $(ls -l | wc -l) `date`').words.slice(1);
    expect(dollar?.parts[0]).toMatchObject({ kind: 'command', quoted: false, source: 'ls -l | wc -l' });
    const script = dollar?.parts[0]?.kind === 'command' ? dollar.parts[0].script : undefined;
    expect(script?.lists[0]?.first.commands).toHaveLength(2);
    expect(tick?.parts[0]).toMatchObject({ kind: 'command', source: 'date' });
  });

  it('command substitutions nest', () => {
    const part = only('echo "$(echo "$(echo hi)")"').words[1]?.parts[1];
    expect(part).toMatchObject({ kind: 'command', quoted: true, source: 'echo "$(echo hi)"' });
  });

  it("$'...' decodes ANSI-C escapes", () => {
    expect(only("echo $'a\\tb\\n\\x41\\101'").words[1]?.parts).toEqual([lit('a\tb\nAA', true)]);
  });

  it('a leading ~ is a tilde part; quoted or in the middle it is not', () => {
    expect(only('echo ~ ~/x ~root "~" a~').words.slice(1).map((w) => w.parts[0])).toEqual([
      { kind: 'tilde', user: '' },
      { kind: 'tilde', user: '' },
      { kind: 'tilde', user: 'root' },
      lit('~', true),
      lit('a~'),
    ]);
  });

  it("bash expands ~ after the = of an assignment-like argument; busybox does not", () => {
    expect(only('echo x=~').words[1]?.parts).toEqual([lit('x='), { kind: 'tilde', user: '' }]);
    expect(only('echo x=~', 'busybox').words[1]?.parts).toEqual([lit('x=~')]);
  });
});

describe('simple commands', () => {
  it('leading NAME=value words are assignments', () => {
    const cmd = only('A=1 B="x y" env C=3');
    expect(cmd.assignments.map((a) => [a.name, a.value.raw])).toEqual([['A', '1'], ['B', '"x y"']]);
    expect(cmd.words.map((w) => w.raw)).toEqual(['env', 'C=3']);
  });

  it('a lone assignment has no words', () => {
    expect(only('X=hello')).toMatchObject({ assignments: [{ name: 'X', append: false }], words: [] });
  });

  it("bash's NAME+=value appends; busybox runs a command of that name", () => {
    expect(only('X+=b').assignments[0]).toMatchObject({ name: 'X', append: true });
    expect(only('X+=b', 'busybox').words[0]?.raw).toBe('X+=b');
  });

  it('a quoted name is not an assignment', () => {
    expect(only('"X"=1').assignments).toEqual([]);
  });

  it('redirections, in order', () => {
    const cmd = only('cmd >out 2>>err <in 2>&1 >&2 &>all 3>x');
    expect(cmd.redirections).toEqual([
      { kind: 'file', fd: 1, op: '>', target: { parts: [lit('out')], raw: 'out' } },
      { kind: 'file', fd: 2, op: '>>', target: { parts: [lit('err')], raw: 'err' } },
      { kind: 'file', fd: 0, op: '<', target: { parts: [lit('in')], raw: 'in' } },
      { kind: 'dup', fd: 2, target: 1 },
      { kind: 'dup', fd: 1, target: 2 },
      { kind: 'file', fd: 1, op: '&>', target: { parts: [lit('all')], raw: 'all' } },
      { kind: 'file', fd: 3, op: '>', target: { parts: [lit('x')], raw: 'x' } },
    ]);
  });

  it('digits glued to a word are not a file descriptor', () => {
    expect(only('echo a2>f').words.map((w) => w.raw)).toEqual(['echo', 'a2']);
  });

  it('a redirection may come first, and alone', () => {
    expect(only('>f echo').words.map((w) => w.raw)).toEqual(['echo']);
    expect(only('> f')).toMatchObject({ words: [], redirections: [{ kind: 'file', op: '>' }] });
  });

  it("bash reads >&file as &>file, and <<< as a here-string", () => {
    expect(only('echo >&log').redirections[0]).toMatchObject({ kind: 'file', op: '&>', fd: 1 });
    expect(only('cat <<< hi').redirections[0]).toMatchObject({ kind: 'here-string', fd: 0 });
  });
});

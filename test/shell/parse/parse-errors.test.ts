import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../src/shell/parse/index.js';

// Syntax errors as an interactive shell prints them, observed on Debian 12 with
//   printf '%s\n' "$line" | PS1= bash --norc --noprofile --noediting -i     (bash 5.2.15)
//   printf '%s\n' "$line" | busybox sh -i                                   (BusyBox 1.35.0)
// (the shells read the line with its newline, as from a terminal; where they would prompt
// for more with `> `, end of input follows). OK: the line parses.
const OK = undefined;

const table: readonly [line: string, bash: string | undefined, busybox: string | undefined][] = [
  ["echo 'a", "bash: unexpected EOF while looking for matching `''", "sh: syntax error: unterminated quoted string"],
  ["echo \"a", "bash: unexpected EOF while looking for matching `\"'", "sh: syntax error: unterminated quoted string"],
  ["| foo", "bash: syntax error near unexpected token `|'", "sh: syntax error: unexpected \"|\""],
  ["a | | b", "bash: syntax error near unexpected token `|'", "sh: syntax error: unexpected \"|\""],
  ["a &&", "bash: syntax error: unexpected end of file", "sh: syntax error: unexpected end of file"],
  ["a ||", "bash: syntax error: unexpected end of file", "sh: syntax error: unexpected end of file"],
  ["a |", "bash: syntax error: unexpected end of file", "sh: syntax error: unexpected end of file"],
  ["a ;;", "bash: syntax error near unexpected token `;;'", "sh: syntax error: unexpected \";;\""],
  ["; a", "bash: syntax error near unexpected token `;'", "sh: syntax error: unexpected \";\""],
  ["a && && b", "bash: syntax error near unexpected token `&&'", "sh: syntax error: unexpected \"&&\""],
  ["echo $(ls", "bash: unexpected EOF while looking for matching `)'", "sh: syntax error: unexpected end of file (expecting \")\")"],
  ["echo `ls", "bash: unexpected EOF while looking for matching ``'", "sh: syntax error: EOF in backquote substitution"],
  ["echo ${a", "bash: unexpected EOF while looking for matching `}'", "sh: syntax error: missing '}'"],
  ["a >", "bash: syntax error near unexpected token `newline'", "sh: syntax error: unexpected newline"],
  ["a > |", "bash: syntax error near unexpected token `|'", "sh: syntax error: unexpected \"|\""],
  ["a 2>&", "bash: syntax error near unexpected token `newline'", "sh: syntax error: unexpected newline"],
  [") a", "bash: syntax error near unexpected token `)'", "sh: syntax error: unexpected \")\""],
  ["a )", "bash: syntax error near unexpected token `)'", "sh: syntax error: unexpected \")\""],
  ["a ;& b", "bash: syntax error near unexpected token `;&'", "sh: syntax error: unexpected \"&\""],
  ["& a", "bash: syntax error near unexpected token `&'", "sh: syntax error: unexpected \"&\""],
  ["a & & b", "bash: syntax error near unexpected token `&'", "sh: syntax error: unexpected \"&\""],
  ["echo $(| a)", "bash: syntax error near unexpected token `|'", "sh: syntax error: unexpected \"|\""],
  ["echo $(a &&)", "bash: syntax error near unexpected token `)'", "sh: syntax error: unexpected \")\""],
  ["echo $(a >)", "bash: syntax error near unexpected token `)'", "sh: syntax error: unexpected \")\""],
  ["done", "bash: syntax error near unexpected token `done'", "sh: syntax error: unexpected \"done\""],
  ["then a", "bash: syntax error near unexpected token `then'", "sh: syntax error: unexpected \"then\""],
  ["}", "bash: syntax error near unexpected token `}'", "sh: syntax error: unexpected \"}\""],
  ["a; }", "bash: syntax error near unexpected token `}'", "sh: syntax error: unexpected \"}\""],
  ["echo $(a &&", "bash: unexpected EOF while looking for matching `)'", "sh: syntax error: unexpected end of file"],
  ["echo $(a >", "bash: syntax error near unexpected token `newline'", "sh: syntax error: unexpected newline"],
  ["echo a (b)", "bash: syntax error near unexpected token `('", "sh: syntax error: unexpected \"(\""],
  ["echo a(b", "bash: syntax error near unexpected token `('", "sh: syntax error: unexpected \"(\""],
  ["a > > b", "bash: syntax error near unexpected token `>'", "sh: syntax error: unexpected redirection"],
  ["a >>", "bash: syntax error near unexpected token `newline'", "sh: syntax error: unexpected newline"],
  ["! ! true", OK, "sh: syntax error: unexpected \"!\""],
  ["!", OK, "sh: syntax error: unexpected newline"],
  ["echo a | ! cat", "bash: syntax error near unexpected token `!'", "sh: syntax error: unexpected \"!\""],
  ["a |& b", OK, "sh: syntax error: unexpected \"&\""],
  ["echo ${", "bash: unexpected EOF while looking for matching `}'", "sh: syntax error: missing '}'"],
  ["echo a; ;", "bash: syntax error near unexpected token `;'", "sh: syntax error: unexpected \";\""],
  ["echo $((", "bash: unexpected EOF while looking for matching `)'", "sh: syntax error: missing '))'"],
  ["cat <<< hi", OK, "sh: syntax error: unexpected redirection"],
  ["echo \"$(echo 'x\"", "bash: unexpected EOF while looking for matching `''", "sh: syntax error: unterminated quoted string"],
  ["echo ${a:-", "bash: unexpected EOF while looking for matching `}'", "sh: syntax error: missing '}'"],
  ["echo $( echo a", "bash: unexpected EOF while looking for matching `)'", "sh: syntax error: unexpected end of file (expecting \")\")"],
  ["a && b ||", "bash: syntax error: unexpected end of file", "sh: syntax error: unexpected end of file"],
  ["echo \"a\\", "bash: unexpected EOF while looking for matching `\"'", "sh: syntax error: unterminated quoted string"],
  ["echo `echo \\`", "bash: unexpected EOF while looking for matching ``'", "sh: syntax error: EOF in backquote substitution"],
  ["a < ", "bash: syntax error near unexpected token `newline'", "sh: syntax error: unexpected newline"],
  ["fi", "bash: syntax error near unexpected token `fi'", "sh: syntax error: unexpected \"fi\""],
  ["echo ${a:-x", "bash: unexpected EOF while looking for matching `}'", "sh: syntax error: missing '}'"],
  ["echo \"${a:-\"x\"}\"", OK, OK],
  ["a 3>", "bash: syntax error near unexpected token `newline'", "sh: syntax error: unexpected newline"],];

describe('syntax errors match the real shells', () => {
  for (const [line, bash, busybox] of table) {
    it(`bash: ${line}`, () => {
      const r = parseLine(line, 'gnu');
      if (bash === OK) expect(r.kind).toBe('ok');
      else expect(r).toEqual({ kind: 'error', message: bash, reason: 'syntax' });
    });
    it(`busybox: ${line}`, () => {
      const r = parseLine(line, 'busybox');
      if (busybox === OK) expect(r.kind).toBe('ok');
      else expect(r).toEqual({ kind: 'error', message: busybox, reason: 'syntax' });
    });
  }

  it('flavor defaults to bash', () => {
    expect(parseLine('| x')).toEqual({ kind: 'error', message: "bash: syntax error near unexpected token `|'", reason: 'syntax' });
  });
});

describe('syntax the simulator does not run is refused plainly', () => {
  const refused: readonly [string, string][] = [
    ['sleep 5 &', "dockerlings: running a command in the background (&) is not simulated"],
    ['a & b', "dockerlings: running a command in the background (&) is not simulated"],
    ['for i in 1 2; do echo $i; done', "dockerlings: the shell keyword 'for' is not simulated"],
    ['if true; then echo y; fi', "dockerlings: the shell keyword 'if' is not simulated"],
    ['while true; do :; done', "dockerlings: the shell keyword 'while' is not simulated"],
    ['{ echo a; }', "dockerlings: the shell keyword '{' is not simulated"],
    ['(cd /tmp)', 'dockerlings: a subshell ( ... ) is not simulated'],
    ['echo $((1 + 2))', 'dockerlings: arithmetic expansion $((...)) is not simulated'],
    ['cat <<EOF', 'dockerlings: a here-document (<<) is not simulated'],
    ['echo ${x%.txt}', 'dockerlings: the parameter expansion ${x%.txt} is not simulated'],
    ['echo ${x:=1}', 'dockerlings: the parameter expansion ${x:=1} is not simulated'],
    ['echo x >&-', 'dockerlings: closing a file descriptor (>&-) is not simulated'],
    ['time ls', "dockerlings: the shell keyword 'time' is not simulated"],
    ['echo {a,b}', 'dockerlings: brace expansion ({a,b} or {1..3}) is not simulated'],
    ['echo x{1..3}', 'dockerlings: brace expansion ({a,b} or {1..3}) is not simulated'],
  ];
  for (const [line, message] of refused) {
    it(line, () => expect(parseLine(line)).toEqual({ kind: 'error', message, reason: 'unsupported' }));
  }

  it('a syntax error wins over something unsupported earlier on the line', () => {
    // bash: `a & | b` -> syntax error near unexpected token `|'
    expect(parseLine('a & | b')).toMatchObject({ kind: 'error', reason: 'syntax' });
  });

  it('braces that bash leaves alone, and busybox (which has no brace expansion), parse', () => {
    expect(parseLine("echo {} {a} '{a,b}' x{y").kind).toBe('ok');
    expect(parseLine('echo {a,b}', 'busybox').kind).toBe('ok');
  });

  it("busybox's time is a command, not a keyword", () => {
    expect(parseLine('time ls', 'busybox').kind).toBe('ok');
  });
});

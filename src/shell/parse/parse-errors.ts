import type { Flavor } from '../tool-io.js';

// The texts bash (interactive, as when the learner types a line) and busybox ash print
// for a syntax error. Observed with `echo '<line>' | bash -i` and `| busybox sh -i`:
// those read the line with its trailing newline, exactly like a terminal does.

/** Thrown inside the parser; parseLine turns it into a ParseResult. */
export class ParseFailure extends Error {
  constructor(
    message: string,
    readonly reason: 'syntax' | 'unsupported',
  ) {
    super(message);
  }
}

/** A token the grammar did not expect: `|`, `&&`, `)`, `newline`, a reserved word, a redirection. */
export function unexpectedToken(flavor: Flavor, token: string): ParseFailure {
  if (flavor === 'gnu') return new ParseFailure(`bash: syntax error near unexpected token \`${token}'`, 'syntax');
  if (token === 'newline') return new ParseFailure('sh: syntax error: unexpected newline', 'syntax');
  if (/^[0-9]*(<|>|<<|>>|<&|>&|<>|>\||&>|&>>)$/.test(token)) {
    return new ParseFailure('sh: syntax error: unexpected redirection', 'syntax');
  }
  return new ParseFailure(`sh: syntax error: unexpected "${token}"`, 'syntax');
}

/**
 * The line ended where a command was still needed (after `&&`, `|`…). An interactive
 * shell would prompt `> ` for more; we cannot, so we print what it prints at end of input.
 * `inCommandSubstitution`: busybox says nothing more; bash names the open `$(`.
 */
export function unexpectedEnd(flavor: Flavor, inCommandSubstitution: boolean): ParseFailure {
  if (flavor === 'gnu') {
    return inCommandSubstitution ? unmatched(flavor, ')') : new ParseFailure('bash: syntax error: unexpected end of file', 'syntax');
  }
  return new ParseFailure('sh: syntax error: unexpected end of file', 'syntax');
}

/** End of input inside quotes, `$(`, backticks, `${`, `$((`. */
export function unmatched(flavor: Flavor, closer: "'" | '"' | ')' | '`' | '}' | '))'): ParseFailure {
  if (flavor === 'gnu') {
    const shown = closer === '))' ? ')' : closer;
    return new ParseFailure(`bash: unexpected EOF while looking for matching \`${shown}'`, 'syntax');
  }
  const text: Record<typeof closer, string> = {
    "'": 'unterminated quoted string',
    '"': 'unterminated quoted string',
    ')': 'unexpected end of file (expecting ")")',
    '`': 'EOF in backquote substitution',
    '}': "missing '}'",
    '))': "missing '))'",
  };
  return new ParseFailure(`sh: syntax error: ${text[closer]}`, 'syntax');
}

/** Shell syntax that is real but that the simulator does not run. */
export function unsupported(what: string): ParseFailure {
  return new ParseFailure(`dockerlings: ${what} is not simulated`, 'unsupported');
}

// The shape of one parsed command line. Words keep their parts (quoted or not, which
// expansions) so that expansion happens at run time, against the shell's state then.

/** A piece of a word as the user typed it. */
export type WordPart =
  /** Plain text. `quoted` when it came from quotes or a backslash: no field splitting, no tilde. */
  | { readonly kind: 'literal'; readonly text: string; readonly quoted: boolean }
  /** An unquoted `~` (or `~user`) prefix; `user` is '' for `$HOME`. */
  | { readonly kind: 'tilde'; readonly user: string }
  /** `$NAME`, `${NAME}`, `$?`, `${#NAME}`, `${NAME:-word}`… */
  | { readonly kind: 'param'; readonly name: string; readonly quoted: boolean; readonly op?: ParamOp }
  /** `$(...)` or backticks, parsed already; `source` is the text between the delimiters. */
  | { readonly kind: 'command'; readonly script: Script; readonly quoted: boolean; readonly source: string }
  /**
   * bash and busybox report `${a b}` only when they reach it (after running the commands
   * before it on the line), so the parser keeps it and expansion fails then.
   */
  | { readonly kind: 'bad-substitution'; readonly text: string };

/** The parameter operators the simulator expands; others are refused while parsing. */
export type ParamOp =
  | { readonly kind: 'length' }
  /** `-`/`:-` use `word` when unset (or, with the colon, empty); `+`/`:+` when set. */
  | { readonly kind: 'default' | 'alternative'; readonly colon: boolean; readonly word: Word };

export interface Word {
  readonly parts: readonly WordPart[];
  /** The word as typed, for messages such as `bash: $x: ambiguous redirect`. */
  readonly raw: string;
}

export type Redirection =
  /** `>` `>>` `<` and bash's `&>` `&>>` (stdout and stderr to one file). */
  | { readonly kind: 'file'; readonly fd: number; readonly op: '>' | '>>' | '<' | '&>' | '&>>'; readonly target: Word }
  /** `2>&1`, `>&2`, `<&0`: fd becomes a copy of target. */
  | { readonly kind: 'dup'; readonly fd: number; readonly target: number }
  /** bash's `<<< word`: stdin is the expanded word and a newline. */
  | { readonly kind: 'here-string'; readonly fd: number; readonly word: Word };

export interface Assignment {
  readonly name: string;
  readonly value: Word;
  /** bash's `NAME+=value`. */
  readonly append: boolean;
}

export interface SimpleCommand {
  readonly assignments: readonly Assignment[];
  readonly words: readonly Word[];
  readonly redirections: readonly Redirection[];
}

export interface Pipeline {
  /** `! cmd`: the exit status is inverted. */
  readonly negated: boolean;
  readonly commands: readonly SimpleCommand[];
}

export interface AndOrList {
  readonly first: Pipeline;
  readonly rest: readonly { readonly op: '&&' | '||'; readonly pipeline: Pipeline }[];
}

/** and-or lists separated by `;` (or newlines). */
export interface Script {
  readonly lists: readonly AndOrList[];
}

export type ParseResult =
  | { readonly kind: 'ok'; readonly script: Script }
  /**
   * `message` is what the shell prints (no trailing newline). `reason` tells a real syntax
   * error (bash/busybox's own text; exit status 2) from shell syntax the simulator does not
   * handle (a `dockerlings: … is not simulated` line).
   */
  | { readonly kind: 'error'; readonly message: string; readonly reason: 'syntax' | 'unsupported' };

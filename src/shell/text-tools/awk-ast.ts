// The awk subset's syntax tree.

export type LValue = { readonly k: 'field'; readonly index: Expr } | { readonly k: 'var'; readonly name: string };

export type Expr =
  | { readonly k: 'num'; readonly v: number }
  | { readonly k: 'str'; readonly v: string }
  /** A bare `/re/`: does $0 match. */
  | { readonly k: 'regex'; readonly source: string }
  | LValue
  | { readonly k: 'assign'; readonly op: string; readonly target: LValue; readonly value: Expr }
  | { readonly k: 'incdec'; readonly op: '++' | '--'; readonly prefix: boolean; readonly target: LValue }
  | { readonly k: 'unary'; readonly op: '!' | '-' | '+'; readonly e: Expr }
  | { readonly k: 'binary'; readonly op: string; readonly l: Expr; readonly r: Expr }
  | { readonly k: 'match'; readonly negate: boolean; readonly l: Expr; readonly re: Expr }
  | { readonly k: 'cond'; readonly c: Expr; readonly t: Expr; readonly f: Expr }
  | { readonly k: 'call'; readonly name: string; readonly args: readonly Expr[] };

export type Stmt =
  | { readonly k: 'print'; readonly args: readonly Expr[] }
  | { readonly k: 'printf'; readonly args: readonly Expr[] }
  | { readonly k: 'expr'; readonly e: Expr }
  | { readonly k: 'if'; readonly c: Expr; readonly then: readonly Stmt[]; readonly otherwise: readonly Stmt[] }
  | { readonly k: 'next' }
  | { readonly k: 'exit'; readonly status: Expr | undefined };

export type Rule =
  | { readonly kind: 'begin' | 'end'; readonly body: readonly Stmt[] }
  /** No pattern: every record; `range`: from a record matching the first to one matching the second. */
  | { readonly kind: 'main'; readonly pattern: Expr | undefined; readonly range: Expr | undefined; readonly body: readonly Stmt[] | undefined };

export interface AwkProgram {
  readonly rules: readonly Rule[];
}

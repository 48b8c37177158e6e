// Template functions as the evaluator calls them: a Go signature (so argument
// checks and their errors match reflect-based text/template) plus a JS body.
import type { RV } from './reflect.js';
import type { ArgType } from './values.js';

export interface GoFunction {
  readonly params: readonly ArgType[];
  /** Element type of a trailing `...` parameter. */
  readonly variadic?: ArgType;
  /**
   * The body. Arguments arrive as validated for their parameter types
   * (`value` params get the raw RV, possibly INVALID or interface-held).
   * Throw a FuncError (or any Error) to fail with "error calling NAME: MESSAGE".
   */
  readonly call: (args: readonly RV[]) => RV;
}

export type FuncMap = Readonly<Record<string, GoFunction>>;

/** An error returned by a template function; the evaluator reports it as "error calling NAME: ...". */
export class FuncError extends Error {}

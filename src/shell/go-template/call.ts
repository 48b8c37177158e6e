// Calling functions and methods from a template: argument count checks,
// evaluation of each argument for its parameter type, Go's assignability
// rules (validateType) and their error texts (exec.go's evalCall, evalArg).
import type { GoFunction } from './funcs.js';
import { truth } from './builtins.js';
import type { ArgNode, ChainNode, FieldNode, IdentifierNode, Node, NumberNode, PipeNode, VariableNode } from './nodes.js';
import { nodeString } from './nodes.js';
import { INVALID, Iface, toAny, typeOf, underlyingOf } from './reflect.js';
import type { RV } from './reflect.js';
import { GoFloat, GoNil } from './values.js';
import type { ArgType, GoValue , GoMethod} from './values.js';

/** "No value from a previous pipeline stage" (Go's missingVal). */
export const MISSING: unique symbol = Symbol('missing');
export type Final = RV | typeof MISSING;

export type FuncLookup = (name: string) => { fn: GoFunction; builtin: boolean } | undefined;

/** What argument evaluation needs from the evaluator. */
export interface Evaluator {
  at(node: Node): void;
  errorf(message: string): never;
  evalPipeline(dot: RV, pipe: PipeNode): RV;
  evalFieldNode(dot: RV, field: FieldNode, args: readonly ArgNode[] | null, final: Final): RV;
  evalVariableNode(dot: RV, v: VariableNode, args: readonly ArgNode[] | null, final: Final): RV;
  evalChainNode(dot: RV, chain: ChainNode, args: readonly ArgNode[] | null, final: Final): RV;
  evalFunction(dot: RV, node: IdentifierNode, cmd: Node, args: readonly ArgNode[] | null, final: Final): RV;
  idealConstant(n: NumberNode): RV;
}

/** A struct's method as a callable function. */
export function methodFunction(m: GoMethod): GoFunction {
  return {
    params: m.params,
    ...(m.variadic ? { variadic: m.variadic } : {}),
    call: (args) => m.fn(...args.map(toAny)),
  };
}

const canBeNil = (t: ArgType): boolean => t === 'any' || t === 'value' || t === '[]string';

function zeroFor(t: ArgType): RV {
  if (t === 'any') return new Iface(null);
  if (t === '[]string') return new GoNil('[]string');
  return INVALID;
}

function assignable(v: RV, t: ArgType): boolean {
  switch (t) {
    case 'any': case 'value': return true;
    case 'string': return typeof v === 'string';
    case 'int': return typeof v === 'number';
    case 'bool': return typeof v === 'boolean';
    case 'float64': return v instanceof GoFloat;
    case '[]string': return underlyingOf(v) === '[]string'; // a named []string (strslice.StrSlice) is assignable
  }
}

/** Go's validateType: the value must be assignable to the parameter type. */
export function validateType(s: Evaluator, value: RV, t: ArgType | null): RV {
  if (value === INVALID) {
    if (t === null) return INVALID;
    if (canBeNil(t)) return zeroFor(t);
    s.errorf(`invalid value; expected ${t}`);
  }
  if (t === null || assignable(value, t)) return value;
  if (value instanceof Iface && value.inner !== null) {
    value = value.inner;
    if (assignable(value, t)) return value;
  }
  s.errorf(`wrong type for value; expected ${t}; got ${typeOf(value)}`);
}

/** Evaluate one argument node for a parameter of type t (null: no type, as for a chain's head). */
export function evalArg(s: Evaluator, dot: RV, t: ArgType | null, n: ArgNode): RV {
  s.at(n);
  switch (n.type) {
    case 'dot': return validateType(s, dot, t);
    case 'nil':
      if (t === null || canBeNil(t)) return t === null ? INVALID : zeroFor(t);
      return s.errorf(`cannot assign nil to ${t}`);
    case 'field': return validateType(s, s.evalFieldNode(dot, n, [n], MISSING), t);
    case 'variable': return validateType(s, s.evalVariableNode(dot, n, null, MISSING), t);
    case 'pipe': return validateType(s, s.evalPipeline(dot, n), t);
    case 'identifier': return validateType(s, s.evalFunction(dot, n, n, null, MISSING), t);
    case 'chain': return validateType(s, s.evalChainNode(dot, n, null, MISSING), t);
  }
  switch (t) {
    case 'bool':
      if (n.type === 'bool') return n.value;
      return s.errorf(`expected bool; found ${nodeString(n)}`);
    case 'float64':
      if (n.type === 'number' && n.isFloat) return new GoFloat(n.float);
      return s.errorf(`expected float; found ${nodeString(n)}`);
    case 'int':
      if (n.type === 'number' && n.isInt) return Number(n.int);
      return s.errorf(`expected integer; found ${nodeString(n)}`);
    case 'string':
      if (n.type === 'string') return n.text;
      return s.errorf(`expected string; found ${nodeString(n)}`);
    case 'any': case 'value': case null:
      return evalEmptyInterface(s, n);
  }
  s.errorf(`can't handle ${nodeString(n)} for arg of type ${t}`);
}

function evalEmptyInterface(s: Evaluator, n: ArgNode): RV {
  s.at(n);
  switch (n.type) {
    case 'bool': return n.value;
    case 'number': return s.idealConstant(n);
    case 'string': return n.text;
  }
  s.errorf(`can't handle assignment of ${nodeString(n)} to empty interface argument`);
}

/** Go's evalCall: check the argument count, evaluate the arguments, call, report errors. */
export function evalCall(
  s: Evaluator, dot: RV, fn: GoFunction, isBuiltin: boolean, node: Node, name: string,
  args: readonly ArgNode[] | null, final: Final,
): RV {
  const argNodes = args ? args.slice(1) : []; // the zeroth arg is the function itself
  const numIn = argNodes.length + (final !== MISSING ? 1 : 0);
  let numFixed = argNodes.length;
  if (fn.variadic !== undefined) {
    numFixed = fn.params.length;
    if (numIn < numFixed) s.errorf(`wrong number of args for ${name}: want at least ${numFixed} got ${argNodes.length}`);
  } else if (numIn !== fn.params.length) {
    s.errorf(`wrong number of args for ${name}: want ${fn.params.length} got ${numIn}`);
  }

  // and/or short-circuit: they return the first decisive argument, unevaluated beyond it.
  if (isBuiltin && (name === 'and' || name === 'or')) {
    let v: RV = INVALID;
    for (const a of argNodes) {
      v = evalArg(s, dot, 'value', a);
      if (truth(v) === (name === 'or')) return v;
    }
    if (final !== MISSING) v = validateType(s, final, 'value');
    return v;
  }

  const argv: RV[] = [];
  let i = 0;
  for (; i < numFixed && i < argNodes.length; i++) argv[i] = evalArg(s, dot, fn.params[i] as ArgType, argNodes[i] as ArgNode);
  if (fn.variadic !== undefined) {
    for (; i < argNodes.length; i++) argv[i] = evalArg(s, dot, fn.variadic, argNodes[i] as ArgNode);
  }
  if (final !== MISSING) {
    let t = fn.params[fn.params.length - 1] ?? fn.variadic ?? 'any';
    if (fn.variadic !== undefined) t = numIn - 1 < numFixed ? (fn.params[numIn - 1] as ArgType) : fn.variadic;
    argv[i] = validateType(s, final, t);
  }

  if (isBuiltin && name === 'call') {
    const callee = argNodes.length > 0 ? nodeString(argNodes[0] as ArgNode) : String(toAny(final as RV));
    const target = argv[0] as RV;
    s.at(node);
    s.errorf(target === INVALID || target instanceof Iface && target.inner === null
      ? 'error calling call: call of nil'
      : `error calling call: non-function ${callee} of type ${typeOf(target)}`);
  }

  try {
    return fn.call(argv);
  } catch (e) {
    s.at(node);
    s.errorf(`error calling ${name}: ${e instanceof Error ? e.message : String(e as GoValue)}`);
  }
}

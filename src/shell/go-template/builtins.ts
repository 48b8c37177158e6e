// text/template's predefined functions (funcs.go): and, or, not, len, index,
// slice, print, printf, println, html, js, urlquery, call, and comparisons.
import { comparisonFuncs } from './compare.js';
import { htmlEscape, jsEscape } from './escape.js';
import { sprint, sprintf, sprintln } from './fmt-print.js';
import { FuncError } from './funcs.js';
import type { FuncMap, GoFunction } from './funcs.js';
import { byteAt, byteSlice, queryEscape } from './go-strings.js';
import {
  INVALID, Iface, element, elemTypeOf, indirect, indirectInterface, keyType, kindOf, lengthOf, numberOf, stringOf, toAny,
  typeOf, underlyingOf, zeroOf,
} from './reflect.js';
import type { RV } from './reflect.js';
import { GoNamed, GoNil, GoPtr, declaredType, goSlice, isMap, isSlice } from './values.js';
import type { GoValue , GoComplex} from './values.js';

/** Go's isTrue: the truth of a value, as if/with/and/or/not see it. */
export function isTrue(v: RV): boolean {
  if (v === INVALID) return false;
  switch (kindOf(v)) {
    case 'slice': case 'map': case 'string': return lengthOf(v as GoValue) > 0;
    case 'bool': return v instanceof GoNamed ? v.value === true : v === true;
    case 'int': case 'uint': case 'float': return numberOf(v as GoValue) !== 0;
    case 'complex': return (v as GoComplex).re !== 0 || (v as GoComplex).im !== 0;
    case 'ptr': return v instanceof GoPtr;
    case 'interface': return v instanceof Iface && v.inner !== null;
    case 'func': return !(v instanceof GoNil);
    default: return true; // structs are always true
  }
}

export const truth = (v: RV): boolean => isTrue(indirectInterface(v));

function indexArg(index: RV, cap: number): number {
  let x: number;
  switch (kindOf(index)) {
    case 'int': case 'uint': x = numberOf(index as GoValue); break;
    case 'invalid': throw new FuncError('cannot index slice/array with nil');
    default: throw new FuncError(`cannot index slice/array with type ${typeOf(index)}`);
  }
  if (x < 0 || x > cap) throw new FuncError(`index out of range: ${x}`);
  return x;
}

function index(args: readonly RV[]): RV {
  let item = indirectInterface(args[0] as RV);
  if (item === INVALID) throw new FuncError('index of untyped nil');
  for (const raw of args.slice(1)) {
    const idx = indirectInterface(raw);
    const [it, isNil] = indirect(item);
    if (isNil) throw new FuncError('index of nil pointer');
    item = it;
    switch (kindOf(item)) {
      case 'slice': {
        const len = lengthOf(item as GoValue);
        const x = indexArg(idx, len);
        if (x >= len) throw new FuncError('reflect: slice index out of range');
        item = element(item as readonly GoValue[], (item as readonly GoValue[])[x] as GoValue);
        break;
      }
      case 'string': {
        const s = stringOf(item as GoValue);
        const x = indexArg(idx, lengthOf(s));
        if (x >= lengthOf(s)) throw new FuncError('reflect: string index out of range');
        item = byteAt(s, x);
        break;
      }
      case 'map': {
        // Go's prepareArg: the index must be assignable to the key type (a string is no nat.Port).
        const kt = keyType(underlyingOf(item));
        if (idx === INVALID) throw new FuncError(`value is nil; should be of type ${kt}`);
        if (typeOf(idx) !== kt) throw new FuncError(`value has type ${typeOf(idx)}; should be ${kt}`);
        const m = item as ReadonlyMap<string, GoValue>;
        const key = stringOf(idx as GoValue);
        item = isMap(m) && m.has(key) ? element(m, m.get(key) as GoValue) : zeroOf(elemTypeOf(m as GoValue));
        break;
      }
      default:
        throw new FuncError(`can't index item of type ${typeOf(item)}`);
    }
  }
  return item;
}

function slice(args: readonly RV[]): RV {
  let item = indirectInterface(args[0] as RV);
  if (item === INVALID) throw new FuncError('slice of untyped nil');
  const [it, isNil] = indirect(item);
  if (isNil) throw new FuncError('slice of nil pointer');
  item = it;
  const indexes = args.slice(1);
  if (indexes.length > 3) throw new FuncError(`too many slice indexes: ${indexes.length}`);
  const k = kindOf(item);
  if (k === 'string' && indexes.length === 3) throw new FuncError('cannot 3-index slice a string');
  if (k !== 'string' && k !== 'slice') throw new FuncError(`can't slice item of type ${typeOf(item)}`);
  const len = lengthOf(item as GoValue);
  const idx = [0, len, 0];
  indexes.forEach((raw, i) => {
    idx[i] = indexArg(raw, len); // unlike index, slice does not unwrap interface-held indexes
  });
  const [i, j, kk] = idx as [number, number, number];
  if (i > j) throw new FuncError(`invalid slice index: ${i} > ${j}`);
  if (indexes.length === 3 && j > kk) throw new FuncError(`invalid slice index: ${j} > ${kk}`);
  if (k === 'string') return byteSlice(stringOf(item as GoValue), i, j);
  const arr = isSlice(item) ? item : [];
  return goSlice(arr.slice(i, j), declaredType(arr) ?? typeOf(arr));
}

function length(v: RV): number {
  const [item, isNil] = indirect(v);
  if (isNil) throw new FuncError('len of nil pointer');
  if (item === INVALID) throw new FuncError('reflect: call of reflect.Value.Type on zero Value');
  switch (kindOf(item)) {
    case 'slice': case 'map': case 'string': return lengthOf(item as GoValue);
  }
  throw new FuncError(`len of type ${typeOf(item)}`);
}

/** evalArgs: the html/js/urlquery argument string (fmt.Sprint, nils shown as <no value>). */
function evalArgs(args: readonly RV[]): string {
  if (args.length === 1 && typeof args[0] === 'string') return args[0];
  return sprint(...args.map((a) => {
    const v = toAny(a);
    if (v === null) return '<no value>';
    return v instanceof GoPtr ? v.target : v;
  }));
}

const anyArgs = (fn: (args: GoValue[]) => RV): GoFunction => ({
  params: [],
  variadic: 'any',
  call: (args) => fn(args.map(toAny)),
});

export const builtinFuncs: FuncMap = {
  // and/or are evaluated lazily by the evaluator; these entries give their signature.
  and: { params: ['value'], variadic: 'value', call: (args) => args[args.length - 1] as RV },
  or: { params: ['value'], variadic: 'value', call: (args) => args[args.length - 1] as RV },
  not: { params: ['value'], call: (args) => !truth(args[0] as RV) },
  len: { params: ['value'], call: (args) => length(args[0] as RV) },
  index: { params: ['value'], variadic: 'value', call: index },
  slice: { params: ['value'], variadic: 'value', call: slice },
  print: anyArgs((a) => sprint(...a)),
  println: anyArgs((a) => sprintln(...a)),
  printf: { params: ['string'], variadic: 'any', call: (args) => sprintf(args[0] as string, ...args.slice(1).map(toAny)) },
  html: { params: [], variadic: 'any', call: (args) => htmlEscape(evalArgs(args)) },
  js: { params: [], variadic: 'any', call: (args) => jsEscape(evalArgs(args)) },
  urlquery: { params: [], variadic: 'any', call: (args) => queryEscape(evalArgs(args)) },
  call: {
    params: ['value'],
    variadic: 'value',
    call: () => {
      throw new FuncError('call of nil');
    },
  },
  ...comparisonFuncs,
};

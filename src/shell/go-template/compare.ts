// The comparison builtins eq, ne, lt, le, gt, ge (text/template/funcs.go).
import { FuncError } from './funcs.js';
import type { GoFunction } from './funcs.js';
import { sprintf, sprintValue } from './fmt-print.js';
import { INVALID, Iface, indirectInterface, isNilValue, kindOf, numberOf, stringOf, toAny, typeOf } from './reflect.js';
import type { RV } from './reflect.js';
import { GoMethod, GoNamed, GoPtr, isMap, isSlice, isStruct } from './values.js';
import type { GoValue , GoComplex} from './values.js';

type BasicKind = 'invalid' | 'bool' | 'complex' | 'int' | 'float' | 'string' | 'uint';

const errBadComparisonType = 'invalid type for comparison';
const errBadComparison = 'incompatible types for comparison';
const errNoComparison = 'missing argument for comparison';

function basicKind(v: RV): BasicKind {
  const k = kindOf(v);
  switch (k) {
    case 'bool': case 'complex': case 'int': case 'float': case 'string': case 'uint': return k;
  }
  return 'invalid';
}

const asS = (v: RV): string => sprintf('%s', toAny(v));
const asBool = (v: RV): boolean => (v instanceof GoNamed ? Boolean(v.value) : v === true);
const asNum = (v: RV): number => numberOf(v as GoValue);
const asStr = (v: RV): string => stringOf(v as GoValue);

function sameComplex(a: RV, b: RV): boolean {
  const x = a as GoComplex;
  const y = b as GoComplex;
  return x.re === y.re && x.im === y.im;
}

/** Go's == on comparable non-basic values (pointers by identity, structs field by field). */
function comparable(v: RV): boolean {
  const k = kindOf(v);
  if (k === 'slice' || k === 'map' || k === 'func') return false;
  if (k === 'struct') return Object.values(v as object).every((f) => f instanceof GoMethod || comparable(f as GoValue));
  return true;
}

function goEqual(a: RV, b: RV): boolean {
  if (a instanceof Iface) a = a.inner;
  if (b instanceof Iface) b = b.inner;
  if (typeOf(a) !== typeOf(b)) return false;
  if (a instanceof GoPtr && b instanceof GoPtr) return a.target === b.target;
  if (isStruct(a) && isStruct(b)) {
    const ka = Object.keys(a);
    return ka.every((k) => goEqual(a[k] as GoValue, b[k] as GoValue));
  }
  if (isSlice(a) || isMap(a)) return a === b;
  switch (basicKind(a)) {
    case 'bool': return asBool(a) === asBool(b);
    case 'complex': return sameComplex(a, b);
    case 'int': case 'uint': case 'float': return asNum(a) === asNum(b);
    case 'string': return asStr(a) === asStr(b);
  }
  return a === b;
}

function eq(args: readonly RV[]): boolean {
  const arg1 = indirectInterface(args[0] as RV);
  const rest = args.slice(1);
  if (rest.length === 0) throw new FuncError(errNoComparison);
  const k1 = basicKind(arg1);
  for (const raw of rest) {
    const arg = indirectInterface(raw);
    const k2 = basicKind(arg);
    let truth = false;
    if (k1 !== k2) {
      // Special case: integers compare regardless of signedness.
      if ((k1 === 'int' && k2 === 'uint') || (k1 === 'uint' && k2 === 'int')) truth = asNum(arg1) === asNum(arg);
      else if (arg1 !== INVALID && arg !== INVALID) throw new FuncError(errBadComparison);
    } else {
      switch (k1) {
        case 'bool': truth = asBool(arg1) === asBool(arg); break;
        case 'complex': truth = sameComplex(arg1, arg); break;
        case 'float': case 'int': case 'uint': truth = asNum(arg1) === asNum(arg); break;
        case 'string': truth = asStr(arg1) === asStr(arg); break;
        default: {
          if (!(kindOf(arg1) === kindOf(arg) || arg1 === INVALID || arg === INVALID)) {
            // Go formats the operands with %s here (so bools inside show as %!s(bool=false)).
            throw new FuncError(`non-comparable types ${asS(arg1)}: ${typeOf(arg1)}, ${typeOf(arg)}: ${sprintValue(arg)}`);
          }
          if (isNilValue(arg1) || isNilValue(arg)) {
            truth = isNilValue(arg) === isNilValue(arg1);
          } else {
            if (!comparable(arg)) throw new FuncError(`non-comparable type ${asS(arg)}: ${typeOf(arg)}`);
            truth = goEqual(arg1, arg);
          }
        }
      }
    }
    if (truth) return true;
  }
  return false;
}

function lt(a: RV, b: RV): boolean {
  const arg1 = indirectInterface(a);
  const k1 = basicKind(arg1);
  if (k1 === 'invalid') throw new FuncError(errBadComparisonType);
  const arg2 = indirectInterface(b);
  const k2 = basicKind(arg2);
  if (k2 === 'invalid') throw new FuncError(errBadComparisonType);
  if (k1 !== k2) {
    if (k1 === 'int' && k2 === 'uint') return asNum(arg1) < 0 || asNum(arg1) < asNum(arg2);
    if (k1 === 'uint' && k2 === 'int') return asNum(arg2) >= 0 && asNum(arg1) < asNum(arg2);
    throw new FuncError(errBadComparison);
  }
  switch (k1) {
    case 'bool': case 'complex': throw new FuncError(errBadComparisonType);
    case 'string': return Buffer.compare(Buffer.from(asStr(arg1)), Buffer.from(asStr(arg2))) < 0;
    default: return asNum(arg1) < asNum(arg2);
  }
}

const le = (a: RV, b: RV): boolean => lt(a, b) || eq([a, b]);

const two = (fn: (a: RV, b: RV) => boolean): GoFunction => ({
  params: ['value', 'value'],
  call: (args) => fn(args[0] as RV, args[1] as RV),
});

export const comparisonFuncs: Readonly<Record<string, GoFunction>> = {
  eq: { params: ['value'], variadic: 'value', call: (args) => eq(args) },
  ne: two((a, b) => !eq([a, b])),
  lt: two(lt),
  le: two(le),
  gt: two((a, b) => !le(a, b)),
  ge: two((a, b) => !lt(a, b)),
};

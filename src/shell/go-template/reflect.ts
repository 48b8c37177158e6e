// A small stand-in for Go's reflect package: kinds, type names, field lookup.
// The evaluator works on `RV`s: a GoValue, a value held in an interface{} slot
// (`Iface`: element of a map[string]interface{} or []interface{}), or the zero
// reflect.Value (`INVALID`: a missing map key, the result of `{{.Missing}}`).
import {
  GoComplex, GoFloat, GoMethod, GoNamed, GoNil, GoNumber, GoPtr, declaredType, declaredUnderlying, getStructInfo, goStruct,
  isMap, isSlice, isStruct,
} from './values.js';
import type { GoStruct, GoValue } from './values.js';

export const INVALID: unique symbol = Symbol('invalid reflect.Value');
export type Invalid = typeof INVALID;

/** A value seen through an interface{}: errors name its type `interface {}`, and a nil one is not a value. */
export class Iface {
  constructor(readonly inner: GoValue) {}
}

export type RV = GoValue | Iface | Invalid;

export type Kind =
  | 'invalid' | 'bool' | 'int' | 'uint' | 'float' | 'complex' | 'string'
  | 'slice' | 'map' | 'struct' | 'ptr' | 'interface' | 'func';

export function kindOf(v: RV | GoMethod): Kind {
  if (v === INVALID) return 'invalid';
  if (v === null || v === undefined || v instanceof Iface) return 'interface'; // undefined: a JS caller's hole, taken as nil
  switch (typeof v) {
    case 'boolean': return 'bool';
    case 'number': return 'int';
    case 'string': return 'string';
  }
  if (v instanceof GoFloat) return 'float';
  if (v instanceof GoNumber) return 'string';
  if (v instanceof GoComplex) return 'complex';
  if (v instanceof GoNamed) return v.kind;
  if (v instanceof GoPtr) return 'ptr';
  if (v instanceof GoMethod) return 'func';
  if (v instanceof GoNil) return nilKind(v.underlying ?? v.type);
  if (isSlice(v)) return 'slice';
  if (isMap(v)) return 'map';
  return 'struct';
}

function nilKind(type: string): Kind {
  if (type.startsWith('*')) return 'ptr';
  if (type.startsWith('[]')) return 'slice';
  if (type.startsWith('map[')) return 'map';
  if (type.startsWith('func')) return 'func';
  return 'interface';
}

/** Go's reflect.Type.String() for the value's dynamic type (an Iface reports `interface {}`). */
export function typeOf(v: RV | GoMethod): string {
  if (v === INVALID) return '<invalid>';
  if (v === null || v === undefined || v instanceof Iface) return 'interface {}';
  switch (typeof v) {
    case 'boolean': return 'bool';
    case 'number': return 'int';
    case 'string': return 'string';
  }
  if (v instanceof GoFloat) return 'float64';
  if (v instanceof GoNumber) return 'json.Number';
  if (v instanceof GoComplex) return 'complex128';
  if (v instanceof GoNamed || v instanceof GoNil) return v.type;
  if (v instanceof GoPtr) return `*${typeOf(v.target)}`;
  if (v instanceof GoMethod) return 'func()';
  if (isSlice(v)) return containerTypeOf(v) ?? `[]${inferElemType(v)}`;
  if (isMap(v)) return containerTypeOf(v) ?? `map[string]${inferElemType(v.values())}`;
  return structTypeName(v);
}

function containerTypeOf(v: object): string | undefined {
  return declaredType(v);
}

function structTypeName(s: GoStruct): string {
  const info = getStructInfo(s);
  if (info.type) return info.type;
  const fields = Object.entries(s).filter(([, f]) => !(f instanceof GoMethod));
  if (fields.length === 0) return 'struct {}';
  return `struct { ${fields.map(([k, f]) => `${k} ${typeOf(f as GoValue)}`).join('; ')} }`;
}

/** An untyped container's element type: the common type of its elements, `string` when empty. */
function inferElemType(values: Iterable<GoValue>): string {
  let found: string | undefined;
  for (const v of values) {
    if (v === null) return 'interface {}';
    const t = typeOf(v);
    if (found === undefined) found = t;
    else if (found !== t) return 'interface {}';
  }
  return found ?? 'string';
}

export function elemType(containerType: string): string {
  if (containerType.startsWith('[]')) return containerType.slice(2);
  if (containerType.startsWith('map[')) {
    let depth = 0;
    for (let i = 3; i < containerType.length; i++) {
      if (containerType[i] === '[') depth++;
      else if (containerType[i] === ']' && --depth === 0) return containerType.slice(i + 1);
    }
  }
  return 'interface {}';
}

const isIfaceType = (t: string): boolean => t.startsWith('interface');

/** The type's underlying type: a named slice/map's declared underlying type, else the type itself. */
export function underlyingOf(v: RV): string {
  if (v instanceof GoNil) return v.underlying ?? v.type;
  return (typeof v === 'object' && v !== null && declaredUnderlying(v)) || typeOf(v);
}

/** The element type of a slice or map value. */
export function elemTypeOf(container: RV): string {
  return elemType(underlyingOf(container));
}

/** The key type of a map type, e.g. `nat.Port` for `map[nat.Port][]nat.PortBinding`. */
export function keyType(mapType: string): string {
  if (!mapType.startsWith('map[')) return 'string';
  let depth = 0;
  for (let i = 3; i < mapType.length; i++) {
    if (mapType[i] === '[') depth++;
    else if (mapType[i] === ']' && --depth === 0) return mapType.slice(4, i);
  }
  return 'string';
}

/** A map key as a Go value: a plain string, or a named string type such as nat.Port. */
export function mapKey(m: ReadonlyMap<string, GoValue>, k: string): GoValue {
  const t = keyType(underlyingOf(m as GoValue));
  return t === 'string' ? k : new GoNamed(t, k, undefined, 'string');
}

/** How a container's elements look to the evaluator: wrapped in Iface when the element type is interface{}. */
export function elementsOf(container: readonly GoValue[] | ReadonlyMap<string, GoValue>): (v: GoValue) => RV {
  const iface = isIfaceType(elemTypeOf(container as GoValue)); // computed once: inference scans the elements
  return (v) => (iface || v === null || v === undefined ? new Iface(v ?? null) : v);
}

/** One container element as the evaluator sees it. */
export function element(container: readonly GoValue[] | ReadonlyMap<string, GoValue>, v: GoValue): RV {
  return elementsOf(container)(v);
}

/** A struct field value as the evaluator sees it: a null field is a nil interface{}. */
export function fieldValue(v: GoValue | GoMethod): RV | GoMethod {
  return v === null || v === undefined ? new Iface(null) : v;
}

/** reflect's FieldByName, including fields promoted from embedded structs. */
export function lookupField(s: GoStruct, name: string): { found: true; value: GoValue | GoMethod } | { found: false } {
  let level: GoStruct[] = [s];
  const seen = new Set<GoStruct>();
  while (level.length > 0) {
    const next: GoStruct[] = [];
    for (const st of level) {
      if (seen.has(st)) continue;
      seen.add(st);
      if (Object.prototype.hasOwnProperty.call(st, name)) return { found: true, value: st[name] as GoValue | GoMethod };
      for (const e of getStructInfo(st).embedded ?? []) {
        const inner = st[e];
        if (isStruct(inner)) next.push(inner);
        else if (inner instanceof GoPtr) next.push(inner.target);
      }
    }
    level = next;
  }
  return { found: false };
}

/** Follow pointers and interfaces; report whether a nil stopped the walk (Go's `indirect`). */
export function indirect(v: RV): [RV, boolean] {
  let cur = v;
  for (;;) {
    if (cur instanceof Iface) {
      if (cur.inner === null) return [cur, true];
      cur = cur.inner;
    } else if (cur === null) {
      return [new Iface(null), true];
    } else if (cur instanceof GoPtr) {
      cur = cur.target;
    } else if (cur instanceof GoNil && kindOf(cur) === 'ptr') {
      return [cur, true];
    } else {
      return [cur, false];
    }
  }
}

/** Go's indirectInterface: the concrete value inside an interface, INVALID for a nil one. */
export function indirectInterface(v: RV): RV {
  if (v instanceof Iface) return v.inner === null ? INVALID : v.inner;
  if (v === null) return INVALID;
  return v;
}

/** The dynamic value handed to a function parameter of type interface{} (`any`). */
export function toAny(v: RV): GoValue {
  if (v === INVALID) return null;
  if (v instanceof Iface) return v.inner;
  return v;
}

export function isNilValue(v: RV): boolean {
  if (v === INVALID || v === null) return true;
  if (v instanceof Iface) return v.inner === null;
  return v instanceof GoNil;
}

/** Length of a string (UTF-8 bytes), slice or map. */
export function lengthOf(v: GoValue): number {
  if (typeof v === 'string') return utf8Length(v);
  if (v instanceof GoNumber) return utf8Length(v.text);
  if (v instanceof GoNamed && typeof v.value === 'string') return utf8Length(v.value);
  if (isSlice(v)) return v.length;
  if (isMap(v)) return v.size;
  return 0;
}

export function utf8Length(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** The string inside any string-kinded value. */
export function stringOf(v: GoValue): string {
  if (typeof v === 'string') return v;
  if (v instanceof GoNumber) return v.text;
  if (v instanceof GoNamed) return String(v.value);
  return '';
}

/** The number inside any int/uint/float-kinded value. */
export function numberOf(v: GoValue): number {
  if (typeof v === 'number') return v;
  if (v instanceof GoFloat) return v.value;
  if (v instanceof GoNamed && typeof v.value === 'number') return v.value;
  return 0;
}

/** The zero value of a Go type, as missingkey=zero and index-of-missing-key produce. */
export function zeroOf(type: string): RV {
  switch (type) {
    case 'string': return '';
    case 'bool': return false;
    case 'int': case 'int64': case 'int32': return 0;
    case 'float64': case 'float32': return new GoFloat(0);
  }
  if (isIfaceType(type)) return new Iface(null);
  if (type === 'struct {}') return goStruct({}, { type });
  if (type.startsWith('*') || type.startsWith('[]') || type.startsWith('map[') || type.startsWith('func')) return new GoNil(type);
  return new Iface(null);
}

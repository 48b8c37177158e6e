// The Go values a template sees, modelled in JS.
//
// Docker's templates run over typed Go structs (docker ps, the typed pass of
// docker inspect) or over `map[string]interface{}` decoded from JSON (the
// fallback pass of docker inspect). Printing, comparison and error texts all
// depend on the Go type, so the model keeps just enough type information:
//
//   null                 a nil interface{} (prints `<no value>` at top level, `<nil>` inside values)
//   boolean / string     bool / string
//   number               int (Docker's structs are mostly ints); use GoFloat for float64
//   GoValue[]            a slice; element type inferred or set with `goSlice`
//   Map<string, GoValue> a map (keys printed sorted); value type inferred or set with `goMap`
//   plain object         a struct (fields in insertion order); type name etc. via `goStruct`
//   boxes below          float64, json.Number, complex, typed nils, pointers, named types, methods

export class GoFloat {
  constructor(readonly value: number) {}
}

/** encoding/json.Number: what `json.Decoder.UseNumber` yields; a string kind that marshals as a number. */
export class GoNumber {
  constructor(readonly text: string) {}
}

export class GoComplex {
  constructor(readonly re: number, readonly im: number) {}
}

/**
 * A typed nil: `*container.Health`, `[]string`, `map[string]string`... Prints `<nil>`, `[]`, `map[]`.
 * For a named type give the underlying one: `new GoNil('strslice.StrSlice', '[]string')`.
 */
export class GoNil {
  constructor(readonly type: string, readonly underlying?: string) {}
}

let nextAddress = 0xc000010000;

/** A non-nil pointer to a struct. fmt prints `&{...}` at top level and a hex address when nested. */
export class GoPtr {
  readonly address: number;
  constructor(readonly target: GoStruct, address?: number) {
    this.address = address ?? nextAddress;
    if (address === undefined) nextAddress += 0x100;
  }
}

export type NamedKind = 'string' | 'bool' | 'int' | 'uint' | 'float';

/** A value of a named basic type (`nat.Port`, `time.Duration`, `mount.Type`), optionally with a String() method. */
export class GoNamed {
  readonly kind: NamedKind;
  constructor(
    readonly type: string,
    readonly value: string | number | boolean,
    readonly stringer?: () => string,
    kind?: NamedKind,
  ) {
    this.kind = kind ?? inferNamedKind(type, value);
  }
}

function inferNamedKind(type: string, value: string | number | boolean): NamedKind {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'bool';
  if (/^(uint|byte|uintptr)/.test(type)) return 'uint';
  return Number.isInteger(value) ? 'int' : 'float';
}

/** Parameter types a method (or template function) may declare. */
export type ArgType = 'any' | 'value' | 'string' | 'int' | 'bool' | 'float64' | '[]string';

/** A method on a struct, e.g. `.Label "key"` of docker ps' ContainerContext. Throw an Error to fail the call. */
export class GoMethod {
  constructor(
    readonly fn: (...args: GoValue[]) => GoValue,
    readonly params: readonly ArgType[] = [],
    readonly variadic?: ArgType,
  ) {}
}

export type GoBox = GoFloat | GoNumber | GoComplex | GoNil | GoPtr | GoNamed;
export type GoMap = ReadonlyMap<string, GoValue>;
export interface GoStruct {
  readonly [field: string]: GoValue | GoMethod;
}
export type GoValue = null | boolean | number | string | GoBox | readonly GoValue[] | GoMap | GoStruct;

export interface StructInfo {
  /** Go type name, e.g. `container.State` (used by %T, %v errors and "can't evaluate field"). */
  readonly type?: string;
  /** JSON tags by field name, e.g. `{ ID: 'Id', Health: ',omitempty', Secret: '-' }`. */
  readonly json?: Readonly<Record<string, string>>;
  /** Anonymous (embedded) fields: their fields are promoted, and JSON inlines them. */
  readonly embedded?: readonly string[];
  /** A MarshalJSON method: the value to encode instead of the fields, or already-encoded JSON. */
  readonly marshalJSON?: () => GoValue | RawJSON;
  /** A String() method (fmt uses it for %v and %s). */
  readonly stringer?: () => string;
}

/** Already-encoded JSON, as a MarshalJSON method returns it (e.g. from json.Marshal, which escapes <>&). */
export class RawJSON {
  constructor(readonly text: string) {}
}

const structInfo = new WeakMap<object, StructInfo>();
const methodTable = new WeakMap<object, Readonly<Record<string, GoMethod>>>();

/**
 * Give a value methods, as Go's named types have them: e.g. docker's table header map
 * (formatter.SubHeaderContext) has `Label`. `{{.Name args}}` calls them before any field or key lookup.
 */
export function withMethods<T extends object>(value: T, methods: Readonly<Record<string, GoMethod>>): T {
  methodTable.set(value, methods);
  return value;
}

export function methodOf(value: unknown, name: string): GoMethod | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const table = methodTable.get(value);
  return table && Object.prototype.hasOwnProperty.call(table, name) ? table[name] : undefined;
}
const containerType = new WeakMap<object, { readonly type: string; readonly underlying?: string }>();

/** Attach Go type information to a struct value (returns the same object). */
export function goStruct<T extends GoStruct>(fields: T, info: StructInfo): T {
  structInfo.set(fields, info);
  return fields;
}

/**
 * Declare a slice's Go type, e.g. `goSlice(['a'], '[]string')`, `goSlice([], '[]interface {}')`;
 * a named type gives its underlying type: `goSlice(cmd, 'strslice.StrSlice', '[]string')`.
 */
export function goSlice<T extends readonly GoValue[]>(items: T, type: string, underlying?: string): T {
  containerType.set(items, underlying === undefined ? { type } : { type, underlying });
  return items;
}

/** Declare a map's Go type, e.g. `goMap(new Map(), 'map[string]string')` or `goMap(m, 'nat.PortMap', 'map[nat.Port][]nat.PortBinding')`. */
export function goMap<T extends GoMap>(map: T, type: string, underlying?: string): T {
  containerType.set(map, underlying === undefined ? { type } : { type, underlying });
  return map;
}

/** The Go type declared with goSlice/goMap, if any. */
export function declaredType(container: object): string | undefined {
  return containerType.get(container)?.type;
}

/** The underlying type declared for a named slice/map type, if any. */
export function declaredUnderlying(container: object): string | undefined {
  return containerType.get(container)?.underlying;
}

export function getStructInfo(s: GoStruct): StructInfo {
  return structInfo.get(s) ?? {};
}

export function isStruct(v: unknown): v is GoStruct {
  if (v === null || typeof v !== 'object' || Array.isArray(v) || v instanceof Map) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

export function isSlice(v: unknown): v is readonly GoValue[] {
  return Array.isArray(v);
}

export function isMap(v: unknown): v is GoMap {
  return v instanceof Map;
}

// json.Unmarshal into a typed Go value: how the docker CLI turns the engine's
// JSON into the structs its templates see first (types.ContainerJSON etc.).
// Describe the Go type with the `goType` builders; missing keys and nulls
// become zero values, unknown keys are dropped, keys match case-insensitively
// (exact match preferred), embedded structs are filled from the same object,
// and numbers in interface{} fields become float64, as in Go.
import { GoFloat, GoNamed, GoNil, GoNumber, GoPtr, goMap, goSlice, goStruct, isMap, isSlice } from './values.js';
import type { GoStruct, GoValue, NamedKind, StructInfo } from './values.js';

export type BasicSpec = 'string' | 'bool' | 'int' | 'float64' | 'interface {}';

export interface NamedSpec {
  readonly kind: 'named';
  readonly name: string;
  readonly underlying: 'string' | 'bool' | 'int' | 'float64';
  readonly stringer?: (v: string | number | boolean) => string;
}
export interface SliceSpec { readonly kind: 'slice'; readonly elem: TypeSpec; readonly name?: string }
export interface MapSpec { readonly kind: 'map'; readonly elem: TypeSpec; readonly key?: string; readonly name?: string }
export interface PtrSpec { readonly kind: 'ptr'; readonly elem: TypeSpec }
export interface FieldSpec {
  readonly name: string;
  readonly type: TypeSpec;
  /** The json tag, e.g. `Id` or `,omitempty` or `-`. */
  readonly json?: string;
  /** An anonymous (embedded) field: its fields are promoted. */
  readonly embedded?: boolean;
}
export interface StructSpec {
  readonly kind: 'struct';
  readonly name: string;
  readonly fields: readonly FieldSpec[];
  readonly info?: Omit<StructInfo, 'type' | 'json' | 'embedded'>;
}
/** A type with its own decoding, e.g. time.Time (a struct with String and MarshalJSON methods). */
export interface CustomSpec {
  readonly kind: 'custom';
  readonly name: string;
  decode(raw: GoValue): GoValue;
  zero(): GoValue;
}

export type TypeSpec = BasicSpec | NamedSpec | SliceSpec | MapSpec | PtrSpec | StructSpec | CustomSpec;

export const goType = {
  named: (name: string, underlying: NamedSpec['underlying'], stringer?: NamedSpec['stringer']): NamedSpec =>
    (stringer ? { kind: 'named', name, underlying, stringer } : { kind: 'named', name, underlying }),
  slice: (elem: TypeSpec, name?: string): SliceSpec => (name ? { kind: 'slice', elem, name } : { kind: 'slice', elem }),
  map: (elem: TypeSpec, key = 'string', name?: string): MapSpec =>
    (name ? { kind: 'map', elem, key, name } : { kind: 'map', elem, key }),
  ptr: (elem: TypeSpec): PtrSpec => ({ kind: 'ptr', elem }),
  struct: (name: string, fields: readonly FieldSpec[], info?: StructSpec['info']): StructSpec =>
    (info ? { kind: 'struct', name, fields, info } : { kind: 'struct', name, fields }),
  field: (name: string, type: TypeSpec, json?: string): FieldSpec => (json === undefined ? { name, type } : { name, type, json }),
  embed: (name: string, type: TypeSpec): FieldSpec => ({ name, type, embedded: true }),
} as const;

/** The Go type name of a spec, as %T and error messages print it. */
export function typeName(spec: TypeSpec): string {
  if (typeof spec === 'string') return spec;
  switch (spec.kind) {
    case 'named': case 'struct': case 'custom': return spec.name;
    case 'slice': return spec.name ?? `[]${typeName(spec.elem)}`;
    case 'map': return spec.name ?? `map[${spec.key ?? 'string'}]${typeName(spec.elem)}`;
    case 'ptr': return `*${typeName(spec.elem)}`;
  }
}

function underlyingName(spec: SliceSpec | MapSpec): string {
  if (spec.kind === 'slice') return `[]${typeName(spec.elem)}`;
  return `map[${spec.key ?? 'string'}]${typeName(spec.elem)}`;
}

const toNumber = (raw: GoValue): number =>
  (raw instanceof GoNumber ? Number(raw.text) : typeof raw === 'number' ? raw : raw instanceof GoFloat ? raw.value : 0);

/** interface{} values as encoding/json produces them without UseNumber: numbers are float64. */
function plainInterface(raw: GoValue): GoValue {
  if (raw instanceof GoNumber) return new GoFloat(Number(raw.text));
  if (isSlice(raw)) return goSlice(raw.map(plainInterface), '[]interface {}');
  if (isMap(raw)) return goMap(new Map([...raw].map(([k, v]) => [k, plainInterface(v)])), 'map[string]interface {}');
  return raw;
}

function basic(spec: BasicSpec | NamedSpec['underlying'], raw: GoValue | undefined): GoValue {
  switch (spec) {
    case 'string': return typeof raw === 'string' ? raw : '';
    case 'bool': return raw === true;
    case 'int': return Math.trunc(toNumber(raw ?? 0));
    case 'float64': return new GoFloat(toNumber(raw ?? 0));
    case 'interface {}': return raw === undefined ? null : plainInterface(raw);
  }
}

function lookupKey(obj: ReadonlyMap<string, GoValue>, key: string): GoValue | undefined {
  if (obj.has(key)) return obj.get(key);
  const lower = key.toLowerCase();
  for (const [k, v] of obj) if (k.toLowerCase() === lower) return v;
  return undefined;
}

function decodeStruct(spec: StructSpec, raw: GoValue | undefined): GoStruct {
  const obj = isMap(raw) ? raw : new Map<string, GoValue>();
  const out: Record<string, GoValue> = {};
  const json: Record<string, string> = {};
  const embedded: string[] = [];
  for (const f of spec.fields) {
    if (f.json !== undefined) json[f.name] = f.json;
    if (f.embedded) {
      embedded.push(f.name);
      out[f.name] = decode(f.type, isMap(raw) ? raw : undefined);
      continue;
    }
    const tagName = f.json?.split(',')[0];
    if (f.json === '-') {
      out[f.name] = decode(f.type, undefined);
      continue;
    }
    out[f.name] = decode(f.type, lookupKey(obj, tagName || f.name));
  }
  return goStruct(out, { ...spec.info, type: spec.name, json, embedded });
}

/** Decode a JSON-shaped value (as decodeJSON returns it) into the typed value for `spec`. */
export function decode(spec: TypeSpec, raw: GoValue | undefined): GoValue {
  if (typeof spec === 'string') return basic(spec, raw === null ? undefined : raw);
  switch (spec.kind) {
    case 'named': {
      const v = basic(spec.underlying, raw === null ? undefined : raw);
      const value = v instanceof GoFloat ? v.value : (v as string | number | boolean);
      const kind: NamedKind = spec.underlying === 'float64' ? 'float' : spec.underlying;
      return new GoNamed(spec.name, value, spec.stringer ? () => (spec.stringer as (x: typeof value) => string)(value) : undefined, kind);
    }
    case 'slice': {
      if (!isSlice(raw)) return new GoNil(typeName(spec), spec.name ? underlyingName(spec) : undefined);
      return goSlice(raw.map((e) => decode(spec.elem, e)), typeName(spec), spec.name ? underlyingName(spec) : undefined);
    }
    case 'map': {
      if (!isMap(raw)) return new GoNil(typeName(spec), spec.name ? underlyingName(spec) : undefined);
      const m = new Map([...raw].map(([k, v]) => [k, decode(spec.elem, v)]));
      return goMap(m, typeName(spec), spec.name ? underlyingName(spec) : undefined);
    }
    case 'ptr': {
      if (raw === undefined || raw === null) return new GoNil(typeName(spec));
      const target = decode(spec.elem, raw);
      return typeof spec.elem === 'object' && spec.elem.kind === 'struct' ? new GoPtr(target as GoStruct) : target;
    }
    case 'struct': return decodeStruct(spec, raw === null ? undefined : raw);
    case 'custom': return raw === undefined || raw === null ? spec.zero() : spec.decode(raw);
  }
}

// encoding/json as Docker's template `json` function uses it (an Encoder with
// SetEscapeHTML(false): `<>&` stay literal), and a decoder with UseNumber()
// into interface{} values, as `docker inspect`'s raw fallback decodes.
import { formatJSONFloat } from './float-format.js';
import { sortedKeys } from './fmt-print.js';
import { INVALID, Iface, kindOf, lengthOf, typeOf } from './reflect.js';
import type { RV } from './reflect.js';
import {
  GoComplex, GoFloat, GoMethod, GoNamed, GoNil, GoNumber, GoPtr, RawJSON, getStructInfo, goMap, goSlice, isMap, isSlice, isStruct,
} from './values.js';
import type { GoStruct, GoValue } from './values.js';

export class JSONError extends Error {}

const HEX = '0123456789abcdef';

export function jsonString(s: string, escapeHTML = false): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (c === 0x22 || c === 0x5c) out += `\\${ch}`;
    else if (escapeHTML && (c === 0x3c || c === 0x3e || c === 0x26)) out += `\\u00${HEX[c >> 4]}${HEX[c & 0xf]}`;
    else if (c === 0x08) out += '\\b';
    else if (c === 0x0c) out += '\\f';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c === 0x09) out += '\\t';
    else if (c < 0x20) out += `\\u00${HEX[c >> 4]}${HEX[c & 0xf]}`;
    else if (c === 0x2028 || c === 0x2029) out += `\\u202${HEX[c & 0xf]}`;
    else if (c >= 0xd800 && c <= 0xdfff) out += '\\ufffd'; // lone surrogate: invalid UTF-8 to Go
    else out += ch;
  }
  return `${out}"`;
}

const VALID_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;

interface FieldTag { readonly name: string; readonly omitEmpty: boolean; readonly skip: boolean; readonly named: boolean }

function parseTag(field: string, tag: string | undefined): FieldTag {
  if (tag === undefined) return { name: field, omitEmpty: false, skip: false, named: false };
  if (tag === '-') return { name: field, omitEmpty: false, skip: true, named: false };
  const [name = '', ...opts] = tag.split(',');
  return { name: name || field, omitEmpty: opts.includes('omitempty'), skip: false, named: name !== '' };
}

function isEmptyValue(v: GoValue): boolean {
  if (v === null || v instanceof GoNil) return true;
  switch (kindOf(v)) {
    case 'bool': return v === false || (v instanceof GoNamed && v.value === false);
    case 'int': case 'uint': case 'float':
      return v === 0 || (v instanceof GoFloat && v.value === 0) || (v instanceof GoNamed && v.value === 0);
    case 'string': case 'slice': case 'map': return lengthOf(v) === 0;
  }
  return false;
}

const isExported = (name: string): boolean => /^\p{Lu}/u.test(name);

/** The JSON members of a struct, with promoted members of embedded structs in place. */
function structMembers(s: GoStruct): [string, GoValue][] {
  const info = getStructInfo(s);
  const embedded = new Set(info.embedded ?? []);
  const direct = new Set<string>();
  for (const [k, v] of Object.entries(s)) {
    const tag = parseTag(k, info.json?.[k]);
    if (!(v instanceof GoMethod) && !tag.skip && !(embedded.has(k) && !tag.named)) direct.add(tag.name);
  }
  const out: [string, GoValue][] = [];
  for (const [k, v] of Object.entries(s)) {
    if (v instanceof GoMethod) continue;
    const tag = parseTag(k, info.json?.[k]);
    if (tag.skip) continue;
    if (embedded.has(k) && !tag.named) {
      const inner = v instanceof GoPtr ? v.target : v;
      if (isStruct(inner)) {
        for (const m of structMembers(inner)) if (!direct.has(m[0])) out.push(m);
      }
      continue;
    }
    if (!isExported(k)) continue;
    if (tag.omitEmpty && isEmptyValue(v)) continue;
    out.push([tag.name, v]);
  }
  return out;
}

export interface MarshalOptions {
  /** Escape <, > and & as json.Marshal does (Docker's `json` function turns this off). */
  readonly escapeHTML?: boolean;
}

/** encoding/json: json.Marshal with escapeHTML, else an Encoder with SetEscapeHTML(false). */
export function marshal(v: RV, options: MarshalOptions = {}): string {
  const esc = options.escapeHTML === true;
  const m = (x: RV): string => marshal(x, options);
  const q = (x: string): string => jsonString(x, esc);
  if (v === INVALID || v === null) return 'null';
  if (v instanceof Iface) return m(v.inner);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : marshalFloat(v);
  if (typeof v === 'string') return q(v);
  if (v instanceof GoFloat) return marshalFloat(v.value);
  if (v instanceof GoNumber) {
    const text = v.text === '' ? '0' : v.text;
    if (!VALID_NUMBER.test(text)) throw new JSONError(`json: invalid number literal ${JSON.stringify(v.text)}`);
    return text;
  }
  if (v instanceof GoComplex) throw new JSONError('json: unsupported type: complex128');
  if (v instanceof GoNil) return 'null';
  if (v instanceof GoPtr) return m(v.target);
  if (v instanceof GoNamed) {
    if (v.kind === 'string') return q(String(v.value));
    if (v.kind === 'bool') return v.value ? 'true' : 'false';
    if (v.kind === 'float') return marshalFloat(Number(v.value));
    return String(v.value);
  }
  if (isSlice(v)) return `[${v.map((e) => m(e)).join(',')}]`;
  if (isMap(v)) return `{${sortedKeys(v).map((k) => `${q(k)}:${m(v.get(k) as GoValue)}`).join(',')}}`;
  if (isStruct(v)) {
    const custom = getStructInfo(v).marshalJSON;
    if (custom) {
      const out = custom();
      return out instanceof RawJSON ? out.text : m(out);
    }
    return `{${structMembers(v).map(([k, e]) => `${q(k)}:${m(e)}`).join(',')}}`;
  }
  throw new JSONError(`json: unsupported type: ${typeOf(v)}`);
}

function marshalFloat(f: number): string {
  if (!Number.isFinite(f)) throw new JSONError(`json: unsupported value: ${Number.isNaN(f) ? 'NaN' : f > 0 ? '+Inf' : '-Inf'}`);
  return formatJSONFloat(f);
}

/** Decode JSON as Go's json.Decoder with UseNumber() does into an interface{}. */
export function decodeJSON(text: string): GoValue {
  let i = 0;
  const ws = (): void => {
    while (i < text.length && ' \t\r\n'.includes(text[i] as string)) i++;
  };
  const fail = (): never => {
    throw new JSONError(`invalid character ${JSON.stringify(text[i] ?? '')} looking for beginning of value`);
  };
  const value = (): GoValue => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const m = new Map<string, GoValue>();
      ws();
      if (text[i] === '}') {
        i++;
        return goMap(m, 'map[string]interface {}');
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        const k = str();
        ws();
        if (text[i++] !== ':') fail();
        m.set(k, value());
        ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === '}') { i++; return goMap(m, 'map[string]interface {}'); }
        fail();
      }
    }
    if (c === '[') {
      i++;
      const a: GoValue[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return goSlice(a, '[]interface {}');
      }
      for (;;) {
        a.push(value());
        ws();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === ']') { i++; return goSlice(a, '[]interface {}'); }
        fail();
      }
    }
    if (c === '"') return str();
    for (const [lit, v] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(lit, i)) {
        i += lit.length;
        return v;
      }
    }
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!m) return fail();
    i += m[0].length;
    return new GoNumber(m[0]);
  };
  const str = (): string => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    try {
      return JSON.parse(text.slice(start, i)) as string;
    } catch {
      throw new JSONError('invalid character in string literal');
    }
  };
  const v = value();
  ws();
  if (i < text.length) fail();
  return v;
}

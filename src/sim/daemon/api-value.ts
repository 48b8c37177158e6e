/**
 * A value of the Engine API as Go holds it: a plain object is a struct (fields in
 * declaration order), a Map is a Go map (printed and encoded with sorted keys). The
 * CLI's Go templates and JSON encoding need that difference.
 */
export type ApiValue = null | boolean | number | string | readonly ApiValue[] | ReadonlyMap<string, ApiValue> | { readonly [k: string]: ApiValue };

export const goMap = (entries: Iterable<readonly [string, ApiValue]> = []): Map<string, ApiValue> => new Map(entries);

/** encoding/json, as the daemon answers: maps sorted, structs in field order, no HTML escaping. */
export function encodeJson(v: ApiValue, indent = '', level = 0): string {
  const nl = indent ? `\n${indent.repeat(level + 1)}` : '';
  const end = indent ? `\n${indent.repeat(level)}` : '';
  const sep = indent ? ': ' : ':';
  if (v === null) return 'null';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    return `[${v.map((x: ApiValue) => nl + encodeJson(x, indent, level + 1)).join(',')}${end}]`;
  }
  const entries: [string, ApiValue][] = v instanceof Map ? [...(v as Map<string, ApiValue>).entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) : Object.entries(v);
  if (entries.length === 0) return '{}';
  return `{${entries.map(([k, x]) => `${nl}${JSON.stringify(k)}${sep}${encodeJson(x, indent, level + 1)}`).join(',')}${end}}`;
}

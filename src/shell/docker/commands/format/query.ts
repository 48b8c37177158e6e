/**
 * The query strings the CLI's API client builds (Go's url.Values.Encode: keys sorted,
 * QueryEscape), so that a refused connection names the same URL as the real client does.
 */

/** url.QueryEscape: one implementation, Go's, shared with the templates' `urlquery`. */
export { queryEscape } from '../../../go-template/go-strings.js';
import { queryEscape } from '../../../go-template/go-strings.js';

/** `?a=1&b=2` with keys sorted; empty when there is nothing to send. */
export function encodeQuery(values: Readonly<Record<string, string | undefined>>): string {
  const keys = Object.keys(values).filter((k) => values[k] !== undefined).sort();
  if (keys.length === 0) return '';
  return `?${keys.map((k) => `${queryEscape(k)}=${queryEscape(values[k] as string)}`).join('&')}`;
}

/** `--filter name=x --filter status=exited` → name → values, in the order given. */
export function parseFilters(raw: readonly string[]): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const f of raw) {
    const i = f.indexOf('=');
    const k = f.slice(0, i).trim().toLowerCase();
    const v = f.slice(i + 1).trim();
    const list = m.get(k) ?? [];
    if (!list.includes(v)) list.push(v);
    m.set(k, list);
  }
  return m;
}

/** filters.ToJSON: `{"name":{"x":true}}`, keys sorted at both levels. */
export function filtersJson(filters: ReadonlyMap<string, readonly string[]>): string | undefined {
  if (filters.size === 0) return undefined;
  const keys = [...filters.keys()].sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:{${[...(filters.get(k) ?? [])].sort().map((v) => `${JSON.stringify(v)}:true`).join(',')}}`).join(',')}}`;
}

/** opts.FilterOpt's check while parsing `--filter`. */
export function validateFilter(raw: string): string | undefined {
  return raw.includes('=') ? undefined : 'bad format of filter (expected name=value)';
}

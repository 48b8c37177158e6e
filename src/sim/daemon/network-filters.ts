import { invalidParameter } from '../errors.js';
import type { Network } from './model.js';
import { isPredefined } from './networks.js';
import type { DaemonState } from './state.js';

/**
 * GET /networks?filters=…, as Engine 20.10 filters: values of one key are OR'ed, keys AND'ed;
 * `name` and `id` are regular expressions matched anywhere (`name=a` lists every network with
 * an "a"); `label=k` / `label=k=v`; `type=custom|builtin`; `dangling=true|false`. Error texts
 * are the daemon's, observed with `docker network ls -f …`.
 */
export type Filters = ReadonlyMap<string, readonly string[]>;

const ACCEPTED = new Set(['dangling', 'driver', 'id', 'label', 'name', 'scope', 'type']);

/** Go's regexp for a filter value; an invalid one matches nothing (the daemon's MatchString fails). */
function matches(pattern: string, value: string): boolean {
  try {
    return new RegExp(pattern).test(value);
  } catch {
    return false;
  }
}

function labelMatch(n: Network, want: string): boolean {
  const eq = want.indexOf('=');
  if (eq < 0) return n.labels.has(want);
  return n.labels.get(want.slice(0, eq)) === want.slice(eq + 1);
}

export function validateNetworkFilters(f: Filters): void {
  for (const key of f.keys()) if (!ACCEPTED.has(key)) throw invalidParameter(`Invalid filter '${key}'`);
  for (const v of f.get('type') ?? []) if (v !== 'custom' && v !== 'builtin') throw invalidParameter(`invalid filter: 'type'='${v}'`);
  for (const v of f.get('dangling') ?? []) {
    if (!['true', '1', 'false', '0'].includes(v)) throw invalidParameter(`invalid value for filter 'dangling', must be "true" (or "1"), or "false" (or "0")`);
  }
}

export function filterNetworks(s: DaemonState, networks: readonly Network[], f: Filters): Network[] {
  validateNetworkFilters(f);
  const any = (key: string, test: (v: string) => boolean): boolean => {
    const vs = f.get(key);
    return vs === undefined || vs.some(test);
  };
  return networks.filter((n) =>
    any('driver', (v) => v === n.driver) &&
    any('name', (v) => matches(v, n.name)) &&
    any('id', (v) => matches(v, n.id)) &&
    any('scope', (v) => v === n.scope) &&
    any('label', (v) => labelMatch(n, v)) &&
    any('type', (v) => (v === 'builtin') === isPredefined(n.name)) &&
    any('dangling', (v) => {
      const unused = !isPredefined(n.name) && ![...n.endpoints].some((id) => s.endpoints.get(id)?.containerId);
      return (v === 'true' || v === '1') === unused;
    }),
  );
}

/** POST /networks/prune accepts only `until` and `label`/`label!`. */
export function validatePruneFilters(f: Filters): void {
  for (const key of f.keys()) if (!['until', 'label', 'label!'].includes(key)) throw invalidParameter(`Invalid filter '${key}'`);
}

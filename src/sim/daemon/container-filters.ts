import { invalidParameter, notFound } from '../errors.js';
import type { ApiValue } from './api-value.js';
import { findContainer } from './containers.js';
import { findImage } from './images.js';
import { containerSummary } from './list-json.js';
import type { Container } from './model.js';
import type { DaemonState } from './state.js';

/** GET /containers/json's query: all, limit, filters (name → values), as Engine 20.10's list.go reads them. */
export interface ContainerListOptions {
  readonly all?: boolean;
  /** `docker ps -n N` / `-l`; 0 or less means no limit. */
  readonly limit?: number;
  readonly filters?: ReadonlyMap<string, readonly string[]>;
}

const ACCEPTED = new Set(['ancestor', 'before', 'exited', 'id', 'isolation', 'label', 'name', 'status', 'health', 'since', 'volume', 'network', 'is-task', 'publish', 'expose']);
const STATES = new Set(['paused', 'restarting', 'removing', 'running', 'dead', 'created', 'exited']);
const HEALTH = new Set(['starting', 'healthy', 'unhealthy', 'none']);

/** filters.Args.Match: no values means everything matches; else exact, or a Go regexp match. */
function match(values: readonly string[] | undefined, source: string): boolean {
  if (!values || values.length === 0) return true;
  return values.some((v) => {
    if (v === source) return true;
    try {
      return new RegExp(v).test(source);
    } catch {
      return false;
    }
  });
}

/** `--filter publish=8080/tcp`, `expose=8000-8010`: nat ports, or the daemon's error. */
function portSet(key: string, values: readonly string[] | undefined): Set<string> {
  const out = new Set<string>();
  for (const value of values ?? []) {
    if (value.includes(':')) throw invalidParameter(`filter for '${key}' should not contain ':': ${value}`);
    const [port = '', proto = 'tcp'] = value.split('/');
    const m = /^(\d+)(?:-(\d+))?$/.exec(port);
    if (!m) throw invalidParameter(`error while looking up for ${key} ${value}: strconv.ParseUint: parsing ${JSON.stringify(port.split('-')[0] ?? '')}: invalid syntax`);
    const start = Number(m[1]);
    const end = m[2] === undefined ? start : Number(m[2]);
    for (let p = start; p <= end; p++) out.add(`${p}/${proto || 'tcp'}`);
  }
  return out;
}

function idOrName(s: DaemonState, value: string): Container {
  const c = findContainer(s, value);
  if (!c) throw notFound(`No such container: ${value}`);
  return c;
}

/** The summaries `docker ps` asked for, newest first, after the daemon's own filtering. */
export function listContainers(s: DaemonState, o: ContainerListOptions = {}): ApiValue[] {
  const f = o.filters ?? new Map<string, readonly string[]>();
  for (const k of f.keys()) if (!ACCEPTED.has(k)) throw invalidParameter(`Invalid filter '${k}'`);
  const exited = (f.get('exited') ?? []).map((v) => {
    if (!/^[+-]?\d+$/.test(v)) throw invalidParameter(`strconv.Atoi: parsing ${JSON.stringify(v)}: invalid syntax`);
    return Number(v);
  });
  let all = o.all ?? false;
  for (const v of f.get('status') ?? []) {
    if (!STATES.has(v)) throw invalidParameter(`Invalid filter 'status=${v}'`);
    all = true;
  }
  for (const v of f.get('health') ?? []) if (!HEALTH.has(v)) throw invalidParameter(`Unrecognised filter value for health: ${v}`);
  let isTask: boolean | undefined;
  if (f.has('is-task')) {
    const v = f.get('is-task') ?? [];
    if (v.length === 1 && v[0] === 'true') isTask = true;
    else if (v.length === 1 && v[0] === 'false') isTask = false;
    else throw invalidParameter(`Invalid filter 'is-task=${v.join(',')}'`);
  }
  const before = (f.get('before') ?? []).map((v) => idOrName(s, v)).pop();
  const since = (f.get('since') ?? []).map((v) => idOrName(s, v)).pop();
  const ancestors = f.has('ancestor') ? new Set((f.get('ancestor') ?? []).map((a) => findImage(s, a)?.id).filter((x): x is string => x !== undefined)) : undefined;
  const publish = portSet('publish', f.get('publish'));
  const expose = portSet('expose', f.get('expose'));
  const limit = o.limit ?? -1;
  const ordered = [...s.containers.values()].map((c, i) => ({ c, i })).sort((a, b) => b.c.created - a.c.created || b.i - a.i).map(({ c }) => c);
  const out: ApiValue[] = [];
  let seenBefore = before === undefined;
  for (const c of ordered) {
    if (!seenBefore) {
      if (c.id === before?.id) seenBefore = true;
      continue;
    }
    if (since && c.id === since.id) break;
    const running = c.state.status === 'running' || c.state.status === 'paused';
    if (!running && !all && limit <= 0) continue;
    if (!match(f.get('name'), `/${c.name}`) && !match(f.get('name'), c.name)) continue;
    if (!match(f.get('id'), c.id)) continue;
    if (!labelsMatch(f.get('label'), c.config.labels)) continue;
    if (limit > 0 && out.length === limit) break;
    if (exited.length > 0 && !(exited.includes(c.state.exitCode) && !running && c.state.startedAt !== 0)) continue;
    if (!match(f.get('status'), c.state.status)) continue;
    if (ancestors && !ancestors.has(c.config.imageId)) continue;
    if (f.has('volume') && !(f.get('volume') ?? []).some((v) => mountedAs(c, v))) continue;
    // No simulated container has a health check (Health "none") or is a swarm task.
    if (f.has('health') && !(f.get('health') ?? []).includes('none')) continue;
    if (isTask === true) continue;
    if (f.has('volume') && !(f.get('volume') ?? []).some((v) => c.hostConfig.binds.some((b) => b.split(':')[0] === v || b.split(':')[1] === v))) continue;
    if (f.has('network') && !(f.get('network') ?? []).some((n) => c.networks.has(n) || [...c.networks.values()].some((a) => a.networkId !== '' && a.networkId.startsWith(n)))) continue;
    const summary = containerSummary(s, c);
    if (publish.size > 0 || expose.size > 0) {
      const ports = (summary as { Ports: readonly { PublicPort?: number; PrivatePort: number; Type: string }[] }).Ports;
      if (!ports.some((p) => publish.has(`${p.PublicPort ?? 0}/${p.Type}`) || expose.has(`${p.PrivatePort}/${p.Type}`))) continue;
    }
    out.push(summary);
  }
  return out;
}

/**
 * `--filter volume=X`: a mount whose volume name (or bind source) or destination is exactly X, as
 * list.go compares them (observed on Engine 20.10: `volume=les10-vol` and `volume=/data` match
 * `-v les10-vol:/data`, `volume=les10` and `volume=les10-v.*` do not; `/tmp` matches `-v /tmp:/hosttmp`).
 */
function mountedAs(c: Container, value: string): boolean {
  return c.hostConfig.binds.some((b) => {
    const [source, destination] = b.split(':');
    return value === source || value === destination;
  });
}

/** filters.Args.MatchKVList: every `key` or `key=value` must be among the labels. */
function labelsMatch(values: readonly string[] | undefined, labels: ReadonlyMap<string, string>): boolean {
  if (!values || values.length === 0) return true;
  if (labels.size === 0) return false;
  return values.every((v) => {
    const i = v.indexOf('=');
    if (i < 0) return labels.has(v);
    return labels.get(v.slice(0, i)) === v.slice(i + 1);
  });
}

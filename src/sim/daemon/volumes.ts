import { rfc3339Nano } from '../clock.js';
import { conflict, invalidParameter, notFound } from '../errors.js';
import { type ApiValue, goMap } from './api-value.js';
import type { DaemonState } from './state.js';

/**
 * The `local` volume driver: a named directory under /var/lib/docker/volumes/<name>/_data
 * that outlives the containers mounting it. Error texts are Engine 20.10's.
 */
export interface Volume {
  readonly name: string;
  readonly created: number;
  readonly labels: ReadonlyMap<string, string>;
  readonly anonymous: boolean;
}

const stores = new WeakMap<DaemonState, Map<string, Volume>>();

function store(s: DaemonState): Map<string, Volume> {
  let m = stores.get(s);
  if (!m) {
    m = new Map();
    stores.set(s, m);
  }
  return m;
}

const VALID = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

export const mountpoint = (name: string) => `/var/lib/docker/volumes/${name}/_data`;

/** POST /volumes/create: an existing name is returned as it is; no name makes an anonymous one. */
export function createVolume(s: DaemonState, o: { name?: string; labels?: ReadonlyMap<string, string>; options?: ReadonlyMap<string, string> } = {}): Volume {
  const anonymous = o.name === undefined || o.name === '';
  const name = anonymous ? s.rnd.hex(64) : (o.name as string);
  const existing = store(s).get(name);
  if (existing) return existing;
  if (name.length < 2) throw invalidParameter(`create ${name}: volume name is too short, names should be at least two alphanumeric characters`);
  if (!VALID.test(name)) {
    throw invalidParameter(`create ${name}: "${name}" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path`);
  }
  if (o.options && o.options.size > 0 && !o.options.has('device')) throw invalidParameter(`create ${name}: missing required option: "device"`);
  const v: Volume = { name, created: s.clock.now(), labels: o.labels ?? new Map(), anonymous };
  store(s).set(name, v);
  s.kernel.fs.mkdirp(mountpoint(name), { mode: 0o755 });
  return v;
}

export function getVolume(s: DaemonState, name: string): Volume {
  const v = store(s).get(name);
  if (!v) throw notFound(`get ${name}: no such volume`);
  return v;
}

export function findVolume(s: DaemonState, name: string): Volume | undefined {
  return store(s).get(name);
}

/** The containers whose binds name this volume, or that got it for their image's VOLUME. */
export function volumeUsers(s: DaemonState, name: string): string[] {
  return [...s.containers.values()].filter((c) => c.hostConfig.binds.some((b) => b.split(':')[0] === name) || (c.imageVolumes ?? []).some((v) => v.name === name)).map((c) => c.id);
}

export function removeVolume(s: DaemonState, name: string, force = false): void {
  getVolume(s, name);
  const users = volumeUsers(s, name);
  if (users.length > 0) throw conflict(`remove ${name}: volume is in use - [${users.join(', ')}]`);
  void force;
  store(s).delete(name);
  s.kernel.fs.remove(`/var/lib/docker/volumes/${name}`);
}

/** GET /volumes, sorted by name as the CLI shows them. */
export function listVolumes(s: DaemonState): Volume[] {
  return [...store(s).values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** POST /volumes/prune: unused anonymous volumes (20.10 removes named ones too). */
export function pruneVolumes(s: DaemonState): string[] {
  const gone: string[] = [];
  for (const v of listVolumes(s)) {
    if (volumeUsers(s, v.name).length > 0) continue;
    store(s).delete(v.name);
    s.kernel.fs.remove(`/var/lib/docker/volumes/${v.name}`);
    gone.push(v.name);
  }
  return gone;
}

export function volumeJson(v: Volume): ApiValue {
  return {
    CreatedAt: rfc3339Nano(v.created - (v.created % 1000)),
    Driver: 'local',
    Labels: v.labels.size > 0 ? goMap(v.labels) : null,
    Mountpoint: mountpoint(v.name),
    Name: v.name,
    Options: null,
    Scope: 'local',
  };
}

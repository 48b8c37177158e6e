import { type DockerCall, dockerCalls, flag } from './docker-words.js';

/**
 * What a lesson's command lines (setup and solutions) will do to names, images and ports on
 * a real engine, read from the lines themselves: the pre-flight compares it with the machine
 * before the lesson starts, and `dockerlings doctor` with what is installed.
 */
export type NamedKind = 'container' | 'network' | 'volume';

export interface ResourceName {
  readonly kind: NamedKind;
  readonly name: string;
}

export interface PublishedPort {
  readonly port: number;
  readonly proto: 'tcp' | 'udp' | 'sctp';
  /** The host address it binds, when the line names one (`127.0.0.1:8080:80`). */
  readonly ip?: string;
}

const literal = (w: string | undefined): w is string => w !== undefined && w !== '' && !/[$`*?]/.test(w);

/** A `-v SRC:DST` whose SRC is a volume's name, not a host path. */
function namedVolume(spec: string): string | undefined {
  const parts = spec.split(':');
  if (parts.length < 2) return undefined;
  const src = parts[0] as string;
  return /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(src) ? src : undefined;
}

function namesOf(c: DockerCall): ResourceName[] {
  const out: ResourceName[] = [];
  const push = (kind: NamedKind, names: readonly (string | undefined)[]) => {
    for (const n of names) if (literal(n)) out.push({ kind, name: n });
  };
  switch (c.path) {
    case 'container run':
    case 'container create':
      push('container', flag(c, 'name'));
      push('volume', flag(c, 'volume').map(namedVolume));
      break;
    case 'container rm':
      push('container', c.args);
      break;
    case 'container rename':
      push('container', [c.args[1]]);
      break;
    case 'network create':
      push('network', [c.args[0]]);
      break;
    case 'network rm':
      push('network', c.args);
      break;
    case 'volume create':
      push('volume', [...flag(c, 'name'), c.args[0]]);
      break;
    case 'volume rm':
      push('volume', c.args);
      break;
  }
  return out;
}

/** The first of each key, in order. */
function dedupe<T>(items: readonly T[], key: (t: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const t of items) if (!seen.has(key(t))) seen.set(key(t), t);
  return [...seen.values()];
}

/** The containers, networks and volumes a lesson's lines create, reuse by name, or remove. */
export function resourceNamesIn(lines: readonly string[]): ResourceName[] {
  return dedupe(
    lines.flatMap((l) => dockerCalls(l).flatMap(namesOf)),
    (r) => `${r.kind} ${r.name}`,
  );
}

/** The images a lesson's lines run or pull, as written (`busybox`, `ubuntu:16.04`). */
export function imagesIn(lines: readonly string[]): string[] {
  const images = lines.flatMap((l) =>
    dockerCalls(l).flatMap((c) => (c.path === 'container run' || c.path === 'container create' || c.path === 'image pull' ? [c.args[0]] : [])),
  );
  return dedupe(images.filter(literal), (i) => normaliseImage(i));
}

/** `busybox` → `busybox:latest`, `docker.io/library/x` → `x:latest`: how `docker images` names it. */
export function normaliseImage(ref: string): string {
  let r = ref.replace(/^(docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '').replace(/^library\//, '');
  if (r.includes('@')) return r;
  const lastSlash = r.lastIndexOf('/');
  if (!r.slice(lastSlash + 1).includes(':')) r += ':latest';
  return r;
}

/** `-p [IP:]HOST[-END]:CONTAINER[/PROTO]` → the host ports it binds (none for `-p 80`). */
export function parsePublish(spec: string): PublishedPort[] {
  const [addr, protoPart] = spec.split('/') as [string, string | undefined];
  const proto = protoPart === 'udp' || protoPart === 'sctp' ? protoPart : 'tcp';
  let ip: string | undefined;
  let rest = addr;
  const v6 = /^\[([^\]]*)\]:(.*)$/.exec(addr);
  if (v6) {
    ip = v6[1];
    rest = v6[2] as string;
  }
  const parts = rest.split(':');
  if (!v6 && parts.length === 3) ip = parts.shift();
  if (parts.length !== 2) return [];
  const m = /^(\d+)(?:-(\d+))?$/.exec(parts[0] as string);
  if (!m) return [];
  const start = Number(m[1]);
  const end = Math.min(Number(m[2] ?? m[1]), start + 99);
  const out: PublishedPort[] = [];
  for (let p = start; p <= end; p++) out.push({ port: p, proto, ...(ip ? { ip } : {}) });
  return out;
}

/** The host ports a lesson's lines publish with an explicit host port. */
export function publishedPortsIn(lines: readonly string[]): PublishedPort[] {
  const ports = lines.flatMap((l) =>
    dockerCalls(l).flatMap((c) => (c.path === 'container run' || c.path === 'container create' ? flag(c, 'publish').flatMap(parsePublish) : [])),
  );
  return dedupe(ports, (p) => `${p.proto} ${p.port} ${p.ip ?? ''}`).sort((a, b) => a.port - b.port);
}

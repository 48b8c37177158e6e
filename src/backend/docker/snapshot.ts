/**
 * What exists on the engine: the IDs (and names) of containers, networks, volumes and images,
 * the image tags (`docker tag` makes a new name for an image that may be the learner's), and
 * which engine answered. Taken before and after each command line; what appeared in
 * between is what the tutorial created. One shell call, the five docker commands in parallel
 * (about 0.2 s on a laptop).
 */
/** In the order cleanup removes them. A tag's ID is its reference (`localhost:5000/x:latest`), its name the image ID. */
export const RESOURCE_KINDS = ['container', 'network', 'volume', 'tag', 'image'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export interface Snapshot {
  /** The daemon's ID and data root (`docker info`), stable across restarts; absent when the engine did not answer. */
  readonly engine?: string;
  /** What the docker CLI said when the engine did not answer. */
  readonly error?: string;
  /** ID → name per kind (a volume's ID is its name, an image has none, a tag's is its image). A kind whose listing failed is absent. */
  readonly lists: Partial<Record<ResourceKind, ReadonlyMap<string, string>>>;
}

const SEP = '\x1e';

const LISTERS: Readonly<Record<'engine' | Exclude<ResourceKind, 'tag'>, string>> = {
  // Engine 20.10's ID comes from /etc/docker/key.json, shared by every dockerd on the machine:
  // with the data root it names one engine.
  engine: `docker info --format '{{.ID}} {{.DockerRootDir}}'`,
  container: `docker ps -a --no-trunc --format '{{.ID}} {{.Names}}'`,
  network: `docker network ls --no-trunc --format '{{.ID}} {{.Name}}'`,
  volume: `docker volume ls --format '{{.Name}}'`,
  image: `docker images --no-trunc --format '{{.ID}} {{.Repository}}:{{.Tag}}'`,
};

/** The one bash line that takes a snapshot: each listing into a file, then all of them, marked. */
export const SNAPSHOT_SCRIPT = [
  `d=$(mktemp -d "\${TMPDIR:-/tmp}/dockerlings-snap.XXXXXX") || exit 1`,
  `trap 'rm -rf "$d"' EXIT`,
  `s() { k=$1; shift; eval "$*" >"$d/$k" 2>"$d/$k.err" </dev/null; echo $? >"$d/$k.rc"; }`,
  ...Object.entries(LISTERS).map(([k, cmd]) => `s ${k} ${JSON.stringify(cmd)} &`),
  'wait',
  `for k in ${Object.keys(LISTERS).join(' ')}; do printf '${SEP}%s %s\\n' "$k" "$(cat "$d/$k.rc")"; cat "$d/$k"; printf '${SEP}err\\n'; cat "$d/$k.err"; done`,
].join('\n');

/** Reads SNAPSHOT_SCRIPT's output. */
export function parseSnapshot(out: string): Snapshot {
  const sections = new Map<string, { rc: number; body: string; err: string }>();
  for (const chunk of out.split(`${SEP}`).slice(1)) {
    const nl = chunk.indexOf('\n');
    const head = nl < 0 ? chunk : chunk.slice(0, nl);
    const body = nl < 0 ? '' : chunk.slice(nl + 1);
    if (head === 'err') {
      const last = [...sections.values()].pop();
      if (last) last.err = body;
      continue;
    }
    const [kind = '', rc = '1'] = head.split(' ');
    sections.set(kind, { rc: Number(rc), body, err: '' });
  }
  const engine = sections.get('engine');
  const engineId = engine && engine.rc === 0 ? engine.body.trim() : '';
  const lists: Partial<Record<ResourceKind, Map<string, string>>> = {};
  if (engineId !== '') {
    for (const kind of RESOURCE_KINDS) {
      const s = sections.get(kind === 'tag' ? 'image' : kind);
      if (!s || s.rc !== 0) continue;
      const m = new Map<string, string>();
      for (const line of s.body.split('\n')) {
        if (line.trim() === '') continue;
        const sp = line.indexOf(' ');
        const id = sp < 0 ? line.trim() : line.slice(0, sp);
        const rest = sp < 0 ? '' : line.slice(sp + 1).trim();
        if (kind === 'tag') {
          if (rest !== '' && !rest.includes('<none>')) m.set(rest, id);
        } else m.set(id, kind === 'volume' ? id : kind === 'image' ? '' : rest);
      }
      lists[kind] = m;
    }
  }
  const error = engineId === '' ? (engine?.err.trim() || 'the docker engine did not answer') : undefined;
  return { ...(engineId ? { engine: engineId } : {}), ...(error ? { error } : {}), lists };
}

export interface Change {
  readonly kind: ResourceKind;
  readonly id: string;
  readonly name: string;
}

export interface SnapshotDiff {
  readonly engine: string;
  readonly appeared: readonly Change[];
  readonly vanished: readonly Change[];
}

/**
 * What changed between two snapshots, or undefined when nothing can be said: the engine did
 * not answer on one side, or a different engine answered (DOCKER_HOST or `docker context use`
 * changed in between: the other engine's resources did not "appear"). A kind whose listing
 * failed on either side is left out, for the same reason.
 */
export function diffSnapshots(before: Snapshot, after: Snapshot): SnapshotDiff | undefined {
  if (!before.engine || before.engine !== after.engine) return undefined;
  const appeared: Change[] = [];
  const vanished: Change[] = [];
  for (const kind of RESOURCE_KINDS) {
    const b = before.lists[kind];
    const a = after.lists[kind];
    if (!a || !b) continue;
    for (const [id, name] of a) if (!b.has(id)) appeared.push({ kind, id, name });
    for (const [id, name] of b) if (!a.has(id)) vanished.push({ kind, id, name });
  }
  return { engine: before.engine, appeared, vanished };
}

/** The short form of an ID people see (`docker ps`): 12 hex digits, without `sha256:`. */
export const shortId = (kind: ResourceKind, id: string): string => (kind === 'volume' || kind === 'tag' ? id : id.replace(/^sha256:/, '').slice(0, 12));

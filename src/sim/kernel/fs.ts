/**
 * A small in-memory filesystem: directories, files (fixed or generated on read), unix
 * sockets and symlinks, with owners and modes, and bind mounts of files or directories from
 * another filesystem (how a container sees /etc/hosts from /var/lib/docker/containers/<id>/,
 * or a volume's directory at its mount point).
 */
export interface Meta {
  mode: number;
  uid: number;
  gid: number;
  mtime: number;
}

export type FsNode =
  | ({ type: 'dir'; children: Map<string, FsNode> } & Meta)
  | ({ type: 'file'; content: string | (() => string) } & Meta)
  | ({ type: 'socket' } & Meta)
  | ({ type: 'symlink'; target: string } & Meta);

export interface Credentials {
  readonly uid: number;
  readonly gids: readonly number[];
}

export type FsError = 'ENOENT' | 'EISDIR' | 'EACCES' | 'ENOTDIR' | 'EEXIST';

export interface BindMount {
  readonly target: string;
  readonly source: FileSystem;
  readonly sourcePath: string;
}

/**
 * A generated tree mounted at a path, as sysfs and procfs are: nothing is stored, every lookup
 * asks the provider again, so what it shows is always the kernel's current state. Files are
 * read-only (0444 unless told); writes into a virtual tree are not simulated.
 */
export type VirtualNode = VirtualDir | VirtualFile | VirtualLink;

export interface VirtualDir {
  readonly kind: 'dir';
  /** The entries as they are now; listings sort them by name. */
  entries(): Iterable<readonly [string, VirtualNode]>;
  readonly mode?: number;
}

export interface VirtualFile {
  readonly kind: 'file';
  read(): string;
  readonly mode?: number;
}

export interface VirtualLink {
  readonly kind: 'symlink';
  /** Relative targets resolve from the link's directory, as the kernel's do. */
  readonly target: string;
}

/** Builders for providers: `vdir(() => [['iflink', vfile(() => '7\n')]])`. */
export const vdir = (entries: () => Iterable<readonly [string, VirtualNode]>, mode?: number): VirtualDir => ({ kind: 'dir', entries, ...(mode !== undefined ? { mode } : {}) });
export const vfile = (read: () => string, mode?: number): VirtualFile => ({ kind: 'file', read, ...(mode !== undefined ? { mode } : {}) });
export const vlink = (target: string): VirtualLink => ({ kind: 'symlink', target });

/** A virtual node as the walker sees it: a directory's children are generated when asked for. */
function materialize(v: VirtualNode, mtime: number): FsNode {
  const meta = { uid: 0, gid: 0, mtime };
  if (v.kind === 'file') return { type: 'file', content: () => v.read(), mode: v.mode ?? 0o444, ...meta };
  if (v.kind === 'symlink') return { type: 'symlink', target: v.target, mode: 0o777, ...meta };
  const node = { type: 'dir', mode: v.mode ?? 0o755, ...meta } as Omit<Extract<FsNode, { type: 'dir' }>, 'children'>;
  Object.defineProperty(node, 'children', {
    enumerable: true,
    get: () => new Map([...v.entries()].map(([name, child]) => [name, materialize(child, mtime)] as const)),
  });
  return node as FsNode;
}

export function normalizePath(path: string, cwd = '/'): string {
  const parts = (path.startsWith('/') ? path : `${cwd}/${path}`).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '' || p === '.') continue;
    if (p === '..') out.pop();
    else out.push(p);
  }
  return `/${out.join('/')}`;
}

const dir = (mode = 0o755, uid = 0, gid = 0, mtime = 0): FsNode => ({ type: 'dir', children: new Map(), mode, uid, gid, mtime });

export class FileSystem {
  readonly root: FsNode = dir();
  readonly mounts: BindMount[] = [];
  /** Generated trees by mount point (sysfs at /sys/class/net, procfs…). */
  readonly virtualMounts = new Map<string, VirtualDir>();

  constructor(private readonly now: () => number = () => 0) {}

  /** Resolves a path to its node, following symlinks; bind-mounted files resolve in their source. */
  lookup(path: string): FsNode | undefined {
    const abs = normalizePath(path);
    const via = this.viaMount(abs);
    if (via) return via.fs.lookup(via.path);
    let node: FsNode | undefined = this.virtualAt('/') ?? this.root;
    const parts = abs.split('/').filter(Boolean);
    for (let i = 0; i < parts.length; i++) {
      if (!node || node.type !== 'dir') return undefined;
      node = this.virtualAt(`/${parts.slice(0, i + 1).join('/')}`) ?? node.children.get(parts[i] as string);
      if (node?.type === 'symlink') {
        const rest = parts.slice(i + 1).join('/');
        const base = node.target.startsWith('/') ? node.target : `/${parts.slice(0, i).join('/')}/${node.target}`;
        return this.lookup(normalizePath(`${base}/${rest}`));
      }
    }
    return node;
  }

  /** The node itself, without following a final symlink (for `ls -l`). */
  lstat(path: string): FsNode | undefined {
    const abs = normalizePath(path);
    // A bind mount shows what was mounted there (mount resolved its source's symlinks).
    const mount = this.mounts.find((m) => m.target === abs);
    if (mount) return mount.source.lookup(mount.sourcePath);
    const virtual = this.virtualAt(abs);
    if (virtual) return virtual;
    const parent = this.lookup(abs.slice(0, abs.lastIndexOf('/')) || '/');
    if (!parent || parent.type !== 'dir') return undefined;
    return abs === '/' ? this.root : parent.children.get(abs.slice(abs.lastIndexOf('/') + 1));
  }

  exists(path: string): boolean {
    return this.lookup(path) !== undefined;
  }

  read(path: string, cred?: Credentials): { ok: true; content: string } | { ok: false; error: FsError } {
    const node = this.lookup(path);
    if (!node) return { ok: false, error: this.missingError(path) };
    if (node.type === 'dir') return { ok: false, error: 'EISDIR' };
    if (cred && !this.traversable(path, cred)) return { ok: false, error: 'EACCES' };
    if (cred && !allowed(node, cred, 4)) return { ok: false, error: 'EACCES' };
    if (node.type !== 'file') return { ok: false, error: 'ENOENT' };
    return { ok: true, content: typeof node.content === 'function' ? node.content() : node.content };
  }

  /** ENOTDIR when a parent is a file, otherwise ENOENT. */
  private missingError(path: string): FsError {
    const parts = normalizePath(path).split('/').filter(Boolean);
    let node: FsNode | undefined = this.root;
    for (const p of parts) {
      if (!node) return 'ENOENT';
      if (node.type !== 'dir') return 'ENOTDIR';
      node = node.children.get(p);
    }
    return 'ENOENT';
  }

  /** Every directory on the way must be searchable (x) by the caller. */
  traversable(path: string, cred: Credentials): boolean {
    const parts = normalizePath(path).split('/').filter(Boolean);
    let cur = '';
    for (const p of parts.slice(0, -1)) {
      cur += `/${p}`;
      const node = this.lookup(cur);
      if (!node || (node.type === 'dir' && !allowed(node, cred, 1))) return false;
    }
    return true;
  }

  list(path: string): { ok: true; entries: [string, FsNode][] } | { ok: false; error: FsError } {
    const node = this.lookup(path);
    if (!node) return { ok: false, error: 'ENOENT' };
    if (node.type !== 'dir') return { ok: false, error: 'ENOTDIR' };
    const entries = new Map(node.children);
    // Bind-mount points are entries of their directory too (dockerd's /etc/hosts in a container).
    const abs = normalizePath(path);
    for (const m of this.mounts) {
      const slash = m.target.lastIndexOf('/');
      const mounted = (m.target.slice(0, slash) || '/') === abs ? m.source.lookup(m.sourcePath) : undefined;
      if (mounted) entries.set(m.target.slice(slash + 1), mounted);
    }
    return { ok: true, entries: [...entries.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) };
  }

  /**
   * Where a path lands once bind mounts are followed: a mounted file itself, or anything under a
   * mounted directory (`-v /srv:/data`: /data/f is /srv/f of the source filesystem).
   */
  private viaMount(abs: string): { fs: FileSystem; path: string; exact: boolean } | undefined {
    let best: BindMount | undefined;
    for (const m of this.mounts) {
      if ((abs === m.target || abs.startsWith(`${m.target}/`)) && (!best || m.target.length > best.target.length)) best = m;
    }
    return best ? { fs: best.source, path: normalizePath(best.sourcePath + abs.slice(best.target.length)), exact: abs === best.target } : undefined;
  }

  mkdirp(path: string, meta: Partial<Meta> = {}): FsNode {
    const via = this.viaMount(normalizePath(path));
    if (via) return via.fs.mkdirp(via.path, meta);
    let node = this.root;
    for (const p of normalizePath(path).split('/').filter(Boolean)) {
      if (node.type !== 'dir') throw new Error(`not a directory on the way to ${path}`);
      let next = node.children.get(p);
      if (!next) {
        next = dir(meta.mode ?? 0o755, meta.uid ?? 0, meta.gid ?? 0, this.now());
        node.children.set(p, next);
      }
      node = next;
    }
    return node;
  }

  /** Creates or replaces a node at `path`, making parent directories as needed. */
  put(path: string, node: FsNode): void {
    const abs = normalizePath(path);
    const via = this.viaMount(abs);
    if (via) return via.fs.put(via.path, node);
    const parent = this.mkdirp(abs.slice(0, abs.lastIndexOf('/')) || '/');
    if (parent.type !== 'dir') throw new Error(`not a directory: ${path}`);
    parent.children.set(abs.slice(abs.lastIndexOf('/') + 1), node);
  }

  writeFile(path: string, content: string | (() => string), meta: Partial<Meta> = {}): void {
    const existing = this.lookup(path);
    if (existing?.type === 'file') {
      existing.content = content;
      existing.mtime = this.now();
      return;
    }
    this.put(path, { type: 'file', content, mode: meta.mode ?? 0o644, uid: meta.uid ?? 0, gid: meta.gid ?? 0, mtime: meta.mtime ?? this.now() });
  }

  remove(path: string): void {
    const abs = normalizePath(path);
    const via = this.viaMount(abs);
    if (via && !via.exact) return via.fs.remove(via.path);
    const parent = this.lookup(abs.slice(0, abs.lastIndexOf('/')) || '/');
    if (parent?.type === 'dir') parent.children.delete(abs.slice(abs.lastIndexOf('/') + 1));
  }

  bind(target: string, source: FileSystem, sourcePath: string): void {
    this.mounts.push({ target: normalizePath(target), source, sourcePath: normalizePath(sourcePath) });
  }

  /** umount(2) of a bind mount: what was under it shows again. */
  unmount(target: string): void {
    const abs = normalizePath(target);
    const i = this.mounts.findIndex((m) => m.target === abs);
    if (i >= 0) this.mounts.splice(i, 1);
  }

  /** Mounts a generated tree at `path` (created as an empty directory, so that its parent lists it). */
  mountVirtual(path: string, root: VirtualDir): void {
    const abs = normalizePath(path);
    this.mkdirp(abs);
    this.virtualMounts.set(abs, root);
  }

  private virtualAt(abs: string): FsNode | undefined {
    const v = this.virtualMounts.get(abs);
    return v ? materialize(v, this.now()) : undefined;
  }
}

/** Unix permission check: `want` is 4 (read), 2 (write) or 1 (execute/search). Root may do anything. */
export function allowed(node: Meta, cred: Credentials, want: 4 | 2 | 1): boolean {
  if (cred.uid === 0) return true;
  if (node.uid === cred.uid) return ((node.mode >> 6) & want) !== 0;
  if (cred.gids.includes(node.gid)) return ((node.mode >> 3) & want) !== 0;
  return (node.mode & want) !== 0;
}

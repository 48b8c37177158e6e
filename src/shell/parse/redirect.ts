import type { Flavor, ReadResult } from '../tool-io.js';
import type { Redirection, Word } from './ast.js';
import type { ShellRuntime } from './runtime.js';

// Redirections, applied left to right to a table of file descriptors, as the shell does:
// `>f 2>&1` sends both to f, `2>&1 >f` only stdout. Files are created or truncated when
// the redirection is applied, before the command runs (so `cat nofile > out` leaves an
// empty out), and receive the output afterwards.

/** Where a file descriptor writes. `out` is the command's stdout: the pipe or the terminal. */
export type Sink =
  | { readonly kind: 'out' }
  | { readonly kind: 'err' }
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'null' };

export interface RedirectContext {
  readonly runtime: ShellRuntime;
  /** Expansion with field splitting (bash: a redirection target must be exactly one field). */
  expandFields(word: Word): string[];
  /** Expansion without splitting (here-strings; busybox targets). */
  expandString(word: Word): string;
  write(sink: Sink, text: string): void;
}

export type RedirectOutcome =
  | { readonly ok: true; readonly fds: ReadonlyMap<number, Sink>; readonly stdin: string }
  | { readonly ok: false; readonly status: number };

export const standardFds = (): Map<number, Sink> =>
  new Map<number, Sink>([
    [1, { kind: 'out' }],
    [2, { kind: 'err' }],
  ]);

export function applyRedirections(redirections: readonly Redirection[], stdin: string, ctx: RedirectContext): RedirectOutcome {
  const fds = standardFds();
  const shell = ctx.runtime.flavor === 'gnu' ? 'bash' : 'sh';
  let input = stdin;
  const failWith = (message: string, status = 1): RedirectOutcome => {
    ctx.write(fds.get(2) ?? { kind: 'err' }, `${message}\n`);
    return { ok: false, status };
  };
  for (const r of redirections) {
    if (r.kind === 'dup') {
      if (r.fd === 0 || r.target === 0) continue; // `<&0`, `>&0` (the terminal): nothing to model
      const sink = fds.get(r.target);
      if (sink === undefined) return failWith(`${shell}: ${r.target}: Bad file descriptor`);
      fds.set(r.fd, sink);
      continue;
    }
    if (r.kind === 'here-string') {
      if (r.fd === 0) input = `${ctx.expandString(r.word)}\n`;
      continue;
    }
    const target = targetPath(r.target, ctx);
    if (target === undefined) return failWith(`${shell}: ${r.target.raw}: ambiguous redirect`);
    if (r.op === '<') {
      if (target === '/dev/null') {
        if (r.fd === 0) input = '';
        continue;
      }
      const read = ctx.runtime.readFile(target);
      if (read.kind === 'error') {
        if (read.code === 'EISDIR') return failWith('dockerlings: reading a directory with < is not simulated', 2);
        return failWith(readError(ctx.runtime.flavor, target, read.code));
      }
      if (r.fd === 0) input = read.content;
      continue;
    }
    const append = r.op === '>>' || r.op === '&>>';
    const sink = openSink(target, append, fds, ctx);
    if (typeof sink === 'string') return failWith(sink);
    fds.set(r.fd, sink);
    if (r.op === '&>' || r.op === '&>>') fds.set(2, sink);
  }
  return { ok: true, fds, stdin: input };
}

/** The one path a target names, or undefined for bash's "ambiguous redirect". */
function targetPath(word: Word, ctx: RedirectContext): string | undefined {
  if (ctx.runtime.flavor === 'busybox') return ctx.expandString(word);
  const fields = ctx.expandFields(word);
  return fields.length === 1 ? fields[0] : undefined;
}

/** A sink for writing, or the error line. The shell itself knows /dev/null, /dev/stdout, /dev/stderr. */
function openSink(path: string, append: boolean, fds: ReadonlyMap<number, Sink>, ctx: RedirectContext): Sink | string {
  if (path === '/dev/null') return { kind: 'null' };
  if (path === '/dev/stdout') return fds.get(1) ?? { kind: 'out' };
  if (path === '/dev/stderr') return fds.get(2) ?? { kind: 'err' };
  return ctx.runtime.writeFile(path, '', append) ?? { kind: 'file', path };
}

/** `bash: f: No such file or directory`; busybox: `sh: can't open f: no such file` (also for ENOTDIR). */
function readError(flavor: Flavor, path: string, code: Exclude<Extract<ReadResult, { kind: 'error' }>['code'], 'EISDIR'>): string {
  if (flavor === 'gnu') {
    const text = { ENOENT: 'No such file or directory', EACCES: 'Permission denied', ENOTDIR: 'Not a directory' }[code];
    return `bash: ${path}: ${text}`;
  }
  return `sh: can't open ${path}: ${code === 'EACCES' ? 'Permission denied' : 'no such file'}`;
}

import { conflict } from '../errors.js';
import { type FileSystem, normalizePath } from '../kernel/fs.js';
import { containerExited, getContainer } from './containers.js';
import { linkedContainers } from './links.js';
import type { Container } from './model.js';
import type { DaemonState } from './state.js';

/**
 * What runc does with a container's process once the daemon has set the container up:
 * find its executable (and fail as runc fails), collect what it writes (the json-file log
 * driver), pause and unpause it through the freezer.
 */

/** One line a container wrote, as the json-file log driver keeps it. */
export interface LogEntry {
  readonly stream: 'stdout' | 'stderr';
  readonly text: string;
  readonly time: number;
}

const entries = new WeakMap<Container, LogEntry[]>();

/** The log lines in the order they were written (`docker logs --tail` needs the order across streams). */
export function logEntries(c: Container): readonly LogEntry[] {
  return entries.get(c) ?? [];
}

/** The container wrote this (its PID 1, or what `docker run` attached to): kept for `docker logs`. */
export function appendLogs(s: DaemonState, ref: string, out: { readonly stdout: string; readonly stderr: string }): Container {
  const c = getContainer(s, ref);
  c.logs = { stdout: c.logs.stdout + out.stdout, stderr: c.logs.stderr + out.stderr };
  const list = entries.get(c) ?? [];
  for (const [stream, text] of [['stdout', out.stdout], ['stderr', out.stderr]] as const) {
    for (const line of text.split(/(?<=\n)/)) if (line !== '') list.push({ stream, text: line, time: s.clock.now() });
  }
  entries.set(c, list);
  return c;
}

export type ExecLookup = { readonly ok: true; readonly path: string } | { readonly ok: false; readonly reason: string; readonly exitCode: 126 | 127 };

/**
 * runc's lookup of argv[0] (Go's exec.LookPath in the container): a name is searched on the
 * container's PATH, a path is taken as it is. The reason is runc's text after `exec: "X": `.
 */
export function lookupExecutable(fs: FileSystem, name: string, cwd: string, path: string): ExecLookup {
  const isExe = (p: string) => {
    const node = fs.lookup(p);
    return node !== undefined && node.type === 'file' && (node.mode & 0o111) !== 0;
  };
  if (name.includes('/')) {
    const abs = normalizePath(name, cwd || '/');
    const node = fs.lookup(abs);
    if (!node) return { ok: false, reason: `stat ${name}: no such file or directory`, exitCode: 127 };
    if (node.type !== 'file' || (node.mode & 0o111) === 0) return { ok: false, reason: 'permission denied', exitCode: 126 };
    return { ok: true, path: abs };
  }
  for (const dir of path.split(':')) {
    if (dir === '') continue;
    const p = `${dir}/${name}`;
    if (isExe(p)) return { ok: true, path: p };
  }
  return { ok: false, reason: 'executable file not found in $PATH', exitCode: 127 };
}

/**
 * runc could not start PID 1: the daemon tears down what it set up and the container stays
 * `created`, with runc's error and exit code in its state (and is removed if --rm).
 */
export function startFailed(s: DaemonState, ref: string, message: string, exitCode: number): Container {
  const c = getContainer(s, ref);
  containerExited(s, c.id, exitCode);
  c.state.status = 'created';
  c.state.startedAt = 0;
  c.state.finishedAt = 0;
  c.state.exitCode = exitCode;
  c.state.error = message;
  return c;
}

/** The freezer cgroup: `docker pause` / `docker unpause`. */
export function pauseContainer(s: DaemonState, ref: string): Container {
  const c = getContainer(s, ref);
  if (c.state.status === 'paused') throw conflict(`Container ${c.id} is already paused`);
  if (c.state.status !== 'running') throw conflict(`Container ${c.id} is not running`);
  c.state.status = 'paused';
  return c;
}

export function unpauseContainer(s: DaemonState, ref: string): Container {
  const c = getContainer(s, ref);
  if (c.state.status !== 'paused') throw conflict(`Container ${c.id} is not paused`);
  c.state.status = 'running';
  return c;
}

/**
 * POST /containers/{id}/exec (ContainerExecCreate): the exec's environment has the links'
 * variables, so every linked container must be running (a removed link target fails it).
 */
export function execCreate(s: DaemonState, ref: string): Container {
  const c = getContainer(s, ref);
  linkedContainers(s, c);
  return c;
}

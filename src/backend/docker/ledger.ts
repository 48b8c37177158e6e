import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import envPaths from 'env-paths';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';
import { RESOURCE_KINDS } from './snapshot.js';

/**
 * The ledger: what the tutorial created on a real engine, by ID, per engine, written after
 * every command (atomically) so that a crash loses nothing. `reset()` and `dockerlings clean`
 * remove exactly what it lists. It also holds the commands that were running (`pending`, with
 * what existed before them): when a process dies mid-command, cleanup can still tell what
 * that command created.
 */
const Kind = z.enum(RESOURCE_KINDS);

const TrackedResource = z
  .object({
    kind: Kind,
    id: z.string(),
    name: z.string(),
    /** The command line that created it. */
    line: z.string(),
    at: z.string(),
    session: z.string(),
    /** Found after a crash: it appeared while `line` ran, when the process died. */
    interrupted: z.boolean().optional(),
  })
  .strict();

const TrackedHostChange = z
  .object({
    id: z.string(),
    kind: z.string(),
    what: z.string(),
    command: z.string(),
    line: z.string(),
    undo: z.array(z.string()),
    undoable: z.boolean(),
    phase: z.enum(['before-resources', 'after-resources']),
    at: z.string(),
    session: z.string(),
    /** For a change made through the engine (swarm): the engine it must be undone on. */
    engine: z.string().optional(),
  })
  .strict();

const PendingCommand = z
  .object({ session: z.string(), line: z.string(), at: z.string(), limitMs: z.number(), before: z.partialRecord(Kind, z.array(z.string())) })
  .strict();

const EngineRecord = z.object({ host: z.string().default(''), resources: z.array(TrackedResource).default([]), pending: z.array(PendingCommand).default([]) }).strict();

const SessionInfo = z
  .object({
    pid: z.number(),
    hostname: z.string(),
    user: z.string(),
    startedAt: z.string(),
    /** The process's start time in clock ticks since boot (/proc/PID/stat), so a reused PID is not taken for it. */
    procStart: z.string().optional(),
  })
  .strict();

export const LedgerSchema = z
  .object({
    version: z.literal(1),
    sessions: z.record(z.string(), SessionInfo).default({}),
    engines: z.record(z.string(), EngineRecord).default({}),
    /** Changes to the host itself (groups, interfaces, firewall, swarm…), in the order they were made. */
    hostChanges: z.array(TrackedHostChange).default([]),
  })
  .strict();

export type LedgerData = z.infer<typeof LedgerSchema>;
export type TrackedResource = z.infer<typeof TrackedResource>;
export type TrackedHostChange = z.infer<typeof TrackedHostChange>;
export type PendingCommand = z.infer<typeof PendingCommand>;
export type EngineRecord = z.infer<typeof EngineRecord>;
export type SessionInfo = z.infer<typeof SessionInfo>;

/** `$DOCKERLINGS_HOME`, else the XDG data directory (~/.local/share/dockerlings): where progress lives too. */
export function dataDir(): string {
  return process.env.DOCKERLINGS_HOME ?? envPaths('dockerlings', { suffix: '' }).data;
}

export const defaultLedgerFile = (): string => join(dataDir(), 'docker-tracked.json');

const fresh = (): LedgerData => ({ version: 1, sessions: {}, engines: {}, hostChanges: [] });

export const emptyEngine = (host = ''): EngineRecord => ({ host, resources: [], pending: [] });

/** Linux: a process's state letter and start time (fields 3 and 22 of /proc/PID/stat), or undefined. */
export function procStat(pid: number): { readonly state: string; readonly start: string } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count from its end.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0] ?? '', start: fields[19] ?? '' };
  } catch {
    return undefined;
  }
}

/**
 * Is the process that wrote a session's records still running (on this machine)? A zombie is
 * not (a killed process whose parent died too may stay one where PID 1 does not reap), nor a
 * process that merely got the same PID later.
 */
export function sessionAlive(s: SessionInfo | undefined): boolean {
  if (!s) return false;
  if (s.hostname !== hostname()) return true; // another machine's: never ours to judge
  if (s.pid === process.pid) return true;
  if (existsSync('/proc/self/stat')) {
    const st = procStat(s.pid);
    if (!st || st.state === 'Z' || st.state === 'X') return false;
    return s.procStart === undefined || s.procStart === st.start;
  }
  try {
    process.kill(s.pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export class Ledger {
  /** Set when the file could not be read and was moved aside. */
  notice: string | undefined;

  constructor(readonly file: string = defaultLedgerFile()) {}

  read(): LedgerData {
    if (!existsSync(this.file)) return fresh();
    let reason: string;
    try {
      const parsed = LedgerSchema.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      if (parsed.success) return parsed.data;
      reason = parsed.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`).join('; ');
    } catch (e) {
      reason = e instanceof Error ? e.message : String(e);
    }
    const aside = `${this.file}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(this.file, aside);
    this.notice = `The record of what dockerlings created on your engine (${this.file}) could not be read (${reason}); it was kept as ${aside}.`;
    return fresh();
  }

  /** Read, change, write back: each call sees what other processes wrote before it. */
  update<T>(change: (d: LedgerData) => T): T {
    const d = this.read();
    const result = change(d);
    this.write(d);
    return result;
  }

  private write(d: LedgerData): void {
    for (const [id, e] of Object.entries(d.engines)) {
      if (e.resources.length === 0 && e.pending.length === 0) delete d.engines[id];
    }
    const used = new Set([...Object.values(d.engines).flatMap((e) => [...e.resources, ...e.pending]), ...d.hostChanges].map((r) => r.session));
    for (const id of Object.keys(d.sessions)) if (!used.has(id)) delete d.sessions[id];
    if (Object.keys(d.engines).length === 0 && d.hostChanges.length === 0) {
      rmSync(this.file, { force: true });
      return;
    }
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileAtomic.sync(this.file, `${JSON.stringify(d, null, 2)}\n`);
  }
}

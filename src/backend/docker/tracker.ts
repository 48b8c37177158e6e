import { randomUUID } from 'node:crypto';
import { hostname, userInfo } from 'node:os';
import type { CommandResult } from '../backend.js';
import { describeHostChange, type HostChange } from './host-change.js';
import { emptyEngine, type Ledger, type LedgerData, procStat } from './ledger.js';
import { type Change, diffSnapshots, parseSnapshot, RESOURCE_KINDS, type ResourceKind, SNAPSHOT_SCRIPT, type Snapshot } from './snapshot.js';

export type ShellRun = (line: string, timeoutMs?: number) => Promise<CommandResult>;

/** How long the snapshot itself may take. */
const SNAPSHOT_TIMEOUT_MS = 30_000;

export async function takeSnapshot(sh: ShellRun): Promise<Snapshot> {
  const r = await sh(SNAPSHOT_SCRIPT, SNAPSHOT_TIMEOUT_MS);
  return parseSnapshot(r.stdout);
}

const idsOf = (s: Snapshot): Partial<Record<ResourceKind, string[]>> =>
  Object.fromEntries(RESOURCE_KINDS.flatMap((k) => (s.lists[k] ? [[k, [...(s.lists[k] as ReadonlyMap<string, string>).keys()]]] : [])));

/**
 * Wraps each command line: a snapshot before and after, what appeared recorded in the ledger
 * (by ID, with the line that made it), what vanished forgotten; the command registered as
 * pending while it runs. Host changes are probed before and after and their undo recorded.
 * Nothing here throws for an engine that does not answer: then nothing can be attributed,
 * and nothing is (an engine that comes back must not make everything it has "appear").
 */
export class Tracker {
  readonly session = randomUUID();
  private readonly startedAt = new Date().toISOString();
  /** Images, volumes and tags seen when this session began: their IDs are content or names, and may come back after a removal. */
  private baseline: { image: Set<string>; volume: Set<string>; tag: Set<string> } | undefined;

  constructor(
    private readonly sh: ShellRun,
    readonly ledger: Ledger,
    private readonly limitMs: number,
    private readonly user: string = userInfo().username,
  ) {}

  private register(d: LedgerData): void {
    const start = procStat(process.pid)?.start;
    d.sessions[this.session] ??= { pid: process.pid, hostname: hostname(), user: this.user, startedAt: this.startedAt, ...(start ? { procStart: start } : {}) };
  }

  async around(line: string, run: () => Promise<CommandResult>): Promise<CommandResult> {
    const changes = describeHostChange(line);
    const probesBefore = await Promise.all(changes.map((c) => this.probe(c)));
    const before = await takeSnapshot(this.sh);
    const at = new Date().toISOString();
    if (before.engine) {
      this.baseline ??= { image: new Set(before.lists.image?.keys() ?? []), volume: new Set(before.lists.volume?.keys() ?? []), tag: new Set(before.lists.tag?.keys() ?? []) };
      const engine = before.engine;
      this.ledger.update((d) => {
        this.register(d);
        (d.engines[engine] ??= emptyEngine(process.env.DOCKER_HOST ?? '')).pending.push({ session: this.session, line, at, limitMs: this.limitMs, before: idsOf(before) });
      });
    }
    const result = await run();
    const after = await takeSnapshot(this.sh);
    const probesAfter = await Promise.all(changes.map((c) => this.probe(c)));
    const diff = diffSnapshots(before, after);
    const made = changes.flatMap((c, i) => {
      const b = probesBefore[i];
      const changed = result.exitCode === 0 || (b !== undefined && b.key !== probesAfter[i]?.key);
      return changed ? [{ change: c, undo: c.undo(b?.out ?? '') }] : [];
    });
    if (!before.engine && !diff && made.length === 0) return result;
    this.ledger.update((d) => {
      this.register(d);
      if (before.engine) {
        const e = d.engines[before.engine];
        if (e) e.pending = e.pending.filter((p) => !(p.session === this.session && p.at === at));
      }
      if (diff) this.record(d, diff.engine, diff.appeared, diff.vanished, line);
      for (const { change, undo } of made) {
        d.hostChanges.push({
          id: randomUUID(),
          kind: change.kind,
          what: change.what,
          command: change.command,
          line,
          undo: [...undo],
          undoable: change.undoable,
          phase: change.phase,
          at,
          session: this.session,
          ...(change.kind === 'swarm' && before.engine ? { engine: before.engine } : {}),
        });
      }
    });
    return result;
  }

  private record(d: LedgerData, engine: string, appeared: readonly Change[], vanished: readonly Change[], line: string): void {
    const e = (d.engines[engine] ??= emptyEngine(process.env.DOCKER_HOST ?? ''));
    const gone = new Set(vanished.map((v) => `${v.kind} ${v.id}`));
    e.resources = e.resources.filter((r) => !gone.has(`${r.kind} ${r.id}`));
    const known = new Set(e.resources.map((r) => `${r.kind} ${r.id}`));
    const at = new Date().toISOString();
    for (const c of appeared) {
      if ((c.kind === 'image' || c.kind === 'volume' || c.kind === 'tag') && this.baseline?.[c.kind].has(c.id)) continue;
      if (known.has(`${c.kind} ${c.id}`)) continue;
      e.resources.push({ kind: c.kind, id: c.id, name: c.name, line, at, session: this.session });
    }
  }

  private async probe(c: HostChange): Promise<{ readonly key: string; readonly out: string } | undefined> {
    if (!c.probe) return undefined;
    const r = await this.sh(c.probe, 10_000);
    return { key: `${r.exitCode}\n${r.stdout}`, out: r.stdout };
  }
}

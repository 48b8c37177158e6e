import { type Ledger, type PendingCommand, sessionAlive } from './ledger.js';
import { RESOURCE_KINDS, type ResourceKind, type Snapshot } from './snapshot.js';
import type { ShellRun } from './tracker.js';
import { shellQuote } from './words.js';

/**
 * After a crash: a command that was running when its process died is still in the ledger as
 * pending, with what existed before it. What exists now, did not then, and was created while
 * it could still run (from its start to its time limit) is what it made; that is recorded like
 * anything else the tutorial created. Something made later, by the learner in another
 * terminal, falls outside the window and is left alone; an image pulled or loaded carries its
 * build date, not today's, and is left alone too (the safe side).
 */
const SLACK_MS = 2_000;

const INSPECT: Readonly<Record<ResourceKind, (ids: string) => string>> = {
  container: (ids) => `docker container inspect -f '{{.Id}} {{.Created}}' ${ids}`,
  network: (ids) => `docker network inspect -f '{{.Id}} {{json .Created}}' ${ids}`,
  volume: (ids) => `docker volume inspect -f '{{.Name}} {{.CreatedAt}}' ${ids}`,
  image: (ids) => `docker image inspect -f '{{.Id}} {{.Created}}' ${ids}`,
  // A tag has no time of its own: its image's last tagging is when it got its newest name.
  tag: (refs) => `for r in ${refs}; do printf '%s %s\\n' "$r" "$(docker image inspect -f '{{json .Metadata.LastTagTime}}' "$r")"; done`,
};

/** `ID TIME` lines → ID → milliseconds (RFC 3339, quoted or not). */
export function parseCreated(out: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const line of out.split('\n')) {
    const sp = line.indexOf(' ');
    if (sp < 0) continue;
    const t = Date.parse(line.slice(sp + 1).trim().replace(/^"|"$/g, ''));
    if (!Number.isNaN(t)) m.set(line.slice(0, sp), t);
  }
  return m;
}

/** The IDs in `now` that a pending command may have created, by kind. */
export function candidates(p: PendingCommand, now: Snapshot, tracked: ReadonlySet<string>): { kind: ResourceKind; id: string; name: string }[] {
  const out: { kind: ResourceKind; id: string; name: string }[] = [];
  for (const kind of RESOURCE_KINDS) {
    const before = p.before[kind];
    const list = now.lists[kind];
    if (!before || !list) continue;
    const had = new Set(before);
    for (const [id, name] of list) if (!had.has(id) && !tracked.has(`${kind} ${id}`)) out.push({ kind, id, name });
  }
  return out;
}

/** Turns the pending commands of dead sessions (never `current`'s) into records. */
export async function recoverInterrupted(sh: ShellRun, ledger: Ledger, engine: string, now: Snapshot, current: string | undefined): Promise<void> {
  const d = ledger.read();
  const e = d.engines[engine];
  if (!e) return;
  const stale = e.pending.filter((p) => p.session !== current && !sessionAlive(d.sessions[p.session]));
  if (stale.length === 0) return;
  const tracked = new Set(e.resources.map((r) => `${r.kind} ${r.id}`));
  const found: { p: PendingCommand; kind: ResourceKind; id: string; name: string }[] = [];
  for (const p of stale) {
    const cands = candidates(p, now, tracked);
    const from = Date.parse(p.at) - SLACK_MS;
    const to = Date.parse(p.at) + p.limitMs + SLACK_MS;
    for (const kind of RESOURCE_KINDS) {
      const ids = cands.filter((c) => c.kind === kind);
      if (ids.length === 0) continue;
      const r = await sh(INSPECT[kind](ids.map((c) => shellQuote(c.id)).join(' ')));
      const created = parseCreated(r.stdout);
      for (const c of ids) {
        const t = created.get(c.id);
        if (t !== undefined && t >= from && t <= to) {
          found.push({ p, ...c });
          tracked.add(`${kind} ${c.id}`);
        }
      }
    }
  }
  const staleKeys = new Set(stale.map((p) => `${p.session} ${p.at}`));
  ledger.update((l) => {
    const le = l.engines[engine];
    if (!le) return;
    le.pending = le.pending.filter((p) => !staleKeys.has(`${p.session} ${p.at}`));
    const known = new Set(le.resources.map((r) => `${r.kind} ${r.id}`));
    for (const f of found) {
      if (known.has(`${f.kind} ${f.id}`)) continue;
      le.resources.push({ kind: f.kind, id: f.id, name: f.name, line: f.p.line, at: f.p.at, session: f.p.session, interrupted: true });
    }
  });
}

import { type LedgerData, type Ledger, sessionAlive, type TrackedHostChange, type TrackedResource } from './ledger.js';
import { recoverInterrupted } from './recover.js';
import { RESOURCE_KINDS, type ResourceKind, shortId, type Snapshot } from './snapshot.js';
import { type ShellRun, takeSnapshot } from './tracker.js';
import { shellQuote } from './words.js';

/**
 * Removes what the tutorial created on the engine, as the ledger lists it, and undoes its host
 * changes: swarm left first, then containers (forced), networks, volumes, images, then the
 * other host changes, newest first. Never anything else: what the ledger does not list existed
 * before, or was made by something other than a lesson's command, and is left alone.
 */
export interface CleanOptions {
  readonly sh: ShellRun;
  readonly ledger: Ledger;
  /** `all` for `dockerlings clean`; a session ID for `reset()`: that session's records and those of dead processes. */
  readonly sessions: 'all' | { readonly current: string };
}

export interface CleanItem {
  readonly kind: ResourceKind;
  readonly id: string;
  readonly name: string;
  /** The command line that created it. */
  readonly line: string;
  /** Found after a crash: it appeared while this command was running when the process died. */
  readonly interrupted?: boolean;
}

export interface HostUndo {
  readonly what: string;
  readonly command: string;
  readonly undo: readonly string[];
  /** Why it was not undone; absent when it was. */
  readonly problem?: string;
}

export interface CleanReport {
  readonly engine?: string;
  /** The engine did not answer: no resource was touched (they are still recorded). */
  readonly engineError?: string;
  readonly removed: readonly CleanItem[];
  /** Recorded, but already removed by something else (often the lesson's own last step). */
  readonly alreadyGone: readonly CleanItem[];
  readonly failed: readonly { readonly item: CleanItem; readonly reason: string }[];
  readonly hostChanges: readonly HostUndo[];
  /** What is on the engine now that dockerlings did not create: left as it was. */
  readonly preexisting: Partial<Record<ResourceKind, readonly { readonly id: string; readonly name: string }[]>>;
  /** Records kept for engines that are not the one answering now (another DOCKER_HOST or context). */
  readonly otherEngines: readonly { readonly engine: string; readonly host: string; readonly count: number }[];
  /** Tutorials still running whose resources were removed from under them (`clean` only). */
  readonly liveSessions: number;
}

const q = (ids: readonly string[]) => ids.map(shellQuote).join(' ');
/** Undo lines run with no terminal: sudo must not wait for a password nobody can type. */
const nonInteractive = (line: string) => line.replace(/^(sudo|doas) (?!-n )/, '$1 -n ');

async function undoAll(sh: ShellRun, changes: readonly TrackedHostChange[]): Promise<{ change: TrackedHostChange; result: HostUndo }[]> {
  const out: { change: TrackedHostChange; result: HostUndo }[] = [];
  for (const c of [...changes].reverse()) {
    const base = { what: c.what, command: c.command, undo: c.undo };
    if (!c.undoable) {
      out.push({ change: c, result: { ...base, problem: 'dockerlings cannot undo this: put it back yourself if you need to' } });
      continue;
    }
    let problem: string | undefined;
    for (const line of c.undo) {
      const r = await sh(nonInteractive(line), 60_000);
      if (r.exitCode !== 0) {
        problem = `\`${line}\` failed: ${(r.stderr || r.stdout).trim().split('\n')[0] ?? `exit ${r.exitCode}`}; run it yourself`;
        break;
      }
    }
    out.push({ change: c, result: problem ? { ...base, problem } : base });
  }
  return out;
}

async function removeNetwork(sh: ShellRun, id: string): Promise<string | undefined> {
  let r = await sh(`docker network rm ${shellQuote(id)}`);
  if (r.exitCode === 0) return undefined;
  if (/active endpoints/.test(r.stderr)) {
    // A container dockerlings did not create was connected to the tutorial's network: disconnect it.
    const eps = await sh(`docker network inspect -f '{{range $k, $v := .Containers}}{{$k}} {{end}}' ${shellQuote(id)}`);
    for (const c of eps.stdout.split(/\s+/).filter(Boolean)) await sh(`docker network disconnect -f ${shellQuote(id)} ${shellQuote(c)}`);
    r = await sh(`docker network rm ${shellQuote(id)}`);
    if (r.exitCode === 0) return undefined;
  }
  return r.stderr.trim().split('\n')[0] || `exit ${r.exitCode}`;
}

async function removeImage(sh: ShellRun, id: string): Promise<string | undefined> {
  // Containers the tutorial made are gone by now: one left is the learner's, and keeps its image.
  const users = await sh(`docker ps -aq --no-trunc --filter ancestor=${shellQuote(id)}`);
  const names = users.stdout.split('\n').filter(Boolean);
  if (names.length > 0) return `in use by container ${names.map((n) => n.slice(0, 12)).join(', ')}, which dockerlings did not create`;
  const r = await sh(`docker rmi -f ${shellQuote(id)}`);
  return r.exitCode === 0 && !/Error/.test(r.stderr) ? undefined : r.stderr.trim().split('\n')[0] || `exit ${r.exitCode}`;
}

/**
 * A tag the tutorial put on an image: `docker rmi REF` only untags while the image has another
 * name. Its last name goes only with an image the tutorial made (removed next); on an image
 * that was there before, removing it would delete the image: left, with the reason.
 */
async function untag(sh: ShellRun, tags: readonly TrackedResource[], trackedImages: ReadonlySet<string>, snap: Snapshot, reasons: Map<string, string>): Promise<void> {
  const names = new Map<string, number>();
  for (const image of snap.lists.tag?.values() ?? []) names.set(image, (names.get(image) ?? 0) + 1);
  for (const t of tags) {
    const image = snap.lists.tag?.get(t.id) ?? '';
    if (image !== t.name) {
      reasons.set(t.id, `it now names another image (${shortId('image', image)}), not the one dockerlings tagged`);
      continue;
    }
    if (trackedImages.has(image)) continue; // goes with its image
    if ((names.get(image) ?? 0) <= 1) {
      reasons.set(t.id, `it is the only name left of image ${shortId('image', image)}, which existed before: untagging it would delete the image`);
      continue;
    }
    const r = await sh(`docker rmi ${shellQuote(t.id)}`);
    if (r.exitCode === 0) names.set(image, (names.get(image) ?? 1) - 1);
    else reasons.set(t.id, r.stderr.trim().split('\n')[0] ?? `exit ${r.exitCode}`);
  }
}

function eligible(d: LedgerData, sessions: CleanOptions['sessions']): (session: string) => boolean {
  return (s) => sessions === 'all' || s === sessions.current || !sessionAlive(d.sessions[s]);
}

export async function cleanTracked(o: CleanOptions): Promise<CleanReport> {
  const { sh, ledger } = o;
  const snap: Snapshot = await takeSnapshot(sh);
  const engine = snap.engine;
  if (engine) await recoverInterrupted(sh, ledger, engine, snap, o.sessions === 'all' ? undefined : o.sessions.current);
  const d = ledger.read();
  const isMine = eligible(d, o.sessions);
  const liveSessions = o.sessions === 'all' ? Object.entries(d.sessions).filter(([id, s]) => id !== undefined && sessionAlive(s) && s.pid !== process.pid).length : 0;
  const changes = d.hostChanges.filter((c) => isMine(c.session) && (c.engine === undefined || c.engine === engine));
  const records = engine ? (d.engines[engine]?.resources ?? []).filter((r) => isMine(r.session)) : [];
  const otherEngines = Object.entries(d.engines)
    .filter(([id]) => id !== engine)
    .map(([id, e]) => ({ engine: id, host: e.host, count: e.resources.length }));

  const undone: { change: TrackedHostChange; result: HostUndo }[] = [];
  if (engine) undone.push(...(await undoAll(sh, changes.filter((c) => c.phase === 'before-resources'))));

  const reasons = new Map<string, string>();
  const present = (r: TrackedResource) => snap.lists[r.kind]?.has(r.id) === true;
  const ofKind = (k: ResourceKind) => records.filter((r) => r.kind === k && present(r));
  if (engine) {
    const containers = ofKind('container');
    if (containers.length > 0) {
      const r = await sh(`docker rm -f ${q(containers.map((c) => c.id))}`, 120_000);
      if (r.exitCode !== 0) for (const c of containers) reasons.set(c.id, r.stderr.trim().split('\n')[0] ?? '');
    }
    for (const n of ofKind('network')) {
      const why = await removeNetwork(sh, n.id);
      if (why) reasons.set(n.id, why);
    }
    for (const v of ofKind('volume')) {
      const r = await sh(`docker volume rm ${shellQuote(v.id)}`);
      if (r.exitCode !== 0) reasons.set(v.id, r.stderr.trim().split('\n')[0] ?? '');
    }
    await untag(sh, ofKind('tag'), new Set(ofKind('image').map((i) => i.id)), snap, reasons);
    // Newest first: an image built on another goes before it.
    for (const i of ofKind('image').reverse()) {
      const why = await removeImage(sh, i.id);
      if (why) reasons.set(i.id, why);
    }
  }
  undone.push(...(await undoAll(sh, changes.filter((c) => c.phase === 'after-resources' || !engine))));

  const final = engine ? await takeSnapshot(sh) : snap;
  const stillThere = (r: TrackedResource) => (final.engine === engine ? final.lists[r.kind]?.has(r.id) === true : present(r));
  const item = (r: TrackedResource): CleanItem => ({ kind: r.kind, id: r.id, name: r.name, line: r.line, ...(r.interrupted ? { interrupted: true } : {}) });
  // Reported in the order of removal: containers, networks, volumes, images.
  const byKind = (a: TrackedResource, b: TrackedResource) => RESOURCE_KINDS.indexOf(a.kind) - RESOURCE_KINDS.indexOf(b.kind);
  records.sort(byKind);
  const removed = records.filter((r) => present(r) && !stillThere(r)).map(item);
  const alreadyGone = records.filter((r) => !present(r)).map(item);
  const failed = records.filter((r) => present(r) && stillThere(r)).map((r) => ({ item: item(r), reason: reasons.get(r.id) || 'still there after removal' }));

  const settled = new Set([...removed, ...alreadyGone].map((i) => `${i.kind} ${i.id}`));
  const doneChanges = new Set(undone.filter((u) => !u.change.undoable || !u.result.problem).map((u) => u.change.id));
  ledger.update((l) => {
    if (engine && l.engines[engine]) l.engines[engine].resources = l.engines[engine].resources.filter((r) => !settled.has(`${r.kind} ${r.id}`));
    l.hostChanges = l.hostChanges.filter((c) => !doneChanges.has(c.id));
  });

  // Another tutorial's records (a session still running) are not "pre-existing" either.
  const tracked = new Set([...records, ...(engine ? (d.engines[engine]?.resources ?? []) : [])].map((r) => `${r.kind} ${r.id}`));
  const preexisting: Partial<Record<ResourceKind, { id: string; name: string }[]>> = {};
  for (const [kind, list] of Object.entries(final.lists) as [ResourceKind, ReadonlyMap<string, string>][]) {
    preexisting[kind] = [...list].filter(([id]) => !tracked.has(`${kind} ${id}`)).map(([id, name]) => ({ id, name }));
  }
  return {
    ...(engine ? { engine } : { engineError: snap.error ?? 'the docker engine did not answer' }),
    removed,
    alreadyGone,
    failed,
    hostChanges: undone.map((u) => u.result),
    preexisting,
    otherEngines,
    liveSessions,
  };
}

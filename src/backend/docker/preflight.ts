import type { NamedKind, ResourceName } from './lesson-scan.js';
import type { Ledger } from './ledger.js';
import { shortId } from './snapshot.js';
import { type ShellRun, takeSnapshot } from './tracker.js';

/**
 * Before a lesson starts on a real engine: does something that dockerlings did not create
 * already carry a name the lesson creates, reuses or removes? A lesson's setup removes its own
 * leftovers by name (`docker rm -f pc1 pc2`), which would take the learner's own `pc1` with
 * it. The UI offers the choice (rename theirs, or skip the lesson); this provides the facts.
 */
export interface NameClash {
  readonly kind: NamedKind;
  readonly name: string;
  /** The existing resource's short ID. */
  readonly id: string;
  /** The command that moves the learner's resource out of the way, where Docker can rename it (containers only). */
  readonly rename?: string;
  /** One sentence for the learner. */
  readonly message: string;
}

export interface PreflightResult {
  readonly clashes: readonly NameClash[];
  /** The engine did not answer: nothing could be compared. */
  readonly engineError?: string;
}

export async function preflightNames(sh: ShellRun, names: readonly ResourceName[], ledger: Ledger): Promise<PreflightResult> {
  if (names.length === 0) return { clashes: [] };
  const snap = await takeSnapshot(sh);
  if (!snap.engine) return { clashes: [], engineError: snap.error ?? 'the docker engine did not answer' };
  const ours = new Set((ledger.read().engines[snap.engine]?.resources ?? []).map((r) => `${r.kind} ${r.id}`));
  const clashes: NameClash[] = [];
  for (const { kind, name } of names) {
    const list = snap.lists[kind];
    if (!list) continue;
    for (const [id, existing] of list) {
      if (existing !== name || ours.has(`${kind} ${id}`)) continue;
      const short = shortId(kind, id);
      const renamed = `${name}-mine`;
      clashes.push({
        kind,
        name,
        id: short,
        ...(kind === 'container' ? { rename: `docker rename ${name} ${renamed}` } : {}),
        message:
          kind === 'container'
            ? `Your container ${name} (${short}) has a name this lesson uses: the lesson would remove or replace it. Rename yours first (docker rename ${name} ${renamed}), or skip this lesson.`
            : `Your ${kind} ${name}${kind === 'volume' ? '' : ` (${short})`} has a name this lesson uses, and Docker cannot rename a ${kind}: skip this lesson, or remove it yourself if it is an old leftover (docker ${kind} rm ${name}).`,
      });
    }
  }
  return { clashes };
}

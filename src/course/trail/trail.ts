import type { Backend, EngineEvent } from '../../backend/backend.js';
import { collectTopology } from '../topology/collect.js';
import type { TopologyGraph } from '../topology/graph.js';
import { parseDockerEvents, reconstructEvents } from './reconstruct.js';
import { describeEvent } from './words.js';

/** What one command did under the hood. */
export interface TrailEntry {
  readonly line: string;
  readonly events: readonly EngineEvent[];
  /**
   * `engine`: the simulated daemon's own record, complete. `reconstructed`: a real engine's,
   * from pictures before and after and `docker events` (no hosts/resolv.conf writes, no PIDs).
   */
  readonly source: 'engine' | 'reconstructed';
  /** The host's picture after the command (real engine only: it was taken anyway). */
  readonly after?: TopologyGraph;
}

/**
 * Records what each command does: `begin(line)` before it runs, `end()` after. On the
 * simulator it slices the daemon's event log (free); on a real engine it takes the host's
 * picture before and after (read-only lines, a few hundred ms each) and asks `docker events` for
 * the moments between, so keep it off unless the learner asked for the trail or `:explain`.
 */
export class Trail {
  private mark?: { readonly log: readonly EngineEvent[]; readonly length: number };
  private before?: { readonly graph: TopologyGraph; readonly since: number; readonly line: string };
  private line = '';
  private lastEntry?: TrailEntry;

  constructor(private readonly backend: Backend) {}

  async begin(line: string): Promise<void> {
    this.line = line;
    const log = this.backend.events?.();
    if (log) {
      this.mark = { log, length: log.length };
      return;
    }
    // A fresh picture each time (a few hundred ms): anything may have run since the last one.
    this.before = { graph: await collectTopology(this.backend), since: Date.now() / 1000, line };
  }

  async end(): Promise<TrailEntry> {
    const log = this.backend.events?.();
    let entry: TrailEntry;
    if (log) {
      // A reset replaced the log: everything in the new one is this command's.
      const from = this.mark && this.mark.log === log ? this.mark.length : 0;
      entry = { line: this.line, events: log.slice(from), source: 'engine' };
    } else {
      const before = this.before?.graph ?? (await collectTopology(this.backend));
      const after = await collectTopology(this.backend);
      const since = this.before?.since ?? Date.now() / 1000;
      const until = Date.now() / 1000 + 0.5;
      const ev = await this.backend.check(`docker events --since ${since.toFixed(3)} --until ${until.toFixed(3)} --format '{{json .}}'`);
      entry = { line: this.line, events: reconstructEvents(before, after, ev.exitCode === 0 ? parseDockerEvents(ev.stdout) : []), source: 'reconstructed', after };
    }
    this.mark = undefined;
    this.before = undefined;
    this.lastEntry = entry;
    return entry;
  }

  /** The last command's entry (`:explain` shows it again). */
  last(): TrailEntry | undefined {
    return this.lastEntry;
  }
}

/** The entry in words, one sentence per event, in the learner's language. */
export function trailLines(entry: TrailEntry, lang: string): string[] {
  return entry.events.map((e) => describeEvent(e, lang));
}

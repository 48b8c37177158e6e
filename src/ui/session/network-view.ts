import type { Backend } from '../../backend/backend.js';
import { diffTopology } from '../../course/topology/diff.js';
import { collectTopology } from '../../course/topology/collect.js';
import type { TopologyGraph } from '../../course/topology/graph.js';
import { Trail, type TrailEntry, trailLines } from '../../course/trail/trail.js';
import type { LogEntry } from './log.js';

/** The network picture as the screen draws it: this command's graph, marked against the last. */
export interface NetPicture {
  readonly graph: TopologyGraph;
  readonly previous?: TopologyGraph;
}

/**
 * The picture panel (F2, `:net`) and the trail (`:trail`, `:explain`) for one backend. The
 * picture is read with `collectTopology` (read-only lines). The trail is recorded around every
 * command on the simulator (its daemon's event log: free) so `:explain` always has something;
 * on a real engine only while the trail is on (it takes pictures before and after).
 */
export class NetworkView {
  private readonly trail: Trail;
  private prev: TopologyGraph | undefined;
  private tracing = false;
  open = false;
  trailOn = false;

  constructor(
    private readonly backend: Backend,
    private readonly lang: string,
  ) {
    this.trail = new Trail(backend);
  }

  /** The picture now; `previous` is the one drawn before (none when the panel just opened). */
  async picture(): Promise<NetPicture> {
    const graph = await collectTopology(this.backend);
    const previous = this.prev;
    this.prev = graph;
    return previous ? { graph, previous } : { graph };
  }

  /** Whether the picture changed since the one before it (the plain mode prints only then). */
  static changed(p: NetPicture): boolean {
    if (!p.previous) return true;
    const d = diffTopology(p.previous, p.graph);
    return d.added.size + d.changed.size + d.removed.length > 0;
  }

  forget(): void {
    this.prev = undefined;
  }

  /** Before a command runs. A failed picture on a real engine must not stop the command. */
  async begin(line: string): Promise<void> {
    this.tracing = this.backend.events !== undefined || this.trailOn;
    if (!this.tracing) return;
    try {
      await this.trail.begin(line);
    } catch {
      this.tracing = false;
    }
  }

  /** After it: the trail's log entry when the trail is on. */
  async end(): Promise<LogEntry | undefined> {
    if (!this.tracing) return undefined;
    this.tracing = false;
    try {
      const e = await this.trail.end();
      return this.trailOn ? this.entry(e) : undefined;
    } catch {
      return undefined;
    }
  }

  /** `:explain`: the last command's trail, or undefined when none was recorded. */
  explain(): LogEntry | undefined {
    const e = this.trail.last();
    return e ? this.entry(e) : undefined;
  }

  private entry(e: TrailEntry): LogEntry {
    return { kind: 'trail', line: e.line, lines: trailLines(e, this.lang), source: e.source, lang: this.lang };
  }
}

import type { Backend } from '../../backend/backend.js';
import type { TopologyGraph } from '../../course/topology/graph.js';
import { collectLab, labChanged } from '../../course/topology/lab.js';
import { Trail, type TrailEntry, trailLines } from '../../course/trail/trail.js';
import type { Messages } from '../text/i18n.js';
import type { LogEntry } from './log.js';

/** The network picture as the screen draws it: this command's graph, marked against the last. */
export interface NetPicture {
  readonly graph: TopologyGraph;
  readonly previous?: TopologyGraph;
}

/**
 * The picture panel (F2, `:net`) and the trail (`:trail`, `:explain`) for one backend. The
 * picture is read with `collectLab` (read-only lines; through ssh, the other machines an
 * overlay spans). The trail is recorded around every command on the simulator (its daemon's event log: free) so `:explain` always has something;
 * on a real engine only while the trail is on (it takes pictures before and after).
 */
export class NetworkView {
  private readonly trail: Trail;
  private prev: TopologyGraph | undefined;
  private tracing = false;
  /** The picture a real engine's trail took after the command: the panel draws it, not a new one. */
  private fresh: TopologyGraph | undefined;
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
    const graph = await collectLab(this.backend, this.fresh);
    this.fresh = undefined;
    const previous = this.prev;
    this.prev = graph;
    return previous ? { graph, previous } : { graph };
  }

  /** Whether the picture changed since the one before it (the plain mode prints only then). */
  static changed(p: NetPicture): boolean {
    if (!p.previous) return true;
    return labChanged(p.previous, p.graph);
  }

  forget(): void {
    this.prev = undefined;
  }

  /** Before a command runs. A failed picture on a real engine must not stop the command. */
  async begin(line: string): Promise<void> {
    this.fresh = undefined;
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
      this.fresh = e.after;
      return this.trailOn ? this.entry(e) : undefined;
    } catch {
      return undefined;
    }
  }

  /** `:trail`: turns it on or off; says which. */
  toggleTrail(msg: Messages): LogEntry {
    this.trailOn = !this.trailOn;
    return { kind: 'notice', text: this.trailOn ? msg.trailOn(this.backend.kind === 'docker') : msg.trailOff };
  }

  /** `:explain`: the last command's trail, or why there is none. */
  explain(msg: Messages): LogEntry {
    const e = this.trail.last();
    if (e) return this.entry(e);
    return { kind: 'notice', text: this.backend.events ? msg.nothingToExplain : msg.explainNeedsTrail };
  }

  private entry(e: TrailEntry): LogEntry {
    return { kind: 'trail', line: e.line, lines: trailLines(e, this.lang), source: e.source, lang: this.lang };
  }
}

import type { CheckReport } from '../../course/checker.js';
import type { TopologyGraph } from '../../course/topology/graph.js';

/**
 * What the screen shows, one entry at a time, in order: printed once above the live part of the
 * screen (Ink's <Static>), or as lines in the plain mode. Rendering is render-entry.ts's job.
 */
export type LogEntry =
  | { readonly kind: 'banner'; readonly title: string; readonly intro: string }
  | { readonly kind: 'step'; readonly number: number; readonly total: number; readonly title: string; readonly body: string }
  | { readonly kind: 'command'; readonly prompt: string; readonly line: string }
  | { readonly kind: 'output'; readonly stdout: string; readonly stderr: string }
  | { readonly kind: 'passed'; readonly number: number; readonly total: number; readonly title: string; readonly reports: readonly CheckReport[] }
  | { readonly kind: 'checks'; readonly reports: readonly CheckReport[] }
  /** A classic mistake the runner recognised in the last command, and a command that shows it. */
  | { readonly kind: 'diagnosis'; readonly items: readonly { readonly text: string; readonly reveal?: string }[] }
  | { readonly kind: 'hint'; readonly index: number; readonly total: number; readonly text: string }
  | { readonly kind: 'solution'; readonly lines: readonly string[] }
  | { readonly kind: 'complete'; readonly title: string; readonly recap: string }
  | { readonly kind: 'notice'; readonly text: string; readonly tone?: 'info' | 'warn' }
  | { readonly kind: 'help'; readonly lesson: boolean }
  | { readonly kind: 'candidates'; readonly items: readonly string[] }
  /** What a command did under the hood (`:trail`, `:explain`), in the learner's language. */
  | { readonly kind: 'trail'; readonly line: string; readonly lines: readonly string[]; readonly source: 'engine' | 'reconstructed'; readonly lang: string }
  /** The network picture printed into the log (the plain mode; the screen has a panel). */
  | { readonly kind: 'network'; readonly graph: TopologyGraph; readonly previous?: TopologyGraph; readonly lang: string };

/** The live part under the log: where the learner is, and one line of status. */
export type Bar =
  | { readonly kind: 'step'; readonly number: number; readonly total: number; readonly title: string }
  | { readonly kind: 'complete'; readonly total: number; readonly title: string }
  | { readonly kind: 'sandbox'; readonly backend: string };

export interface Status {
  readonly text: string;
  readonly tone: 'tip' | 'warn' | 'ask' | 'ok';
}

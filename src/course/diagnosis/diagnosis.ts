import type { Backend, CommandResult } from '../../backend/backend.js';
import type { LearnerCommand } from '../checker.js';
import type { StepSpec } from '../schema.js';
import { collectTopology } from '../topology/collect.js';
import type { ContainerNode, TopologyGraph } from '../topology/graph.js';
import { type ParsedCommand, parseCommand, promptHost } from './command.js';

/** One classic mistake recognised, in the learner's language. */
export interface Diagnosis {
  /** The rule's id, e.g. `ping-default-bridge`. */
  readonly rule: string;
  readonly text: string;
  /** A read-only command that shows the cause, to try next. */
  readonly reveal?: string;
}

/** What a rule may look at: the step, the learner's last command, the host (read-only, lazily). */
export interface DiagnosisContext {
  readonly step: StepSpec;
  readonly command: ParsedCommand;
  readonly result: CommandResult;
  readonly backend: Backend;
  readonly lang: 'en' | 'ko';
  /** The host's picture, taken once on first use. */
  graph(): Promise<TopologyGraph>;
  /** A container by name, or by ID prefix (12 hex from a prompt or an error message). */
  container(ref: string): Promise<ContainerNode | undefined>;
}

export interface DiagnosisRule {
  readonly id: string;
  /** Cheap (no backend call): could the command or its output be this mistake? */
  triggered(command: ParsedCommand, result: CommandResult): boolean;
  /** Looks at the state; says what went wrong, or nothing when the state does not confirm it. */
  diagnose(ctx: DiagnosisContext): Promise<Diagnosis | undefined>;
}

export const output = (r: CommandResult): string => `${r.stdout}\n${r.stderr}`;

/**
 * The rules that recognise `lastCommand`'s mistake, each confirmed against the host's state
 * (read through backend.check only). Most commands trigger no rule and cost nothing.
 */
export async function runRules(rules: readonly DiagnosisRule[], step: StepSpec, last: LearnerCommand | undefined, backend: Backend, lang: string): Promise<Diagnosis[]> {
  if (!last) return [];
  const depth = backend.depth?.() ?? 1;
  const inside = depth > 1 ? promptHost(backend.prompt()) : undefined;
  // Inside `newgrp`/`su` the prompt names the host: only a container's short ID counts.
  const command = parseCommand(last.line, inside && /^[0-9a-f]{12}$/.test(inside) ? inside : undefined);
  const candidates = rules.filter((r) => r.triggered(command, last.result));
  if (candidates.length === 0) return [];
  let graph: Promise<TopologyGraph> | undefined;
  const ctx: DiagnosisContext = {
    step, command, result: last.result, backend, lang: lang === 'ko' ? 'ko' : 'en',
    graph: () => (graph ??= collectTopology(backend)),
    container: async (ref) => {
      const g = await ctx.graph();
      return g.containers.find((c) => c.name === ref) ?? (/^[0-9a-f]{6,64}$/.test(ref) ? g.containers.find((c) => c.id.startsWith(ref.slice(0, 12)) || ref.startsWith(c.id)) : undefined);
    },
  };
  const out: Diagnosis[] = [];
  for (const r of candidates) {
    const d = await r.diagnose(ctx);
    if (d) out.push(d);
  }
  return out;
}

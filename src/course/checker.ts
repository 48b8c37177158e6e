import type { Backend, CommandResult } from '../backend/backend.js';
import { describePattern, matches, substitute, type Vars } from './matching.js';
import type { Check, Expectation, LearnerExpectation, StepSpec } from './schema.js';

/** One thing that held or did not, in words a learner can act on. */
export interface CheckReport {
  readonly ok: boolean;
  /** What was looked at: the check's command, or "your command". */
  readonly what: string;
  /** Empty when ok; otherwise what was expected and what was seen. */
  readonly detail: string;
}

export interface StepEvaluation {
  readonly passed: boolean;
  readonly reports: readonly CheckReport[];
}

/** The learner's command and what it printed. */
export interface LearnerCommand {
  readonly line: string;
  readonly result: CommandResult;
}

const checksOf = (step: StepSpec): readonly Check[] => (step.check === undefined ? [] : Array.isArray(step.check) ? step.check : [step.check]);

function firstLine(s: string): string {
  const l = s.trim().split('\n')[0] ?? '';
  return l.length > 100 ? `${l.slice(0, 97)}...` : l;
}

/**
 * Output as a learner can compare it: one line quoted; several, each quoted (up to three), so
 * that "expected docker-host, got docker-host" never hides a second line.
 */
function quotedLines(s: string): string {
  const lines = s.trim().split('\n');
  if (lines.length === 1) return `"${firstLine(s)}"`;
  const shown = lines.slice(0, 3).map((l) => `"${firstLine(l)}"`).join(', ');
  return `${lines.length} lines: ${shown}${lines.length > 3 ? ', …' : ''}`;
}

/** Compares a result with an expectation; returns what failed, or '' when all holds. */
export function compare(e: Expectation, r: CommandResult, vars: Vars): string {
  if (e.exit !== undefined && r.exitCode !== e.exit) return `expected exit code ${e.exit}, got ${r.exitCode}${r.stderr ? ` (${firstLine(r.stderr)})` : ''}`;
  if (e.stdout !== undefined && !matches(e.stdout, r.stdout, vars)) return `expected output ${describePattern(e.stdout)}, got ${r.stdout.trim() ? quotedLines(r.stdout) : r.stderr.trim() ? `an error: "${firstLine(r.stderr)}"` : 'nothing'}`;
  if (e.stderr !== undefined && !matches(e.stderr, r.stderr, vars)) return `expected an error ${describePattern(e.stderr)}, got ${r.stderr.trim() ? `"${firstLine(r.stderr)}"` : 'none'}`;
  if (e.output !== undefined && !matches(e.output, r.stdout + r.stderr, vars)) return `expected ${describePattern(e.output)}, got "${firstLine(r.stdout + r.stderr)}"`;
  return '';
}

/** Reads the step's variables from the host (read-only commands). */
export async function readVars(step: StepSpec, backend: Backend): Promise<{ vars: Map<string, string>; problems: CheckReport[] }> {
  const vars = new Map<string, string>();
  const problems: CheckReport[] = [];
  for (const [name, line] of Object.entries(step.vars ?? {})) {
    const r = await backend.check(substitute(line, vars));
    if (r.exitCode !== 0) problems.push({ ok: false, what: line, detail: `could not read \${${name}}: ${firstLine(r.stderr) || `exit code ${r.exitCode}`}` });
    vars.set(name, r.stdout.trim());
  }
  return { vars, problems };
}

/** Does a learner's command satisfy the step's `expect`? */
export function learnerMatches(e: LearnerExpectation, cmd: LearnerCommand, vars: Vars): CheckReport {
  if (!matches(e.command, cmd.line, vars)) return { ok: false, what: 'your command', detail: `expected a command like ${describePattern(e.command)}` };
  const detail = compare(e, cmd.result, vars);
  return { ok: detail === '', what: 'your command', detail };
}

/**
 * Evaluates a step: every check must hold now, and (if it has one) `expect` must have
 * been met by one of the learner's commands during the step (`expectMet`), or by `last`.
 */
export async function evaluateStep(step: StepSpec, backend: Backend, last: LearnerCommand | undefined, expectMet = false): Promise<StepEvaluation & { readonly expectMet: boolean }> {
  const { vars, problems } = await readVars(step, backend);
  const reports: CheckReport[] = [...problems];
  let met = expectMet;
  if (step.expect) {
    if (!met && last) {
      const r = learnerMatches(step.expect, last, vars);
      met = r.ok;
      reports.push(r);
    } else if (!met) reports.push({ ok: false, what: 'your command', detail: `expected a command like ${describePattern(step.expect.command)}` });
    else reports.push({ ok: true, what: 'your command', detail: '' });
  }
  for (const c of checksOf(step)) {
    const line = substitute(c.run, vars);
    const r = await backend.check(line);
    const detail = compare(c, r, vars);
    // Report the check as written: with its variables filled in it may name the answer.
    reports.push({ ok: detail === '', what: c.run, detail });
  }
  return { passed: reports.every((r) => r.ok), reports, expectMet: met };
}

/** A problem in a lessons folder, reported as `file:line: reason` (lint, load errors). */
export interface Problem {
  readonly file: string;
  readonly line: number;
  readonly reason: string;
  /**
   * `not-read-only`: a check that changes state. Lint reports it, but the lesson still loads:
   * the simulator is a sandbox, and on a real engine the check policy (check-policy.ts) refuses
   * it unless the learner agreed.
   */
  readonly kind?: 'not-read-only';
}

export const formatProblem = (p: Problem): string => `${p.file}:${p.line}: ${p.reason}`;

/** Loading failed: the lessons folder has problems; each names its file and line. */
export class LessonLoadError extends Error {
  readonly exitCode = 3;
  constructor(readonly problems: readonly Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'LessonLoadError';
  }
}

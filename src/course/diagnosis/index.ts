import type { Backend } from '../../backend/backend.js';
import type { LearnerCommand } from '../checker.js';
import type { StepSpec } from '../schema.js';
import { type Diagnosis, type DiagnosisRule, runRules } from './diagnosis.js';
import { daemonDown, dockerGroupInactive, exitedAtOnce, missingTool } from './rules-host.js';
import { isolatedNetworks, pingDefaultBridge, portAllocated, portWrongSide } from './rules-network.js';

export type { Diagnosis, DiagnosisRule } from './diagnosis.js';

/** Every rule, the ones about reaching the daemon first (nothing else can be true while it is unreachable). */
export const RULES: readonly DiagnosisRule[] = [
  dockerGroupInactive, daemonDown, missingTool, portAllocated, portWrongSide, exitedAtOnce, pingDefaultBridge, isolatedNetworks,
];

/**
 * Why a step failed, when it is a classic mistake: rules look at the learner's last command
 * and its output, then confirm against the host's state (read-only, through backend.check).
 * Empty when no rule recognises it (the hints then do their job).
 */
export function diagnose(step: StepSpec, lastCommand: LearnerCommand | undefined, backend: Backend, lang: string): Promise<Diagnosis[]> {
  return runRules(RULES, step, lastCommand, backend, lang);
}

import { type CommandResult, fail } from '../../command-result.js';

/**
 * The plain answer for what the simulator does not do, instead of invented output: 1 for a
 * subcommand or option of a simulated program (127 is for a whole program, see the session).
 */
export function notSimulated(program: string, args: readonly string[]): CommandResult {
  return fail(`dockerlings: '${[program, ...args].join(' ')}' is not simulated yet — try it with --backend docker\n`, 1);
}

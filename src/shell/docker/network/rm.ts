import { EngineError } from '../../../sim/errors.js';
import type { CommandResult } from '../../command-result.js';
import type { DockerInvocation } from '../cli/command.js';
import { flagBool } from '../cli/flags.js';
import { bool, daemonMessage, netCommand, networkPath } from './common.js';

const INGRESS_WARNING = `WARNING! Before removing the routing-mesh network, make sure all the nodes in your swarm run the same docker engine version. Otherwise, removal may not be effective and functionality of newly create ingress networks will be impaired.
Are you sure you want to continue? [y/N] `;

/**
 * `docker network rm NETWORK…`: one DELETE per argument, its name echoed on success, its
 * error printed as it comes; if any failed, the CLI ends with a StatusError it prints as
 * `exit status 1` (observed on CLI 28). `-f` keeps quiet about networks that do not exist.
 */
function run(inv: DockerInvocation): CommandResult {
  let stdout = '';
  let stderr = '';
  let failed = false;
  const stdinLines = inv.ctx.stdin.split('\n');
  for (const ref of inv.args) {
    const refused = inv.dial('DELETE', networkPath(ref));
    if (refused) {
      stderr += `${refused}\n`;
      failed = true;
      continue;
    }
    try {
      if (inv.engine.findNetwork(ref)?.ingress) {
        stdout += INGRESS_WARNING;
        const answer = (stdinLines.shift() ?? '').trim().toLowerCase();
        if (answer !== 'y' && answer !== 'yes') continue; // declined: nothing more is printed
      }
      inv.engine.networkRemove(ref);
      stdout += `${ref}\n`;
    } catch (e) {
      if (flagBool(inv.flags, 'force') && e instanceof EngineError && e.category === 'notFound') continue;
      stderr += `${daemonMessage(e)}\n`;
      failed = true;
    }
  }
  if (failed) stderr += 'exit status 1\n';
  return { stdout, stderr, exitCode: failed ? 1 : 0 };
}

export const networkRm = netCommand({
  path: 'docker network rm',
  aliases: ['docker network remove'],
  args: { kind: 'min', n: 1 },
  flags: [bool('force', 'f')],
  run,
});

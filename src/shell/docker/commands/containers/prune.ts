import { type CommandResult, fail, ok } from '../../../command-result.js';
import type { DockerInvocation } from '../../cli/command.js';
import { flagBool, flagStrings } from '../../cli/flags.js';
import { type AliasedCommand, define } from '../define.js';
import { validateFilter } from '../format/query.js';
import { notSimulated } from '../not-simulated.js';
import { confirm } from '../system/prompt.js';

export const CONTAINER_PRUNE_WARNING = 'WARNING! This will remove all stopped containers.\nAre you sure you want to continue?';

/** POST /containers/prune: every container that is not running goes; their IDs are listed. */
export function pruneContainers(inv: DockerInvocation): string[] {
  const gone: string[] = [];
  for (const c of [...inv.ctx.host.daemon.containers.values()]) {
    if (c.state.status === 'running' || c.state.status === 'paused' || c.state.status === 'restarting') continue;
    inv.engine.containerRemove(c.id);
    gone.push(c.id);
  }
  return gone;
}

function runPrune(inv: DockerInvocation): CommandResult {
  const denied = inv.dial('HEAD', '/_ping');
  if (denied) return fail(`${denied}\n`, 1);
  if (flagStrings(inv.flags, 'filter').length > 0) return notSimulated('docker container prune --filter');
  const answer = flagBool(inv.flags, 'force') ? { yes: true, prompt: '' } : confirm(inv.ctx.stdin, CONTAINER_PRUNE_WARNING);
  if (!answer.yes) return ok(answer.prompt);
  const gone = pruneContainers(inv);
  const listed = gone.length > 0 ? `Deleted Containers:\n${gone.map((g) => `${g}\n`).join('')}\n` : '';
  return ok(`${answer.prompt}${listed}Total reclaimed space: 0B\n`);
}

export const containerPruneCommands: readonly AliasedCommand[] = define({ path: 'docker container prune', args: { kind: 'none' }, validators: { filter: validateFilter }, run: runPrune });

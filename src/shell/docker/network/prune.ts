import { type CommandResult, fail, ok } from '../../command-result.js';
import { type DockerInvocation, flagError } from '../cli/command.js';
import { flagBool, flagStrings } from '../cli/flags.js';
import { type AliasedCommand, bool, daemonMessage, dialFailure, filterFlagError, list, netCommand, parseFilterFlag } from './common.js';

const WARNING = `WARNING! This will remove all custom networks not used by at least one container.
Are you sure you want to continue? [y/N] `;

/**
 * `docker network prune`: asks first (on stdout, answered from stdin; anything but y/yes
 * ends it there, exit 0), then POST /networks/prune and `Deleted Networks:` with one name a
 * line and a blank line after — nothing at all when nothing was removed.
 */
function run(inv: DockerInvocation): CommandResult {
  const parsed = parseFilterFlag(flagStrings(inv.flags, 'filter'));
  if (!parsed.ok) return flagError(self, filterFlagError('--filter', parsed.bad));
  let prompt = '';
  if (!flagBool(inv.flags, 'force')) {
    prompt = WARNING;
    const answer = (inv.ctx.stdin.split('\n')[0] ?? '').trim().toLowerCase();
    if (answer !== 'y' && answer !== 'yes') return ok(prompt);
  }
  const refused = inv.dial('HEAD', '/_ping');
  if (refused) return { ...dialFailure(refused), stdout: prompt };
  try {
    const removed = inv.engine.networkPrune(parsed.filters);
    return ok(removed.length === 0 ? prompt : `${prompt}Deleted Networks:\n${removed.map((n) => `${n}\n`).join('')}\n`);
  } catch (e) {
    return { ...fail(`${daemonMessage(e)}\n`, 1), stdout: prompt };
  }
}

const self: AliasedCommand = netCommand({
  path: 'docker network prune',
  args: { kind: 'none' },
  flags: [list('filter'), bool('force', 'f')],
  run,
});

export const networkPrune = self;

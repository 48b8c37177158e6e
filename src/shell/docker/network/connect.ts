import { type CommandResult, fail, ok } from '../../command-result.js';
import type { DockerInvocation } from '../cli/command.js';
import { flagString, flagStrings } from '../cli/flags.js';
import { bool, daemonMessage, dialFailure, int, list, netCommand, networkPath, str } from './common.js';

const notSimulated = (what: string): CommandResult => fail(`dockerlings: 'docker network connect ${what}' is not simulated yet — try it with --backend docker\n`, 1);

/**
 * `docker network connect [--alias A] [--ip IP] [--link C:ALIAS] NETWORK CONTAINER`:
 * POST /networks/{net}/connect. Silent on success. A `--link` here is an alias the
 * container alone resolves (through the embedded DNS), "name:alias" as given.
 */
function runConnect(inv: DockerInvocation): CommandResult {
  const f = inv.flags;
  for (const flag of ['driver-opt', 'link-local-ip']) if (flagStrings(f, flag).length > 0) return notSimulated(`--${flag}`);
  if (flagString(f, 'ip6')) return notSimulated('--ip6');
  if (f.values.has('gw-priority')) return notSimulated('--gw-priority');
  const [net, container] = inv.args as [string, string];
  const refused = inv.dial('POST', networkPath(net, '/connect'));
  if (refused) return dialFailure(refused);
  const ip = flagString(f, 'ip');
  const links = flagStrings(f, 'link');
  try {
    inv.engine.networkConnect(net, container, { aliases: flagStrings(f, 'alias'), ...(ip ? { ip } : {}), links });
    return ok('');
  } catch (e) {
    return fail(`${daemonMessage(e)}\n`, 1);
  }
}

/** `docker network disconnect [-f] NETWORK CONTAINER`: POST /networks/{net}/disconnect. */
function runDisconnect(inv: DockerInvocation): CommandResult {
  const [net, container] = inv.args as [string, string];
  const refused = inv.dial('POST', networkPath(net, '/disconnect'));
  if (refused) return dialFailure(refused);
  try {
    inv.engine.networkDisconnect(net, container);
    return ok('');
  } catch (e) {
    return fail(`${daemonMessage(e)}\n`, 1);
  }
}

export const networkConnect = netCommand({
  path: 'docker network connect',
  args: { kind: 'exact', n: 2 },
  flags: [list('alias'), list('driver-opt'), int('gw-priority'), str('ip'), str('ip6'), list('link'), list('link-local-ip')],
  run: runConnect,
});

export const networkDisconnect = netCommand({
  path: 'docker network disconnect',
  args: { kind: 'exact', n: 2 },
  flags: [bool('force', 'f')],
  run: runDisconnect,
});

import { type CommandResult, fail, ok } from '../../command-result.js';
import { renderFormatted } from '../../go-template/index.js';
import { type DockerInvocation, flagError } from '../cli/command.js';
import { flagBool, flagString, flagStrings } from '../cli/flags.js';
import { type AliasedCommand, bool, daemonMessage, dialFailure, filterFlagError, filtersQuery, list, naturalLess, netCommand, parseFilterFlag, str } from './common.js';
import { NETWORK_RAW, NETWORK_TABLE, networkContext, networkHeaders } from './network-values.js';

/**
 * `docker network ls`: GET /networks (filters applied by the daemon), sorted by name the way
 * the CLI sorts (natural order: dnet-n8 before dnet-n10), through the network formatter.
 */
function formatFor(source: string, quiet: boolean): string {
  if (source === '' || source === 'table') return quiet ? '{{.ID}}' : NETWORK_TABLE;
  if (source === 'raw') return quiet ? 'network_id: {{.ID}}' : NETWORK_RAW;
  return source; // a custom format wins over --quiet, silently (observed)
}

function run(inv: DockerInvocation): CommandResult {
  const parsed = parseFilterFlag(flagStrings(inv.flags, 'filter'));
  if (!parsed.ok) return flagError(self, filterFlagError('-f, --filter', parsed.bad));
  const refused = inv.dial('GET', `/networks${filtersQuery(parsed.filters)}`);
  if (refused) return dialFailure(refused);
  let nets;
  try {
    nets = inv.engine.networkObjects(parsed.filters);
  } catch (e) {
    return fail(`${daemonMessage(e)}\n`, 1);
  }
  const sorted = [...nets].sort((a, b) => (naturalLess(a.name, b.name) ? -1 : naturalLess(b.name, a.name) ? 1 : 0));
  const trunc = !flagBool(inv.flags, 'no-trunc');
  const format = formatFor(flagString(inv.flags, 'format') ?? '', flagBool(inv.flags, 'quiet'));
  const out = renderFormatted(format, sorted.map((n) => networkContext(n, trunc)), networkHeaders(), { rootType: '*network.networkContext' });
  if (!out.ok) return fail(`${out.error}\n`, 1);
  return ok(out.out);
}

const self: AliasedCommand = netCommand({
  path: 'docker network ls',
  aliases: ['docker network list'],
  args: { kind: 'none' },
  flags: [list('filter', 'f'), str('format'), bool('no-trunc'), bool('quiet', 'q')],
  run,
});

export const networkLs = self;

import { ENGINE_VERSION } from '../../../sim/daemon/version-json.js';
import { type CommandResult, fail, ok } from '../../command-result.js';
import { GoMethod, type GoStruct, type GoValue, goStruct, renderFormatted } from '../../go-template/index.js';
import { type SwarmNode, leader, seenStatus } from '../../../sim/daemon/swarm-cluster.js';
import type { DockerInvocation } from '../cli/command.js';
import { flagBool, flagString, flagStrings } from '../cli/flags.js';
import { type AliasedCommand, bool, daemonMessage, dialFailure, list, netCommand, str } from './common.js';
import { runNodeInspect } from './node-inspect.js';

/**
 * `docker node ls` and `docker node rm` on a manager (observed after `docker swarm init` on
 * Engine 20.10: `<id> *   vm   Ready   Active   Leader   20.10.24+dfsg1`, and with a second
 * engine joined as a worker: its row has no manager status, and `Down` once it left). The
 * CLI sorts the rows by hostname. The other `docker node` commands are not simulated.
 */
const NODE_TABLE = 'table {{.ID}} {{if .Self}}*{{else}} {{ end }}\t{{.Hostname}}\t{{.Status}}\t{{.Availability}}\t{{.ManagerStatus}}\t{{.EngineVersion}}';

/** MANAGER STATUS: the leader, the other managers (Unreachable once gone), nothing for a worker. */
function managerStatus(node: SwarmNode): string {
  if (node.role !== 'manager') return '';
  const sw = node.state.swarm;
  if (sw && leader(sw.cluster) === node) return 'Leader';
  return node.status === 'ready' ? 'Reachable' : 'Unreachable';
}

function nodeContext(node: SwarmNode, self: boolean, now: number): GoStruct {
  const status = seenStatus(node, now);
  const fields: Record<string, () => GoValue> = {
    Availability: () => 'Active', EngineVersion: () => ENGINE_VERSION, Hostname: () => node.hostname, ID: () => node.id,
    ManagerStatus: () => managerStatus(node), Self: () => self, Status: () => (status === 'ready' ? 'Ready' : 'Down'), TLSStatus: () => 'Ready',
  };
  const struct: Record<string, GoMethod> = {};
  for (const [name, fn] of Object.entries(fields)) struct[name] = new GoMethod(fn);
  return goStruct(struct, { type: 'node.nodeContext', marshalJSON: () => new Map(Object.entries(fields).map(([k, fn]) => [k, fn()] as [string, GoValue])) });
}

const HEADERS: GoValue = new Map<string, GoValue>([
  ['ID', 'ID'], ['Hostname', 'HOSTNAME'], ['Status', 'STATUS'], ['Availability', 'AVAILABILITY'], ['ManagerStatus', 'MANAGER STATUS'],
  ['EngineVersion', 'ENGINE VERSION'], ['TLSStatus', 'TLS STATUS'],
]);

function runLs(inv: DockerInvocation): CommandResult {
  if (flagStrings(inv.flags, 'filter').length > 0) return fail("dockerlings: 'docker node ls --filter' is not simulated yet — try it with --backend docker\n", 1);
  const refused = inv.dial('GET', '/nodes');
  if (refused) return dialFailure(refused);
  let nodes: readonly SwarmNode[];
  try {
    nodes = inv.engine.nodeList();
  } catch (e) {
    return fail(`${daemonMessage(e)}\n`, 1);
  }
  const selfId = inv.engine.state.swarm?.nodeId;
  const sorted = [...nodes].sort((a, b) => naturalLess(a.hostname, b.hostname));
  const source = flagString(inv.flags, 'format') ?? '';
  const quiet = flagBool(inv.flags, 'quiet');
  const format = source === '' || source === 'table' ? (quiet ? '{{.ID}}' : NODE_TABLE) : source;
  const out = renderFormatted(format, sorted.map((n) => nodeContext(n, n.id === selfId, inv.ctx.host.clock.now())), HEADERS, { rootType: '*node.nodeContext' });
  return out.ok ? ok(out.out) : fail(`${out.error}\n`, 1);
}

/** docker/cli's sortorder.NaturalLess: digits compare as numbers (node2 before node10). */
function naturalLess(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/** `docker node rm`: each node in turn, its reference echoed; errors go to stderr and the rest go on. */
function runRm(inv: DockerInvocation): CommandResult {
  const refused = inv.dial('DELETE', `/nodes/${inv.args[0] ?? ''}`);
  if (refused) return dialFailure(refused);
  let stdout = '';
  const errors: string[] = [];
  for (const ref of inv.args) {
    try {
      inv.engine.nodeRemove(ref, flagBool(inv.flags, 'force'));
      stdout += `${ref}\n`;
    } catch (e) {
      errors.push(daemonMessage(e));
    }
  }
  if (errors.length === 0) return ok(stdout);
  return { stdout, stderr: `${errors.join('\n')}\n`, exitCode: 1 };
}

const notYet = (sub: string) => (): CommandResult => fail(`dockerlings: 'docker node ${sub}' is not simulated yet — try it with --backend docker\n`, 1);

export const nodeCommands: readonly AliasedCommand[] = [
  netCommand({ path: 'docker node ls', aliases: ['docker node list'], args: { kind: 'none' }, flags: [list('filter', 'f'), str('format'), bool('quiet', 'q')], run: runLs }),
  netCommand({ path: 'docker node inspect', args: { kind: 'min', n: 1 }, flags: [str('format', 'f'), bool('pretty')], run: runNodeInspect }),
  netCommand({ path: 'docker node ps', args: { kind: 'any' }, flags: [list('filter', 'f'), str('format'), bool('no-resolve'), bool('no-trunc'), bool('quiet', 'q')], run: notYet('ps') }),
  netCommand({ path: 'docker node rm', aliases: ['docker node remove'], args: { kind: 'min', n: 1 }, flags: [bool('force', 'f')], run: runRm }),
  netCommand({
    path: 'docker node update',
    args: { kind: 'exact', n: 1 },
    flags: [str('availability'), list('label-add'), list('label-rm'), str('role')],
    run: notYet('update'),
  }),
  netCommand({ path: 'docker node promote', args: { kind: 'min', n: 1 }, flags: [], run: notYet('promote') }),
  netCommand({ path: 'docker node demote', args: { kind: 'min', n: 1 }, flags: [], run: notYet('demote') }),
];

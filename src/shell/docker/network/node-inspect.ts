import { ENGINE_VERSION } from '../../../sim/daemon/version-json.js';
import { type SwarmNode, seenStatus } from '../../../sim/daemon/swarm-cluster.js';
import { CPUS, KERNEL, MEM_TOTAL_KB } from '../../../sim/host-identity.js';
import { type CommandResult, fail } from '../../command-result.js';
import { type GoValue, goStruct, renderTemplate } from '../../go-template/index.js';
import type { DockerInvocation } from '../cli/command.js';
import { flagBool, flagString } from '../cli/flags.js';
import { daemonMessage, dialFailure } from './common.js';

/**
 * `docker node inspect -f TEMPLATE NODE…` (`self` is this node) on a manager, for the fields
 * the simulator knows of a node: its ID, Spec (role, availability), Description (hostname,
 * platform, resources, engine version), Status (state, address) and, for a manager,
 * ManagerStatus (leader, reachability, address:port). Recorded on Engine 20.10:
 * `{{.Status.Addr}} {{.ManagerStatus.Addr}}` → `10.0.2.15 10.0.2.15:2377`. The whole JSON
 * (certificates, plugins, versions) and `--pretty` are not simulated, nor a field outside those.
 */
const notSimulated = (what: string): CommandResult => fail(`dockerlings: 'docker node inspect ${what}' is not simulated yet — try it with --backend docker\n`, 1);

function nodeStruct(node: SwarmNode, now: number): GoValue {
  const s = (fields: Record<string, GoValue>, type: string) => goStruct(fields, { type });
  return s({
    ID: node.id,
    Spec: s({ Labels: new Map<string, GoValue>(), Role: node.role, Availability: 'active' }, 'swarm.NodeSpec'),
    Description: s({
      Hostname: node.hostname,
      Platform: s({ Architecture: KERNEL.machine, OS: 'linux' }, 'swarm.Platform'),
      Resources: s({ NanoCPUs: CPUS * 1e9, MemoryBytes: MEM_TOTAL_KB * 1024 }, 'swarm.Resources'),
      Engine: s({ EngineVersion: ENGINE_VERSION }, 'swarm.EngineDescription'),
    }, 'swarm.NodeDescription'),
    Status: s({ State: seenStatus(node, now), Addr: node.advertiseAddr }, 'swarm.NodeStatus'),
    ...(node.role === 'manager'
      ? { ManagerStatus: s({ Leader: node.status === 'ready', Reachability: seenStatus(node, now) === 'ready' ? 'reachable' : 'unreachable', Addr: `${node.advertiseAddr}:${node.advertisePort}` }, 'swarm.ManagerStatus') }
      : {}),
  }, 'swarm.Node');
}

export function runNodeInspect(inv: DockerInvocation): CommandResult {
  if (flagBool(inv.flags, 'pretty')) return notSimulated('--pretty');
  const format = flagString(inv.flags, 'format');
  if (format === undefined || format === '' || /\bjson\b/.test(format)) return notSimulated('(its whole JSON)');
  const refused = inv.dial('GET', `/nodes/${inv.args[0] ?? ''}`);
  if (refused) return dialFailure(refused);
  const now = inv.ctx.host.clock.now();
  // As the CLI's inspect does it (observed): what was found is printed, each miss is an error on
  // stderr, and a run that found nothing prints an empty line.
  const found: string[] = [];
  const errors: string[] = [];
  for (const ref of inv.args) {
    let node: SwarmNode;
    try {
      node = inv.engine.nodeInspect(ref);
    } catch (e) {
      errors.push(daemonMessage(e));
      continue;
    }
    // A worker has no ManagerStatus: the real template stops on a nil pointer, which is not modelled.
    if (node.role !== 'manager' && /\.ManagerStatus\b/.test(format)) return notSimulated('-f (ManagerStatus of a worker)');
    const r = renderTemplate(format, nodeStruct(node, now), { rootType: 'swarm.Node' });
    if (!r.ok) return notSimulated(`-f (a field it does not know: ${format})`);
    found.push(`${r.out}\n`);
  }
  const stdout = found.length > 0 ? found.join('') : '\n';
  return errors.length > 0 ? { stdout, stderr: `${errors.join('\n')}\n`, exitCode: 1 } : { stdout, stderr: '', exitCode: 0 };
}

import { type CommandResult, fail, ok } from '../../command-result.js';
import type { DockerInvocation } from '../cli/command.js';
import { flagBool, flagString, flagStrings } from '../cli/flags.js';
import { type AliasedCommand, bool, daemonMessage, dialFailure, int, list, netCommand, str } from './common.js';

/**
 * `docker swarm init|leave|join-token|join` (texts observed on CLI 28 against Engine 20.10,
 * one node with `--advertise-addr 127.0.0.1`, and two engines on one LAN for `join`). A node
 * joins as a worker; joining as a second manager is not simulated.
 */
const notSimulated = (what: string): CommandResult => fail(`dockerlings: 'docker swarm ${what}' is not simulated yet — try it with --backend docker\n`, 1);

function joinCommand(token: string, managerAddr: string): string {
  return `    docker swarm join --token ${token} ${managerAddr}\n`;
}

function runInit(inv: DockerInvocation): CommandResult {
  const f = inv.flags;
  for (const flag of ['autolock', 'force-new-cluster']) if (flagBool(f, flag)) return notSimulated(`init --${flag}`);
  for (const flag of ['data-path-addr', 'data-path-port', 'default-addr-pool-mask-length', 'dispatcher-heartbeat', 'external-ca', 'cert-expiry', 'max-snapshots', 'snapshot-interval']) {
    if (f.values.has(flag)) return notSimulated(`init --${flag}`);
  }
  if (flagStrings(f, 'default-addr-pool').length > 0) return notSimulated('init --default-addr-pool');
  const availability = flagString(f, 'availability');
  if (availability !== undefined && availability !== 'active') return notSimulated('init --availability');
  const refused = inv.dial('POST', '/swarm/init');
  if (refused) return dialFailure(refused);
  try {
    const advertise = flagString(f, 'advertise-addr');
    const sw = inv.engine.swarmInit(advertise !== undefined ? { advertiseAddr: advertise } : {});
    return ok(
      `Swarm initialized: current node (${sw.nodeId}) is now a manager.\n\n` +
        'To add a worker to this swarm, run the following command:\n\n' +
        `${joinCommand(sw.workerToken, sw.managerAddr)}\n` +
        "To add a manager to this swarm, run 'docker swarm join-token manager' and follow the instructions.\n",
    );
  } catch (e) {
    return fail(`${daemonMessage(e)}\n`, 1);
  }
}

function runLeave(inv: DockerInvocation): CommandResult {
  const force = flagBool(inv.flags, 'force');
  const refused = inv.dial('POST', `/swarm/leave${force ? '?force=1' : ''}`);
  if (refused) return dialFailure(refused);
  try {
    inv.engine.swarmLeave(force);
    return ok('Node left the swarm.\n');
  } catch (e) {
    return fail(`${daemonMessage(e)}\n`, 1);
  }
}

function runJoinToken(inv: DockerInvocation): CommandResult {
  const role = inv.args[0] as string;
  if (role !== 'worker' && role !== 'manager') return fail(`unknown role ${role}\n`, 1);
  if (flagBool(inv.flags, 'rotate')) return notSimulated('join-token --rotate');
  const refused = inv.dial('GET', '/swarm');
  if (refused) return dialFailure(refused);
  try {
    const sw = inv.engine.swarmInspect();
    const token = role === 'worker' ? sw.workerToken : sw.managerToken;
    if (flagBool(inv.flags, 'quiet')) return ok(`${token}\n`);
    return ok(`To add a ${role} to this swarm, run the following command:\n\n${joinCommand(token, sw.managerAddr)}\n`);
  } catch (e) {
    return fail(`${daemonMessage(e)}\n`, 1);
  }
}

function runJoin(inv: DockerInvocation): CommandResult {
  for (const flag of ['availability', 'data-path-addr', 'listen-addr']) if (inv.flags.values.has(flag)) return notSimulated(`join --${flag}`);
  const refused = inv.dial('POST', '/swarm/join');
  if (refused) return dialFailure(refused);
  try {
    const advertise = flagString(inv.flags, 'advertise-addr');
    const outcome = inv.engine.swarmJoin({ remoteAddr: inv.args[0] as string, token: flagString(inv.flags, 'token') ?? '', ...(advertise !== undefined ? { advertiseAddr: advertise } : {}) });
    return ok(`This node joined a swarm as a ${outcome.swarm.role}.\n`);
  } catch (e) {
    return fail(`${daemonMessage(e)}\n`, 1);
  }
}

const notYet = (sub: string) => (): CommandResult => notSimulated(sub);

export const swarmCommands: readonly AliasedCommand[] = [
  netCommand({
    path: 'docker swarm init',
    args: { kind: 'none' },
    flags: [
      str('advertise-addr'), bool('autolock'), str('availability'), str('cert-expiry'), str('data-path-addr'), str('data-path-port'),
      list('default-addr-pool'), str('default-addr-pool-mask-length'), str('dispatcher-heartbeat'), str('external-ca'), bool('force-new-cluster'),
      str('listen-addr'), str('max-snapshots'), str('snapshot-interval'), int('task-history-limit'),
    ],
    run: runInit,
  }),
  netCommand({ path: 'docker swarm leave', args: { kind: 'none' }, flags: [bool('force', 'f')], run: runLeave }),
  netCommand({ path: 'docker swarm join-token', args: { kind: 'exact', n: 1 }, flags: [bool('quiet', 'q'), bool('rotate')], run: runJoinToken }),
  netCommand({
    path: 'docker swarm join',
    args: { kind: 'exact', n: 1 },
    flags: [str('advertise-addr'), str('availability'), str('data-path-addr'), str('listen-addr'), str('token')],
    run: runJoin,
  }),
  netCommand({ path: 'docker swarm ca', args: { kind: 'none' }, flags: [str('ca-cert'), str('ca-key'), str('cert-expiry'), bool('detach', 'd'), str('external-ca'), bool('quiet', 'q'), bool('rotate')], run: notYet('ca') }),
  netCommand({ path: 'docker swarm unlock', args: { kind: 'none' }, flags: [], run: notYet('unlock') }),
  netCommand({ path: 'docker swarm unlock-key', args: { kind: 'none' }, flags: [bool('quiet', 'q'), bool('rotate')], run: notYet('unlock-key') }),
  netCommand({
    path: 'docker swarm update',
    args: { kind: 'none' },
    flags: [bool('autolock'), str('cert-expiry'), str('dispatcher-heartbeat'), str('external-ca'), str('max-snapshots'), str('snapshot-interval'), int('task-history-limit')],
    run: notYet('update'),
  }),
];

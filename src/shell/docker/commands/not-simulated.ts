import { type CommandResult, fail } from '../../command-result.js';
import type { ArgRule } from '../cli/command.js';
import { type AliasedCommand, define, helpText } from './define.js';

/** The honest answer for what the simulator does not model (exit 1, as a subcommand's error). */
export function notSimulated(what: string): CommandResult {
  return fail(`dockerlings: '${what}' is not simulated yet — try it with --backend docker\n`, 1);
}

/**
 * Commands the simulator does not run, registered with their real help, usage line and
 * argument rules, so that `--help`, flag errors and argument-count errors stay true.
 */
const NOT_SIMULATED: readonly { path: string; also?: string[]; aliases?: string[]; helpFrom?: string; args: ArgRule; interspersed?: boolean }[] = [
  { path: 'docker container attach', also: ['docker attach'], helpFrom: 'docker attach', args: { kind: 'exact', n: 1 } },
  { path: 'docker container commit', also: ['docker commit'], helpFrom: 'docker commit', args: { kind: 'range', min: 1, max: 2 } },
  { path: 'docker container cp', also: ['docker cp'], helpFrom: 'docker cp', args: { kind: 'exact', n: 2 } },
  { path: 'docker container diff', also: ['docker diff'], helpFrom: 'docker diff', args: { kind: 'exact', n: 1 } },
  { path: 'docker container export', also: ['docker export'], helpFrom: 'docker export', args: { kind: 'exact', n: 1 } },
  { path: 'docker container stats', also: ['docker stats'], helpFrom: 'docker stats', args: { kind: 'any' } },
  { path: 'docker container update', also: ['docker update'], helpFrom: 'docker update', args: { kind: 'min', n: 1 } },
  { path: 'docker system events', also: ['docker events'], helpFrom: 'docker events', args: { kind: 'none' } },
  { path: 'docker image build', also: ['docker build'], helpFrom: 'docker build', args: { kind: 'exact', n: 1 } },
  { path: 'docker image history', also: ['docker history'], helpFrom: 'docker history', args: { kind: 'exact', n: 1 } },
  { path: 'docker image import', also: ['docker import'], helpFrom: 'docker import', args: { kind: 'range', min: 1, max: 2 } },
  { path: 'docker image load', also: ['docker load'], helpFrom: 'docker load', args: { kind: 'none' } },
  { path: 'docker image push', also: ['docker push'], helpFrom: 'docker push', args: { kind: 'exact', n: 1 } },
  { path: 'docker image save', also: ['docker save'], helpFrom: 'docker save', args: { kind: 'min', n: 1 } },
  { path: 'docker image prune', args: { kind: 'none' } },
  { path: 'docker login', args: { kind: 'range', min: 0, max: 1 } },
  { path: 'docker logout', args: { kind: 'range', min: 0, max: 1 } },
  { path: 'docker search', args: { kind: 'exact', n: 1 } },
];

/** Management groups whose subcommands are not simulated: their help is real, anything else says so. */
const NOT_SIMULATED_GROUPS = ['builder', 'context', 'manifest', 'plugin', 'trust', 'config', 'node', 'secret', 'service', 'stack'];

/** Plugins the CLI runs when installed (compose, buildx): not part of the simulated CLI. */
const PLUGINS = ['compose', 'buildx'];

/** A command that takes anything and answers that it is not simulated. */
function opaque(path: string): AliasedCommand {
  return { kind: 'command', path, usage: path, help: '', flags: [], args: { kind: 'any' }, rawArgs: true, run: () => notSimulated(path) };
}

/** The subcommand names a group's help lists under "Commands:". */
function subcommandsOf(help: string): string[] {
  const at = help.indexOf('\nCommands:\n');
  if (at < 0) return [];
  return help.slice(at + 11).split('\n\n')[0]?.split('\n').map((l) => l.trim().split(/\s+/)[0] ?? '').filter(Boolean) ?? [];
}

export const notSimulatedCommands: readonly AliasedCommand[] = [
  ...NOT_SIMULATED.flatMap((d) => define({ ...d, run: (inv) => notSimulated(inv.path) })),
  ...PLUGINS.map((name) => opaque(`docker ${name}`)),
  ...NOT_SIMULATED_GROUPS.flatMap((g) => subcommandsOf(helpText(`docker ${g}`)).map((sub) => opaque(`docker ${g} ${sub}`))),
];

import { type CommandResult, fail, ok } from '../command-result.js';
import type { Program, ProgramContext } from '../program.js';
import { type DockerNode, type ManagementCommand, runCommand, unknownCommand } from './cli/command.js';
import { buildTree } from './cli/tree.js';
import { dialError } from './cli/socket.js';
import { containerCommands, groupHelp } from './commands/index.js';
import { networkCommands, networkGroupHelp } from './network/index.js';

export const CLIENT_VERSION = '28.2.2';
export const CLIENT_BUILD = 'e6534b4';

let tree: ManagementCommand | undefined;

function commandTree(): ManagementCommand {
  tree ??= buildTree([...containerCommands, ...networkCommands], new Map([...groupHelp, ...networkGroupHelp]));
  return tree;
}

const GLOBAL_USAGE = 'docker [OPTIONS] COMMAND [ARG...]';

/** `docker ARGS…`: global flags, then walk the tree to a command and run it. */
export const dockerProgram: Program = (args, ctx) => {
  let i = 0;
  // Global options before the command. Only the harmless ones are simulated.
  for (; i < args.length && (args[i] as string).startsWith('-'); i++) {
    const a = args[i] as string;
    if (a === '-v' || a === '--version') return ok(`Docker version ${CLIENT_VERSION}, build ${CLIENT_BUILD}\n`);
    if (a === '-h' || a === '--help') return ok(commandTree().help);
    if (['-H', '--host', '-c', '--context', '--config', '-l', '--log-level'].includes(a) || /^--(host|context|config|log-level)=/.test(a)) {
      return fail(`dockerlings: 'docker ${a}' is not simulated yet — try it with --backend docker\n`, 1);
    }
    if (a === '-D' || a === '--debug') continue;
    return fail(`${a.startsWith('--') ? `unknown flag: ${a.split('=')[0]}` : `unknown shorthand flag: '${a[1]}' in ${a}`}\n\nUsage:  ${GLOBAL_USAGE}\n\nRun 'docker --help' for more information\n`, 125);
  }
  return walk(commandTree(), args.slice(i), ctx, 'docker');
};

function walk(group: ManagementCommand, rest: readonly string[], ctx: ProgramContext, path: string): CommandResult {
  const [word, ...tail] = rest;
  if (word === undefined || word === '--help' || word === '-h') return ok(group.help);
  const child: DockerNode | undefined = group.children.get(word);
  if (!child) {
    if (word.startsWith('-')) return ok(group.help);
    return unknownCommand(group, `${path} ${word}`);
  }
  if (child.kind === 'management') return walk(child, tail, ctx, `${path} ${word}`);
  return runCommand(child, tail, ctx, ctx.host.engine, (method, p) => dialError(ctx, method, p));
}

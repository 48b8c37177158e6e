import { type CommandResult, fail, ok } from '../command-result.js';
import type { Program, ProgramContext } from '../program.js';
import { type DockerNode, type ManagementCommand, runCommand, unknownCommand } from './cli/command.js';
import { parseFlags } from './cli/flags.js';
import { buildTree } from './cli/tree.js';
import { dialError } from './cli/socket.js';
import { containerCommands, groupHelp } from './commands/index.js';
import { networkCommands, networkGroupHelp } from './network/index.js';

import { CLIENT_BUILD, CLIENT_VERSION } from './client-version.js';

export { CLIENT_BUILD, CLIENT_VERSION };

let tree: ManagementCommand | undefined;

function commandTree(): ManagementCommand {
  tree ??= buildTree([...containerCommands, ...networkCommands], new Map([...groupHelp, ...networkGroupHelp]));
  return tree;
}

const GLOBAL_USAGE = 'docker [OPTIONS] COMMAND [ARG...]';
/** pflag's note for `-h`, which the CLI deprecated in favour of `--help`. */
export const HELP_SHORTHAND_NOTE = 'Flag shorthand -h has been deprecated, use --help\n';

/** The help of a node; the root's names the client config directory under the user's HOME. */
function helpOf(node: DockerNode, ctx: ProgramContext): string {
  if (node.path !== 'docker') return node.help;
  const home = ctx.env.get('HOME') ?? '/root';
  return node.help.replaceAll('"/root/.docker', `"${home}/.docker`);
}

/** `docker ARGS…`: global flags, then walk the tree to a command and run it. */
export const dockerProgram: Program = (args, ctx) => {
  let i = 0;
  let rootHelp: 'long' | 'short' | undefined;
  // Global options before the command. Only the harmless ones are simulated.
  for (; i < args.length && (args[i] as string).startsWith('-'); i++) {
    const a = args[i] as string;
    if (a === '-v' || a === '--version') return ok(`Docker version ${CLIENT_VERSION}, build ${CLIENT_BUILD}\n`);
    if (a === '--help') rootHelp ??= 'long';
    else if (a === '-h') rootHelp = 'short';
    else if (['-H', '--host', '-c', '--context', '--config', '-l', '--log-level'].includes(a) || /^--(host|context|config|log-level)=/.test(a)) {
      return fail(`dockerlings: 'docker ${a}' is not simulated yet — try it with --backend docker\n`, 1);
    } else if (a !== '-D' && a !== '--debug') {
      return fail(`${a.startsWith('--') ? `unknown flag: ${a.split('=')[0]}` : `unknown shorthand flag: '${a[1]}' in ${a}`}\n\nUsage:  ${GLOBAL_USAGE}\n\nRun 'docker --help' for more information\n`, 125);
    }
  }
  const rest = args.slice(i);
  if (rootHelp) {
    // `docker --help container ls`: the help of whatever the words name; `-h` is noted on stderr here.
    const { node } = find(commandTree(), rest);
    return { stdout: helpOf(node, ctx), stderr: rootHelp === 'short' ? HELP_SHORTHAND_NOTE : '', exitCode: 0 };
  }
  if (rest[0] === 'help') return helpCommand(rest.slice(1), ctx);
  return walk(rest, ctx);
};

/**
 * cobra's Find: follows the words that name subcommands, skipping flags on the way as its
 * stripFlags does (`--flag value` and `-f value` take the next word with them; `--help` and
 * `-h` take none). Returns the node found and the arguments left for it.
 */
function find(root: ManagementCommand, args: readonly string[]): { node: DockerNode; rest: string[] } {
  let node: DockerNode = root;
  const rest = [...args];
  while (node.kind === 'management') {
    let j = 0;
    while (j < rest.length) {
      const a = rest[j] as string;
      if (a === '--') {
        j = rest.length;
        break;
      }
      if (!a.startsWith('-') || a === '-') break;
      const takesValue = !a.includes('=') && a !== '--help' && a !== '-h' && (a.startsWith('--') || a.length === 2);
      j += takesValue ? 2 : 1;
    }
    const word = rest[j];
    const child: DockerNode | undefined = word === undefined ? undefined : node.children.get(word);
    if (!child) break;
    rest.splice(j, 1);
    node = child;
  }
  return { node, rest };
}

function walk(args: readonly string[], ctx: ProgramContext): CommandResult {
  const { node, rest } = find(commandTree(), args);
  if (node.kind === 'command') return runCommand(node, rest, ctx, ctx.host.engine, (method, p) => dialError(ctx, method, p));
  return runGroup(node, rest, ctx);
}

/**
 * A management command (`docker container …`) left with no subcommand: flag errors first,
 * then `--help` (stdout), then an unknown word (`docker: unknown command`), and with nothing
 * at all its help on stderr, exit 0, as the CLI's ShowHelp does.
 */
function runGroup(group: ManagementCommand, rest: readonly string[], ctx: ProgramContext): CommandResult {
  if (group.path === 'docker') {
    const word = rest[0];
    return word === undefined ? { stdout: '', stderr: helpOf(group, ctx), exitCode: 0 } : unknownCommand(undefined, `docker ${word}`);
  }
  const parsed = parseFlags(rest, []);
  if (parsed.kind === 'error') {
    return fail(`${parsed.message}\n\nUsage:  ${group.path}\n\nRun '${group.path} --help' for more information\n`, 125);
  }
  if (parsed.parsed.help) return ok(`${parsed.parsed.helpShorthand ? HELP_SHORTHAND_NOTE : ''}${helpOf(group, ctx)}`);
  const word = parsed.parsed.positionals[0];
  if (word !== undefined) return unknownCommand(group, `${group.path} ${word}`);
  return { stdout: '', stderr: helpOf(group, ctx), exitCode: 0 };
}

/** `docker help [COMMAND…]`. */
function helpCommand(words: readonly string[], ctx: ProgramContext): CommandResult {
  let node: DockerNode = commandTree();
  for (const w of words) {
    const child: DockerNode | undefined = node.kind === 'management' ? node.children.get(w) : undefined;
    if (!child) return fail(`unknown help topic: ${w}\n`, 1);
    node = child;
  }
  return ok(helpOf(node, ctx));
}

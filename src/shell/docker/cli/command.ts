import type { Engine } from '../../../sim/daemon/engine.js';
import { type CommandResult, fail, ok } from '../../command-result.js';
import type { ProgramContext } from '../../program.js';
import { type FlagSpec, type ParsedFlags, parseFlags } from './flags.js';

/** How many positional arguments a command takes, with cobra's wording when they don't fit. */
export type ArgRule =
  | { readonly kind: 'none' }
  | { readonly kind: 'exact'; readonly n: number }
  | { readonly kind: 'min'; readonly n: number }
  | { readonly kind: 'max'; readonly n: number }
  | { readonly kind: 'range'; readonly min: number; readonly max: number }
  | { readonly kind: 'any' };

/** What a docker subcommand gets: its parsed flags, the program context, and the daemon. */
export interface DockerInvocation {
  readonly flags: ParsedFlags;
  readonly args: readonly string[];
  readonly ctx: ProgramContext;
  /** The daemon. Call dial() first: the CLI talks to it over a socket it may not reach. */
  readonly engine: Engine;
  /**
   * The first request the real CLI makes for this command (`GET /containers/json`,
   * `HEAD /_ping`…): undefined when the socket answers, else the client's error line
   * (permission denied / Cannot connect…), whose URL names that request.
   */
  dial(method: 'GET' | 'HEAD' | 'POST' | 'DELETE', path: string): string | undefined;
  /** "docker network create": for error texts. */
  readonly path: string;
}

export interface DockerCommand {
  readonly kind: 'command';
  /** Full path, e.g. `docker network create`. */
  readonly path: string;
  /** The Usage line without "Usage:  ", e.g. `docker network create [OPTIONS] NETWORK`. */
  readonly usage: string;
  /** The whole `--help` text as the real CLI prints it. */
  readonly help: string;
  readonly flags: readonly FlagSpec[];
  readonly args: ArgRule;
  /** false for run/create/exec: flags stop at the first positional (the image or container). */
  readonly interspersed?: boolean;
  /** No flag parsing at all: every argument goes to run() as it is (commands that only say they are not simulated). */
  readonly rawArgs?: boolean;
  /** Commands that never talk to the daemon (docker version's client part does; help does not). */
  readonly offline?: boolean;
  readonly run: (inv: DockerInvocation) => CommandResult;
}

export interface ManagementCommand {
  readonly kind: 'management';
  readonly path: string;
  readonly help: string;
  readonly children: ReadonlyMap<string, DockerNode>;
}

export type DockerNode = DockerCommand | ManagementCommand;

/** `unknown flag: --foo` and friends: exit 125, as the CLI's flag errors do. */
export function flagError(cmd: DockerCommand, message: string): CommandResult {
  return fail(`${message}\n\nUsage:  ${cmd.usage}\n\nRun '${cmd.path} --help' for more information\n`, 125);
}

function plural(n: number): string {
  return n === 1 ? 'argument' : 'arguments';
}

/** cobra's argument-count errors: "requires at least" says "See", the others "Run". */
export function argsError(cmd: DockerCommand, count: number): CommandResult | undefined {
  const r = cmd.args;
  const tail = (verb: 'See' | 'Run') => `\n\nUsage:  ${cmd.usage}\n\n${verb} '${cmd.path} --help' for more information\n`;
  switch (r.kind) {
    case 'none':
      return count === 0 ? undefined : fail(`docker: '${cmd.path}' accepts no arguments${tail('Run')}`, 1);
    case 'exact':
      return count === r.n ? undefined : fail(`docker: '${cmd.path}' requires ${r.n} ${plural(r.n)}${tail('Run')}`, 1);
    case 'min':
      return count >= r.n ? undefined : fail(`docker: '${cmd.path}' requires at least ${r.n} ${plural(r.n)}${tail('See')}`, 1);
    case 'max':
      // cobra's RequiresMaxArgs in docker/cli 28 really prints "SRun" (a typo in its format string).
      return count <= r.n ? undefined : fail(`docker: '${cmd.path}' requires at most ${r.n} ${plural(r.n)}\n\nUsage:  ${cmd.usage}\n\nSRun '${cmd.path} --help' for more information\n`, 1);
    case 'range':
      return count >= r.min && count <= r.max ? undefined : fail(`docker: '${cmd.path}' requires at least ${r.min} and at most ${r.max} ${plural(r.max)}${tail('Run')}`, 1);
    default:
      return undefined;
  }
}

export function unknownCommand(parent: ManagementCommand | undefined, path: string): CommandResult {
  if (!parent || parent.path === 'docker') return fail(`docker: unknown command: ${path}\n\nRun 'docker --help' for more information\n`, 1);
  return fail(`docker: unknown command: ${path}\n\nUsage:  ${parent.path}\n\nRun '${parent.path} --help' for more information\n`, 1);
}

/** Parses and runs one subcommand. */
export function runCommand(cmd: DockerCommand, args: readonly string[], ctx: ProgramContext, engine: Engine, dial: DockerInvocation['dial']): CommandResult {
  if (cmd.rawArgs) return cmd.run({ flags: { values: new Map(), positionals: args, help: false }, args, ctx, engine, path: cmd.path, dial });
  const parsed = parseFlags(args, cmd.flags, cmd.interspersed ?? true);
  if (parsed.kind === 'error') return flagError(cmd, parsed.message);
  if (parsed.parsed.help) return ok(`${parsed.parsed.helpShorthand ? 'Flag shorthand -h has been deprecated, use --help\n' : ''}${cmd.help}`);
  const bad = argsError(cmd, parsed.parsed.positionals.length);
  if (bad) return bad;
  return cmd.run({ flags: parsed.parsed, args: parsed.parsed.positionals, ctx, engine, path: cmd.path, dial });
}

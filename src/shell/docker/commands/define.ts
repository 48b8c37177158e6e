import type { ArgRule, DockerCommand, DockerInvocation } from '../cli/command.js';
import type { FlagKind, FlagSpec } from '../cli/flags.js';
import type { CommandResult } from '../../command-result.js';
import { HELP as CONTAINER_HELP } from './help/help-container.js';
import { HELP as GROUP_HELP } from './help/help-groups.js';
import { HELP as IMAGE_HELP } from './help/help-image.js';
import { HELP as RUN_HELP } from './help/help-run.js';
import { HELP as SYSTEM_HELP } from './help/help-system.js';

export type AliasedCommand = DockerCommand & { readonly aliases?: readonly string[] };

const ALL_HELP: Readonly<Record<string, string>> = { ...RUN_HELP, ...CONTAINER_HELP, ...IMAGE_HELP, ...SYSTEM_HELP, ...GROUP_HELP };

/** The real `--help` text of a command path, as captured from the CLI (see help/). */
export function helpText(path: string): string {
  const h = ALL_HELP[path];
  if (h === undefined) throw new Error(`no captured help for ${path}`);
  return h;
}

/** pflag value types as the help prints them → how the simulator parses them. */
function kindOf(type: string | undefined): FlagKind {
  if (type === undefined) return 'bool';
  if (type === 'int') return 'int';
  if (['list', 'filter', 'network', 'mount', 'ulimit', 'gpu-request', 'map', 'strings'].includes(type)) return 'strings';
  return 'string'; // string, bytes, decimal, duration, uint16: kept as typed
}

const FLAG_LINE = /^ {2}(?:-([a-zA-Z0-9]), | {4})--([a-z0-9-]+)(?: ([a-z0-9-]+))?(?: {2,}|$)/;

/**
 * The flags a command defines, read from its help's Options section: the help is the real
 * CLI's, so the set (names, shorthands, types) is the real one. Hidden flags (`--net`) are
 * added by the command's definition.
 */
export function flagsFromHelp(help: string): FlagSpec[] {
  const specs: FlagSpec[] = [];
  let inOptions = false;
  for (const line of help.split('\n')) {
    if (line === 'Options:') inOptions = true;
    else if (inOptions && line === '') inOptions = false;
    else if (inOptions) {
      const m = FLAG_LINE.exec(line);
      if (!m) continue;
      const [, short, long, type] = m;
      specs.push({ long: long as string, kind: kindOf(type), ...(short ? { short } : {}) });
    }
  }
  return specs;
}

/** The usage line of a help text, without "Usage:  ". */
function usageOf(help: string): string {
  return (help.split('\n')[0] ?? '').replace(/^Usage: {2}/, '');
}

export interface CommandDef {
  /** The cobra command's path, e.g. `docker container run`. */
  readonly path: string;
  /** The same command under another parent (`docker run`): same help but for the usage line. */
  readonly also?: readonly string[];
  /** Other names under the same parent (`docker container list`), sharing usage and help. */
  readonly aliases?: readonly string[];
  /** Whose captured help to use, when it is stored under an `also` path (`docker run`). */
  readonly helpFrom?: string;
  readonly args: ArgRule;
  readonly interspersed?: boolean;
  readonly hidden?: readonly FlagSpec[];
  /** Value checks the CLI makes while parsing flags (`--filter`, `--add-host`), by long name. */
  readonly validators?: Readonly<Record<string, (raw: string) => string | undefined>>;
  readonly run: (inv: DockerInvocation) => CommandResult;
}

/** One definition → the DockerCommands for its path and its `also` paths. */
export function define(d: CommandDef): AliasedCommand[] {
  const base = helpText(d.helpFrom ?? d.path);
  const baseUsage = usageOf(base);
  const flags = [...flagsFromHelp(base), ...(d.hidden ?? [])].map((f) => {
    const v = d.validators?.[f.long];
    return v ? { ...f, validate: v } : f;
  });
  return [d.path, ...(d.also ?? [])].map((path, i) => {
    const fixedUsage = usageFor(path, baseUsage);
    const help = base.replace(/^Usage: {2}[^\n]*/, `Usage:  ${fixedUsage}`);
    return {
      kind: 'command' as const,
      path,
      usage: fixedUsage,
      help,
      flags,
      args: d.args,
      ...(d.interspersed === false ? { interspersed: false } : {}),
      run: d.run,
      ...(i === 0 && d.aliases ? { aliases: d.aliases } : {}),
    };
  });
}

/** `docker container run [OPTIONS] IMAGE…` with path `docker run` → `docker run [OPTIONS] IMAGE…`. */
function usageFor(path: string, baseUsage: string): string {
  const words = baseUsage.split(' ');
  // The usage line is the command's path followed by its arguments; the path ends at the
  // first word that is not a plain lower-case command name.
  let n = 0;
  while (n < words.length && /^[a-z][a-z0-9-]*$/.test(words[n] as string)) n++;
  return [path, ...words.slice(n)].join(' ');
}

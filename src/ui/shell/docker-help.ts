/**
 * What Tab completion needs to know about a docker command, read from its own `--help` text
 * (the simulator prints the real CLI's help, and so does a real engine's CLI): the
 * subcommands, the flags (and which take a value, of what type), and the positional arguments
 * of the Usage line.
 */
export interface DockerFlag {
  readonly long: string;
  readonly short?: string;
  /** The value's type as help shows it (`string`, `network`, `list`…); absent for a switch. */
  readonly value?: string;
}

export interface DockerHelp {
  readonly subcommands: readonly string[];
  readonly flags: readonly DockerFlag[];
  /** The positional arguments of the Usage line: `CONTAINER`, `[COMMAND]`, `[ARG...]`. */
  readonly positionals: readonly string[];
}

export function parseDockerHelp(text: string): DockerHelp {
  const lines = text.split('\n');
  const subcommands: string[] = [];
  const flags: DockerFlag[] = [];
  let section = '';
  for (const line of lines) {
    if (/^\S.*:$/.test(line)) {
      section = line;
      continue;
    }
    if (section.endsWith('Commands:')) {
      const m = /^ {2}([a-z][\w-]*)\*?\s{2,}/.exec(line);
      if (m) subcommands.push(m[1] as string);
    } else if (section === 'Options:' || section === 'Global Options:') {
      const m = /^\s+(?:-([A-Za-z0-9]), )?--([A-Za-z0-9][\w-]*)(?: ([a-zA-Z]+))?(?:\s{2,}|$)/.exec(line);
      if (m) flags.push({ long: `--${m[2]}`, ...(m[1] ? { short: `-${m[1]}` } : {}), ...(m[3] ? { value: m[3] } : {}) });
    }
  }
  const usage = /^Usage:\s+(.*)$/m.exec(text)?.[1] ?? '';
  // After the command's own words (lowercase) and [OPTIONS]: CONTAINER, [COMMAND], [ARG...]…
  const positionals = usage.split(/\s+/).filter((w) => w !== '' && !/^[a-z]/.test(w) && w !== '[OPTIONS]');
  return { subcommands, flags, positionals };
}

export type NameKind = 'container' | 'network' | 'image' | 'volume';

/** What kind of name the n-th positional argument is, by the Usage line (a repeated last one repeats). */
export function positionalKind(help: DockerHelp, n: number): NameKind | undefined {
  const p = help.positionals;
  let word = p[n];
  if (word === undefined) {
    const last = p[p.length - 1];
    if (last && last.includes('...')) word = last;
  }
  if (!word) return undefined;
  const bare = word.replace(/[[\].]/g, '');
  if (bare === 'CONTAINER') return 'container';
  if (bare === 'NETWORK') return 'network';
  if (bare === 'IMAGE') return 'image';
  if (bare === 'VOLUME') return 'volume';
  return undefined;
}

/** What kind of name a flag's value is (`--network NAME`, `--volumes-from CONTAINER`). */
export function flagValueKind(flag: DockerFlag): NameKind | undefined {
  if (flag.value === 'network' || flag.long === '--network' || flag.long === '--net') return 'network';
  if (flag.long === '--volumes-from' || flag.long === '--link') return 'container';
  return undefined;
}

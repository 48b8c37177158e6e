import { type DockerHelp, flagValueKind, type NameKind, positionalKind } from './docker-help.js';
import type { Line } from './line-editor.js';

/** Where completion looks things up (the backend, read-only; see completion-oracle.ts). */
export interface CompletionOracle {
  /** Program and builtin names, for the first word of a command. */
  commands(): Promise<readonly string[]>;
  /** `docker [PATH…] --help`, parsed; undefined when there is no such command. */
  dockerHelp(path: readonly string[]): Promise<DockerHelp | undefined>;
  /** Names of containers, networks, images or volumes on the host. */
  names(kind: NameKind): Promise<readonly string[]>;
  /** The entries of a directory (absolute path), directories ending in `/`; undefined if unreadable. */
  listDir(dir: string): Promise<readonly string[] | undefined>;
  /** Whether an absolute path is a directory (asked when listDir could not mark them). */
  isDir(path: string): Promise<boolean>;
  /** The home directory `~` stands for, and the shell's working directory, if known. */
  home(): string;
  cwd(): string | undefined;
}

export interface Completion {
  readonly line: Line;
  /** Shown to the learner when the word is ambiguous and Tab could not add anything. */
  readonly candidates: readonly string[];
}

const SEPARATORS = /(?:\|\||&&|[|;&(])/g;

/** The words of the command being typed at the cursor, and the (possibly empty) word at it. */
function wordsAt(before: string): { words: string[]; current: string } {
  const parts = before.split(SEPARATORS);
  const seg = parts[parts.length - 1] ?? '';
  const words: string[] = [];
  let cur = '';
  let quote: string | undefined;
  for (const c of seg) {
    if (quote) {
      if (c === quote) quote = undefined;
      else cur += c;
    } else if (c === '"' || c === "'") quote = c;
    else if (/\s/.test(c)) {
      if (cur !== '') words.push(cur);
      cur = '';
    } else cur += c;
  }
  return { words, current: cur };
}

export function commonPrefix(xs: readonly string[]): string {
  if (xs.length === 0) return '';
  let p = xs[0] as string;
  for (const x of xs) while (!x.startsWith(p)) p = p.slice(0, -1);
  return p;
}

async function dockerCandidates(args: readonly string[], current: string, o: CompletionOracle): Promise<readonly string[]> {
  const path: string[] = [];
  let help = await o.dockerHelp(path);
  if (!help) return [];
  const positionals: string[] = [];
  let pendingFlag: DockerHelp['flags'][number] | undefined;
  for (const w of args) {
    if (pendingFlag) {
      pendingFlag = undefined;
      continue;
    }
    if (w.startsWith('-')) {
      const flag = help.flags.find((f) => f.long === w.split('=')[0] || f.short === w);
      if (flag?.value && !w.includes('=')) pendingFlag = flag;
      continue;
    }
    if (positionals.length === 0 && help.subcommands.includes(w)) {
      path.push(w);
      const next = await o.dockerHelp(path);
      if (!next) return [];
      help = next;
      continue;
    }
    positionals.push(w);
  }
  if (pendingFlag) {
    const kind = flagValueKind(pendingFlag);
    return kind ? o.names(kind) : [];
  }
  if (current.startsWith('-')) return help.flags.map((f) => f.long);
  if (positionals.length === 0 && help.subcommands.length > 0) return help.subcommands;
  const kind = positionalKind(help, positionals.length);
  return kind ? o.names(kind) : [];
}

async function pathCandidates(current: string, o: CompletionOracle): Promise<{ candidates: readonly string[]; stem: string; abs: string }> {
  const expanded = current.startsWith('~') ? o.home() + current.slice(1) : current;
  const cwd = o.cwd();
  if (!expanded.startsWith('/') && cwd === undefined) return { candidates: [], stem: '', abs: '' };
  const slash = current.lastIndexOf('/');
  const typedDir = slash >= 0 ? current.slice(0, slash + 1) : '';
  const dirOf = expanded.slice(0, expanded.lastIndexOf('/') + 1);
  const abs = expanded.startsWith('/') ? dirOf || '/' : `${cwd}/${dirOf}`;
  const entries = (await o.listDir(abs)) ?? [];
  const base = slash >= 0 ? current.slice(slash + 1) : current;
  const visible = entries.filter((e) => e !== './' && e !== '../' && (base.startsWith('.') || !e.startsWith('.')));
  return { candidates: visible.map((e) => typedDir + e), stem: typedDir + base, abs };
}

/**
 * Tab: completes the word at the cursor as bash would: the first word from the commands (or
 * the tutorial's `:` commands), docker's subcommands and flags from its help, container,
 * network, image and volume names where the Usage line wants them, file names elsewhere. One
 * match is completed with a space (a directory with `/`); several are completed to their
 * common prefix, and listed when that adds nothing.
 */
export async function complete(line: Line, o: CompletionOracle, runnerCommands: readonly string[] = []): Promise<Completion> {
  const before = line.text.slice(0, line.cursor);
  const { words, current } = wordsAt(before);
  let args = words;
  if (args[0] === 'sudo') {
    args = args.slice(1);
    while (args[0]?.startsWith('-')) args = args.slice(1);
  }
  let candidates: readonly string[];
  let stem = current;
  let dir: string | undefined;
  if (args.length === 0 && current.startsWith(':') && before.trimStart() === current) candidates = runnerCommands.map((c) => `:${c}`);
  else if (args.length === 0 && !current.includes('/')) candidates = await o.commands();
  else if (args[0] === 'docker') candidates = await dockerCandidates(args.slice(1), current, o);
  else {
    const p = await pathCandidates(current, o);
    ({ candidates, stem } = p);
    dir = p.abs;
  }
  const matches = [...new Set(candidates.filter((c) => c.startsWith(stem)))].sort();
  if (matches.length === 0) return { line, candidates: [] };
  const start = line.cursor - current.length;
  const replace = (word: string): Line => {
    const text = line.text.slice(0, start) + word + line.text.slice(line.cursor);
    return { text, cursor: start + word.length };
  };
  if (matches.length === 1) {
    const m = matches[0] as string;
    // A file name whose kind the listing did not show: a directory gets `/`, as bash does.
    const isDir = m.endsWith('/') || (dir !== undefined && (await o.isDir(`${dir.replace(/\/?$/, '/')}${m.slice(m.lastIndexOf('/') + 1)}`)));
    const word = m.endsWith('/') ? m : isDir ? `${m}/` : `${m} `;
    return { line: replace(word), candidates: [] };
  }
  const prefix = commonPrefix(matches);
  if (prefix.length > stem.length) return { line: replace(prefix), candidates: [] };
  return { line, candidates: matches };
}

import { queryEscape } from '../commands/format/query.js';
import { EngineError } from '../../../sim/errors.js';
import { type CommandResult, fail } from '../../command-result.js';
import type { ArgRule, DockerCommand, DockerInvocation } from '../cli/command.js';
import type { FlagSpec } from '../cli/flags.js';
import { NETWORK_HELP } from './help-texts.js';

export type AliasedCommand = DockerCommand & { readonly aliases?: readonly string[] };

/** A `docker network …`/`docker swarm …` command, its usage and help taken from the real CLI's --help. */
export function netCommand(d: {
  readonly path: string;
  readonly args: ArgRule;
  readonly flags: readonly FlagSpec[];
  readonly aliases?: readonly string[];
  readonly run: (inv: DockerInvocation) => CommandResult;
}): AliasedCommand {
  const help = NETWORK_HELP[d.path];
  if (help === undefined) throw new Error(`no captured help for ${d.path}`);
  const usage = (help.split('\n')[0] ?? '').replace(/^Usage: {2}/, '');
  return { kind: 'command', path: d.path, usage, help, flags: d.flags, args: d.args, run: d.run, ...(d.aliases ? { aliases: d.aliases } : {}) };
}

export const bool = (long: string, short?: string): FlagSpec => ({ long, kind: 'bool', ...(short ? { short } : {}) });
export const str = (long: string, short?: string): FlagSpec => ({ long, kind: 'string', ...(short ? { short } : {}) });
export const list = (long: string, short?: string): FlagSpec => ({ long, kind: 'strings', ...(short ? { short } : {}) });
export const int = (long: string, short?: string): FlagSpec => ({ long, kind: 'int', ...(short ? { short } : {}) });

/** The client's line when the socket refuses, or the daemon's error as the CLI prints it. */
export function dialFailure(line: string): CommandResult {
  return fail(`${line}\n`, 1);
}

export function daemonMessage(e: unknown): string {
  if (e instanceof EngineError) return `Error response from daemon: ${e.message}`;
  throw e;
}

/** The API path of a network: the CLI escapes the reference as a path segment. */
export function networkPath(ref: string, tail = ''): string {
  return `/networks/${encodeURIComponent(ref).replace(/%3A/gi, ':').replace(/%40/gi, '@')}${tail}`;
}

/**
 * `--filter k=v` values (opts.FilterOpt): `bad format of filter (expected name=value)` when a
 * value has no "=", as a flag error; keys lower-cased and trimmed as filters.ParseFlag does.
 */
export function parseFilterFlag(raw: readonly string[]): { ok: true; filters: Map<string, string[]> } | { ok: false; bad: string } {
  const m = new Map<string, string[]>();
  for (const f of raw) {
    const i = f.indexOf('=');
    if (i < 0) return { ok: false, bad: f };
    const k = f.slice(0, i).trim().toLowerCase();
    const v = f.slice(i + 1).trim();
    const values = m.get(k) ?? [];
    if (!values.includes(v)) values.push(v);
    m.set(k, values);
  }
  return { ok: true, filters: m };
}

export function filterFlagError(flag: string, bad: string): string {
  return `invalid argument "${bad}" for "${flag}" flag: bad format of filter (expected name=value)`;
}

/** `?filters=…` as filters.ToJSON and url.Values.Encode make it (keys sorted at both levels). */
export function filtersQuery(f: ReadonlyMap<string, readonly string[]>): string {
  if (f.size === 0) return '';
  const keys = [...f.keys()].sort();
  const json = `{${keys.map((k) => `${JSON.stringify(k)}:{${[...(f.get(k) ?? [])].sort().map((v) => `${JSON.stringify(v)}:true`).join(',')}}`).join(',')}}`;
  return `?filters=${queryEscape(json)}`;
}

/** `k=v` options (`-o`, `--label`): a key without "=" gets an empty value. */
export function keyValues(raw: readonly string[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const kv of raw) {
    const i = kv.indexOf('=');
    if (i < 0) m.set(kv, '');
    else m.set(kv.slice(0, i), kv.slice(i + 1));
  }
  return m;
}

/**
 * sortorder.NaturalLess, which `docker network ls` sorts names with: runs of digits compare
 * as numbers (dnet-n8 before dnet-n10), digits sort before other characters, the rest byte
 * by byte; on equal numbers, fewer leading zeros first.
 */
export function naturalLess(a: string, b: string): boolean {
  const digit = (s: string, i: number) => i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const d1 = digit(a, i);
    const d2 = digit(b, j);
    if (d1 !== d2) return d1;
    if (!d1) {
      if (a[i] !== b[j]) return (a[i] as string) < (b[j] as string);
      i++;
      j++;
      continue;
    }
    while (i < a.length && a[i] === '0') i++;
    while (j < b.length && b[j] === '0') j++;
    const n1 = i;
    const n2 = j;
    while (digit(a, i)) i++;
    while (digit(b, j)) j++;
    if (i - n1 !== j - n2) return i - n1 < j - n2;
    const r1 = a.slice(n1, i);
    const r2 = b.slice(n2, j);
    if (r1 !== r2) return r1 < r2;
    if (n1 !== n2) return n1 < n2;
  }
  return a.length < b.length;
}

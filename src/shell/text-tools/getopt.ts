import type { Flavor } from '../tool-io.js';

// Command-line options the way glibc's getopt_long reads them, which both GNU tools and
// busybox (Debian's busybox-static links glibc) use: short options cluster (`-vn`), an
// argument may be glued (`-n3`) or follow (`-n 3`), options and operands may be mixed
// (`grep a -n f1`), `--` ends the options, and a lone `-` is an operand (stdin).

export type ArgKind = 'none' | 'required';

export interface LongOption {
  readonly name: string;
  /** The key reported: a short letter when the long option is its synonym. */
  readonly key: string;
  readonly arg: ArgKind | 'optional';
}

export interface OptionSpec {
  /** getopt(3) letters; a `:` after a letter means it takes an argument. */
  readonly short: string;
  /** GNU long options, in the tool's own table order (ambiguity messages list them so). */
  readonly long?: readonly LongOption[];
  /**
   * busybox head parses with plain getopt(): `--lines` is `invalid option -- '-'`. Other
   * applets use getopt_long with no long options: `unrecognized option '--lines'`.
   */
  readonly busyboxNoLong?: boolean;
}

export interface ParsedOption {
  readonly key: string;
  readonly value: string | undefined;
  /** As typed, for "not simulated" messages: `-r`, `--recursive`. */
  readonly typed: string;
  /** The argument it came from (grep's `-12` is one number, `-1 -2` two). */
  readonly argIndex: number;
}

export type GetoptResult =
  | { readonly ok: true; readonly options: readonly ParsedOption[]; readonly operands: readonly string[] }
  /** `message` is getopt's own line, without the tool's usage text that follows it. */
  | { readonly ok: false; readonly message: string };

export function getopt(tool: string, args: readonly string[], spec: OptionSpec, flavor: Flavor): GetoptResult {
  const options: ParsedOption[] = [];
  const operands: string[] = [];
  const takesArg = (letter: string): ArgKind | undefined => {
    const i = spec.short.indexOf(letter);
    if (i < 0 || letter === ':') return undefined;
    return spec.short[i + 1] === ':' ? 'required' : 'none';
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (arg.startsWith('--') && !(flavor === 'busybox' && spec.busyboxNoLong === true)) {
      const long = matchLong(tool, arg, flavor === 'gnu' ? (spec.long ?? []) : []);
      if (!long.ok) return long;
      const { option, inline } = long;
      if (option.arg === 'none' && inline !== undefined) {
        return { ok: false, message: `${tool}: option '--${option.name}' doesn't allow an argument` };
      }
      let value = inline;
      if (option.arg === 'required' && value === undefined) {
        value = args[++i];
        if (value === undefined) return { ok: false, message: `${tool}: option '--${option.name}' requires an argument` };
      }
      options.push({ key: option.key, value, typed: `--${option.name}`, argIndex: i });
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') {
      operands.push(arg);
      continue;
    }
    for (let j = 1; j < arg.length; j++) {
      const letter = arg[j] ?? '';
      const kind = takesArg(letter);
      if (kind === undefined) return { ok: false, message: `${tool}: invalid option -- '${letter}'` };
      if (kind === 'none') {
        options.push({ key: letter, value: undefined, typed: `-${letter}`, argIndex: i });
        continue;
      }
      const argIndex = i;
      let value: string | undefined = arg.slice(j + 1);
      if (value === '') {
        value = args[++i];
        if (value === undefined) return { ok: false, message: `${tool}: option requires an argument -- '${letter}'` };
      }
      options.push({ key: letter, value, typed: `-${letter}`, argIndex });
      break;
    }
  }
  return { ok: true, options, operands };
}

type LongMatch = { readonly ok: true; readonly option: LongOption; readonly inline: string | undefined } | { readonly ok: false; readonly message: string };

/** `--name[=value]`: an exact name, or a prefix of exactly one option (or of synonyms). */
function matchLong(tool: string, arg: string, table: readonly LongOption[]): LongMatch {
  const eq = arg.indexOf('=');
  const name = arg.slice(2, eq < 0 ? undefined : eq);
  const inline = eq < 0 ? undefined : arg.slice(eq + 1);
  const exact = table.find((o) => o.name === name);
  if (exact !== undefined) return { ok: true, option: exact, inline };
  const candidates = table.filter((o) => o.name.startsWith(name));
  const [first] = candidates;
  if (first === undefined) return { ok: false, message: `${tool}: unrecognized option '${arg}'` };
  if (candidates.every((o) => o.key === first.key && o.arg === first.arg)) return { ok: true, option: first, inline };
  const list = candidates.map((o) => `'--${o.name}'`).join(' ');
  return { ok: false, message: `${tool}: option '--${name}' is ambiguous; possibilities: ${list}` };
}

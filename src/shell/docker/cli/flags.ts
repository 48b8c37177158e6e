/**
 * The docker CLI's flag parsing, as spf13/pflag does it: `--name=v`, `--name v`, `-n v`,
 * `-nv`, combined booleans (`-it`), `--` to stop, and (for run/exec/create) parsing that
 * stops at the first positional argument. Errors carry pflag's exact text.
 */
export type FlagKind = 'bool' | 'string' | 'strings' | 'int';

export interface FlagSpec {
  readonly long: string;
  readonly short?: string;
  readonly kind: FlagKind;
  /** A value check run while parsing, as pflag's Value.Set does: the reason it is invalid, if it is. */
  readonly validate?: (raw: string) => string | undefined;
}

export type FlagValue = boolean | string | readonly string[] | number;

export interface ParsedFlags {
  readonly values: ReadonlyMap<string, FlagValue>;
  readonly positionals: readonly string[];
  readonly help: boolean;
  /** Help was asked for with `-h`, which pflag answers with a deprecation note first. */
  readonly helpShorthand?: boolean;
}

export type ParseOutcome = { readonly kind: 'ok'; readonly parsed: ParsedFlags } | { readonly kind: 'error'; readonly message: string };

const HELP: FlagSpec = { long: 'help', kind: 'bool' };

function flagName(spec: FlagSpec): string {
  return spec.short ? `-${spec.short}, --${spec.long}` : `--${spec.long}`;
}

export function parseFlags(args: readonly string[], specs: readonly FlagSpec[], interspersed = true): ParseOutcome {
  const all = [...specs, HELP];
  const values = new Map<string, FlagValue>();
  const positionals: string[] = [];
  let helpShorthand = false;
  const set = (spec: FlagSpec, raw: string): string | undefined => {
    const invalid = spec.validate?.(raw);
    if (invalid !== undefined) return `invalid argument "${raw}" for "${flagName(spec)}" flag: ${invalid}`;
    if (spec.kind === 'bool') {
      if (!['true', 'false', '1', '0', 't', 'f', 'TRUE', 'FALSE', 'True', 'False'].includes(raw)) {
        return `invalid argument "${raw}" for "${flagName(spec)}" flag: strconv.ParseBool: parsing "${raw}": invalid syntax`;
      }
      values.set(spec.long, ['true', '1', 't', 'TRUE', 'True'].includes(raw));
    } else if (spec.kind === 'int') {
      if (!/^[+-]?\d+$/.test(raw)) return `invalid argument "${raw}" for "${flagName(spec)}" flag: strconv.ParseInt: parsing "${raw}": invalid syntax`;
      values.set(spec.long, Number(raw));
    } else if (spec.kind === 'strings') {
      values.set(spec.long, [...((values.get(spec.long) as readonly string[] | undefined) ?? []), raw]);
    } else values.set(spec.long, raw);
    return undefined;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--') && a.length > 2) {
      const eq = a.indexOf('=');
      const name = eq >= 0 ? a.slice(2, eq) : a.slice(2);
      const spec = all.find((s) => s.long === name);
      if (!spec) return { kind: 'error', message: `unknown flag: --${name}` };
      if (eq >= 0) {
        const err = set(spec, a.slice(eq + 1));
        if (err) return { kind: 'error', message: err };
      } else if (spec.kind === 'bool') values.set(spec.long, true);
      else {
        if (i + 1 >= args.length) return { kind: 'error', message: `flag needs an argument: --${name}` };
        const err = set(spec, args[++i] as string);
        if (err) return { kind: 'error', message: err };
      }
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const ch = a[j] as string;
        const spec = ch === 'h' && !all.some((s) => s.short === 'h') ? HELP : all.find((s) => s.short === ch);
        if (!spec) return { kind: 'error', message: `unknown shorthand flag: '${ch}' in ${a}` };
        if (spec === HELP) helpShorthand = true;
        if (spec.kind === 'bool') {
          if (a[j + 1] === '=') {
            const err = set(spec, a.slice(j + 2));
            if (err) return { kind: 'error', message: err };
            break;
          }
          values.set(spec.long, true);
          continue;
        }
        let raw = a.slice(j + 1);
        if (raw.startsWith('=')) raw = raw.slice(1);
        else if (raw === '') {
          if (i + 1 >= args.length) return { kind: 'error', message: `flag needs an argument: '${ch}' in -${ch}` };
          raw = args[++i] as string;
        }
        const err = set(spec, raw);
        if (err) return { kind: 'error', message: err };
        break;
      }
      continue;
    }
    if (!interspersed) {
      positionals.push(...args.slice(i));
      break;
    }
    positionals.push(a);
  }
  const help = values.get('help') === true;
  return { kind: 'ok', parsed: { values, positionals, help, ...(help && helpShorthand ? { helpShorthand } : {}) } };
}

/** Typed reads of parsed flags. */
export const flagBool = (p: ParsedFlags, name: string): boolean => p.values.get(name) === true;
export const flagString = (p: ParsedFlags, name: string): string | undefined => p.values.get(name) as string | undefined;
export const flagStrings = (p: ParsedFlags, name: string): readonly string[] => (p.values.get(name) as readonly string[] | undefined) ?? [];
export const flagInt = (p: ParsedFlags, name: string): number | undefined => p.values.get(name) as number | undefined;

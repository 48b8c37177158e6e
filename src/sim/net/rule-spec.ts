import { type Cidr, parseCidr } from './ip.js';

/**
 * One iptables rule as `iptables -S` prints it ("-i docker0 ! -o docker0 -j ACCEPT"), parsed
 * into the matches the simulator can evaluate. Only the forms Docker writes and learners add
 * are understood; any other match makes the rule unmatchable (`unknown`), so a rule the
 * simulator cannot read never decides a packet's fate by accident.
 */
export type Match =
  | { readonly kind: 'iface'; readonly dir: 'in' | 'out'; readonly name: string; readonly negate: boolean }
  | { readonly kind: 'addr'; readonly dir: 'src' | 'dst'; readonly cidr: Cidr; readonly negate: boolean }
  | { readonly kind: 'proto'; readonly proto: string; readonly negate: boolean }
  | { readonly kind: 'port'; readonly dir: 'sport' | 'dport'; readonly lo: number; readonly hi: number; readonly negate: boolean }
  | { readonly kind: 'ctstate'; readonly states: readonly string[]; readonly negate: boolean }
  | { readonly kind: 'addrtype'; readonly dir: 'src' | 'dst'; readonly type: string; readonly negate: boolean }
  | { readonly kind: 'unknown'; readonly text: string };

export interface RuleSpec {
  readonly text: string;
  readonly matches: readonly Match[];
  /** ACCEPT, DROP, REJECT, RETURN, DNAT, MASQUERADE, a user chain… or none (a counting rule). */
  readonly target?: string;
  /** `-g CHAIN` jumps without coming back. */
  readonly goto: boolean;
  /** The target's options: `--to-destination`, `--reject-with`. */
  readonly targetOptions: ReadonlyMap<string, string>;
}

/** Splits a rule spec into words, keeping "quoted strings" (comments) whole. */
function words(text: string): string[] {
  const out: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|(\S+)/g;
  for (const m of text.matchAll(re)) out.push(m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : (m[2] ?? ''));
  return out;
}

function cidrOf(s: string): Cidr | undefined {
  return parseCidr(s.includes('/') ? s : `${s}/32`);
}

function portRange(s: string): { lo: number; hi: number } | undefined {
  const m = /^(\d+)(?::(\d+))?$/.exec(s);
  if (!m) return undefined;
  const lo = Number(m[1]);
  return { lo, hi: m[2] !== undefined ? Number(m[2]) : lo };
}

const SKIP_MODULE_OPTIONS = new Set(['--comment']);

export function parseRuleSpec(text: string): RuleSpec {
  const w = words(text);
  const matches: Match[] = [];
  let target: string | undefined;
  let goto = false;
  const targetOptions = new Map<string, string>();
  let negate = false;
  for (let i = 0; i < w.length; i++) {
    const word = w[i] ?? '';
    if (word === '!') {
      negate = true;
      continue;
    }
    const next = (): string => {
      let v = w[++i] ?? '';
      // The old form puts the "!" after the option: `-s ! 10.0.0.0/8`.
      if (v === '!') {
        negate = !negate;
        v = w[++i] ?? '';
      }
      return v;
    };
    switch (word) {
      case '-i': case '--in-interface': case '-o': case '--out-interface': {
        const dir = word === '-i' || word === '--in-interface' ? 'in' : 'out';
        const name = next();
        matches.push({ kind: 'iface', dir, name, negate });
        break;
      }
      case '-s': case '--source': case '--src': case '-d': case '--destination': case '--dst': {
        const dir = word.startsWith('-s') || word.startsWith('--s') ? 'src' : 'dst';
        const v = next();
        const cidr = cidrOf(v);
        matches.push(cidr ? { kind: 'addr', dir, cidr, negate } : { kind: 'unknown', text: `${word} ${v}` });
        break;
      }
      case '-p': case '--protocol':
        matches.push({ kind: 'proto', proto: next().toLowerCase(), negate });
        break;
      case '--dport': case '--destination-port': case '--sport': case '--source-port': {
        const dir = word === '--dport' || word === '--destination-port' ? 'dport' : 'sport';
        const v = next();
        const r = portRange(v);
        matches.push(r ? { kind: 'port', dir, ...r, negate } : { kind: 'unknown', text: `${word} ${v}` });
        break;
      }
      case '--ctstate': case '--state':
        matches.push({ kind: 'ctstate', states: next().split(','), negate });
        break;
      case '--dst-type': case '--src-type':
        matches.push({ kind: 'addrtype', dir: word === '--dst-type' ? 'dst' : 'src', type: next(), negate });
        break;
      case '-m': case '--match':
        // The module name itself decides nothing; its options follow as their own words.
        next();
        break;
      case '-j': case '--jump': case '-g': case '--goto':
        goto = word === '-g' || word === '--goto';
        target = next();
        break;
      default:
        if (SKIP_MODULE_OPTIONS.has(word)) next();
        else if (target !== undefined && word.startsWith('--')) targetOptions.set(word, w[++i] ?? '');
        else matches.push({ kind: 'unknown', text: word });
    }
    negate = false;
  }
  return { text, matches, ...(target !== undefined ? { target } : {}), goto, targetOptions };
}

import { badArgument, paramProblem } from './texts.js';

/**
 * iptables' command line as xshared.c reads it with getopt_long in "return in order" mode:
 * a word that is not an option is a `Bad argument` (except `!`, which inverts the next
 * option); an optional argument (`-L [chain [rulenum]]`) is taken when attached (`-LFOO`) or
 * when the very next word does not start with `-` or `!` — so `-L -n DOCKER` is an error but
 * `-nL DOCKER` and `-L DOCKER -n` are not. Options the core does not know (`--dport`) belong
 * to the match or target loaded last; they are kept in order for the rule builder.
 */
export type CommandLetter = 'A' | 'C' | 'D' | 'I' | 'R' | 'L' | 'S' | 'F' | 'Z' | 'N' | 'X' | 'E' | 'P';

export interface RuleWord {
  /** `-s`, `-d`, `-i`, `-o`, `-p`, `-m`, `-j`, `-g`, or a module option such as `--dport`. */
  readonly flag: string;
  readonly value: string;
  readonly inv: boolean;
}

export interface Invocation {
  command?: CommandLetter;
  chain?: string;
  rulenum?: number;
  /** -P's policy, -E's new name. */
  arg2?: string;
  table: string;
  numeric: boolean;
  verbose: boolean;
  exact: boolean;
  lineNumbers: boolean;
  readonly words: RuleWord[];
  /** Options given, as letters for the legality check (n s d p j v x i o l c f). */
  readonly used: Set<string>;
  /** -Z given along with -L (list, then zero the counters). */
  zero: boolean;
}

export type Parsed = { readonly inv: Invocation } | { readonly exit: { readonly stdout?: string; readonly stderr: string; readonly code: number } };

const LONG: Record<string, string> = {
  append: 'A', check: 'C', delete: 'D', insert: 'I', replace: 'R', list: 'L', 'list-rules': 'S', flush: 'F', zero: 'Z',
  'new-chain': 'N', new: 'N', 'delete-chain': 'X', 'rename-chain': 'E', policy: 'P', source: 's', src: 's',
  destination: 'd', dst: 'd', protocol: 'p', 'in-interface': 'i', 'out-interface': 'o', jump: 'j', goto: 'g', match: 'm',
  table: 't', numeric: 'n', verbose: 'v', exact: 'x', fragment: 'f', version: 'V', help: 'h', 'line-numbers': '0',
  wait: 'w', 'wait-interval': 'W', ipv4: '4', ipv6: '6', 'set-counters': 'c', modprobe: 'M',
};

const REQUIRED = new Set('ACDRIMNEPopsdjitmcg');
const OPTIONAL = new Set('LSFZXwW');
const FLAGS = new Set('Vhfbvnx46');
const COMMANDS = new Set('ACDRILSFZNXEP');
/** Module options that take no value. */
const NO_VALUE = new Set(['syn', 'log-uid', 'log-tcp-sequence', 'log-tcp-options', 'log-ip-options', 'random', 'persistent', 'fully-random']);

const problem = (msg: string): Parsed => ({ exit: { stderr: paramProblem(msg), code: 2 } });

function ruleNumber(s: string): number | Parsed {
  const n = /^\d+$/.test(s) ? Number(s) : 0;
  return n >= 1 ? n : problem(`Invalid rule number \`${s}'`);
}

export function parseArgs(args: readonly string[]): Parsed {
  const inv: Invocation = { table: 'filter', numeric: false, verbose: false, exact: false, lineNumbers: false, words: [], used: new Set(), zero: false };
  let invert = false;
  let i = 0;
  const hasArg = () => i < args.length && !(args[i] as string).startsWith('-') && !(args[i] as string).startsWith('!');

  const setCommand = (c: CommandLetter): Parsed | undefined => {
    if (c === 'Z' && inv.command === 'L') {
      inv.zero = true;
      return undefined;
    }
    if (inv.command !== undefined) return problem(`Cannot use -${c} with -${inv.command}`);
    inv.command = c;
    return undefined;
  };

  /** Handles one option; `attached` is the rest of a cluster (`-tnat`), consumed when the option takes it. */
  const option = (letter: string, shown: string, attached: string | undefined): { consumed: boolean; result?: Parsed } => {
    let value: string | undefined;
    let consumed = false;
    if (REQUIRED.has(letter)) {
      if (attached !== undefined && attached !== '') {
        value = attached;
        consumed = true;
      } else if (i < args.length) value = args[i++];
      else return { consumed, result: problem(`option "${shown}" requires an argument`) };
    } else if (OPTIONAL.has(letter) && attached !== undefined && attached !== '') {
      value = attached;
      consumed = true;
    }
    const v = value as string;
    if (COMMANDS.has(letter)) {
      const err = setCommand(letter as CommandLetter);
      if (err) return { consumed, result: err };
      if (letter === 'Z' && inv.zero) return { consumed };
      if (REQUIRED.has(letter)) inv.chain = v;
      else if (value !== undefined) inv.chain = v;
      else if (hasArg()) inv.chain = args[i++];
      if (letter === 'P' || letter === 'E') {
        if (!hasArg()) return { consumed, result: problem(letter === 'P' ? '-P requires a chain and a policy' : '-E requires old-chain-name and new-chain-name') };
        inv.arg2 = args[i++];
      }
      if ((letter === 'I' || letter === 'D' || ((letter === 'L' || letter === 'S' || letter === 'Z') && inv.chain !== undefined) || letter === 'R') && hasArg()) {
        const n = ruleNumber(args[i++] as string);
        if (typeof n !== 'number') return { consumed, result: n };
        inv.rulenum = n;
      }
      return { consumed };
    }
    switch (letter) {
      case 'V':
        return { consumed, result: { exit: { stdout: 'iptables v1.8.9 (nf_tables)\n', stderr: '', code: 0 } } };
      case 'h':
        return { consumed, result: { exit: { stdout: 'help', stderr: '', code: 0 } } };
      case 't':
        inv.table = v;
        return { consumed };
      case 'n':
      case 'v':
      case 'x':
        inv.used.add(letter);
        if (letter === 'n') inv.numeric = true;
        else if (letter === 'v') inv.verbose = true;
        else inv.exact = true;
        return { consumed };
      case '0':
        inv.used.add('l');
        inv.lineNumbers = true;
        return { consumed };
      case 'w':
      case 'W':
      case '4':
      case 'M':
        return { consumed };
      case 's':
      case 'd':
      case 'p':
      case 'j':
      case 'g':
      case 'i':
      case 'o':
      case 'm':
      case 'f':
      case 'c':
        if (letter !== 'm') inv.used.add(letter === 'g' ? 'j' : letter);
        inv.words.push({ flag: `-${letter}`, value: v ?? '', inv: invert });
        invert = false;
        return { consumed };
      default:
        return { consumed, result: problem(`unknown option "${shown}"`) };
    }
  };

  while (i < args.length) {
    const a = args[i++] as string;
    if (a === '!') {
      invert = true;
      continue;
    }
    if (a.startsWith('--') && a.length > 2) {
      const [name, eq] = a.slice(2).split(/=(.*)/s) as [string, string | undefined];
      const letter = LONG[name];
      if (letter === undefined) {
        // A module's option: the match or target loaded before it decides what it means; with none, nobody knows it.
        if (!inv.words.some((w) => w.flag === '-p' || w.flag === '-m' || w.flag === '-j' || w.flag === '-g')) return problem(`unknown option "${a.split('=')[0] as string}"`);
        let value = eq ?? '';
        if (eq === undefined && !NO_VALUE.has(name) && i < args.length && args[i] !== '!') value = args[i++] as string;
        inv.words.push({ flag: a.split('=')[0] as string, value, inv: invert });
        invert = false;
        continue;
      }
      const r = option(letter, `--${name}`, eq);
      if (r.result) return r.result;
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let k = 1; k < a.length; k++) {
        const letter = a[k] as string;
        if (!REQUIRED.has(letter) && !OPTIONAL.has(letter) && !FLAGS.has(letter)) return problem(`unknown option "-${letter}"`);
        const rest = a.slice(k + 1);
        const r = option(letter, `-${letter}`, REQUIRED.has(letter) || OPTIONAL.has(letter) ? rest : undefined);
        if (r.result) return r.result;
        if (r.consumed || REQUIRED.has(letter) || OPTIONAL.has(letter)) break;
      }
      continue;
    }
    return { exit: { stderr: badArgument(a), code: 2 } };
  }
  return { inv };
}

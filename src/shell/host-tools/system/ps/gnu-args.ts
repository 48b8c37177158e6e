// procps-ng's three option syntaxes in one command line: UNIX (`-ef`, `-p 1`), BSD (`aux`,
// `p 1`) and GNU long options (`--ppid 1`). What the simulator reads of them.

export type Format = 'default' | 'full' | 'extra' | 'long' | 'bsd' | 'user' | 'custom';

export interface PsOptions {
  /** -e, -A, or BSD `a` with `x`. */
  all: boolean;
  /** BSD `a`: every process with a terminal. */
  bsdA: boolean;
  /** BSD `x`: also those without one. */
  bsdX: boolean;
  /** UNIX -a: every process with a terminal except session leaders. */
  unixA: boolean;
  pids: number[];
  ppids: number[];
  commands: string[];
  users: string[];
  ttys: string[];
  format: Format;
  /** -l with -y: RSS instead of ADDR, no F. */
  longY: boolean;
  columns: string[];
  forest: boolean;
  noHeaders: boolean;
  help: boolean;
  version: boolean;
  /** The first thing the simulator does not know, as typed. */
  notSimulated?: string;
}

export type ParseResult = { ok: true; options: PsOptions } | { ok: false; error: string };

const UNIX_WITH_ARG = 'pqCuUgGotsO';
const UNIX_FLAGS = 'eAfFlyadNHwjLTcMZ';
const BSD_WITH_ARG = 'oOpUt';
const BSD_FLAGS = 'auxwhjlvrcefsSmLTZ';

function listOf(s: string): string[] {
  return s.split(/[,\s]+/).filter(Boolean);
}

const pidList = (s: string): number[] | undefined => {
  const items = listOf(s);
  if (items.length === 0 || !items.every((x) => /^\d+$/.test(x))) return undefined;
  return items.map(Number);
};

const WHAT: Readonly<Record<string, string>> = {
  p: 'process IDs', q: 'process IDs', C: 'command names', u: 'users', U: 'users', g: 'groups', G: 'groups',
  o: 'format specification', O: 'format specification', t: 'terminals', s: 'session IDs', ppid: 'process IDs', pid: 'process IDs',
};

export function parsePsArgs(args: readonly string[]): ParseResult {
  const o: PsOptions = {
    all: false, bsdA: false, bsdX: false, unixA: false, pids: [], ppids: [], commands: [], users: [], ttys: [],
    format: 'default', longY: false, columns: [], forest: false, noHeaders: false, help: false, version: false,
  };
  let unixFormat: Format | undefined;
  let bsdFormat: Format | undefined;
  const take = (key: string, value: string | undefined): string | undefined => {
    if (value === undefined || value === '') return `list of ${WHAT[key] ?? 'values'} must follow -${key}`;
    const err = apply(key, value);
    return err;
  };
  const apply = (key: string, value: string): string | undefined => {
    switch (key) {
      case 'p': case 'q': case 'pid': {
        const l = pidList(value);
        if (!l) return 'process ID list syntax error';
        o.pids.push(...l);
        return undefined;
      }
      case 'ppid': {
        const l = pidList(value);
        if (!l) return 'process ID list syntax error';
        o.ppids.push(...l);
        return undefined;
      }
      case 'C': o.commands.push(...listOf(value)); return undefined;
      case 'u': case 'U': case 'user': case 'User': o.users.push(...listOf(value)); return undefined;
      case 't': case 'tty': o.ttys.push(...listOf(value)); return undefined;
      case 'o': case 'format': o.columns.push(value); return undefined;
      default:
        o.notSimulated ??= `-${key} ${value}`;
        return undefined;
    }
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = a.slice(2, eq < 0 ? undefined : eq);
      if (name === 'help') { o.help = true; continue; }
      if (name === 'version' || name === 'V') { o.version = true; continue; }
      if (name === 'forest') { o.forest = true; continue; }
      if (name === 'no-headers' || name === 'no-heading') { o.noHeaders = true; continue; }
      if (name === 'headers' || name === 'cols' || name === 'columns' || name === 'width' || name === 'sort' || name === 'deselect' || name === 'sid' || name === 'group' || name === 'Group' || name === 'context' || name === 'cumulative' || name === 'info' || name === 'quick-pid') {
        o.notSimulated ??= a;
        if (eq < 0 && !['headers', 'deselect', 'context', 'cumulative', 'info'].includes(name)) i++;
        continue;
      }
      if (!['pid', 'ppid', 'user', 'User', 'tty', 'format'].includes(name)) return { ok: false, error: 'unknown gnu long option' };
      const value = eq >= 0 ? a.slice(eq + 1) : args[++i];
      if (value === undefined) return { ok: false, error: `list of ${WHAT[name] ?? 'values'} must follow --${name}` };
      const err = apply(name, value);
      if (err) return { ok: false, error: err };
      if (name === 'format') unixFormat = 'custom';
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j] as string;
        if (UNIX_WITH_ARG.includes(c)) {
          const rest = a.slice(j + 1);
          const value = rest !== '' ? rest : args[++i];
          const err = take(c, value);
          if (err) return { ok: false, error: err };
          if (c === 'o') unixFormat = 'custom';
          break;
        }
        // -V prints the version and exits, whatever else is on the line (parser.c).
        if (c === 'V') {
          o.version = true;
          continue;
        }
        if (!UNIX_FLAGS.includes(c)) return { ok: false, error: 'unsupported SysV option' };
        if (c === 'e' || c === 'A') o.all = true;
        else if (c === 'f') unixFormat = unixFormat === 'custom' ? 'custom' : unixFormat === 'long' ? 'long' : 'full';
        else if (c === 'F') unixFormat = 'extra';
        else if (c === 'l') unixFormat = 'long';
        else if (c === 'y') o.longY = true;
        else if (c === 'a') o.unixA = true;
        else if (c === 'H') o.forest = true;
        else if (c === 'w') continue;
        else o.notSimulated ??= `-${c}`;
      }
      continue;
    }
    if (/^\d+$/.test(a)) {
      o.pids.push(Number(a));
      continue;
    }
    for (let j = 0; j < a.length; j++) {
      const c = a[j] as string;
      if (BSD_WITH_ARG.includes(c)) {
        const rest = a.slice(j + 1);
        const value = rest !== '' ? rest : args[++i];
        const key = c === 'U' ? 'U' : c;
        const err = take(key, value);
        if (err) return { ok: false, error: err };
        if (c === 'o') bsdFormat = 'custom';
        break;
      }
      if (c === 'V') {
        o.version = true;
        continue;
      }
      if (!BSD_FLAGS.includes(c)) return { ok: false, error: 'unsupported option (BSD syntax)' };
      if (c === 'a') o.bsdA = true;
      else if (c === 'x') o.bsdX = true;
      else if (c === 'u') bsdFormat = 'user';
      else if (c === 'f') o.forest = true;
      else if (c === 'h') o.noHeaders = true;
      else if (c === 'w') continue;
      else o.notSimulated ??= c;
    }
    bsdFormat ??= 'bsd';
  }
  if (o.bsdA && o.bsdX) o.all = true;
  o.format = o.columns.length > 0 ? 'custom' : (unixFormat ?? bsdFormat ?? 'default');
  return { ok: true, options: o };
}

import type { CommandResult } from '../../command-result.js';
import type { ProgramContext } from '../../program.js';
import { getopt } from '../../text-tools/getopt.js';
import { notSimulated } from './common.js';
import { type ProcRow, processRows } from './procs/view.js';

// pstree from psmisc (Ubuntu 22.04): the tree from PID 1 (or a PID, or a user's processes),
// children sorted by name, threads as {name}, identical siblings merged as N*[…]. In a UTF-8
// locale it draws with box characters, as on the learner's terminal.

interface Node {
  readonly name: string;
  readonly pid: number;
  readonly children: Node[];
}

interface Symbols {
  readonly empty: string;
  readonly branch: string;
  readonly vert: string;
  readonly last: string;
  readonly single: string;
  readonly first: string;
}

const UTF8: Symbols = { empty: '  ', branch: '├─', vert: '│ ', last: '└─', single: '───', first: '─┬─' };
const ASCII: Symbols = { empty: '  ', branch: '|-', vert: '| ', last: '`-', single: '---', first: '-+-' };

const USAGE = `Usage: pstree [-acglpsStTuZ] [ -h | -H PID ] [ -n | -N type ]
              [ -A | -G | -U ] [ PID | USER ]
   or: pstree -V

Display a tree of processes.

  -a, --arguments     show command line arguments
  -A, --ascii         use ASCII line drawing characters
  -c, --compact-not   don't compact identical subtrees
  -C, --color=TYPE    color process by attribute
                      (age)
  -g, --show-pgids    show process group ids; implies -c
  -G, --vt100         use VT100 line drawing characters
  -h, --highlight-all highlight current process and its ancestors
  -H PID, --highlight-pid=PID
                      highlight this process and its ancestors
  -l, --long          don't truncate long lines
  -n, --numeric-sort  sort output by PID
  -N TYPE, --ns-sort=TYPE
                      sort output by this namespace type
                              (cgroup, ipc, mnt, net, pid, time, user, uts)
  -p, --show-pids     show PIDs; implies -c
  -s, --show-parents  show parents of the selected process
  -S, --ns-changes    show namespace transitions
  -t, --thread-names  show full thread names
  -T, --hide-threads  hide threads, show only processes
  -u, --uid-changes   show uid transitions
  -U, --unicode       use UTF-8 (Unicode) line drawing characters
  -V, --version       display version information
  -Z, --security-context
                      show security attributes

  PID    start at this PID; default is 1 (init)
  USER   show only trees rooted at processes of this user

`;

const byName = (a: Node, b: Node) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.pid - b.pid);

function buildTree(rows: readonly ProcRow[], root: ProcRow, o: { pids: boolean; threads: boolean; numeric: boolean }): Node {
  const byParent = new Map<number, ProcRow[]>();
  for (const r of rows) {
    if (r.ppid === r.pid) continue;
    const list = byParent.get(r.ppid);
    if (list) list.push(r);
    else byParent.set(r.ppid, [r]);
  }
  const make = (r: ProcRow): Node => {
    const children = (byParent.get(r.pid) ?? []).map(make);
    if (o.threads) {
      // Thread IDs follow their process's PID, as the threads a daemon starts at once get them.
      for (let i = 1; i < r.traits.threads; i++) children.push({ name: o.pids ? `{${r.comm}}(${r.pid + i})` : `{${r.comm}}`, pid: r.pid + i, children: [] });
    }
    children.sort(o.numeric ? (a, b) => a.pid - b.pid : byName);
    return { name: o.pids ? `${r.comm}(${r.pid})` : r.comm, pid: r.pid, children };
  };
  return make(root);
}

const equal = (a: Node, b: Node): boolean =>
  a.name === b.name && a.children.length === b.children.length && a.children.every((c, i) => equal(c, b.children[i] as Node));

/** psmisc's dump_tree: the first child on the parent's line, the others under it. */
function render(root: Node, sym: Symbols, compact: boolean): string {
  let out = '';
  const width: number[] = [];
  const more: boolean[] = [];
  const dump = (node: Node, level: number, rep: number, leaf: boolean, last: boolean, closing: number) => {
    if (!leaf) {
      for (let lvl = 0; lvl < level; lvl++) {
        out += ' '.repeat((width[lvl] as number) + 1);
        out += lvl === level - 1 ? (last ? sym.last : sym.branch) : more[lvl + 1] ? sym.vert : sym.empty;
      }
    }
    const prefix = rep < 2 ? '' : `${rep}*[`;
    out += prefix + node.name;
    if (node.children.length === 0) {
      out += `${']'.repeat(closing)}\n`;
      return;
    }
    more[level] = !last;
    width[level] = prefix.length + [...node.name].length;
    for (let i = 0; i < node.children.length; ) {
      const child = node.children[i] as Node;
      let count = 1;
      if (compact) while (i + count < node.children.length && equal(child, node.children[i + count] as Node)) count++;
      const isLast = i + count >= node.children.length;
      if (i === 0) out += isLast ? sym.single : sym.first;
      dump(child, level + 1, count, i === 0, isLast, closing + (count > 1 ? 1 : 0));
      i += count;
    }
  };
  dump(root, 0, 1, true, true, 0);
  return out;
}

const LONG = [
  ['arguments', 'a', 'none'], ['ascii', 'A', 'none'], ['compact-not', 'c', 'none'], ['show-pids', 'p', 'none'], ['numeric-sort', 'n', 'none'],
  ['hide-threads', 'T', 'none'], ['unicode', 'U', 'none'], ['version', 'V', 'none'], ['long', 'l', 'none'], ['show-pgids', 'g', 'none'],
  ['vt100', 'G', 'none'], ['highlight-all', 'h', 'none'], ['highlight-pid', 'H', 'required'], ['ns-sort', 'N', 'required'],
  ['show-parents', 's', 'none'], ['ns-changes', 'S', 'none'], ['thread-names', 't', 'none'], ['uid-changes', 'u', 'none'],
  ['security-context', 'Z', 'none'], ['color', 'C', 'required'],
] as const;

export function pstree(args: readonly string[], ctx: ProgramContext): CommandResult {
  const parsed = getopt('pstree', args, { short: 'aAcpnTUVlgGhH:N:sStuZC:', long: LONG.map(([name, key, arg]) => ({ name, key, arg })) }, 'gnu');
  if (!parsed.ok) return { stdout: '', stderr: `${parsed.message}\n${USAGE}`, exitCode: 1 };
  const has = (k: string) => parsed.options.some((o) => o.key === k);
  if (has('V')) return { stdout: '', stderr: 'pstree (PSmisc) 23.4\nCopyright (C) 1993-2019 Werner Almesberger and Craig Small\n\nPSmisc comes with ABSOLUTELY NO WARRANTY.\nThis is free software, and you are welcome to redistribute it under\nthe terms of the GNU General Public License.\nFor more information about these matters, see the files named COPYING.\n', exitCode: 0 };
  const unsupported = parsed.options.find((o) => 'agGhHNsStuZC'.includes(o.key));
  if (unsupported) return notSimulated(`pstree ${unsupported.typed}`);
  if (parsed.operands.length > 1) return { stdout: '', stderr: USAGE, exitCode: 1 };
  const rows = processRows(ctx);
  const o = { pids: has('p'), threads: !has('T'), numeric: has('n') };
  const compact = !has('c') && !o.pids;
  const locale = ctx.env.get('LC_ALL') || ctx.env.get('LC_CTYPE') || ctx.env.get('LANG') || '';
  const sym = has('A') || (!has('U') && !/utf-?8/i.test(locale)) ? ASCII : UTF8;
  const target = parsed.operands[0];
  let roots: ProcRow[];
  if (target === undefined) roots = rows.filter((r) => r.pid === 1);
  else if (/^\d+$/.test(target)) roots = rows.filter((r) => r.pid === Number(target));
  else {
    if (!ctx.host.kernel.users.user(target)) return { stdout: '', stderr: `No such user name: ${target}\n`, exitCode: 1 };
    const mine = new Set(rows.filter((r) => r.user === target).map((r) => r.pid));
    roots = rows.filter((r) => mine.has(r.pid) && !mine.has(r.ppid));
  }
  const text = roots.map((r) => render(buildTree(rows, r, o), sym, compact)).join('');
  return { stdout: text, stderr: '', exitCode: 0 };
}

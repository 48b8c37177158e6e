import type { CommandResult } from '../../command-result.js';
import type { ProgramContext } from '../../program.js';
import { getopt } from '../../text-tools/getopt.js';
import { notSimulated } from './common.js';
import { argsOf, processRows } from './procs/view.js';

// pgrep from procps-ng 3.3.17 (Ubuntu 22.04): a regex against the process name (or, with -f,
// the whole command line); never itself.

const USAGE = `
Usage:
 pgrep [options] <pattern>

Options:
 -d, --delimiter <string>  specify output delimiter
 -l, --list-name           list PID and process name
 -a, --list-full           list PID and full command line
 -v, --inverse             negates the matching
 -w, --lightweight         list all TID
 -c, --count               count of matching processes
 -f, --full                use full process name to match
 -g, --pgroup <PGID,...>   match listed process group IDs
 -G, --group <GID,...>     match real group IDs
 -i, --ignore-case         match case insensitively
 -n, --newest              select most recently started
 -o, --oldest              select least recently started
 -O, --older <seconds>     select where older than seconds
 -P, --parent <PPID,...>   match only child processes of the given parent
 -s, --session <SID,...>   match session IDs
 -t, --terminal <tty,...>  match by controlling terminal
 -u, --euid <ID,...>       match by effective IDs
 -U, --uid <ID,...>        match by real IDs
 -x, --exact               match exactly with the command name
 -F, --pidfile <file>      read PIDs from file
 -L, --logpidfile          fail if PID file is not locked
 -r, --runstates <state>   match runstates [D,S,Z,...]
 --ns <PID>                match the processes that belong to the same
                           namespace as <pid>
 --nslist <ns,...>         list which namespaces will be considered for
                           the --ns option.
                           Available namespaces: ipc, mnt, net, pid, user, uts

 -h, --help     display this help and exit
 -V, --version  output version information and exit

For more details see pgrep(1).
`;

const LONG = [
  ['delimiter', 'd', 'required'], ['list-name', 'l', 'none'], ['list-full', 'a', 'none'], ['inverse', 'v', 'none'],
  ['count', 'c', 'none'], ['full', 'f', 'none'], ['ignore-case', 'i', 'none'], ['newest', 'n', 'none'], ['oldest', 'o', 'none'],
  ['parent', 'P', 'required'], ['euid', 'u', 'required'], ['uid', 'U', 'required'], ['exact', 'x', 'none'],
  ['help', 'h', 'none'], ['version', 'V', 'none'], ['lightweight', 'w', 'none'], ['pgroup', 'g', 'required'], ['group', 'G', 'required'],
  ['older', 'O', 'required'], ['session', 's', 'required'], ['terminal', 't', 'required'], ['pidfile', 'F', 'required'],
  ['logpidfile', 'L', 'none'], ['runstates', 'r', 'required'], ['ns', 'N', 'required'], ['nslist', 'M', 'required'],
] as const;

export function pgrep(args: readonly string[], ctx: ProgramContext): CommandResult {
  const parsed = getopt('pgrep', args, { short: 'd:lavcfinoP:u:U:xhVwg:G:O:s:t:F:Lr:', long: LONG.map(([name, key, arg]) => ({ name, key, arg })) }, 'gnu');
  if (!parsed.ok) return { stdout: '', stderr: `${parsed.message}\n${USAGE}`, exitCode: 2 };
  const has = (k: string) => parsed.options.some((o) => o.key === k);
  const val = (k: string) => parsed.options.filter((o) => o.key === k).map((o) => o.value ?? '');
  if (has('h')) return { stdout: USAGE, stderr: '', exitCode: 0 };
  if (has('V')) return { stdout: 'pgrep from procps-ng 3.3.17\n', stderr: '', exitCode: 0 };
  const unsupported = parsed.options.find((o) => 'wgGOstFLrNMv'.includes(o.key));
  if (unsupported) return notSimulated(`pgrep ${unsupported.typed}`);
  const pattern = parsed.operands[0];
  const parents = val('P').flatMap((v) => v.split(',')).map(Number);
  const users = [...val('u'), ...val('U')].flatMap((v) => v.split(','));
  if (pattern === undefined && parents.length === 0 && users.length === 0) {
    return { stdout: '', stderr: "pgrep: no matching criteria specified\nTry `pgrep --help' for more information.\n", exitCode: 2 };
  }
  if (parsed.operands.length > 1) return { stdout: '', stderr: "pgrep: only one pattern can be provided\nTry `pgrep --help' for more information.\n", exitCode: 2 };
  const rows = processRows(ctx);
  for (const u of users) {
    if (!/^\d+$/.test(u) && !ctx.host.kernel.users.user(u)) return { stdout: '', stderr: `pgrep: invalid user name: ${u}\n`, exitCode: 2 };
  }
  let stderr = '';
  if (pattern !== undefined && !has('f') && pattern.length > 15) {
    stderr = "pgrep: pattern that searches for process name longer than 15 characters will result in zero matches\nTry `pgrep -f' option to match against the complete command line.\n";
  }
  let re: RegExp | undefined;
  try {
    if (pattern !== undefined) re = new RegExp(has('x') ? `^(?:${pattern})$` : pattern, has('i') ? 'i' : '');
  } catch {
    return { stdout: '', stderr: `pgrep: regex error: ${regexError(pattern ?? '')}\n`, exitCode: 2 };
  }
  let found = rows.filter((r) => {
    if (r.self) return false;
    if (parents.length > 0 && !parents.includes(r.ppid)) return false;
    if (users.length > 0 && !users.includes(r.user) && !users.includes(String(r.uid))) return false;
    const subject = has('f') ? argsOf(r) : r.comm;
    return re ? re.test(subject) : true;
  });
  if (has('n')) found = found.slice(-1);
  if (has('o')) found = found.slice(0, 1);
  if (has('c')) return { stdout: `${found.length}\n`, stderr, exitCode: found.length > 0 ? 0 : 1 };
  const delimiter = val('d').pop() ?? '\n';
  const items = found.map((r) => (has('a') ? `${r.pid} ${argsOf(r)}` : has('l') ? `${r.pid} ${r.comm}` : String(r.pid)));
  return { stdout: items.length > 0 ? `${items.join(delimiter)}\n` : '', stderr, exitCode: found.length > 0 ? 0 : 1 };
}

/** glibc regcomp's messages for the mistakes one makes in a pattern. */
function regexError(pattern: string): string {
  const open = (pattern.match(/\(/g) ?? []).length;
  const close = (pattern.match(/\)/g) ?? []).length;
  if (open > close) return 'Unmatched ( or \\(';
  if (/\[[^\]]*$/.test(pattern)) return 'Unmatched [, [^, [:, [., or [=';
  return 'Invalid regular expression';
}

import { allowed, normalizePath } from '../../../../sim/kernel/fs.js';
import type { CommandResult } from '../../../command-result.js';
import type { ProgramContext } from '../../../program.js';
import { getopt } from '../../../text-tools/getopt.js';
import { notSimulated } from '../common.js';
import { type Address, type Command, expand, parseScript } from './sed-script.js';

// GNU sed (4.8 on Ubuntu 22.04; texts recorded with 4.9, worded the same) for its simple
// uses: `sed -n 2p`, `sed -n '/re/p'`, `sed 's/a/b/g'`, `sed 2d`, `sed 3q`, with -e, -E/-r,
// -n and -i (in place). Other commands and options say they are not simulated.

const USAGE = `Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...

  -n, --quiet, --silent
                 suppress automatic printing of pattern space
      --debug
                 annotate program execution
  -e script, --expression=script
                 add the script to the commands to be executed
  -f script-file, --file=script-file
                 add the contents of script-file to the commands to be executed
  --follow-symlinks
                 follow symlinks when processing in place
  -i[SUFFIX], --in-place[=SUFFIX]
                 edit files in place (makes backup if SUFFIX supplied)
  -l N, --line-length=N
                 specify the desired line-wrap length for the \`l' command
  --posix
                 disable all GNU extensions.
  -E, -r, --regexp-extended
                 use extended regular expressions in the script
                 (for portability use POSIX -E).
  -s, --separate
                 consider files as separate rather than as a single,
                 continuous long stream.
      --sandbox
                 operate in sandbox mode (disable e/r/w commands).
  -u, --unbuffered
                 load minimal amounts of data from the input files and flush
                 the output buffers more often
  -z, --null-data
                 separate lines by NUL characters
      --help     display this help and exit
      --version  output version information and exit

If no -e, --expression, -f, or --file option is given, then the first
non-option argument is taken as the sed script to interpret.  All
remaining arguments are names of input files; if no input files are
specified, then the standard input is read.

GNU sed home page: <https://www.gnu.org/software/sed/>.
General help using GNU software: <https://www.gnu.org/gethelp/>.
`;

const ERRNO: Readonly<Record<string, string>> = { ENOENT: 'No such file or directory', EACCES: 'Permission denied', EISDIR: 'Is a directory', ENOTDIR: 'Not a directory' };

/** Runs the commands over lines; `last` says which line is the input's last ($). */
class Stream {
  out = '';
  quit: number | undefined;
  private readonly active = new Map<Command, boolean>();

  constructor(private readonly commands: readonly Command[], private readonly quiet: boolean) {}

  private hits(a: Address, n: number, line: string, last: boolean): boolean {
    if (a.kind === 'line') return n === a.n;
    if (a.kind === 'last') return last;
    a.re.lastIndex = 0;
    return a.re.test(line);
  }

  private selected(c: Command, n: number, line: string, last: boolean): boolean {
    let on: boolean;
    if (!c.from) on = true;
    else if (!c.to) on = this.hits(c.from, n, line, last);
    else if (this.active.get(c)) {
      // A range ends at its second address (a line number already passed ends it at once).
      on = true;
      if (c.to.kind === 'line' ? n >= c.to.n : this.hits(c.to, n, line, last)) this.active.set(c, false);
    } else if (this.hits(c.from, n, line, last)) {
      on = true;
      const endsNow = c.to.kind === 'line' ? c.to.n <= n : c.to.kind === 'last' && last;
      this.active.set(c, !endsNow);
    } else on = false;
    return on !== c.negate;
  }

  line(text: string, n: number, last: boolean, newline: boolean): void {
    let space = text;
    const eol = newline ? '\n' : '';
    for (const c of this.commands) {
      if (!this.selected(c, n, space, last)) continue;
      if (c.name === 'p') this.out += `${space}${eol}`;
      else if (c.name === 'd') return;
      else if (c.name === 'q') {
        this.quit = c.exitCode ?? 0;
        break;
      } else if (c.subst) {
        const s = c.subst;
        let count = 0;
        let replaced = false;
        s.re.lastIndex = 0;
        space = space.replace(s.re, (...m) => {
          count++;
          const take = s.global ? count >= s.nth : count === s.nth;
          if (!take) return m[0] as string;
          replaced = true;
          const groups = m.slice(0, -2) as string[];
          return expand(s.replacement, Object.assign(groups, { index: 0, input: space }) as unknown as RegExpExecArray);
        });
        if (replaced && s.print) this.out += `${space}${eol}`;
      }
    }
    if (!this.quiet) this.out += `${space}${eol}`;
  }

  /** The whole input as one stream of lines. */
  run(text: string): void {
    if (text === '') return;
    const newline = text.endsWith('\n');
    const lines = (newline ? text.slice(0, -1) : text).split('\n');
    lines.forEach((l, k) => {
      if (this.quit !== undefined) return;
      const last = k === lines.length - 1;
      this.line(l, k + 1, last, !last || newline);
    });
  }
}

export function sed(rawArgs: readonly string[], ctx: ProgramContext): CommandResult {
  // -i takes its SUFFIX glued or none at all (getopt's `i::`): `-i` alone is in place, without a backup.
  if (rawArgs.some((a) => /^-i./.test(a))) return notSimulated('sed -iSUFFIX');
  const args = rawArgs.map((a) => (a === '-i' ? '--in-place' : a));
  const parsed = getopt('sed', args, {
    short: 'ne:f:El:rsuz',
    long: [
      { name: 'quiet', key: 'n', arg: 'none' }, { name: 'silent', key: 'n', arg: 'none' }, { name: 'expression', key: 'e', arg: 'required' },
      { name: 'file', key: 'f', arg: 'required' }, { name: 'in-place', key: 'i', arg: 'optional' }, { name: 'regexp-extended', key: 'E', arg: 'none' },
      { name: 'help', key: 'help', arg: 'none' }, { name: 'version', key: 'version', arg: 'none' }, { name: 'debug', key: 'debug', arg: 'none' },
      { name: 'posix', key: 'posix', arg: 'none' }, { name: 'separate', key: 's', arg: 'none' }, { name: 'null-data', key: 'z', arg: 'none' },
    ],
  }, 'gnu');
  if (!parsed.ok) return { stdout: '', stderr: `${parsed.message}\n${USAGE}`, exitCode: 1 };
  let quiet = false;
  let extended = false;
  let inPlace = false;
  const scripts: string[] = [];
  for (const o of parsed.options) {
    if (o.key === 'n') quiet = true;
    else if (o.key === 'E' || o.key === 'r') extended = true;
    else if (o.key === 'e') scripts.push(o.value ?? '');
    else if (o.key === 'i' && (o.value === undefined || o.value === '')) inPlace = true;
    else if (o.key === 'help') return { stdout: USAGE, stderr: '', exitCode: 0 };
    else return notSimulated(`sed ${o.typed}`);
  }
  const operands = [...parsed.operands];
  if (scripts.length === 0) {
    const first = operands.shift();
    if (first === undefined) return { stdout: '', stderr: USAGE, exitCode: 1 };
    scripts.push(first);
  }
  const commands: Command[] = [];
  for (const [k, script] of scripts.entries()) {
    const p = parseScript(script, k + 1, extended);
    if (!p.ok) return 'error' in p ? { stdout: '', stderr: `${p.error}\n`, exitCode: 1 } : notSimulated(p.notSimulated);
    commands.push(...p.commands);
  }
  if (inPlace) return editInPlace(ctx, commands, quiet, operands);
  let input = '';
  let stderr = '';
  for (const name of operands.length === 0 ? ['-'] : operands) {
    if (name === '-') {
      input += ctx.stdin;
      continue;
    }
    const r = ctx.readFile(name);
    if (r.kind === 'file') input += r.content;
    else if (r.kind === 'error' && r.code === 'EISDIR') stderr += `sed: couldn't edit ${name}: not a regular file\n`;
    else stderr += `sed: can't read ${name}: ${ERRNO[r.code] ?? r.code}\n`;
  }
  const stream = new Stream(commands, quiet);
  stream.run(input);
  return { stdout: stream.out, stderr, exitCode: stream.quit ?? (stderr ? 2 : 0) };
}

/** mkostemp's six random characters, made up from the clock and the path (the host's random stream is left alone). */
function tempSuffix(now: number, path: string): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let x = now >>> 0;
  for (const c of path) x = Math.imul(x ^ c.charCodeAt(0), 0x01000193) >>> 0;
  let out = '';
  for (let k = 0; k < 6; k++) {
    out += chars[x % chars.length];
    x = Math.imul(x, 1103515245) + 12345 >>> 0;
  }
  return out;
}

/** -i: each file on its own, written back (the directory must be writable: sed renames a temporary file over it). */
function editInPlace(ctx: ProgramContext, commands: readonly Command[], quiet: boolean, files: readonly string[]): CommandResult {
  if (files.length === 0) return { stdout: '', stderr: 'sed: no input files\n', exitCode: 1 };
  let stderr = '';
  for (const name of files) {
    const abs = normalizePath(name, ctx.place.cwd);
    const r = ctx.readFile(name);
    if (r.kind === 'error') {
      stderr += `sed: can't read ${name}: ${ERRNO[r.code] ?? r.code}\n`;
      continue;
    }
    const dirPath = abs.slice(0, abs.lastIndexOf('/')) || '/';
    const dir = ctx.fs.lookup(dirPath);
    if (!dir || !allowed(dir, ctx.cred, 2)) {
      stderr += `sed: couldn't open temporary file ${dirPath === '/' ? '' : dirPath}/sed${tempSuffix(ctx.host.clock.now(), abs)}: Permission denied\n`;
      return { stdout: '', stderr, exitCode: 4 };
    }
    const stream = new Stream(commands, quiet);
    stream.run(r.content);
    ctx.fs.writeFile(abs, stream.out);
  }
  return { stdout: '', stderr, exitCode: stderr ? 2 : 0 };
}

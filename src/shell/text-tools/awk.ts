import type { CommandResult } from '../command-result.js';
import type { Flavor, Tool, ToolIO } from '../tool-io.js';
import { AwkSyntaxError, AwkUnsupported } from './awk-lexer.js';
import { parseAwk } from './awk-parser.js';
import { AwkRun, AwkRuntimeError } from './awk-run.js';
import { fromInput, str, unescape } from './awk-values.js';
import { errnoText, Inputs, splitLines } from './files.js';
import { busyboxHelp } from './usage.js';

// awk: mawk for 'gnu' (Debian's and Ubuntu's default `awk`), busybox awk for 'busybox'.
// Only the subset of the language learners type is simulated (see awk-parser.ts); a program
// outside it gets a plain "not simulated" line, never a guess.

const MAWK_USAGE = `Usage: mawk [Options] [Program] [file ...]

Program:
    The -f option value is the name of a file containing program text.
    If no -f option is given, a "--" ends option processing; the following
    parameters are the program text.

Options:
    -f program-file  Program  text is read from file instead of from the
                     command-line.  Multiple -f options are accepted.
    -F value         sets the field separator, FS, to value.
    -v var=value     assigns value to program variable var.
    --               unambiguous end of options.

    Implementation-specific options are prefixed with "-W".  They can be
    abbreviated:

    -W version       show version information and exit.
    -W dump          show assembler-like listing of program and exit.
    -W help          show this message and exit.
    -W interactive   set unbuffered output, line-buffered input.
    -W exec file     use file as program as well as last option.
    -W random=number set initial random seed.
    -W sprintf=number adjust size of sprintf buffer.
    -W posix_space   do not consider "\\n" a space.
    -W usage         show this message and exit.
`;

const SUBSET = 'the simulator’s awk knows patterns, BEGIN/END, print, printf, if/else, fields, variables, -F and -v';

interface Invocation {
  readonly program: string;
  readonly operands: readonly string[];
  readonly fs: string | undefined;
  readonly assignments: readonly [string, string][];
}

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s;
const result = (stdout: string, stderr: string, exitCode: number): CommandResult => ({ stdout, stderr, exitCode });

export const awk: Tool = (args, io) => {
  const inv = parseArgs(args, io.flavor);
  if (!('program' in inv)) return inv;
  let run: AwkRun;
  try {
    run = new AwkRun(parseAwk(inv.program), io.flavor);
  } catch (e) {
    if (e instanceof AwkUnsupported) return result('', `dockerlings: awk: ${e.message} is not simulated (${SUBSET})\n`, 2);
    if (e instanceof AwkSyntaxError) {
      return result('', `dockerlings: awk: syntax error (${e.message}); the simulator does not imitate awk's own message\n`, 2);
    }
    throw e;
  }
  if (inv.fs !== undefined) run.setVar('FS', str(unescape(inv.fs)));
  for (const [name, value] of inv.assignments) run.setVar(name, fromInput(unescape(value)));
  try {
    return execute(run, inv.operands, io);
  } catch (e) {
    if (e instanceof AwkRuntimeError) return result(run.out, `${e.message}\n`, io.flavor === 'gnu' ? 2 : 1);
    if (e instanceof AwkUnsupported) return result(run.out, `dockerlings: awk: ${e.message} is not simulated (${SUBSET})\n`, 2);
    throw e;
  }
};

/** Options come before the program only (`awk '{...}' -F,` reads a file named `-F,`). */
function parseArgs(args: readonly string[], flavor: Flavor): Invocation | CommandResult {
  const gnu = flavor === 'gnu';
  let fs: string | undefined;
  const assignments: [string, string][] = [];
  let i = 0;
  for (; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      i++;
      break;
    }
    if (!arg.startsWith('-') || arg === '-') break;
    const letter = arg[1] ?? '';
    if (letter === 'F' || letter === 'v') {
      const value = arg.length > 2 ? arg.slice(2) : args[++i];
      if (value === undefined) {
        return gnu ? result('', `awk: option -${letter} lacks argument\n`, 2) : result('', `awk: option requires an argument -- '${letter}'\n${busyboxHelp('awk')}`, 1);
      }
      if (letter === 'F') fs = value;
      else {
        const m = ASSIGNMENT.exec(value);
        if (m === null) return gnu ? result('', `awk: improper assignment: -v ${value}\n`, 2) : result('', busyboxHelp('awk'), 1);
        assignments.push([m[1] ?? '', m[2] ?? '']);
      }
    } else if (letter === 'f' || letter === 'W' || (letter === 'e' && !gnu)) {
      return result('', `dockerlings: awk -${letter} is not simulated\n`, 2);
    } else if (gnu) {
      return result('', `awk: not an option: ${arg}\n`, 2);
    } else {
      return result('', `awk: ${arg.startsWith('--') ? `unrecognized option '${arg}'` : `invalid option -- '${letter}'`}\n${busyboxHelp('awk')}`, 1);
    }
  }
  const program = args[i];
  if (program === undefined) return gnu ? result('', MAWK_USAGE, 0) : result('', busyboxHelp('awk'), 1);
  return { program, operands: args.slice(i + 1), fs, assignments };
}

/** BEGIN, each record of each operand (`name=value` operands assign when reached), END. */
function execute(run: AwkRun, operands: readonly string[], io: ToolIO): CommandResult {
  if (!run.begin() || !run.readsInput) {
    run.end();
    return result(run.out, '', run.exitStatus ?? 0);
  }
  const inputs = new Inputs(io);
  const files = operands.filter((o) => !ASSIGNMENT.test(o));
  const sequence = files.length === 0 ? [...operands, '-'] : operands;
  for (const operand of sequence) {
    const assignment = ASSIGNMENT.exec(operand);
    if (assignment !== null && operand !== '-') {
      run.setVar(assignment[1] ?? '', fromInput(unescape(assignment[2] ?? '')));
      continue;
    }
    const read = inputs.read(operand);
    if (read.kind === 'error') return result(run.out, `${openError(operand, read.code, io.flavor)}\n`, io.flavor === 'gnu' ? 2 : 1);
    run.startFile(operand === '-' && files.length === 0 ? '' : operand);
    for (const line of splitLines(read.content)) {
      if (!run.record(line)) {
        run.end();
        return result(run.out, '', run.exitStatus ?? 0);
      }
    }
  }
  run.end();
  return result(run.out, '', run.exitStatus ?? 0);
}

function openError(name: string, code: keyof typeof errnoText, flavor: Flavor): string {
  if (flavor === 'gnu') return code === 'EISDIR' ? 'awk: read error (Is a directory)' : `awk: cannot open ${name} (${errnoText[code]})`;
  return code === 'EISDIR' ? 'awk: cmd. line:1: Is a directory' : `awk: ${name}: ${errnoText[code]}`;
}

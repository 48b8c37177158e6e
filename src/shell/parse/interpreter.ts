import type { CommandResult } from '../command-result.js';
import type { AndOrList, Pipeline, Script, SimpleCommand, Word } from './ast.js';
import { ExpansionError, expandWordToString, expandWords, type ExpansionEnv } from './expand.js';
import { parseLine } from './parser.js';
import { applyRedirections, type Sink } from './redirect.js';
import type { ShellRuntime } from './runtime.js';

// Runs a parsed line. stdout and stderr of the whole line are collected separately (a
// terminal would interleave them; we do not try). Stages of a pipeline run one after the
// other, each reading everything the previous one wrote: the tools are pure functions.

/** Parses and runs one line; a syntax error prints the shell's message with status 2, as bash does. */
export function runLine(line: string, runtime: ShellRuntime): CommandResult {
  const parsed = parseLine(line, runtime.flavor);
  if (parsed.kind === 'error') {
    runtime.setVar('?', '2');
    return { stdout: '', stderr: `${parsed.message}\n`, exitCode: 2 };
  }
  return runScript(parsed.script, runtime);
}

/**
 * Runs a script. An empty script (blank line, comment) prints nothing, exits 0 and leaves
 * `$?` as it was.
 */
export function runScript(script: Script, runtime: ShellRuntime): CommandResult {
  const run = new Run(runtime);
  try {
    run.script(script);
  } catch (e) {
    if (!(e instanceof AbortLine)) throw e;
  }
  return { stdout: run.stdout, stderr: run.stderr, exitCode: script.lists.length === 0 ? 0 : run.status };
}

/** Ends the whole line: bash's expansion errors do. */
class AbortLine extends Error {}

class Run {
  stdout = '';
  stderr = '';
  status: number;
  /** The stdout of the stage running now, when it feeds a pipe. */
  private pipe: string[] | undefined;
  /** The status of the last command substitution, for a command with no name (`a=$(false)`). */
  private substitutionStatus: number | undefined;
  private readonly env: ExpansionEnv;

  constructor(private readonly runtime: ShellRuntime) {
    this.status = Number(runtime.getVar('?') ?? '0');
    this.env = {
      get: (name) => (name === '?' ? String(this.status) : runtime.getVar(name)),
      homeOf: (user) => runtime.homeOf?.(user),
    };
  }

  script(script: Script): void {
    for (const list of script.lists) {
      this.andOr(list);
      if (this.runtime.hasExited?.() === true) return;
    }
  }

  private andOr(list: AndOrList): void {
    this.pipeline(list.first);
    for (const { op, pipeline } of list.rest) {
      if (this.runtime.hasExited?.() === true) return;
      if ((op === '&&') === (this.status === 0)) this.pipeline(pipeline);
    }
  }

  private pipeline(p: Pipeline): void {
    let input = '';
    let status = 0;
    p.commands.forEach((command, i) => {
      const last = i === p.commands.length - 1;
      this.pipe = last ? undefined : [];
      // Each stage of a real pipeline is a subshell: a lone `a=1` there changes nothing.
      status = this.simpleCommand(command, input, p.commands.length === 1);
      input = this.pipe?.join('') ?? '';
    });
    this.pipe = undefined;
    this.status = p.negated ? Number(status === 0) : status;
    this.runtime.setVar('?', String(this.status));
  }

  private simpleCommand(command: SimpleCommand, stdin: string, inShell: boolean): number {
    this.substitutionStatus = undefined;
    const argv = this.guard(() => expandWords(command.words, this.env, this.substitute));
    const redirected = applyRedirections(command.redirections, stdin, {
      runtime: this.runtime,
      expandFields: (w) => this.guard(() => expandWords([w], this.env, this.substitute)),
      expandString: (w) => this.expandString(w),
      write: (sink, text) => this.write(sink, text),
    });
    if (!redirected.ok) return redirected.status;
    const assignments = new Map<string, string>();
    for (const a of command.assignments) {
      const value = this.expandString(a.value);
      const old = a.append ? (assignments.get(a.name) ?? this.runtime.getVar(a.name) ?? '') : '';
      assignments.set(a.name, old + value);
      // bash assigns left to right: `a=1 b=$a` sees the new a.
      if (argv.length === 0 && inShell) this.runtime.setVar(a.name, old + value);
    }
    if (argv.length === 0) return this.substitutionStatus ?? 0;
    const result = this.runtime.exec(argv, redirected.stdin, assignments);
    this.write(redirected.fds.get(1) ?? { kind: 'null' }, result.stdout);
    this.write(redirected.fds.get(2) ?? { kind: 'null' }, result.stderr);
    return result.exitCode;
  }

  private readonly substitute = (script: Script): string => {
    // A command substitution writes its stderr to the terminal and its stdout to us.
    const savedPipe = this.pipe;
    const savedStdout = this.stdout;
    const savedStatus = this.status;
    this.pipe = undefined;
    this.stdout = '';
    this.script(script);
    const captured = this.stdout;
    this.stdout = savedStdout;
    this.pipe = savedPipe;
    this.substitutionStatus = this.status;
    // bash's `$?` already tells a substitution's status to the words after it
    // (`echo "$(false)" $?` prints 1); busybox's keeps the previous command's.
    if (this.runtime.flavor === 'busybox') this.status = savedStatus;
    return captured;
  };

  private expandString(word: Word): string {
    return this.guard(() => expandWordToString(word, this.env, this.substitute));
  }

  /** A bad substitution prints and ends the line: bash with status 1, busybox (a "syntax error") 2. */
  private guard<T>(expand: () => T): T {
    try {
      return expand();
    } catch (e) {
      if (!(e instanceof ExpansionError)) throw e;
      const gnu = this.runtime.flavor === 'gnu';
      this.stderr += gnu ? `bash: ${e.text}: bad substitution\n` : 'sh: syntax error: bad substitution\n';
      this.status = gnu ? 1 : 2;
      this.runtime.setVar('?', String(this.status));
      throw new AbortLine();
    }
  }

  private write(sink: Sink, text: string): void {
    if (text === '') return;
    switch (sink.kind) {
      case 'out':
        if (this.pipe !== undefined) this.pipe.push(text);
        else this.stdout += text;
        return;
      case 'err':
        this.stderr += text;
        return;
      case 'file':
        this.runtime.writeFile(sink.path, text, true);
        return;
      case 'null':
        return;
    }
  }
}

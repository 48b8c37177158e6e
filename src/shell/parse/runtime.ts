import type { CommandResult } from '../command-result.js';
import type { Flavor, ReadResult } from '../tool-io.js';

/** What the interpreter needs from the shell it runs in (the host's bash or a container's sh). */
export interface ShellRuntime {
  /** Whose messages to print: bash's (`bash: …`) or busybox ash's (`sh: …`). */
  readonly flavor: Flavor;
  /**
   * A variable or special parameter; undefined when unset. The interpreter keeps `$?`
   * itself while a line runs and reports it with setVar('?', status) after each pipeline,
   * so `$?` on the next line is whatever the runtime stored.
   */
  getVar(name: string): string | undefined;
  setVar(name: string, value: string): void;
  /**
   * One simple command, already expanded. `assignments` are the `NAME=value` words in
   * front of it, for its environment only. Builtins that change the shell (`cd`,
   * `export`, `exit`) and "command not found" are the runtime's business.
   */
  exec(argv: readonly string[], stdin: string, assignments: ReadonlyMap<string, string>): CommandResult;
  /**
   * Create/truncate (append=false) or append to a file. Undefined on success, else the
   * whole error line without newline, e.g. `bash: /etc/foo: Permission denied` or
   * `sh: can't create /etc/foo: Permission denied`. Never called for /dev/null,
   * /dev/stdout, /dev/stderr: the interpreter handles those.
   */
  writeFile(path: string, content: string, append: boolean): string | undefined;
  /** For `<`. Never called for /dev/null. */
  readFile(path: string): ReadResult;
  /** `~user`: that user's home directory, or undefined to leave `~user` as typed. */
  homeOf?(user: string): string | undefined;
  /** True once `exit` ran: the rest of the line is not run. */
  hasExited?(): boolean;
}

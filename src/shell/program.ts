import type { FileSystem } from '../sim/kernel/fs.js';
import type { Credentials } from '../sim/kernel/fs.js';
import type { Container } from '../sim/daemon/model.js';
import type { SimHost } from '../sim/host.js';
import type { CommandResult } from './command-result.js';
import type { Place } from './place.js';
import type { Flavor, ReadResult } from './tool-io.js';

/** What a program sees of the machine it runs on. */
export interface ProgramContext {
  readonly host: SimHost;
  readonly place: Place;
  /** The container it runs in, if any. */
  readonly container?: Container;
  readonly flavor: Flavor;
  readonly stdin: string;
  readonly env: ReadonlyMap<string, string>;
  /** The network namespace: 'host' or the container's sandbox key. */
  readonly netns: string;
  readonly fs: FileSystem;
  readonly cred: Credentials;
  /** This program's own process (host PID), for the duration of its run. */
  readonly pid?: number;
  readFile(path: string): ReadResult;
  /** Runs argv as a new command in the same place (sh -c, sudo, xargs). */
  exec(argv: readonly string[], stdin?: string): CommandResult;
  /** Runs a whole command line in the same place (sh -c '...'). */
  runLine(line: string, stdin?: string): CommandResult;
  /**
   * Runs argv inside a container, as runc would exec it (no shell in between): 'not-found'
   * when the image has no such executable, for `docker exec`/`docker run` to report.
   */
  execIn(containerId: string, argv: readonly string[], stdin?: string, options?: ExecOptions): CommandResult | 'not-found';
  /**
   * Does the simulator run this command name in that container as the image would: a shell
   * builtin it models, or a program it simulates that the image has? (Callers that would
   * rather not run a script than run it half: a PID 1's `sh -c` head.)
   */
  runsIn?(containerId: string, name: string): boolean;
  /**
   * The same session's machinery in another place (sudo, su -c): commands run there as that
   * place's user, in its directory, as children of its `pid`.
   */
  inPlace?(place: Place): { exec(argv: readonly string[], stdin?: string): CommandResult; runLine(line: string, stdin?: string): CommandResult };
  /** Enters another shell (docker exec -it, su, newgrp); the session pushes it. */
  enter(place: Place): void;
  /** Asks the session to leave the current shell (exit). */
  leave(code: number): void;
}

/** `docker exec -e/-w`: extra environment and the working directory of the exec'd process. */
export interface ExecOptions {
  readonly env?: ReadonlyMap<string, string>;
  readonly cwd?: string;
  /**
   * The command is the container's PID 1 itself (`docker run --rm busybox ps`: ps is PID 1),
   * not a process `docker exec` adds beside it.
   */
  readonly asPid1?: boolean;
}

export type Program = (args: readonly string[], ctx: ProgramContext) => CommandResult;

/** One entry of the program table. */
export interface ProgramEntry {
  readonly name: string;
  readonly run: Program;
  /** Where the implementation applies; in a container it must also be in the image's userland. */
  readonly where: 'host' | 'container' | 'both';
}

import { type HostOptions, SimHost } from '../sim/host.js';
import { dockerPrograms } from './docker/index.js';
import { hostToolPrograms } from './host-tools/index.js';
import { ProgramTable } from './registry.js';
import { ShellSession } from './session.js';
import { textToolPrograms } from './text-tool-programs.js';

export type { CommandResult } from './command-result.js';
export { ShellSession } from './session.js';

let table: ProgramTable | undefined;

/** Every simulated program, built once. */
export function programTable(): ProgramTable {
  table ??= new ProgramTable(textToolPrograms, hostToolPrograms, dockerPrograms);
  return table;
}

/** A second shell on the same host (an observer, e.g. for lesson checks). */
export function attachShell(host: SimHost, user = 'root'): ShellSession {
  return new ShellSession(host, programTable(), user);
}

/** A fresh simulated host and a login shell on it. */
export function createShellSession(o: { user?: string; host?: HostOptions } = {}): ShellSession {
  return new ShellSession(new SimHost(o.host), programTable(), o.user ?? 'learner');
}

import { createShellSession } from '../../../src/shell/index.js';
import type { HostOptions } from '../../../src/sim/host.js';
import type { CommandResult } from '../../../src/shell/command-result.js';

/** A fresh simulated host and a root shell on it; `run` returns what one command line printed. */
export function host(user = 'root'): { run: (line: string) => CommandResult; prompt: () => string; id: (name: string) => string } {
  const s = createShellSession({ user });
  return {
    run: (line) => s.run(line),
    prompt: () => s.prompt(),
    id: (name) => s.host.engine.container(name).id,
  };
}

/** A shell as `user` on a host made with `options` (e.g. the learner outside the docker group). */
export function hostAs(user: string, options: HostOptions): { run: (line: string) => CommandResult } {
  const s = createShellSession({ user, host: options });
  return { run: (line) => s.run(line) };
}

export const out = (stdout: string, exitCode = 0) => ({ stdout, stderr: '', exitCode });
export const err = (stderr: string, exitCode = 1, stdout = '') => ({ stdout, stderr, exitCode });

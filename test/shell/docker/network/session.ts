import { createShellSession } from '../../../../src/shell/index.js';
import type { ShellSession } from '../../../../src/shell/session.js';

export interface Out {
  readonly stdout: string;
  readonly stderr: string;
  readonly exit: number;
}

/** A root shell on a fresh simulated host (or the learner outside the docker group). */
export function shell(o: { outsider?: boolean } = {}): { run(line: string): Out; session: ShellSession } {
  const session = o.outsider
    ? createShellSession({ user: 'learner', host: { learnerInDockerGroup: false } })
    : createShellSession({ user: 'root' });
  return {
    session,
    run(line: string): Out {
      const r = session.run(line);
      return { stdout: r.stdout, stderr: r.stderr, exit: r.exitCode };
    },
  };
}

export const ok = (stdout: string): Out => ({ stdout, stderr: '', exit: 0 });
export const err = (stderr: string, exit = 1, stdout = ''): Out => ({ stdout, stderr, exit });

import { constants } from 'node:os';
import { execa } from 'execa';
import type { CommandResult } from '../backend.js';
import type { RealUser } from '../docker-user.js';

/**
 * A line in a fresh `bash -c` as the session's user, output kept byte for byte. The learner's
 * lines, the tracking snapshots, the pre-flight and cleanup all run this way, so they reach the
 * same engine (DOCKER_HOST, DOCKER_CONTEXT and contexts pass through) with the same rights.
 */
export interface UserShellOptions {
  readonly user: RealUser;
  readonly cwd: string;
  readonly env?: Readonly<Record<string, string>>;
  readonly timeoutMs: number;
}

export interface UserShell {
  run(line: string, timeoutMs?: number): Promise<CommandResult>;
  /** Ends every line still running. */
  abortAll(): void;
}

export function createUserShell(o: UserShellOptions): UserShell {
  const running = new Set<AbortController>();
  return {
    async run(line, timeoutMs = o.timeoutMs) {
      const [file, ...prefixArgs] = [...o.user.prefix, 'bash', '-c', line];
      const abort = new AbortController();
      running.add(abort);
      try {
        const r = await execa(file as string, prefixArgs, {
          reject: false,
          stdin: 'ignore',
          stripFinalNewline: false,
          timeout: timeoutMs,
          cancelSignal: abort.signal,
          cwd: o.cwd,
          env: { ...o.env },
          extendEnv: true,
        });
        if (r.exitCode !== undefined) return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
        // Killed: say so, with the exit status a shell would report (124 like timeout(1), 128+N for a signal).
        const why = r.timedOut ? `timed out after ${timeoutMs / 1000} s` : `killed by ${r.signal ?? 'a signal'}`;
        const code = r.timedOut ? 124 : 128 + (r.signal ? (constants.signals[r.signal] ?? 0) : 0);
        return { stdout: r.stdout, stderr: `${r.stderr}dockerlings: '${line}' ${why}\n`, exitCode: code };
      } finally {
        running.delete(abort);
      }
    },
    abortAll() {
      for (const a of running) a.abort();
    },
  };
}

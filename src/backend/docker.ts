import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { constants } from 'node:os';
import { execa } from 'execa';
import type { Backend, BackendOptions, CommandResult } from './backend.js';
import { realPrompt, resolveRealUser } from './docker-user.js';

export interface DockerBackendOptions extends BackendOptions {
  /** How long one line may run before it is killed (ms). */
  readonly timeoutMs?: number;
  /** Where lines run; the session user's home directory by default. */
  readonly cwd?: string;
  /** Extra environment for every line, on top of this process's (DOCKER_HOST, DOCKER_CONTEXT… pass through). */
  readonly env?: Readonly<Record<string, string>>;
}

const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * The real backend: every line runs in a real `bash -c` on this machine, against whatever engine
 * the docker CLI reaches (DOCKER_HOST and docker contexts are honoured because the environment
 * passes through). Output is kept byte for byte: no trimming of the final newline.
 *
 * Each line is its own shell, so `cd` and shell variables do not carry over to the next line.
 * Interactive commands (`-it`) get no terminal here: stdin is closed.
 */
export function createDockerBackend(o: DockerBackendOptions = { kind: 'docker' }): Backend {
  const user = resolveRealUser(o.user);
  // A system user's home may not exist (nobody: /nonexistent); a shell would then start in /.
  const cwd = o.cwd ?? (existsSync(user.home) ? user.home : '/');
  const timeout = o.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const running = new Set<AbortController>();

  async function run(line: string): Promise<CommandResult> {
    const [file, ...prefixArgs] = [...user.prefix, 'bash', '-c', line];
    const abort = new AbortController();
    running.add(abort);
    try {
      const r = await execa(file as string, prefixArgs, {
        reject: false,
        stdin: 'ignore',
        stripFinalNewline: false,
        timeout,
        cancelSignal: abort.signal,
        cwd,
        env: { ...o.env },
        extendEnv: true,
      });
      if (r.exitCode !== undefined) return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
      // Killed: say so, with the exit status a shell would report (124 like timeout(1), 128+N for a signal).
      const why = r.timedOut ? `timed out after ${timeout / 1000} s` : `killed by ${r.signal ?? 'a signal'}`;
      const code = r.timedOut ? 124 : 128 + (r.signal ? (constants.signals[r.signal] ?? 0) : 0);
      return { stdout: r.stdout, stderr: `${r.stderr}dockerlings: '${line}' ${why}\n`, exitCode: code };
    } finally {
      running.delete(abort);
    }
  }

  /**
   * A line that needs the terminal (`docker run -it`, `docker exec -it`): stdio inherited. Run
   * synchronously on purpose: while the child owns the terminal this process must not read
   * stdin (an async spawn would leave our TTY handle reading, stealing the child's keystrokes).
   * Ctrl+C reaches the child; this process ignores SIGINT until the child has ended.
   */
  async function runInteractive(line: string): Promise<number> {
    const [file, ...prefixArgs] = [...user.prefix, 'bash', '-c', line];
    const ignore = () => undefined;
    process.on('SIGINT', ignore);
    try {
      const r = spawnSync(file as string, prefixArgs, { stdio: 'inherit', cwd, env: { ...process.env, ...o.env } });
      if (r.error) throw r.error;
      return r.status ?? 128 + (r.signal ? (constants.signals[r.signal] ?? 0) : 0);
    } finally {
      // A SIGINT that arrived during the child is delivered after spawnSync returns.
      setImmediate(() => process.off('SIGINT', ignore));
    }
  }

  return {
    kind: 'docker',
    run,
    runInteractive,
    // Every line already runs in a fresh shell of the session user, touching no history: a
    // check is the same thing (DESIGN.md: checks are read-only lines).
    check: run,
    prompt: () => realPrompt(user, cwd),
    // Removing only what the tutorial created needs the record of created resources (a later
    // issue). Until then reset removes nothing: deleting the learner's own containers, networks
    // or volumes would be far worse than leaving ours behind.
    reset: async () => undefined,
    dispose: async () => {
      for (const a of running) a.abort();
    },
  };
}

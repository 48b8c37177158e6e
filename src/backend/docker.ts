import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { constants } from 'node:os';
import type { Backend, BackendOptions, CommandResult } from './backend.js';
import { type CleanReport, cleanTracked } from './docker/cleanup.js';
import { classifyEngineTrouble, type EngineTrouble } from './docker/engine-trouble.js';
import { describeHostChange } from './docker/host-change.js';
import { Ledger } from './docker/ledger.js';
import type { ResourceName } from './docker/lesson-scan.js';
import { type PreflightResult, preflightNames } from './docker/preflight.js';
import { Tracker } from './docker/tracker.js';
import { createUserShell } from './docker/user-shell.js';
import { realPrompt, resolveRealUser } from './docker-user.js';

export interface DockerBackendOptions extends BackendOptions {
  /** How long one line may run before it is killed (ms). */
  readonly timeoutMs?: number;
  /** Where lines run; the session user's home directory by default. */
  readonly cwd?: string;
  /** Extra environment for every line, on top of this process's (DOCKER_HOST, DOCKER_CONTEXT… pass through). */
  readonly env?: Readonly<Record<string, string>>;
  /**
   * Record what each line creates (a snapshot before and after it) so that reset() and
   * `dockerlings clean` can remove exactly that. On by default; the differential suite, which
   * names and removes its own resources, turns it off.
   */
  readonly track?: boolean;
  /** Where the record is kept: docker-tracked.json in the data directory by default. */
  readonly ledgerFile?: string;
}

/** The real backend, with what only it has: the cleanup report and its session's ID. */
export interface DockerBackend extends Backend {
  readonly kind: 'docker';
  /** Removes what this session (and any that crashed) created; reset() is this without the report. */
  clean(): Promise<CleanReport>;
  preflight(names: readonly ResourceName[]): Promise<PreflightResult>;
  trouble(result: CommandResult): EngineTrouble | undefined;
  /** The ledger's ID for this session, undefined when not tracking. */
  readonly session: string | undefined;
}

const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * The real backend: every line runs in a real `bash -c` on this machine, against whatever engine
 * the docker CLI reaches (DOCKER_HOST and docker contexts are honoured because the environment
 * passes through). Output is kept byte for byte: no trimming of the final newline.
 *
 * Each line is its own shell, so `cd` and shell variables do not carry over to the next line.
 * Interactive commands (`-it`) get no terminal in run(): stdin is closed; runInteractive() has one.
 *
 * A real machine is not a sandbox: what each line creates is recorded by ID (docker/tracker.ts)
 * and reset() removes exactly that; a line that changes the host itself is confirmed first when
 * the UI gives `confirmHostChange`, and its undo is recorded.
 */
export function createDockerBackend(o: DockerBackendOptions = { kind: 'docker' }): DockerBackend {
  const user = resolveRealUser(o.user);
  // A system user's home may not exist (nobody: /nonexistent); a shell would then start in /.
  const cwd = o.cwd ?? (existsSync(user.home) ? user.home : '/');
  const timeout = o.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const shell = createUserShell({ user, cwd, timeoutMs: timeout, ...(o.env ? { env: o.env } : {}) });
  const sh = (line: string, t?: number) => shell.run(line, t);
  const ledger = new Ledger(o.ledgerFile);
  const tracker = o.track === false ? undefined : new Tracker(sh, ledger, timeout, user.name);

  /** Asks before a host-changing line; the refusal as a result, or undefined to go ahead. */
  async function refused(line: string): Promise<CommandResult | undefined> {
    if (!o.confirmHostChange) return undefined;
    const changes = describeHostChange(line);
    if (changes.length === 0 || (await o.confirmHostChange(changes, line))) return undefined;
    return { stdout: '', stderr: `dockerlings: not run: it would change this machine (${changes.map((c) => c.what).join('; ')})\n`, exitCode: 1 };
  }

  async function run(line: string): Promise<CommandResult> {
    const no = await refused(line);
    if (no) return no;
    return tracker ? tracker.around(line, () => shell.run(line)) : shell.run(line);
  }

  /**
   * A line that needs the terminal (`docker run -it`, `docker exec -it`): stdio inherited. Run
   * synchronously on purpose: while the child owns the terminal this process must not read
   * stdin (an async spawn would leave our TTY handle reading, stealing the child's keystrokes).
   * Ctrl+C reaches the child; this process ignores SIGINT until the child has ended.
   */
  function interactive(line: string): number {
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

  async function runInteractive(line: string): Promise<number> {
    const no = await refused(line);
    if (no) {
      process.stderr.write(no.stderr);
      return no.exitCode;
    }
    if (!tracker) return interactive(line);
    const r = await tracker.around(line, async () => ({ stdout: '', stderr: '', exitCode: interactive(line) }));
    return r.exitCode;
  }

  const clean = () => cleanTracked({ sh, ledger, sessions: tracker ? { current: tracker.session } : 'all' });

  return {
    kind: 'docker',
    session: tracker?.session,
    run,
    runInteractive,
    // Every line already runs in a fresh shell of the session user, touching no history: a
    // check is the same thing (DESIGN.md: checks are read-only lines), and creates nothing.
    check: (line) => shell.run(line),
    prompt: () => realPrompt(user, cwd),
    clean,
    // Removes what this session created (and what sessions that crashed left), never anything
    // that was there before; without tracking there is no record, so nothing is removed.
    reset: async () => {
      if (tracker) await clean();
    },
    preflight: (names) => preflightNames(sh, names, ledger),
    trouble: classifyEngineTrouble,
    dispose: async () => shell.abortAll(),
  };
}

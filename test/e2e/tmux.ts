import { execFileSync, spawnSync } from 'node:child_process';

/** Is tmux here? (CI installs it: .ci/setup-docker.sh.) */
export const haveTmux = spawnSync('tmux', ['-V']).status === 0;

/**
 * A real terminal for end-to-end tests: a detached tmux session on a private server, driven with
 * send-keys and read with capture-pane (the screen as a learner sees it, without colours).
 */
export class Tmux {
  private readonly socket = `dockerlings-e2e-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, '-f', '/dev/null', ...args], { encoding: 'utf8' });
  }

  /**
   * Starts `argv` in a new session of `cols`×`rows` with `env`: CI variables removed (Ink draws
   * nothing in CI mode), and the colour switches of the caller's terminal (NO_COLOR,
   * FORCE_COLOR), which the frames these tests expect must not depend on.
   */
  start(argv: readonly string[], env: Readonly<Record<string, string>>, cols = 100, rows = 30): void {
    const assignments = Object.entries(env).map(([k, v]) => `${k}=${v}`);
    const ci = Object.keys(process.env).filter((k) => k === 'CI' || k === 'CONTINUOUS_INTEGRATION' || k.startsWith('CI_') || k === 'NO_COLOR' || k === 'FORCE_COLOR');
    const command = ['env', ...ci.flatMap((k) => ['-u', k]), ...assignments, ...argv].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    // The session stays after the program ends, so its last screen can be read.
    this.tmux('new-session', '-d', '-s', 'e2e', '-x', String(cols), '-y', String(rows), `${command}; echo "[exited $?]"; sleep 600`);
  }

  /** The screen now: every line, trailing spaces removed. */
  screen(): string {
    return this.tmux('capture-pane', '-p', '-t', 'e2e')
      .split('\n')
      .map((l) => l.trimEnd())
      .join('\n')
      .trimEnd();
  }

  /** Keys as tmux names them (`Enter`, `C-c`, `Up`) or literal text (`-l`). */
  keys(...keys: string[]): void {
    this.tmux('send-keys', '-t', 'e2e', ...keys);
  }

  type(text: string): void {
    this.tmux('send-keys', '-t', 'e2e', '-l', text);
  }

  /** Waits until the screen matches; returns it. */
  async waitFor(what: string | RegExp, ms = 15_000): Promise<string> {
    const t0 = Date.now();
    for (;;) {
      const s = this.screen();
      if (typeof what === 'string' ? s.includes(what) : what.test(s)) return s;
      if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${String(what)}; the screen:\n${s}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  kill(): void {
    try {
      this.tmux('kill-server');
    } catch {
      // already gone
    }
  }
}

import type { CommandResult } from '../shell/command-result.js';

export type { CommandResult };

export type BackendKind = 'simulator' | 'docker';

/**
 * Where a learner's command lines run. The course talks only to this, so one lesson file
 * works unchanged on the simulator and on a real engine.
 */
export interface Backend {
  readonly kind: BackendKind;
  /** One command line, in the current shell context (host, or a container's shell). */
  run(line: string): Promise<CommandResult>;
  /**
   * A lesson's check: a read-only line run by an observer on the same host (a root shell
   * on the simulator, a fresh shell of the learner's user on real Docker), never inside
   * whatever shell the learner has entered, and without touching their history.
   */
  check(line: string): Promise<CommandResult>;
  /** The prompt a real shell would show here, e.g. `learner@docker-host:~$` or `root@0fa48359f36d:/#`. */
  prompt(): string;
  /** A fresh host (simulator) / remove what the tutorial created (docker). */
  reset(): Promise<void>;
  dispose(): Promise<void>;
}

export interface BackendOptions {
  readonly kind: BackendKind;
  /** The user the session starts as: `learner` (default) or `root`. */
  readonly user?: string;
  /** Simulator only: how the simulated host boots (a lesson may start outside the docker group). */
  readonly simulatedHost?: { readonly learnerInDockerGroup?: boolean };
}

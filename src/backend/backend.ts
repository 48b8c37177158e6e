import type { CommandResult } from '../shell/command-result.js';
import type { EngineEvent } from '../sim/daemon/state.js';
import type { EngineTrouble } from './docker/engine-trouble.js';
import type { HostChange } from './docker/host-change.js';
import type { ResourceName } from './docker/lesson-scan.js';
import type { PreflightResult } from './docker/preflight.js';

export type { CommandResult, EngineEvent, EngineTrouble, HostChange, PreflightResult, ResourceName };

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
  /**
   * How many shells deep the learner is: 1 in the login shell, more inside `newgrp`, `su` or a
   * container's shell (the UI's Ctrl+D leaves one). Absent when the backend cannot tell.
   */
  depth?(): number;
  /**
   * Runs a line with the real terminal (stdin, stdout, stderr inherited), for what needs one:
   * `docker run -it …`, `docker exec -it …`. Resolves with the exit code once it ends. Only
   * backends that run real programs have it; the UI must have released the terminal first.
   */
  runInteractive?(line: string): Promise<number>;
  /**
   * Simulator only: the daemon's record of what it did, oldest first, in Docker's terms (an
   * address allocated, a veth pair created and attached, a DNAT rule added…). The same array
   * grows as lines run; a reset starts a new one. The course puts the part since a command
   * began into words (`:explain`, the trail); on real Docker it compares pictures instead.
   */
  events?(): readonly EngineEvent[];
  /** A fresh host (simulator) / remove what the tutorial created (docker). */
  reset(): Promise<void>;
  /**
   * Real engine only: which of these names (that a lesson creates, reuses or removes) belong
   * to something the tutorial did not create. Call before a lesson starts; the simulator's
   * host is always fresh, so it has no such method.
   */
  preflight?(names: readonly ResourceName[]): Promise<PreflightResult>;
  /** Real engine only: the engine went away (daemon stopped, socket denied), read from a result, with the fix. */
  trouble?(result: CommandResult): EngineTrouble | undefined;
  dispose(): Promise<void>;
}

export interface BackendOptions {
  readonly kind: BackendKind;
  /** The user the session starts as: `learner` (default) or `root`. */
  readonly user?: string;
  /** Simulator only: how the simulated host boots (a lesson may start outside the docker group). */
  readonly simulatedHost?: { readonly learnerInDockerGroup?: boolean };
  /**
   * Real engine only: asked before a line that changes the host itself (a group, an interface,
   * a swarm, a firewall rule) runs; a refusal leaves it unrun. Without it such lines run (the
   * learner typed them, or `verify` was asked to), and their undo is recorded either way.
   */
  readonly confirmHostChange?: (changes: readonly HostChange[], line: string) => Promise<boolean>;
}

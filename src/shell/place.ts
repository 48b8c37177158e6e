import type { SimHost } from '../sim/host.js';

/**
 * Where a shell runs: on the host as some user (with the groups of *their login*, which is
 * why `usermod -aG docker` needs a new login), or inside a container.
 */
export interface HostPlace {
  readonly kind: 'host';
  readonly user: string;
  readonly uid: number;
  /** Primary gid first; fixed at login. */
  readonly gids: readonly number[];
  /** The shell's process on the host (`-bash`), when it has one: commands it runs are its children. */
  readonly pid?: number;
  /** A login shell (ssh, su -, sudo -i) says `logout` when it exits; another (newgrp, sudo -s, su) `exit`. */
  readonly login?: boolean;
  /**
   * The network namespace its programs run in when not the host's: a shell or program that
   * `nsenter -n` started in a container's namespace (its sandbox key). Children inherit it.
   */
  readonly netns?: string;
  cwd: string;
  readonly env: Map<string, string>;
  readonly vars: Map<string, string>;
  /** The machine of the lab it is on, when not the learner's own (a shell entered with ssh). */
  readonly node?: SimHost;
  /** A login over ssh: the destination as typed, which ssh names when the connection closes. */
  readonly sshTo?: string;
}

export interface ContainerPlace {
  readonly kind: 'container';
  readonly containerId: string;
  /** The shell program (bash, sh); decides the prompt and the error format. */
  readonly shell: string;
  /** Entered as the container's PID 1 (`docker run -it`) or by `docker exec -it`. */
  readonly entered: 'run' | 'exec';
  /** The shell's process (host PID): the container's PID 1 for `run`, an exec'd process for `exec -it`. */
  readonly pid?: number;
  cwd: string;
  readonly env: Map<string, string>;
  readonly vars: Map<string, string>;
  /** The machine of the lab its container is on, when not the learner's own. */
  readonly node?: SimHost;
}

export type Place = HostPlace | ContainerPlace;

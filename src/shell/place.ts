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
  cwd: string;
  readonly env: Map<string, string>;
  readonly vars: Map<string, string>;
}

export interface ContainerPlace {
  readonly kind: 'container';
  readonly containerId: string;
  /** The shell program (bash, sh); decides the prompt and the error format. */
  readonly shell: string;
  /** Entered as the container's PID 1 (`docker run -it`) or by `docker exec -it`. */
  readonly entered: 'run' | 'exec';
  cwd: string;
  readonly env: Map<string, string>;
  readonly vars: Map<string, string>;
}

export type Place = HostPlace | ContainerPlace;

import type { Container } from './daemon/model.js';
import { containerExited } from './daemon/containers.js';
import { restoreLinks } from './daemon/links.js';
import { DOCKERD_ARGV } from './host-processes.js';
import type { SimHost } from './host.js';

/**
 * The systemd units around Docker: containerd.service, docker.service and docker.socket
 * (which keeps /run/docker.sock open and starts docker.service on the first connection).
 * `systemctl stop docker` ends dockerd: without live-restore it stops every container first.
 */
export interface DockerUnits {
  /** When docker.service last became active or inactive (for `systemctl status`). */
  dockerSince: number;
  /** The PID and the end of the last dockerd, once stopped. */
  lastDockerd?: { readonly pid: number; readonly cpu: string };
  socketActive: boolean;
}

const units = new WeakMap<SimHost, DockerUnits>();

/** The units' state; docker.service came up with the host. */
export function dockerUnits(host: SimHost): DockerUnits {
  let u = units.get(host);
  if (!u) {
    u = { dockerSince: host.kernel.procs.get(host.daemon.dockerdPid)?.started ?? host.clock.now(), socketActive: true };
    units.set(host, u);
  }
  return u;
}

/**
 * dockerd shuts down: each running container gets its stop signal and ends with `exitCode(c)`
 * (137 for a shell or sleep that ignores SIGTERM, 0 for a server), then dockerd exits.
 */
export function stopDockerd(host: SimHost, exitCode: (c: Container) => number): void {
  if (!host.dockerdUp) return;
  const s = host.daemon;
  for (const c of [...s.containers.values()]) if (c.state.status === 'running' || c.state.status === 'paused') containerExited(s, c.id, exitCode(c));
  const u = dockerUnits(host);
  u.lastDockerd = { pid: s.dockerdPid, cpu: '1.254s' };
  host.kernel.procs.killTree(s.dockerdPid);
  host.dockerdUp = false;
  u.dockerSince = host.clock.now();
}

/** systemd starts dockerd again: a new process; containers come back only by their restart policy (the caller starts them). */
export function startDockerd(host: SimHost): Container[] {
  if (host.dockerdUp) return [];
  const p = host.kernel.procs.spawn({ ppid: 1, user: 'root', argv: DOCKERD_ARGV, started: host.clock.now() });
  host.kernel.procs.advance(12);
  host.daemon.dockerdPid = p.pid;
  host.dockerdUp = true;
  // The link graph is rebuilt from HostConfig.Links by name (a recreated target is linked again).
  restoreLinks(host.daemon);
  dockerUnits(host).dockerSince = host.clock.now();
  return [...host.daemon.containers.values()].filter((c) => c.state.status === 'exited' && (c.hostConfig.restartPolicy === 'always' || (c.hostConfig.restartPolicy === 'unless-stopped')));
}

/**
 * A client connects to /run/docker.sock. docker.socket keeps listening while docker.service is
 * stopped, and systemd starts the service for the first connection: the containers to restart
 * by their policy are returned (none when nothing was started).
 */
export function socketActivation(host: SimHost): Container[] | undefined {
  if (host.dockerdUp || !dockerUnits(host).socketActive) return undefined;
  return startDockerd(host);
}

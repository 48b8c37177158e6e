// A simulated host and a terminal on it, for the system tools' tests.
import { createShellSession } from '../../../../src/shell/index.js';
import type { CommandResult } from '../../../../src/shell/command-result.js';

export type Session = ReturnType<typeof createShellSession>;

export function session(user = 'learner', learnerInDockerGroup = true): Session {
  return createShellSession({ user, host: { learnerInDockerGroup } });
}

/** Runs a line; the result as one string: stdout, then stderr marked, then the status if not 0. */
export function run(s: Session, line: string): string {
  const r: CommandResult = s.run(line);
  return `${r.stdout}${r.stderr ? `[stderr]${r.stderr}` : ''}${r.exitCode !== 0 ? `[exit ${r.exitCode}]` : ''}`;
}

const hostConfig = {
  networkMode: 'default', portBindings: [], publishAllPorts: false, binds: [], links: [], autoRemove: false,
  privileged: false, restartPolicy: 'no', extraHosts: [], dns: [],
};

/** Starts a container through the engine (as `docker run -d` would), with published ports if given. */
export function container(s: Session, name: string, image: string, cmd: readonly string[], ports: readonly [number, number][] = []): string {
  const c = s.host.engine.containerCreate({
    name, image, cmd,
    hostConfig: { ...hostConfig, portBindings: ports.map(([host, port]) => ({ containerPort: port, proto: 'tcp' as const, hostIp: '', hostPort: String(host) })) } as never,
  });
  s.host.engine.containerStart(c.id);
  return c.id;
}

/** Runs argv in a container as `docker exec` would (no terminal). */
export function exec(s: Session, id: string, argv: readonly string[]): string {
  const r = s.execIn(id, argv);
  if (r === 'not-found') return '[not found]';
  return `${r.stdout}${r.stderr ? `[stderr]${r.stderr}` : ''}${r.exitCode !== 0 ? `[exit ${r.exitCode}]` : ''}`;
}

import type { NetDevice } from '../../../../src/sim/kernel/net-devices.js';
import type { Container, Listener } from '../../../../src/sim/daemon/model.js';
import { createShellSession, type ShellSession } from '../../../../src/shell/index.js';

/**
 * A simulated host as the tests of the network tools see it: `web` (httpd, -p 8080:80) and
 * `db` on docker0, `app` on the user-defined network `mynet`. Expected outputs are written
 * literally, with only the random parts (MACs, veth names, indexes) read from the model.
 */
export interface NetFixture {
  readonly session: ShellSession;
  readonly web: Container;
  readonly db: Container;
  readonly app: Container;
  /** The host end of a container's eth0. */
  vethOf(c: Container): NetDevice;
  eth0Of(c: Container): NetDevice;
  dev(name: string, netns?: string): NetDevice;
  /** Runs a line in the session; `exec` runs argv in a container as `docker exec` would. */
  run(line: string): { stdout: string; stderr: string; exitCode: number };
  exec(c: Container, argv: readonly string[]): { stdout: string; stderr: string; exitCode: number };
}

const hostConfig = (networkMode: string, ports: { containerPort: number; hostPort: string }[] = []) => ({
  networkMode, portBindings: ports.map((p) => ({ ...p, proto: 'tcp' as const, hostIp: '' })), publishAllPorts: false, binds: [], links: [],
  autoRemove: false, privileged: false, restartPolicy: 'no', extraHosts: [], dns: [],
});

const HTTPD: Listener = { proto: 'tcp', port: 80, address: '::', program: 'httpd' };

export function netFixture(o: { user?: string; empty?: boolean } = {}): NetFixture {
  const session = createShellSession({ user: o.user ?? 'root' });
  const e = session.host.engine;
  const start = (name: string, mode: string, image = 'busybox', ports: { containerPort: number; hostPort: string }[] = [], listeners: Listener[] = []) => {
    const c = e.containerCreate({ name, image, cmd: ['sleep', '3600'], hostConfig: hostConfig(mode, ports) });
    return e.containerStart(c.id, listeners);
  };
  let web = undefined as unknown as Container;
  let db = web;
  let app = web;
  if (!o.empty) {
    web = start('web', 'default', 'busybox', [{ containerPort: 80, hostPort: '8080' }], [HTTPD]);
    db = start('db', 'default');
    e.networkCreate({ name: 'mynet' });
    app = start('app', 'mynet');
  }
  const net = session.host.kernel.net;
  const eth0Of = (c: Container) => net.findByName(c.sandboxKey as string, 'eth0') as NetDevice;
  return {
    session, web, db, app, eth0Of,
    vethOf: (c) => net.list('host').find((d) => d.index === eth0Of(c).link?.index) as NetDevice,
    dev: (name, netns = 'host') => net.findByName(netns, name) as NetDevice,
    run: (line) => session.run(line),
    exec: (c, argv) => {
      const r = session.execIn(c.id, argv);
      if (r === 'not-found') throw new Error(`${argv[0]} not in ${c.name}`);
      return r;
    },
  };
}

import type { Listener } from '../../../src/sim/daemon/model.js';
import { SimHost } from '../../../src/sim/host.js';
import type { Container, PortBinding } from '../../../src/sim/daemon/model.js';

type CreateOptions = Parameters<SimHost['engine']['containerCreate']>[0];

export const hostConfig = (over: Partial<CreateOptions['hostConfig']> = {}): CreateOptions['hostConfig'] => ({
  networkMode: 'default', portBindings: [], publishAllPorts: false, binds: [], links: [], autoRemove: false,
  privileged: false, restartPolicy: 'no', extraHosts: [], dns: [], ...over,
});

export const HTTPD_BODY = '<html><body><h1>It works!</h1></body></html>\n';
export const httpd: Listener = { proto: 'tcp', port: 80, address: '0.0.0.0', program: 'httpd', httpBody: HTTPD_BODY };

/** docker run -d [--network NET] [-p …] IMAGE sleep: a running container, as the docker CLI would start it. */
export function runContainer(h: SimHost, name: string, o: { network?: string; image?: string; ports?: PortBinding[]; listeners?: Listener[] } = {}): Container {
  const c = h.engine.containerCreate({
    name, image: o.image ?? 'busybox', cmd: ['sleep', '3600'],
    hostConfig: hostConfig({ networkMode: o.network ?? 'default', portBindings: o.ports ?? [] }),
  });
  return h.engine.containerStart(c.id, o.listeners ?? []);
}

export const ns = (c: Container): string => c.sandboxKey ?? 'host';

export const publish = (hostPort: number, containerPort: number, hostIp = ''): PortBinding => ({ containerPort, proto: 'tcp', hostIp, hostPort: String(hostPort) });

export { SimHost };

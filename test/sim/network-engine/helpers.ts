import type { CreateContainerOptions } from '../../../src/sim/daemon/containers.js';
import type { Container } from '../../../src/sim/daemon/model.js';
import { SimHost } from '../../../src/sim/host.js';

export type HostConfigInput = CreateContainerOptions['hostConfig'];

export const hostConfig = (over: Partial<HostConfigInput> = {}): HostConfigInput => ({
  networkMode: 'default', portBindings: [], publishAllPorts: false, binds: [], links: [], autoRemove: false,
  privileged: false, restartPolicy: 'no', extraHosts: [], dns: [], ...over,
});

/** `docker run -d --name NAME [options] busybox sleep 3600`, straight on the engine. */
export function run(h: SimHost, name: string, over: Partial<HostConfigInput> = {}, extra: Partial<CreateContainerOptions> = {}): Container {
  const c = h.engine.containerCreate({ name, image: 'busybox', cmd: ['sleep', '3600'], hostConfig: hostConfig(over), ...extra });
  return h.engine.containerStart(c.id);
}

export function file(h: SimHost, c: Container, which: 'hosts' | 'resolv.conf' | 'hostname'): string {
  const r = h.kernel.fs.read(`/var/lib/docker/containers/${c.id}/${which}`);
  if (!r.ok) throw new Error(`no ${which} for ${c.name}`);
  return r.content;
}

/** The `iptables -S` / `iptables -t nat -S` lines of the host. */
export const filterRules = (h: SimHost): string[] => h.kernel.netfilter.specLines('filter');
export const natRules = (h: SimHost): string[] => h.kernel.netfilter.specLines('nat');

export const newHost = (): SimHost => new SimHost();

export const HOSTS_HEADER = '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\nff00::0\tip6-mcastprefix\nff02::1\tip6-allnodes\nff02::2\tip6-allrouters\n';

import { describe, expect, it } from 'vitest';
import { SimHost } from '../../src/sim/host.js';
import { EngineError } from '../../src/sim/errors.js';

const hostConfig = (over: Partial<Parameters<SimHost['engine']['containerCreate']>[0]['hostConfig']> = {}) => ({
  networkMode: 'default', portBindings: [], publishAllPorts: false, binds: [], links: [], autoRemove: false,
  privileged: false, restartPolicy: 'no', extraHosts: [], dns: [], ...over,
});

function run(h: SimHost, name: string, extra: Partial<Parameters<SimHost['engine']['containerCreate']>[0]> = {}) {
  const c = h.engine.containerCreate({ name, image: 'busybox', cmd: ['sleep', '3600'], hostConfig: hostConfig(), ...extra });
  return h.engine.containerStart(c.id);
}

describe('engine: the default bridge', () => {
  it('hands out 172.17.0.2, .3 in order and MACs derived from them', () => {
    const h = new SimHost();
    run(h, 'c1');
    run(h, 'c2');
    const ip = (n: string) => (h.engine.containerInspect(n) as { NetworkSettings: { IPAddress: string; MacAddress: string } }).NetworkSettings;
    expect(ip('c1')).toMatchObject({ IPAddress: '172.17.0.2', MacAddress: '02:42:ac:11:00:02' });
    expect(ip('c2')).toMatchObject({ IPAddress: '172.17.0.3', MacAddress: '02:42:ac:11:00:03' });
  });

  it('pairs each container eth0 with a veth on docker0 whose indexes point at each other', () => {
    const h = new SimHost();
    const c = run(h, 'c1');
    const eth0 = h.kernel.net.findByName(c.sandboxKey as string, 'eth0');
    const docker0 = h.kernel.net.findByName('host', 'docker0');
    const veth = h.kernel.net.list('host').find((d) => d.kind === 'veth');
    expect(eth0?.link?.index).toBe(veth?.index);
    expect(veth?.link?.index).toBe(eth0?.index);
    expect(veth?.master).toBe(docker0?.index);
    h.engine.containerRemove('c1', { force: true });
    expect(h.kernel.net.list('host').some((d) => d.kind === 'veth')).toBe(false);
  });

  it('resolves names only on user-defined networks', () => {
    const h = new SimHost();
    const a = run(h, 'c1');
    run(h, 'c2');
    expect(h.engine.resolveName(a, 'c2').kind).toBe('nxdomain');
    h.engine.networkCreate({ name: 'mynet' });
    const c = run(h, 'c3', { hostConfig: hostConfig({ networkMode: 'mynet' }) });
    run(h, 'c4', { hostConfig: hostConfig({ networkMode: 'mynet' }) });
    expect(h.engine.resolveName(c, 'c4')).toEqual({ kind: 'dns', ips: ['172.18.0.3'] });
  });
});

describe('engine: networks and IPAM', () => {
  it('moves on to 172.19 after 172.18 is released, as a running dockerd does', () => {
    const h = new SimHost();
    h.engine.networkCreate({ name: 'n1' });
    h.engine.networkRemove('n1');
    const n2 = h.engine.networkCreate({ name: 'n2' });
    expect(h.daemon.ipam.pool(n2.id).subnet.base >>> 16).toBe((172 << 8) + 19);
  });

  it('refuses a duplicate name and removing a predefined network', () => {
    const h = new SimHost();
    h.engine.networkCreate({ name: 'mynet' });
    expect(() => h.engine.networkCreate({ name: 'mynet' })).toThrow('network with name mynet already exists');
    try {
      h.engine.networkRemove('bridge');
    } catch (e) {
      expect(e).toBeInstanceOf(EngineError);
      expect((e as EngineError).category).toBe('forbidden');
    }
  });
});

describe('engine: published ports', () => {
  it('adds DNAT and docker-proxy per family, and refuses a taken port', () => {
    const h = new SimHost();
    run(h, 'web', { hostConfig: hostConfig({ portBindings: [{ containerPort: 80, proto: 'tcp', hostIp: '', hostPort: '8080' }] }) });
    expect(h.kernel.netfilter.specLines('nat', 'DOCKER')).toContain('-A DOCKER ! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80');
    expect(h.kernel.procs.list().filter((p) => p.argv[0] === '/usr/sbin/docker-proxy')).toHaveLength(2);
    expect(() => run(h, 'web2', { hostConfig: hostConfig({ portBindings: [{ containerPort: 80, proto: 'tcp', hostIp: '', hostPort: '8080' }] }) })).toThrow(/Bind for 0.0.0.0:8080 failed: port is already allocated/);
    expect(h.engine.container('web2').state.status).toBe('created');
  });
});

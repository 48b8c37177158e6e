import { describe, expect, it } from 'vitest';
import { SimHost } from '../../src/sim/host.js';
import { linkLocalFromMac } from '../../src/sim/net/ip6.js';

const hostConfig = (networkMode = 'default') => ({
  networkMode, portBindings: [], publishAllPorts: false, binds: [], links: [], autoRemove: false,
  privileged: false, restartPolicy: 'no', extraHosts: [], dns: [],
});

function run(h: SimHost, name: string, networkMode = 'default') {
  const c = h.engine.containerCreate({ name, image: 'busybox', cmd: ['sleep', '3600'], hostConfig: hostConfig(networkMode) });
  return h.engine.containerStart(c.id);
}

describe('IPv6 link-local addresses', () => {
  it('derives them from the MAC as the kernel does (EUI-64)', () => {
    // ip addr show docker0 on a real host: link/ether 02:42:18:fc:8a:47 → inet6 fe80::42:18ff:fefc:8a47/64
    expect(linkLocalFromMac('02:42:18:fc:8a:47')).toBe('fe80::42:18ff:fefc:8a47');
    expect(linkLocalFromMac('02:42:1b:b8:0f:a1')).toBe('fe80::42:1bff:feb8:fa1');
    expect(linkLocalFromMac('42:0f:5b:8d:e1:f9')).toBe('fe80::400f:5bff:fe8d:e1f9');
    expect(linkLocalFromMac('02:fc:00:00:00:01')).toBe('fe80::fc:ff:fe00:1');
  });

  it('gives a bridge one only once a port has carrier, and it keeps it after the port goes', () => {
    const h = new SimHost();
    const docker0 = () => h.kernel.net.findByName('host', 'docker0');
    expect(docker0()?.inet6 ?? []).toEqual([]);
    run(h, 'c1');
    expect(docker0()?.inet6).toEqual([{ ip: linkLocalFromMac(docker0()?.mac ?? ''), prefix: 64, scope: 'link' }]);
    h.engine.containerRemove('c1', { force: true });
    expect(docker0()?.inet6?.length).toBe(1);
    expect(h.kernel.net.hasCarrier(docker0() as never)).toBe(false);
  });

  it('gives the host veth one, and nothing inside a container (dockerd disables IPv6 there)', () => {
    const h = new SimHost();
    const c = run(h, 'c1');
    const veth = h.kernel.net.list('host').find((d) => d.kind === 'veth');
    expect(veth?.inet6?.[0]?.ip).toBe(linkLocalFromMac(veth?.mac ?? ''));
    for (const d of h.kernel.net.list(c.sandboxKey as string)) expect(d.inet6 ?? []).toEqual([]);
    expect(h.kernel.net.findByName('host', 'lo')?.inet6).toEqual([{ ip: '::1', prefix: 128, scope: 'host' }]);
  });
});

describe('bridge ports and netns ids', () => {
  it('numbers ports from 1, reusing the lowest free number', () => {
    const h = new SimHost();
    run(h, 'ca');
    run(h, 'cb');
    h.engine.containerRemove('ca', { force: true });
    run(h, 'cc');
    const ports = h.kernel.net.portsOf(h.kernel.net.findByName('host', 'docker0') as never);
    expect(ports.map((p) => p.portNo)).toEqual([2, 1]);
  });

  it('gives each container namespace a link-netnsid on the host, lowest free first', () => {
    const h = new SimHost();
    const a = run(h, 'ca');
    const b = run(h, 'cb');
    expect(h.kernel.net.nsid('host', a.sandboxKey as string)).toBe(0);
    expect(h.kernel.net.nsid('host', b.sandboxKey as string)).toBe(1);
    expect(h.kernel.net.nsid(a.sandboxKey as string, 'host')).toBe(0);
    h.engine.containerRemove('ca', { force: true });
    const c = run(h, 'cc');
    expect(h.kernel.net.nsid('host', c.sandboxKey as string)).toBe(0);
  });
});

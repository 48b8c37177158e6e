import { describe, expect, it } from 'vitest';
import { cidrString } from '../../../src/sim/net/ip.js';
import { newHost, run } from './helpers.js';

// Observed on a private Engine 20.10 (dockerd restarted to start fresh), `docker network create`
// one after another and `docker network inspect -f '{{range .IPAM.Config}}{{.Subnet}}{{end}}'`.
describe('IPAM: the predefined pools', () => {
  const subnetOf = (h: ReturnType<typeof newHost>, name: string) => cidrString(h.daemon.ipam.pool(h.engine.network(name).id).subnet);

  it('hands out 172.18, 172.19… and moves on after a release (n1=18, n2=19, n3=20; rm n2; n4=21)', () => {
    const h = newHost();
    for (const n of ['n1', 'n2', 'n3']) h.engine.networkCreate({ name: n });
    h.engine.networkRemove('n2');
    h.engine.networkCreate({ name: 'n4' });
    expect(['n1', 'n3', 'n4'].map((n) => subnetOf(h, n))).toEqual(['172.18.0.0/16', '172.20.0.0/16', '172.21.0.0/16']);
    h.engine.networkRemove('n4');
    h.engine.networkRemove('n1');
    h.engine.networkRemove('n3');
    h.engine.networkCreate({ name: 'n5' });
    expect(subnetOf(h, 'n5')).toBe('172.22.0.0/16');
  });

  it('goes on with 192.168.0.0/20 … 192.168.240.0/20, then wraps round to the lowest free /16', () => {
    const h = newHost();
    for (let i = 18; i <= 31; i++) h.engine.networkCreate({ name: `a${i}` });
    h.engine.networkCreate({ name: 'b0' });
    expect(subnetOf(h, 'b0')).toBe('192.168.0.0/20');
    for (let i = 1; i <= 15; i++) h.engine.networkCreate({ name: `b${i}` });
    expect(subnetOf(h, 'b15')).toBe('192.168.240.0/20');
    h.engine.networkRemove('a18');
    h.engine.networkRemove('a23');
    h.engine.networkCreate({ name: 'w1' });
    h.engine.networkCreate({ name: 'w2' });
    expect([subnetOf(h, 'w1'), subnetOf(h, 'w2')]).toEqual(['172.18.0.0/16', '172.23.0.0/16']);
    expect(() => h.engine.networkCreate({ name: 'full' })).toThrow('could not find an available, non-overlapping IPv4 address pool among the defaults to assign to the network');
  });

  it('skips a predefined pool a user subnet overlaps', () => {
    const h = newHost();
    h.engine.networkCreate({ name: 'mine', subnet: '172.18.5.0/24' });
    h.engine.networkCreate({ name: 'auto' });
    expect(subnetOf(h, 'auto')).toBe('172.19.0.0/16');
  });

  it('a macvlan network refused for its parent has used up a pool (observed: the next bridge got 172.21 after two such failures)', () => {
    const h = newHost();
    expect(() => h.engine.networkCreate({ name: 'mv', driver: 'macvlan', options: new Map([['parent', 'nope']]) })).toThrow('invalid subinterface vlan name nope, example formatting is eth0.10');
    h.engine.networkCreate({ name: 'next' });
    expect(subnetOf(h, 'next')).toBe('172.19.0.0/16');
  });
});

describe('IPAM: addresses inside a network', () => {
  it('reuses a released address at once (a new container gets the removed one’s 172.17.0.2)', () => {
    const h = newHost();
    run(h, 'a1');
    run(h, 'a2');
    h.engine.containerRemove('a1', { force: true });
    const a3 = run(h, 'a3');
    const ip = (n: string) => h.daemon.endpoints.get(h.engine.container(n).networks.get('bridge')?.endpointId ?? '')?.ip;
    expect(ip('a2')).toBe('172.17.0.3');
    expect(ip(a3.name)).toBe('172.17.0.2');
  });

  it('starts an --ip-range at its own first address (10.10.1.0), and skips the subnet’s network address and gateway otherwise', () => {
    // docker network create --subnet 10.10.0.0/16 --gateway 10.10.0.254 --ip-range 10.10.1.0/24 s
    // docker run --rm --network s busybox ip -4 -o addr show eth0  → inet 10.10.1.0/16
    const h = newHost();
    h.engine.networkCreate({ name: 's', subnet: '10.10.0.0/16', gateway: '10.10.0.254', ipRange: '10.10.1.0/24' });
    h.engine.networkCreate({ name: 's2', subnet: '10.11.0.0/16', ipRange: '10.11.0.0/24' });
    const ip = (net: string, name: string) => {
      const c = run(h, name, { networkMode: net });
      return h.daemon.endpoints.get(c.networks.get(net)?.endpointId ?? '')?.ip;
    };
    expect(ip('s', 'x1')).toBe('10.10.1.0');
    expect(ip('s2', 'x2')).toBe('10.11.0.2');
  });

  it('refuses --ip where the daemon does, with its words', () => {
    const h = newHost();
    h.engine.networkCreate({ name: 'auto' });
    h.engine.networkCreate({ name: 'sub', subnet: '10.10.0.0/16', gateway: '10.10.0.254' });
    const start = (name: string, net: string, ip: string) => () => run(h, name, { networkMode: net }, { ipv4Address: ip });
    expect(start('d1', 'default', '172.17.0.9')).toThrow('user specified IP address is supported on user defined networks only');
    expect(start('d2', 'auto', '172.18.0.9')).toThrow('user specified IP address is supported only when connecting to networks with user configured subnets');
    expect(h.engine.container('d2').state.status).toBe('created'); // created, then refused at start
    run(h, 'ok1', { networkMode: 'sub' }, { ipv4Address: '10.10.2.7' });
    expect(start('d3', 'sub', '10.10.2.7')).toThrow('Address already in use');
    expect(start('d4', 'sub', '10.99.0.1')).toThrow("Invalid address 10.99.0.1: It does not belong to any of this network's subnets");
    expect(start('d5', 'sub', 'foo')).toThrow('Invalid IPv4 address: foo)');
    expect(start('d6', 'sub', '10.10.0.254')).toThrow('Address already in use');
  });
});

describe('IPAM config as `docker network inspect` echoes it', () => {
  it('shows the pool and its gateway for an automatic subnet, the user’s words otherwise', () => {
    const h = newHost();
    const cfg = (name: string) => h.engine.network(name).ipamConfig;
    h.engine.networkCreate({ name: 'auto' });
    h.engine.networkCreate({ name: 'odd', subnet: '10.50.0.5/16' });
    h.engine.networkCreate({ name: 'full', subnet: '10.10.0.0/16', gateway: '10.10.0.254', ipRange: '10.10.1.0/24' });
    // A dockerd restarted over docker0 (the suite's engine): the gateway too. A first start shows the subnet alone.
    expect(cfg('bridge')).toEqual([{ subnet: '172.17.0.0/16', gateway: '172.17.0.1' }]);
    expect(cfg('auto')).toEqual([{ subnet: '172.18.0.0/16', gateway: '172.18.0.1' }]);
    expect(cfg('odd')).toEqual([{ subnet: '10.50.0.5/16' }]);
    expect(cfg('full')).toEqual([{ subnet: '10.10.0.0/16', ipRange: '10.10.1.0/24', gateway: '10.10.0.254' }]);
    // …and the bridge takes the subnet's first address when no gateway is given, even for 10.50.0.5/16.
    expect(h.kernel.net.findByName('host', `br-${h.engine.network('odd').id.slice(0, 12)}`)?.addresses[0]?.ip).toBe('10.50.0.1');
  });
});

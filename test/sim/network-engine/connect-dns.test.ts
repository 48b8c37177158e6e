import { describe, expect, it } from 'vitest';
import { endpointSettings } from '../../../src/sim/daemon/container-json.js';
import type { SimHost } from '../../../src/sim/host.js';
import { newHost, run } from './helpers.js';

// Observed on a real Engine 20.10 with `docker exec dnet-q nslookup NAME 127.0.0.11` and
// `docker network connect|disconnect …` in each situation.
const short = (id: string) => id.slice(0, 12);
const ask = (h: SimHost, from: string, name: string) => h.engine.resolveName(h.engine.container(from), name);

describe('embedded DNS', () => {
  function world() {
    const h = newHost();
    h.engine.networkCreate({ name: 'a' });
    h.engine.networkCreate({ name: 'b' });
    const c2 = run(h, 'c2', { networkMode: 'a' }, { hostname: 'h2', aliases: ['foo'] });
    const c1 = run(h, 'c1');
    h.engine.networkConnect('a', 'c1');
    run(h, 'qq', { networkMode: 'a' });
    run(h, 'other', { networkMode: 'b' });
    return { h, c1, c2 };
  }

  it('answers names, aliases, short IDs and hostnames of containers sharing a network, case-insensitively and as name.network', () => {
    const { h, c1, c2 } = world();
    const dns = (ip: string) => ({ kind: 'dns', ips: [ip] });
    expect(ask(h, 'qq', 'c2')).toEqual(dns('172.18.0.2'));
    expect(ask(h, 'qq', 'foo')).toEqual(dns('172.18.0.2'));
    expect(ask(h, 'qq', 'h2')).toEqual(dns('172.18.0.2'));
    expect(ask(h, 'qq', short(c2.id))).toEqual(dns('172.18.0.2'));
    expect(ask(h, 'qq', 'C2')).toEqual(dns('172.18.0.2'));
    expect(ask(h, 'qq', 'c2.a')).toEqual(dns('172.18.0.2'));
    expect(ask(h, 'qq', 'c1')).toEqual(dns('172.18.0.3'));
    expect(ask(h, 'qq', short(c1.id))).toEqual(dns('172.18.0.3'));
    expect(ask(h, 'qq', c2.id).kind).toBe('nxdomain'); // the full ID: no
    expect(ask(h, 'qq', 'other').kind).toBe('nxdomain'); // another network: no
  });

  it('nothing by name on the default bridge', () => {
    const h = newHost();
    run(h, 'b1');
    run(h, 'b2');
    expect(ask(h, 'b1', 'b2').kind).toBe('nxdomain');
  });

  it('--link on a user-defined network (docker run --network n --link t1:db): an endpoint alias, no /etc/hosts line, no legacy link', () => {
    // docker run -d --name dnet-t2 --network dnet-u --link dnet-t1:db busybox …; nslookup db → t1; HostConfig.Links null
    const h = newHost();
    h.engine.networkCreate({ name: 'u' });
    run(h, 't1', { networkMode: 'u' });
    const t2 = run(h, 't2', { networkMode: 'u', links: ['t1:db'] });
    expect(ask(h, 't2', 'db')).toEqual({ kind: 'dns', ips: ['172.18.0.2'] });
    expect(t2.hostConfig.links).toEqual([]);
    expect((endpointSettings(h.daemon, t2, 'u') as { Links: unknown }).Links).toEqual(['t1:db']);
    expect(() => run(h, 't3', { networkMode: 'u', links: ['nosuch:x'] })).not.toThrow();
  });

  it('a --link given to network connect is an alias only the linking container resolves', () => {
    // docker network connect --link dnet-l1:db dnet-a dnet-l2; docker exec dnet-l2 nslookup db 127.0.0.11
    const h = newHost();
    h.engine.networkCreate({ name: 'a' });
    run(h, 'l1', { networkMode: 'a' });
    run(h, 'l2');
    run(h, 'l3', { networkMode: 'a' });
    h.engine.networkConnect('a', 'l2', { links: ['l1:db'] });
    expect(ask(h, 'l2', 'db')).toEqual({ kind: 'dns', ips: ['172.18.0.2'] });
    expect(ask(h, 'l3', 'db').kind).toBe('nxdomain');
    expect((endpointSettings(h.daemon, h.engine.container('l2'), 'a') as { Links: unknown }).Links).toEqual(['l1:db']);
  });
});

describe('EndpointSettings the daemon keeps', () => {
  it('appends the short ID and the hostname to the aliases on a user network (even when the hostname is the name)', () => {
    const h = newHost();
    h.engine.networkCreate({ name: 'a' });
    const aliases = (c: string) => (endpointSettings(h.daemon, h.engine.container(c), 'a') as { Aliases: unknown }).Aliases;
    const c2 = run(h, 'c2', { networkMode: 'a' }, { hostname: 'h2', aliases: ['foo'] });
    const hn = run(h, 'hn', { networkMode: 'a' }, { hostname: 'hn' });
    const o = run(h, 'o2', { networkMode: 'a' }, { hostname: 'other', aliases: ['other'] });
    expect(aliases('c2')).toEqual(['foo', short(c2.id), 'h2']);
    expect(aliases('hn')).toEqual([short(hn.id), 'hn']);
    expect(aliases('o2')).toEqual(['other', short(o.id)]);
    h.engine.containerCreate({ name: 'cr', image: 'busybox', hostConfig: { networkMode: 'a', portBindings: [], publishAllPorts: false, binds: [], links: [], autoRemove: false, privileged: false, restartPolicy: 'no', extraHosts: [], dns: [] } });
    expect(aliases('cr')).toBeNull(); // created, never started: nothing appended yet
  });

  it('network connect records {} for IPAMConfig and DriverOpts; a stopped container gets its aliases at once', () => {
    const h = newHost();
    h.engine.networkCreate({ name: 'a' });
    const st = h.engine.containerCreate({ name: 'st', image: 'busybox', hostConfig: { networkMode: 'default', portBindings: [], publishAllPorts: false, binds: [], links: [], autoRemove: false, privileged: false, restartPolicy: 'no', extraHosts: [], dns: [] } });
    h.engine.networkConnect('a', 'st');
    h.engine.networkConnect('a', 'st'); // twice while stopped: no error
    const es = endpointSettings(h.daemon, st, 'a') as Record<string, unknown>;
    expect(es.IPAMConfig).toEqual({});
    expect(es.DriverOpts).toEqual(new Map());
    expect(es.Aliases).toEqual([short(st.id)]);
    expect(es.NetworkID).toBe(''); // until it starts
    h.engine.containerStart('st');
    expect((endpointSettings(h.daemon, st, 'a') as Record<string, unknown>).NetworkID).toBe(h.engine.network('a').id);
  });
});

describe('network connect / disconnect: the daemon’s refusals', () => {
  function world() {
    const h = newHost();
    h.engine.networkCreate({ name: 'a' });
    h.engine.networkCreate({ name: 's', subnet: '10.10.0.0/16', gateway: '10.10.0.254', ipRange: '10.10.1.0/24' });
    run(h, 'c1');
    run(h, 'c2', { networkMode: 'a' });
    run(h, 'hh', { networkMode: 'host' });
    run(h, 'cc', { networkMode: `container:c2` });
    run(h, 'nn', { networkMode: 'none' });
    return h;
  }
  const cases: [string, (h: SimHost) => void, string][] = [
    ['already connected', (h) => h.engine.networkConnect('a', 'c2'), 'endpoint with name c2 already exists in network a'],
    ['host mode', (h) => h.engine.networkConnect('a', 'hh'), 'container sharing network namespace with another container or host cannot be connected to any other network'],
    ['container: mode', (h) => h.engine.networkConnect('a', 'cc'), 'container sharing network namespace with another container or host cannot be connected to any other network'],
    ['to host', (h) => h.engine.networkConnect('host', 'c1'), 'container cannot be disconnected from host network or connected to host network'],
    ['to none', (h) => h.engine.networkConnect('none', 'c1'), 'container cannot be connected to multiple networks with one of the networks in private (none) mode'],
    ['from none', (h) => h.engine.networkConnect('bridge', 'nn'), 'container cannot be connected to multiple networks with one of the networks in private (none) mode'],
    ['--ip on the default bridge', (h) => h.engine.networkConnect('bridge', 'c2', { ip: '172.17.0.50' }), 'user specified IP address is supported on user defined networks only'],
    ['--ip without a user subnet', (h) => h.engine.networkConnect('a', 'c1', { ip: '172.18.0.50' }), 'user specified IP address is supported only when connecting to networks with user configured subnets'],
    ['--ip outside the subnet', (h) => h.engine.networkConnect('s', 'c1', { ip: '10.99.0.1' }), "Invalid address 10.99.0.1: It does not belong to any of this network's subnets"],
    ['--ip not an address', (h) => h.engine.networkConnect('s', 'c1', { ip: 'foo' }), 'Invalid IPv4 address: foo)'],
    ['unknown network', (h) => h.engine.networkConnect('nope', 'c1'), 'network nope not found'],
    ['unknown container first', (h) => h.engine.networkConnect('nope', 'nope'), 'No such container: nope'],
    ['disconnect: not connected (running)', (h) => h.engine.networkDisconnect('a', 'c1'), 'is not connected to network a'],
    ['disconnect from host', (h) => h.engine.networkDisconnect('host', 'hh'), 'container cannot be disconnected from host network or connected to host network'],
  ];
  for (const [what, act, message] of cases) {
    it(what, () => expect(() => act(world())).toThrow(message));
  }

  it('the default route follows libnetwork’s gateway endpoint: first network by name, internal ones last', () => {
    // observed: on dnet-zz, connect --internal dnet-ab (no change), connect dnet-aa (default via dnet-aa), disconnect it (back)
    const h = newHost();
    h.engine.networkCreate({ name: 'zz' });
    h.engine.networkCreate({ name: 'aa' });
    h.engine.networkCreate({ name: 'ab', internal: true });
    const c = run(h, 'g2', { networkMode: 'zz' });
    const def = () => h.kernel.net.ns(c.sandboxKey as string).routes.find((r) => r.dst === 'default');
    h.engine.networkConnect('ab', 'g2');
    expect(def()).toEqual({ dst: 'default', via: '172.18.0.1', dev: 'eth0' });
    h.engine.networkConnect('aa', 'g2');
    expect(def()).toEqual({ dst: 'default', via: '172.19.0.1', dev: 'eth2' });
    h.engine.networkDisconnect('aa', 'g2');
    expect(def()).toEqual({ dst: 'default', via: '172.18.0.1', dev: 'eth0' });
    h.engine.networkDisconnect('zz', 'g2');
    expect(def()).toEqual({ dst: 'default', via: '172.20.0.1', dev: 'eth1' });
  });

  it('a --ip outside the --ip-range but inside the subnet is fine; its address cannot be taken twice', () => {
    const h = world();
    h.engine.networkConnect('s', 'c2', { ip: '10.10.2.7' });
    expect(() => h.engine.networkConnect('s', 'c1', { ip: '10.10.2.7' })).toThrow('Address already in use');
  });

  it('disconnect of a stopped container words it differently; none can be left', () => {
    const h = world();
    h.engine.containerCreate({ name: 'st', image: 'busybox', hostConfig: { networkMode: 'default', portBindings: [], publishAllPorts: false, binds: [], links: [], autoRemove: false, privileged: false, restartPolicy: 'no', extraHosts: [], dns: [] } });
    const id = h.engine.container('st').id;
    h.engine.networkDisconnect('bridge', 'st');
    expect(() => h.engine.networkDisconnect('bridge', 'st')).toThrow(`container ${id} is not connected to the network bridge`);
    h.engine.networkDisconnect('none', 'nn');
    expect([...h.engine.container('nn').networks.keys()]).toEqual([]);
  });

  it('a stopped container takes any network name: its start then fails (observed: exit 0, then "network … not found")', () => {
    // docker create --name st busybox; docker network connect dnet-nosuch st; docker start st
    const h = world();
    h.engine.containerCreate({ name: 'st', image: 'busybox', cmd: ['sleep', '100'], hostConfig: { networkMode: 'default', portBindings: [], publishAllPorts: false, binds: [], links: [], autoRemove: false, privileged: false, restartPolicy: 'no', extraHosts: [], dns: [] } });
    h.engine.networkConnect('nosuch', 'st');
    const es = endpointSettings(h.daemon, h.engine.container('st'), 'nosuch') as Record<string, unknown>;
    expect([es.IPAMConfig, es.Aliases, es.DriverOpts, es.NetworkID]).toEqual([{}, [], new Map(), '']);
    expect(() => h.engine.containerStart('st')).toThrow('network nosuch not found');
    expect(() => h.engine.networkDisconnect('nosuch2', 'st')).toThrow('is not connected to the network nosuch2');
    h.engine.networkDisconnect('nosuch', 'st');
    expect(() => h.engine.networkDisconnect('nosuch', 'c1')).toThrow('network nosuch not found');
  });

  it('a network removed and made again is another one: the old container fails with the old ID', () => {
    // docker run --name rc1 --network rc busybox true; docker network rm rc; docker network create rc; docker start rc1
    const h = newHost();
    h.engine.networkCreate({ name: 'rc' });
    const c = run(h, 'rc1', { networkMode: 'rc' });
    const oldId = h.engine.network('rc').id;
    h.engine.containerExited('rc1', 0);
    h.engine.networkRemove('rc');
    h.engine.networkCreate({ name: 'rc' });
    expect(() => h.engine.containerStart(c.id)).toThrow(`network ${oldId} not found`);
  });

  it('--alias on a built-in network is refused', () => {
    expect(() => world().engine.networkConnect('bridge', 'c2', { aliases: ['x'] })).toThrow('network-scoped alias is supported only for containers in user defined networks');
  });

  it('a container on none has an endpoint there (no address), as `docker network inspect none` lists it', () => {
    const h = world();
    const none = h.engine.networkInspect('none') as { Containers: Map<string, { Name: string; IPv4Address: string; MacAddress: string }> };
    expect([...none.Containers.values()].map((e) => [e.Name, e.IPv4Address, e.MacAddress])).toEqual([['nn', '', '']]);
  });
});


import { describe, expect, it } from 'vitest';
import { encodeJson } from '../../../src/sim/daemon/api-value.js';
import { filterRules, natRules, newHost, run } from './helpers.js';

// `docker swarm init --advertise-addr 127.0.0.1`, overlays and `docker swarm leave --force`,
// observed on a private Engine 20.10 (its own network namespace), as are the macvlan cases.
describe('swarm init / leave', () => {
  it('creates ingress (10.0.0.0/24) and docker_gwbridge (the next local pool, ICC off) with their rules', () => {
    const h = newHost();
    const before = { f: filterRules(h), n: natRules(h) };
    const sw = h.engine.swarmInit({ advertiseAddr: '127.0.0.1' });
    expect(sw.nodeId).toMatch(/^[0-9a-z]{25}$/);
    expect(sw.workerToken).toMatch(/^SWMTKN-1-[0-9a-z]{50}-[0-9a-z]{25}$/);
    expect(sw.managerToken.slice(0, 60)).toBe(sw.workerToken.slice(0, 60));
    const ingress = h.engine.network('ingress');
    expect(ingress.id).toMatch(/^[0-9a-z]{25}$/);
    expect(encodeJson(h.engine.networkInspect('ingress'))).toBe(
      `{"Name":"ingress","Id":"${ingress.id}","Created":"${(h.engine.networkInspect('ingress') as { Created: string }).Created}","Scope":"swarm","Driver":"overlay","EnableIPv6":false,` +
        '"IPAM":{"Driver":"default","Options":null,"Config":[{"Subnet":"10.0.0.0/24","Gateway":"10.0.0.1"}]},"Internal":false,"Attachable":false,"Ingress":true,' +
        `"ConfigFrom":{"Network":""},"ConfigOnly":false,"Containers":{"ingress-sbox":{"Name":"ingress-endpoint","EndpointID":"${[...ingress.endpoints][0]}","MacAddress":"02:42:0a:00:00:02","IPv4Address":"10.0.0.2/24","IPv6Address":""}},` +
        `"Options":{"com.docker.network.driver.overlay.vxlanid_list":"4096"},"Labels":{},"Peers":[{"Name":"${sw.peerName}","IP":"127.0.0.1"}]}`,
    );
    const gw = h.engine.networkInspect('docker_gwbridge') as Record<string, unknown>;
    expect(gw.IPAM).toEqual({ Driver: 'default', Options: null, Config: [{ Subnet: '172.18.0.0/16', Gateway: '172.18.0.1' }] });
    expect(gw.Options).toEqual(new Map([['com.docker.network.bridge.enable_icc', 'false'], ['com.docker.network.bridge.enable_ip_masquerade', 'true'], ['com.docker.network.bridge.name', 'docker_gwbridge']]));
    expect((gw.Containers as Map<string, { Name: string; IPv4Address: string }>).get('ingress-sbox')).toMatchObject({ Name: 'gateway_ingress-sbox', IPv4Address: '172.18.0.2/16', MacAddress: '02:42:ac:12:00:02' });
    const added = (now: string[], then: string[]) => now.filter((r) => !then.includes(r));
    expect(added(filterRules(h), before.f)).toEqual([
      '-A FORWARD -o docker_gwbridge -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT', '-A FORWARD -o docker_gwbridge -j DOCKER',
      '-A FORWARD -i docker_gwbridge ! -o docker_gwbridge -j ACCEPT', '-A FORWARD -i docker_gwbridge -o docker_gwbridge -j DROP',
      '-A DOCKER-ISOLATION-STAGE-1 -i docker_gwbridge ! -o docker_gwbridge -j DOCKER-ISOLATION-STAGE-2', '-A DOCKER-ISOLATION-STAGE-2 -o docker_gwbridge -j DROP',
    ]);
    // …the DROP at the very end of FORWARD, after docker0's rules.
    expect(filterRules(h).filter((r) => r.startsWith('-A FORWARD')).pop()).toBe('-A FORWARD -i docker_gwbridge -o docker_gwbridge -j DROP');
    expect(added(natRules(h), before.n)).toEqual(['-A POSTROUTING -s 172.18.0.0/16 ! -o docker_gwbridge -j MASQUERADE', '-A DOCKER -i docker_gwbridge -j RETURN']);
    expect(() => h.engine.swarmInit({ advertiseAddr: '127.0.0.1' })).toThrow('This node is already part of a swarm. Use "docker swarm leave" to leave this swarm and join another one.');
  });

  it('leave needs --force on the manager; leaves docker_gwbridge and its rules behind', () => {
    const h = newHost();
    h.engine.swarmInit({ advertiseAddr: '127.0.0.1' });
    expect(() => h.engine.swarmLeave(false)).toThrow('You are attempting to leave the swarm on a node that is participating as a manager. Removing the last manager erases all current state of the swarm. Use `--force` to ignore this message.');
    h.engine.swarmLeave(true);
    expect([...h.daemon.networks.values()].map((n) => n.name).sort()).toEqual(['bridge', 'docker_gwbridge', 'host', 'none']);
    expect(h.engine.network('docker_gwbridge').endpoints.size).toBe(0);
    expect(filterRules(h)).toContain('-A FORWARD -i docker_gwbridge -o docker_gwbridge -j DROP');
    expect(() => h.engine.swarmLeave(true)).toThrow('This node is not part of a swarm');
    // docker network prune then removes it: nothing uses it any more.
    expect(h.engine.networkPrune()).toEqual(['docker_gwbridge']);
  });

  it('without --advertise-addr the default route’s address is advertised', () => {
    const h = newHost();
    expect(h.engine.swarmInit().advertiseAddr).toBe('10.0.2.15');
  });
});

describe('overlay networks', () => {
  it('need a swarm; a non-attachable one refuses containers; an attachable one gives eth0 (overlay) and eth1 (docker_gwbridge)', () => {
    const h = newHost();
    expect(() => h.engine.networkCreate({ name: 'ov', driver: 'overlay' })).toThrow('This node is not a swarm manager.');
    h.engine.swarmInit({ advertiseAddr: '127.0.0.1' });
    h.engine.networkCreate({ name: 'ov1', driver: 'overlay' });
    h.engine.networkCreate({ name: 'ov2', driver: 'overlay', attachable: true });
    expect(h.engine.network('ov1').id).toMatch(/^[0-9a-z]{25}$/);
    const dormant = h.engine.networkInspect('ov2') as Record<string, unknown>;
    expect([dormant.Containers, dormant.Labels, 'Peers' in dormant]).toEqual([null, null, false]);
    expect(dormant.IPAM).toEqual({ Driver: 'default', Options: null, Config: [{ Subnet: '10.0.2.0/24', Gateway: '10.0.2.1' }] });
    expect(dormant.Options).toEqual(new Map([['com.docker.network.driver.overlay.vxlanid_list', '4098']]));
    expect(() => run(h, 'o1', { networkMode: 'ov1' })).toThrow('Could not attach to network ov1: rpc error: code = PermissionDenied desc = network ov1 not manually attachable');
    expect(h.engine.container('o1').state.status).toBe('created');
    const o2 = run(h, 'o2', { networkMode: 'ov2' });
    const key = o2.sandboxKey as string;
    const eth0 = h.kernel.net.findByName(key, 'eth0');
    const eth1 = h.kernel.net.findByName(key, 'eth1');
    expect([eth0?.mtu, eth0?.addresses[0]?.ip, eth0?.mac]).toEqual([1450, '10.0.2.2', '02:42:0a:00:02:02']);
    expect([eth1?.mtu, eth1?.addresses[0]?.ip, eth1?.mac]).toEqual([1500, '172.18.0.3', '02:42:ac:12:00:03']);
    expect(h.kernel.net.ns(key).routes.map((r) => `${r.dst} ${r.via ?? ''} ${r.dev}`)).toEqual(['default 172.18.0.1 eth1', '10.0.2.0/24  eth0', '172.18.0.0/16  eth1']);
    const live = h.engine.networkInspect('ov2') as { Containers: Map<string, { Name: string; IPv4Address: string }> };
    expect([...live.Containers.entries()].map(([k, v]) => `${k.length === 64 ? 'ID' : k} ${v.Name} ${v.IPv4Address}`).sort()).toEqual(['ID o2 10.0.2.2/24', 'lb-ov2 ov2-endpoint 10.0.2.3/24']);
    const gw = h.engine.networkInspect('docker_gwbridge') as { Containers: Map<string, { Name: string }> };
    expect(gw.Containers.get(o2.id)?.Name).toBe(`gateway_${key.slice(0, 12)}`);
    h.engine.networkDisconnect('ov2', 'o2');
    expect(h.kernel.net.findByName(key, 'eth1')).toBeUndefined();
    expect(() => h.engine.networkConnect('ov1', 'o2')).toThrow('not manually attachable');
  });
});

describe('macvlan', () => {
  it('takes a parent of the host, not twice; without one makes a dm-<id> link; a container gets eth0 linked to it', () => {
    // docker network create -d macvlan --subnet 192.168.50.0/24 --gateway 192.168.50.1 -o parent=dnet-p0 dnet-mv
    const h = newHost();
    const mv = h.engine.networkCreate({ name: 'mv', driver: 'macvlan', subnet: '192.168.50.0/24', gateway: '192.168.50.1', options: new Map([['parent', 'eth0']]) });
    expect(() => h.engine.networkCreate({ name: 'mv2', driver: 'macvlan', subnet: '192.168.51.0/24', options: new Map([['parent', 'eth0']]) })).toThrow(`network dm-${mv.id.slice(0, 12)} is already using parent interface eth0`);
    expect(() => h.engine.networkCreate({ name: 'mv3', driver: 'macvlan', options: new Map([['parent', 'nope.10']]) })).toThrow('-o parent interface does was not found on the host: nope');
    const c = run(h, 'm1', { networkMode: 'mv' });
    const eth0 = h.kernel.net.findByName(c.sandboxKey as string, 'eth0');
    expect([eth0?.kind, eth0?.addresses[0]?.ip, eth0?.mac, eth0?.link?.index]).toEqual(['macvlan', '192.168.50.2', '02:42:c0:a8:32:02', h.kernel.net.findByName('host', 'eth0')?.index]);
    expect(h.kernel.net.ns(c.sandboxKey as string).routes[0]).toEqual({ dst: 'default', via: '192.168.50.1', dev: 'eth0' });
    const dm = h.engine.networkCreate({ name: 'mvd', driver: 'macvlan' });
    expect(h.kernel.net.findByName('host', `dm-${dm.id.slice(0, 12)}`)).toBeDefined();
    h.engine.networkRemove('mvd');
    expect(h.kernel.net.findByName('host', `dm-${dm.id.slice(0, 12)}`)).toBeUndefined();
  });
});

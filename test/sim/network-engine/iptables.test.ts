import { describe, expect, it } from 'vitest';
import type { SimHost } from '../../../src/sim/host.js';
import { filterRules, natRules, newHost, run } from './helpers.js';

// Each expectation is `iptables -S` / `iptables -t nat -S` read off a real Engine 20.10 in its own
// network namespace (fresh dockerd), after the same commands, with bridge names replaced by
// the simulator's. The real host had its own DOCKER-USER rules (the test rig's uplink door),
// left out here, and a FORWARD policy of ACCEPT there (ip_forward was already on): an Ubuntu
// host where dockerd turns forwarding on itself shows DROP, as here.
const br = (h: SimHost, name: string) => `br-${h.engine.network(name).id.slice(0, 12)}`;

const FILTER_HEAD = ['-P INPUT ACCEPT', '-P FORWARD DROP', '-P OUTPUT ACCEPT', '-N DOCKER', '-N DOCKER-ISOLATION-STAGE-1', '-N DOCKER-ISOLATION-STAGE-2', '-N DOCKER-USER'];
const NAT_HEAD = ['-P PREROUTING ACCEPT', '-P INPUT ACCEPT', '-P OUTPUT ACCEPT', '-P POSTROUTING ACCEPT', '-N DOCKER', '-A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER', '-A OUTPUT ! -d 127.0.0.0/8 -m addrtype --dst-type LOCAL -j DOCKER'];
const forward = (b: string) => [
  `-A FORWARD -o ${b} -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT`, `-A FORWARD -o ${b} -j DOCKER`,
  `-A FORWARD -i ${b} ! -o ${b} -j ACCEPT`, `-A FORWARD -i ${b} -o ${b} -j ACCEPT`,
];

describe('iptables: networks come and go', () => {
  it('a fresh dockerd: docker0 only', () => {
    const h = newHost();
    expect(filterRules(h)).toEqual([
      ...FILTER_HEAD, '-A FORWARD -j DOCKER-USER', '-A FORWARD -j DOCKER-ISOLATION-STAGE-1', ...forward('docker0'),
      '-A DOCKER-ISOLATION-STAGE-1 -i docker0 ! -o docker0 -j DOCKER-ISOLATION-STAGE-2', '-A DOCKER-ISOLATION-STAGE-1 -j RETURN',
      '-A DOCKER-ISOLATION-STAGE-2 -o docker0 -j DROP', '-A DOCKER-ISOLATION-STAGE-2 -j RETURN', '-A DOCKER-USER -j RETURN',
    ]);
    expect(natRules(h)).toEqual([...NAT_HEAD, '-A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE', '-A DOCKER -i docker0 -j RETURN']);
  });

  it('docker network create a; --internal i; create b: newest on top, internal without NAT', () => {
    const h = newHost();
    h.engine.networkCreate({ name: 'a' });
    h.engine.networkCreate({ name: 'i', internal: true });
    h.engine.networkCreate({ name: 'b' });
    const [a, i, b] = [br(h, 'a'), br(h, 'i'), br(h, 'b')];
    expect(filterRules(h)).toEqual([
      ...FILTER_HEAD, '-A FORWARD -j DOCKER-USER', '-A FORWARD -j DOCKER-ISOLATION-STAGE-1',
      ...forward(b), `-A FORWARD -i ${i} -o ${i} -j ACCEPT`, ...forward(a), ...forward('docker0'),
      `-A DOCKER-ISOLATION-STAGE-1 -i ${b} ! -o ${b} -j DOCKER-ISOLATION-STAGE-2`,
      `-A DOCKER-ISOLATION-STAGE-1 ! -s 172.19.0.0/16 -o ${i} -j DROP`,
      `-A DOCKER-ISOLATION-STAGE-1 ! -d 172.19.0.0/16 -i ${i} -j DROP`,
      `-A DOCKER-ISOLATION-STAGE-1 -i ${a} ! -o ${a} -j DOCKER-ISOLATION-STAGE-2`,
      '-A DOCKER-ISOLATION-STAGE-1 -i docker0 ! -o docker0 -j DOCKER-ISOLATION-STAGE-2', '-A DOCKER-ISOLATION-STAGE-1 -j RETURN',
      `-A DOCKER-ISOLATION-STAGE-2 -o ${b} -j DROP`, `-A DOCKER-ISOLATION-STAGE-2 -o ${a} -j DROP`, '-A DOCKER-ISOLATION-STAGE-2 -o docker0 -j DROP',
      '-A DOCKER-ISOLATION-STAGE-2 -j RETURN', '-A DOCKER-USER -j RETURN',
    ]);
    expect(natRules(h)).toEqual([
      ...NAT_HEAD,
      `-A POSTROUTING -s 172.20.0.0/16 ! -o ${b} -j MASQUERADE`, `-A POSTROUTING -s 172.18.0.0/16 ! -o ${a} -j MASQUERADE`,
      '-A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE',
      `-A DOCKER -i ${b} -j RETURN`, `-A DOCKER -i ${a} -j RETURN`, '-A DOCKER -i docker0 -j RETURN',
    ]);
    const before = [filterRules(newHost()), natRules(newHost())];
    for (const n of ['a', 'i', 'b']) h.engine.networkRemove(n);
    expect([filterRules(h), natRules(h)]).toEqual(before);
  });
});

describe('iptables: published ports', () => {
  it('on a user-defined bridge: ACCEPT in DOCKER, the hairpin MASQUERADE, the DNAT below the RETURNs', () => {
    // docker run -d --name w --network a -p 8080:80 httpd
    const h = newHost();
    h.engine.networkCreate({ name: 'a' });
    run(h, 'web', { networkMode: 'a', portBindings: [{ containerPort: 80, proto: 'tcp', hostIp: '', hostPort: '8080' }] });
    const a = br(h, 'a');
    expect(filterRules(h).filter((r) => r.startsWith('-A DOCKER '))).toEqual([`-A DOCKER -d 172.18.0.2/32 ! -i ${a} -o ${a} -p tcp -m tcp --dport 80 -j ACCEPT`]);
    expect(natRules(h).slice(NAT_HEAD.length)).toEqual([
      `-A POSTROUTING -s 172.18.0.0/16 ! -o ${a} -j MASQUERADE`, '-A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE',
      '-A POSTROUTING -s 172.18.0.2/32 -d 172.18.0.2/32 -p tcp -m tcp --dport 80 -j MASQUERADE',
      `-A DOCKER -i ${a} -j RETURN`, '-A DOCKER -i docker0 -j RETURN',
      `-A DOCKER ! -i ${a} -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.18.0.2:80`,
    ]);
    h.engine.containerRemove('web', { force: true });
    expect(natRules(h).some((r) => r.includes('DNAT') || r.includes('/32'))).toBe(false);
  });

  it('a container’s ports go highest container port first, tcp before udp (observed: 443, 81, 80, 53/tcp, 53/udp)', () => {
    // docker run -d -p 9443:443 -p 9080:80 -p 9081:81 -p 9053:53/udp -p 9054:53 httpd
    const h = newHost();
    const p = (containerPort: number, hostPort: string, proto: 'tcp' | 'udp' = 'tcp') => ({ containerPort, proto, hostIp: '', hostPort });
    run(h, 'web', { portBindings: [p(443, '9443'), p(80, '9080'), p(81, '9081'), p(53, '9053', 'udp'), p(53, '9054')] });
    expect(natRules(h).filter((r) => r.includes('DNAT'))).toEqual([
      '-A DOCKER ! -i docker0 -p tcp -m tcp --dport 9443 -j DNAT --to-destination 172.17.0.2:443',
      '-A DOCKER ! -i docker0 -p tcp -m tcp --dport 9081 -j DNAT --to-destination 172.17.0.2:81',
      '-A DOCKER ! -i docker0 -p tcp -m tcp --dport 9080 -j DNAT --to-destination 172.17.0.2:80',
      '-A DOCKER ! -i docker0 -p tcp -m tcp --dport 9054 -j DNAT --to-destination 172.17.0.2:53',
      '-A DOCKER ! -i docker0 -p udp -m udp --dport 9053 -j DNAT --to-destination 172.17.0.2:53',
    ]);
    // docker run -d -p 8081:80 -p 127.0.0.1:8082:81/udp httpd: the address-bound one, udp 81, first.
    const h2 = newHost();
    run(h2, 'web2', { portBindings: [p(80, '8081'), { containerPort: 81, proto: 'udp', hostIp: '127.0.0.1', hostPort: '8082' }] });
    expect(natRules(h2).filter((r) => r.includes('DNAT'))).toEqual([
      '-A DOCKER -d 127.0.0.1/32 ! -i docker0 -p udp -m udp --dport 8082 -j DNAT --to-destination 172.17.0.2:81',
      '-A DOCKER ! -i docker0 -p tcp -m tcp --dport 8081 -j DNAT --to-destination 172.17.0.2:80',
    ]);
  });

  it('a container on two networks publishes on the first only, and a connect does not publish again', () => {
    const h = newHost();
    h.engine.networkCreate({ name: 'a' });
    h.engine.networkCreate({ name: 'b' });
    run(h, 'web', { networkMode: 'a', portBindings: [{ containerPort: 80, proto: 'tcp', hostIp: '', hostPort: '8080' }] });
    h.engine.networkConnect('b', 'web');
    expect(natRules(h).filter((r) => r.includes('DNAT'))).toEqual([`-A DOCKER ! -i ${br(h, 'a')} -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.18.0.2:80`]);
  });
});

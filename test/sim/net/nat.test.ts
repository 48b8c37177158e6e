import { describe, expect, it } from 'vitest';
import type { NetDevice } from '../../../src/sim/kernel/net-devices.js';
import { NatTable, applySourceNat, masqueradeAddress } from '../../../src/sim/net/nat.js';
import type { Packet } from '../../../src/sim/net/netfilter-eval.js';
import { probe } from '../../../src/sim/net/reachability.js';
import { HTTPD_BODY, SimHost, httpd, ns, publish, runContainer } from './helpers.js';

// Observed on two real 20.10 engines on one LAN (test/differential/two-node-engine.sh, node 1 =
// docker-host 10.0.2.15, node 2 = docker-host2 10.0.2.16, the uplink door opened in both):
//   run 1 docker exec c1 ping -c 1 -W 1 10.0.2.16        → 64 bytes from 10.0.2.16: seq=0 ttl=63
//   run 1 iptables -t nat -L POSTROUTING -v -n             → the MASQUERADE rule counted the packets
//   run 1 iptables -t nat -D POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE
//   run 1 docker exec c1 ping -c 1 -W 1 10.0.2.16        → 100% packet loss

const ping = (h: SimHost, from: string, dst: string) => probe(h, { from, dst, proto: 'icmp' });
const connect = (h: SimHost, from: string, dst: string, port: number) => probe(h, { from, dst, proto: 'tcp', port });
const MASQ = '-s 172.17.0.0/16 ! -o docker0 -j MASQUERADE';

function lab(): { h: SimHost; h2: SimHost } {
  const h = new SimHost();
  const h2 = h.lab.host('docker-host2');
  if (!h2) throw new Error('no docker-host2 in the lab');
  return { h, h2 };
}

describe('nat POSTROUTING and conntrack across the lab', () => {
  it('masquerades a container reaching the other machine: it sees eth0\'s address, the answer comes back through one router', () => {
    const { h } = lab();
    const c = runContainer(h, 'c1');
    const r = ping(h, ns(c), '10.0.2.16');
    expect(r).toMatchObject({ kind: 'reply', ttl: 63, src: '10.0.2.15' });
    expect(r.trace).toContain(`nat POSTROUTING: -A POSTROUTING ${MASQ} → src 10.0.2.15`);
    expect(r.trace).toContain('docker-host: conntrack: the answer to 10.0.2.15 is for 172.17.0.2');
  });

  it('masquerades a user-defined bridge too', () => {
    const { h } = lab();
    h.engine.networkCreate({ name: 'n1' });
    const c = runContainer(h, 'c2', { network: 'n1' });
    expect(ping(h, ns(c), '10.0.2.16')).toMatchObject({ kind: 'reply', ttl: 63, src: '10.0.2.15' });
  });

  it('without the MASQUERADE rule the other machine answers 172.17.0.2 on its own docker0: nothing comes back', () => {
    const { h, h2 } = lab();
    const c = runContainer(h, 'c1');
    runContainer(h2, 'far'); // docker-host2's own 172.17.0.2
    h.kernel.netfilter.delete('nat', 'POSTROUTING', MASQ);
    const r = ping(h, ns(c), '10.0.2.16');
    expect(r.kind).toBe('silent');
    expect(r.trace).toContain('the answer does not make it back');
  });

  it('reaches a port published on the other machine: DNAT there, MASQUERADE here, both undone on the answer', () => {
    const { h, h2 } = lab();
    const c = runContainer(h, 'c1');
    runContainer(h2, 'w1', { ports: [publish(8080, 80)], listeners: [httpd] });
    const r = connect(h, ns(c), '10.0.2.16', 8080);
    expect(r).toMatchObject({ kind: 'open', viaProxy: false, src: '10.0.2.15', host: h2 });
    if (r.kind === 'open') expect(r.service.listener.httpBody).toBe(HTTPD_BODY);
    expect(connect(h, ns(c), '10.0.2.16', 8081).kind).toBe('refused');
    h.kernel.netfilter.delete('nat', 'POSTROUTING', MASQ);
    expect(connect(h, ns(c), '10.0.2.16', 8080).kind).toBe('silent');
  });

  it('honours SNAT --to-source and a learner\'s own MASQUERADE of the host\'s traffic', () => {
    const { h } = lab();
    const c = runContainer(h, 'c1');
    h.kernel.netfilter.insert('nat', 'POSTROUTING', '-s 172.17.0.0/16 -o eth0 -j SNAT --to-source 10.0.2.99');
    const r = ping(h, ns(c), '10.0.2.16');
    // The answer goes to 10.0.2.99, which no machine of the lab has.
    expect(r.kind).toBe('silent');
    expect(r.trace).toContain('nat POSTROUTING: -A POSTROUTING -s 172.17.0.0/16 -o eth0 -j SNAT --to-source 10.0.2.99 → src 10.0.2.99');
  });

  it('leaves traffic between two bridges masqueraded by the gateway, as Linux does, and still answered', () => {
    const h = new SimHost();
    h.engine.networkCreate({ name: 'n1' });
    h.engine.networkCreate({ name: 'n2' });
    const a = runContainer(h, 'c1', { network: 'n1' });
    runContainer(h, 'c2', { network: 'n2' });
    h.kernel.netfilter.insert('filter', 'DOCKER-USER', '-j ACCEPT');
    expect(ping(h, ns(a), '172.19.0.2')).toMatchObject({ kind: 'reply', ttl: 63, src: '172.19.0.1' });
  });
});

describe('nat: the pieces', () => {
  const dev = (addresses: NetDevice['addresses']): NetDevice => ({ addresses } as unknown as NetDevice);
  const p: Packet = { src: '172.17.0.2', dst: '10.0.2.16', proto: 'tcp', sport: 43210, dport: 8080, state: 'NEW' };

  it('picks the address on the next hop\'s subnet, else the first', () => {
    const eth0 = dev([{ ip: '192.168.9.1', prefix: 24, scope: 'global' }, { ip: '10.0.2.15', prefix: 24, scope: 'global' }]);
    expect(masqueradeAddress(eth0, '10.0.2.16')).toBe('10.0.2.15');
    expect(masqueradeAddress(eth0, '8.8.8.8')).toBe('192.168.9.1');
    expect(masqueradeAddress(dev([]), '8.8.8.8')).toBeUndefined();
  });

  it('keeps a source port inside the SNAT range, takes the range\'s first otherwise', () => {
    const eth0 = dev([]);
    expect(applySourceNat(p, { kind: 'to', ip: '10.0.2.99', ports: { lo: 40000, hi: 50000 } }, eth0, '10.0.2.16')).toMatchObject({ src: '10.0.2.99', sport: 43210 });
    expect(applySourceNat(p, { kind: 'to', ip: '10.0.2.99', ports: { lo: 1024, hi: 2047 } }, eth0, '10.0.2.16')).toMatchObject({ src: '10.0.2.99', sport: 1024 });
  });

  it('turns an answer to the translated connection back into one for the original sender, on that machine only', () => {
    const { h, h2 } = lab();
    const t = new NatTable();
    t.record(h, p, { ...p, src: '10.0.2.15' });
    const answer: Packet = { src: '10.0.2.16', dst: '10.0.2.15', proto: 'tcp', sport: 8080, dport: 43210, state: 'ESTABLISHED' };
    expect(t.reply(h, answer)).toEqual({ ...answer, dst: '172.17.0.2' });
    expect(t.reply(h2, answer)).toBeUndefined();
    expect(t.reply(h, { ...answer, dport: 1 })).toBeUndefined();
  });
});

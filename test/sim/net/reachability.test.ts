import { describe, expect, it } from 'vitest';
import { probe } from '../../../src/sim/net/reachability.js';
import { HTTPD_BODY, SimHost, httpd, ns, publish, runContainer } from './helpers.js';

const ping = (h: SimHost, from: string, dst: string) => probe(h, { from, dst, proto: 'icmp' });
const connect = (h: SimHost, from: string, dst: string, port: number) => probe(h, { from, dst, proto: 'tcp', port });

describe('reachability: bridges', () => {
  it('delivers on the same bridge with ttl 64, and the host reaches every container', () => {
    const h = new SimHost();
    const a = runContainer(h, 'c1');
    runContainer(h, 'c2');
    expect(ping(h, ns(a), '172.17.0.3')).toMatchObject({ kind: 'reply', ttl: 64, src: '172.17.0.2' });
    expect(ping(h, 'host', '172.17.0.2')).toMatchObject({ kind: 'reply', ttl: 64, src: '172.17.0.1' });
    expect(ping(h, ns(a), '172.17.0.1')).toMatchObject({ kind: 'reply', ttl: 64 });
    expect(ping(h, ns(a), '127.0.0.1')).toMatchObject({ kind: 'reply', ttl: 64 });
  });

  it('isolates two user networks until docker network connect', () => {
    const h = new SimHost();
    h.engine.networkCreate({ name: 'n1' });
    h.engine.networkCreate({ name: 'n2' });
    const a = runContainer(h, 'c1', { network: 'n1' });
    runContainer(h, 'c2', { network: 'n2' });
    const before = ping(h, ns(a), '172.19.0.2');
    expect(before.kind).toBe('silent');
    expect(before.trace.join('\n')).toContain('DOCKER-ISOLATION-STAGE-2');
    // The other network's gateway is the host itself: it answers.
    expect(ping(h, ns(a), '172.19.0.1')).toMatchObject({ kind: 'reply', ttl: 64 });
    h.engine.networkConnect('n2', 'c1');
    expect(ping(h, ns(a), '172.19.0.2')).toMatchObject({ kind: 'reply', ttl: 64, src: '172.19.0.3' });
  });

  it('lets a DOCKER-USER rule decide, even between containers on one bridge (br_netfilter)', () => {
    const h = new SimHost();
    const a = runContainer(h, 'c1');
    runContainer(h, 'c2');
    h.kernel.netfilter.insert('filter', 'DOCKER-USER', '-j DROP');
    const r = ping(h, ns(a), '172.17.0.3');
    expect(r.kind).toBe('silent');
    expect(r.trace).toContain('filter FORWARD: DROP (-A DOCKER-USER -j DROP)');
    // The host's own traffic never crosses FORWARD.
    expect(ping(h, 'host', '172.17.0.3').kind).toBe('reply');
  });

  it('matches a DOCKER-USER rule on its source address and answers a REJECT with an ICMP error', () => {
    const h = new SimHost();
    const a = runContainer(h, 'c1');
    const b = runContainer(h, 'c2');
    h.kernel.netfilter.insert('filter', 'DOCKER-USER', '-s 172.17.0.2/32 -j REJECT --reject-with icmp-port-unreachable');
    expect(ping(h, ns(a), '172.17.0.3')).toMatchObject({ kind: 'rejected', reporter: '172.17.0.1', with: 'icmp-port-unreachable' });
    expect(ping(h, ns(b), '172.17.0.2').kind).toBe('silent'); // the reply from a is rejected
  });

  it('forwards between bridges with ttl 63 once the isolation rules are gone', () => {
    const h = new SimHost();
    h.engine.networkCreate({ name: 'n1' });
    h.engine.networkCreate({ name: 'n2' });
    const a = runContainer(h, 'c1', { network: 'n1' });
    runContainer(h, 'c2', { network: 'n2' });
    h.kernel.netfilter.insert('filter', 'DOCKER-USER', '-j ACCEPT');
    expect(ping(h, ns(a), '172.19.0.2')).toMatchObject({ kind: 'reply', ttl: 63 });
  });

  it('finds nobody at an unused address of a bridge subnet', () => {
    const h = new SimHost();
    const a = runContainer(h, 'c1');
    expect(ping(h, 'host', '172.17.255.250')).toMatchObject({ kind: 'host-unreachable', reporter: '172.17.0.1' });
    expect(ping(h, ns(a), '172.17.0.99')).toMatchObject({ kind: 'host-unreachable', reporter: '172.17.0.2' });
  });
});

describe('reachability: the world outside', () => {
  it('gets no answer from anything off the simulated machine', () => {
    const h = new SimHost();
    const a = runContainer(h, 'c1');
    expect(ping(h, 'host', '8.8.8.8').kind).toBe('silent');
    expect(ping(h, ns(a), '8.8.8.8').kind).toBe('silent');
    expect(connect(h, 'host', '93.184.216.34', 80).kind).toBe('silent');
  });

  it('keeps an internal network in: members reach each other and the host, nothing beyond', () => {
    const h = new SimHost();
    h.engine.networkCreate({ name: 'inside', internal: true });
    const a = runContainer(h, 'c1', { network: 'inside' });
    runContainer(h, 'c2', { network: 'inside' });
    const web = runContainer(h, 'web');
    expect(ping(h, ns(a), '172.18.0.3').kind).toBe('reply');
    expect(ping(h, 'host', '172.18.0.2').kind).toBe('reply');
    expect(ping(h, ns(a), web.networks.get('bridge') ? '172.17.0.2' : '').kind).toBe('silent');
    expect(ping(h, ns(a), '8.8.8.8').kind).toBe('silent');
  });

  it('gives a --network none container nothing but its loopback', () => {
    const h = new SimHost();
    const c = runContainer(h, 'lonely', { network: 'none' });
    runContainer(h, 'other');
    expect(ping(h, ns(c), '172.17.0.2').kind).toBe('no-route');
    expect(ping(h, ns(c), '127.0.0.1').kind).toBe('reply');
  });

  it('puts a --network host container in the host namespace', () => {
    const h = new SimHost();
    const c = runContainer(h, 'hosty', { network: 'host' });
    runContainer(h, 'other');
    expect(ns(c)).toBe('host');
    expect(ping(h, ns(c), '172.17.0.2').kind).toBe('reply');
  });
});

describe('reachability: macvlan', () => {
  it('joins children of one parent and keeps the host out', () => {
    const h = new SimHost();
    h.engine.networkCreate({ name: 'lan', driver: 'macvlan', subnet: '10.0.2.0/24', gateway: '10.0.2.2', options: new Map([['parent', 'eth0']]) });
    const a = runContainer(h, 'c1', { network: 'lan' });
    const b = runContainer(h, 'c2', { network: 'lan' });
    const ipOf = (c: typeof a) => h.kernel.net.findByName(ns(c), 'eth0')?.addresses[0]?.ip ?? '';
    expect(ping(h, ns(a), ipOf(b))).toMatchObject({ kind: 'reply', ttl: 64 });
    expect(ping(h, 'host', ipOf(a))).toMatchObject({ kind: 'host-unreachable', reporter: '10.0.2.15' });
    expect(ping(h, ns(a), '10.0.2.15').kind).toBe('host-unreachable');
    expect(ping(h, ns(a), '8.8.8.8').kind).toBe('silent');
  });
});

describe('reachability: TCP, listeners and published ports', () => {
  it('connects to a listening container and resets where nothing listens', () => {
    const h = new SimHost();
    const c = runContainer(h, 'c1');
    runContainer(h, 'web', { listeners: [httpd] });
    const r = connect(h, ns(c), '172.17.0.3', 80);
    expect(r.kind).toBe('open');
    if (r.kind === 'open') expect(r.service.listener.httpBody).toBe(HTTPD_BODY);
    expect(connect(h, ns(c), '172.17.0.3', 81).kind).toBe('refused');
  });

  it('reaches a published port from the host: DNAT on its addresses, docker-proxy on 127.0.0.1', () => {
    const h = new SimHost();
    runContainer(h, 'web', { ports: [publish(8080, 80)], listeners: [httpd] });
    const local = connect(h, 'host', '127.0.0.1', 8080);
    expect(local).toMatchObject({ kind: 'open', viaProxy: true });
    const dnat = connect(h, 'host', '10.0.2.15', 8080);
    expect(dnat).toMatchObject({ kind: 'open', viaProxy: false });
    expect(dnat.trace.join('\n')).toContain('DNAT --to-destination 172.17.0.2:80');
    expect(connect(h, 'host', '127.0.0.1', 8081).kind).toBe('refused');
  });

  it('resets through docker-proxy when the container does not listen (learners mistake 7), refuses through DNAT', () => {
    const h = new SimHost();
    runContainer(h, 'quiet', { ports: [publish(8080, 80)] });
    expect(connect(h, 'host', '127.0.0.1', 8080).kind).toBe('reset');
    expect(connect(h, 'host', '172.17.0.1', 8080).kind).toBe('refused');
  });

  it('reaches a published port from a container on the same bridge through the gateway (docker-proxy)', () => {
    const h = new SimHost();
    runContainer(h, 'web', { ports: [publish(8080, 80)], listeners: [httpd] });
    const c = runContainer(h, 'client');
    expect(connect(h, ns(c), '172.17.0.1', 8080)).toMatchObject({ kind: 'open', viaProxy: true });
  });

  it('lets a container on another network reach a published port on a host address: nat DOCKER returns, docker-proxy answers', () => {
    // Real engine: docker exec htr-w1 wget -qO- 192.0.2.2:28480 (htr-w1 on a user network, -p 28480:80 on the default bridge) prints the page.
    const h = new SimHost();
    runContainer(h, 'web', { ports: [publish(8080, 80)], listeners: [httpd] });
    h.engine.networkCreate({ name: 'n1' });
    const c = runContainer(h, 'client', { network: 'n1' });
    expect(connect(h, ns(c), '10.0.2.15', 8080)).toMatchObject({ kind: 'open', viaProxy: true });
    // Straight to the container's address, the isolation rules drop it.
    expect(connect(h, ns(c), '172.17.0.2', 80).kind).toBe('silent');
  });

  it('serves a listener bound to 127.0.0.1 only from inside its own namespace', () => {
    const h = new SimHost();
    const c = runContainer(h, 'app', { ports: [publish(8080, 80)], listeners: [{ ...httpd, address: '127.0.0.1' }] });
    expect(connect(h, ns(c), '127.0.0.1', 80).kind).toBe('open');
    expect(connect(h, 'host', '127.0.0.1', 8080).kind).toBe('reset');
  });
});

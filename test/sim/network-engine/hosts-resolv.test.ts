import { describe, expect, it } from 'vitest';
import { HOSTS_HEADER, file, newHost, run } from './helpers.js';

// Each expectation is what `docker exec C cat /etc/hosts /etc/resolv.conf` printed on a real
// Engine 20.10 after the same commands (IDs and addresses as the simulator gives them). The real
// host's resolv.conf had one nameserver; the simulated host's upstream resolver is 10.0.2.3.
const short = (id: string) => id.slice(0, 12);

describe('/etc/hosts', () => {
  it('default bridge: the header and its own address under its short ID', () => {
    const h = newHost();
    const c = run(h, 'c1');
    expect(file(h, c, 'hosts')).toBe(`${HOSTS_HEADER}172.17.0.2\t${short(c.id)}\n`);
    expect(file(h, c, 'hostname')).toBe(`${short(c.id)}\n`);
  });

  it('--link c1 and --link c1:alias1: alias, hostname, name (each once)', () => {
    // docker run -d --name dnet-c3 --link dnet-c1 --link dnet-c1:alias1 busybox sleep 1000
    // (Two links' lines come in a Go map's order on a real engine: seen both ways. Here, as given.)
    const h = newHost();
    const c1 = run(h, 'c1');
    const c3 = run(h, 'c3', { links: ['c1', 'c1:alias1'] });
    expect(file(h, c3, 'hosts')).toBe(`${HOSTS_HEADER}172.17.0.2\tc1 ${short(c1.id)}\n172.17.0.2\talias1 ${short(c1.id)} c1\n172.17.0.3\t${short(c3.id)}\n`);
  });

  it('--hostname on a user network; then network connect appends the second address', () => {
    // docker run -d --name dnet-c2 --network dnet-a --network-alias foo --hostname h2 …; docker network connect dnet-b dnet-c2
    const h = newHost();
    h.engine.networkCreate({ name: 'a' });
    h.engine.networkCreate({ name: 'b' });
    run(h, 'qq', { networkMode: 'a' });
    const c2 = run(h, 'c2', { networkMode: 'a' }, { hostname: 'h2', aliases: ['foo'] });
    expect(file(h, c2, 'hosts')).toBe(`${HOSTS_HEADER}172.18.0.3\th2\n`);
    h.engine.networkConnect('b', 'c2');
    expect(file(h, c2, 'hosts')).toBe(`${HOSTS_HEADER}172.18.0.3\th2\n172.19.0.2\th2\n`);
  });

  it('network disconnect deletes every line ending in the hostname, the other network’s too (libnetwork 20.10)', () => {
    // docker run -d --name dnet-r1 busybox …; docker network connect dnet-a dnet-r1; docker network disconnect dnet-a dnet-r1
    const h = newHost();
    h.engine.networkCreate({ name: 'a' });
    const r1 = run(h, 'r1');
    h.engine.networkConnect('a', 'r1');
    expect(file(h, r1, 'hosts')).toBe(`${HOSTS_HEADER}172.17.0.2\t${short(r1.id)}\n172.18.0.2\t${short(r1.id)}\n`);
    h.engine.networkDisconnect('a', 'r1');
    expect(file(h, r1, 'hosts')).toBe(HOSTS_HEADER);
  });

  it('--network none: the header only; host mode: the host’s own files', () => {
    const h = newHost();
    const n = run(h, 'nn', { networkMode: 'none' });
    expect(file(h, n, 'hosts')).toBe(HOSTS_HEADER);
    const hh = run(h, 'hh', { networkMode: 'host' });
    const hostFile = (p: string) => {
      const r = h.kernel.fs.read(p);
      return r.ok ? r.content : '';
    };
    expect(file(h, hh, 'hosts')).toBe(hostFile('/etc/hosts'));
    expect(file(h, hh, 'resolv.conf')).toBe(hostFile('/etc/resolv.conf'));
  });
});

describe('/etc/resolv.conf', () => {
  it('default bridge: the host’s upstream resolvers (not systemd-resolved’s 127.0.0.53 stub)', () => {
    const h = newHost();
    expect(file(h, run(h, 'c1'), 'resolv.conf')).toBe('nameserver 10.0.2.3\n');
  });

  it('user network: the embedded DNS server, ndots:0', () => {
    const h = newHost();
    h.engine.networkCreate({ name: 'a' });
    expect(file(h, run(h, 'c1', { networkMode: 'a' }), 'resolv.conf')).toBe('nameserver 127.0.0.11\noptions ndots:0\n');
  });

  it('--dns/--dns-search/--dns-option: built from them; on a user network behind 127.0.0.11', () => {
    // docker run --rm [--network dnet-a] --dns 1.1.1.1 --dns-search example.com --dns-option attempts:2 busybox cat /etc/resolv.conf
    const h = newHost();
    h.engine.networkCreate({ name: 'a' });
    const dns = { dns: ['1.1.1.1'], dnsSearch: ['example.com'], dnsOptions: ['attempts:2'] };
    expect(file(h, run(h, 'c1', dns), 'resolv.conf')).toBe('search example.com\nnameserver 1.1.1.1\noptions attempts:2\n');
    expect(file(h, run(h, 'c2', { ...dns, networkMode: 'a' }), 'resolv.conf')).toBe('search example.com\nnameserver 127.0.0.11\noptions attempts:2 ndots:0\n');
  });

  it('a default-bridge container connected to a user network switches to 127.0.0.11, and stays so after disconnect', () => {
    const h = newHost();
    h.engine.networkCreate({ name: 'a' });
    const c = run(h, 'c1');
    h.engine.networkConnect('a', 'c1');
    expect(file(h, c, 'resolv.conf')).toBe('nameserver 127.0.0.11\noptions ndots:0\n');
    h.engine.networkDisconnect('a', 'c1');
    expect(file(h, c, 'resolv.conf')).toBe('nameserver 127.0.0.11\noptions ndots:0\n');
    h.engine.containerExited('c1', 137);
    h.engine.containerStart('c1');
    expect(file(h, c, 'resolv.conf')).toBe('nameserver 10.0.2.3\n');
  });

  it('--network none copies the host’s resolvers too', () => {
    const h = newHost();
    expect(file(h, run(h, 'nn', { networkMode: 'none' }), 'resolv.conf')).toBe('nameserver 10.0.2.3\n');
  });
});

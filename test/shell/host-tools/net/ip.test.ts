import { describe, expect, it } from 'vitest';
import { linkLocalFromMac } from '../../../../src/sim/net/ip6.js';
import { netFixture } from './fixture.js';

// Formats recorded on the reference host (iproute2 6.1, Docker 20.10), e.g.
//   ip addr show docker0; ip link show master docker0; ip -br link; ip -o addr; ip -d link show vethX

describe('ip on the host (iproute2)', () => {
  it('shows a fresh docker0 without carrier, without IPv6, and its route as linkdown', () => {
    const f = netFixture({ empty: true });
    const d = f.dev('docker0');
    expect(f.run('ip addr show docker0').stdout).toBe(
      `3: docker0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN group default \n`
      + `    link/ether ${d.mac} brd ff:ff:ff:ff:ff:ff\n`
      + '    inet 172.17.0.1/16 brd 172.17.255.255 scope global docker0\n'
      + '       valid_lft forever preferred_lft forever\n',
    );
    expect(f.run('ip route').stdout).toBe(
      'default via 10.0.2.2 dev eth0 \n'
      + '10.0.2.0/24 dev eth0 proto kernel scope link src 10.0.2.15 \n'
      + '172.17.0.0/16 dev docker0 proto kernel scope link src 172.17.0.1 linkdown \n',
    );
    expect(f.run('ip link show master docker0')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
  });

  it('shows docker0 with its ports, their peers and link-netnsids', () => {
    const f = netFixture();
    const d = f.dev('docker0');
    const [vw, vd] = [f.vethOf(f.web), f.vethOf(f.db)];
    expect(f.run('ip addr show docker0').stdout).toBe(
      `3: docker0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default \n`
      + `    link/ether ${d.mac} brd ff:ff:ff:ff:ff:ff\n`
      + '    inet 172.17.0.1/16 brd 172.17.255.255 scope global docker0\n'
      + '       valid_lft forever preferred_lft forever\n'
      + `    inet6 ${linkLocalFromMac(d.mac)}/64 scope link \n`
      + '       valid_lft forever preferred_lft forever\n',
    );
    const linkOf = (v: typeof vw, peer: number, nsid: number) =>
      `${v.index}: ${v.name}@if${peer}: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state UP mode DEFAULT group default \n`
      + `    link/ether ${v.mac} brd ff:ff:ff:ff:ff:ff link-netnsid ${nsid}\n`;
    expect(f.run('ip link show master docker0').stdout).toBe(linkOf(vw, f.eth0Of(f.web).index, 0) + linkOf(vd, f.eth0Of(f.db).index, 1));
    const br = `br-${f.session.host.engine.network('mynet').id.slice(0, 12)}`;
    expect(f.run('ip link show type bridge').stdout.match(/^\d+: [^:]+/gm)).toEqual(['3: docker0', `${f.dev(br).index}: ${br}`]);
  });

  it('prints -br and -o as iproute2 does (padded columns, backslash-joined lines)', () => {
    const f = netFixture();
    const vw = f.vethOf(f.web);
    const brief = f.run('ip -br link').stdout.split('\n');
    expect(brief[0]).toBe('lo               UNKNOWN        00:00:00:00:00:00 <LOOPBACK,UP,LOWER_UP> ');
    expect(brief).toContain(`${`${vw.name}@if${f.eth0Of(f.web).index}`.padEnd(16)} UP             ${vw.mac} <BROADCAST,MULTICAST,UP,LOWER_UP> `);
    expect(f.run('ip -br -4 addr').stdout).toBe(
      'lo               UNKNOWN        127.0.0.1/8 \n'
      + 'eth0             UP             10.0.2.15/24 \n'
      + 'docker0          UP             172.17.0.1/16 \n'
      + `br-${f.session.host.engine.network('mynet').id.slice(0, 12)}  UP             172.18.0.1/16 \n`,
    );
    expect(f.run('ip -o -4 addr show docker0').stdout).toBe('3: docker0    inet 172.17.0.1/16 brd 172.17.255.255 scope global docker0\\       valid_lft forever preferred_lft forever\n');
    expect(f.run('ip -o link show lo').stdout).toBe('1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000\\    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n');
    // -o joins the details and the statistics too (observed: `ip -s -o link show lo`, `ip -d -o link show docker0`).
    expect(f.run('ip -s -o link show lo').stdout).toBe('1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000\\    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00'
      + '\\    RX:  bytes packets errors dropped  missed   mcast           \\             0       0      0       0       0       0 '
      + '\\    TX:  bytes packets errors dropped carrier collsns           \\             0       0      0       0       0       0 \n');
    const docker0 = f.run('ip -d -o link show docker0').stdout;
    expect(docker0.split('\n')).toHaveLength(2);
    expect(docker0).toMatch(/ maxmtu 65535 \\ {4}bridge forward_delay 1500 /);
    expect(f.run('ip -6 addr show lo').stdout).toBe('1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000\n    inet6 ::1/128 scope host \n       valid_lft forever preferred_lft forever\n');
  });

  it('details a bridge port: veth, then bridge_slave with its port number', () => {
    const f = netFixture();
    const vd = f.vethOf(f.db);
    const lines = f.run(`ip -d link show ${vd.name}`).stdout.split('\n');
    expect(lines[1]).toBe(`    link/ether ${vd.mac} brd ff:ff:ff:ff:ff:ff link-netnsid 1 promiscuity 1  allmulti 1 minmtu 68 maxmtu 65535 `);
    expect(lines[2]).toBe('    veth ');
    expect(lines[3]).toMatch(/^ {4}bridge_slave state forwarding priority 32 cost 2 hairpin off .* port_id 0x8002 port_no 0x2 designated_port 32770 .* locked off addrgenmode eui64 numtxqueues 2 numrxqueues 2 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 $/);
    const mac = f.dev('docker0').mac.split(':').map((b) => parseInt(b, 16).toString(16)).join(':');
    expect(lines[3]).toContain(`designated_bridge 8000.${mac} designated_root 8000.${mac} hold_timer    0.00`);
  });

  it('answers mistakes with iproute2 6.1\'s messages and exit codes', () => {
    const f = netFixture();
    expect(f.run('ip addr show foo')).toEqual({ stdout: '', stderr: 'Device "foo" does not exist.\n', exitCode: 1 });
    expect(f.run('ip link show foo')).toEqual({ stdout: '', stderr: 'Device "foo" does not exist.\n', exitCode: 1 });
    expect(f.run('ip foo')).toEqual({ stdout: '', stderr: 'Object "foo" is unknown, try "ip help".\n', exitCode: 1 });
    expect(f.run('ip addr foo')).toEqual({ stdout: '', stderr: 'Command "foo" is unknown, try "ip address help".\n', exitCode: 255 });
    expect(f.run('ip link foo').stderr).toBe('Command "foo" is unknown, try "ip link help".\n');
    expect(f.run('ip route foo').stderr).toBe('Command "foo" is unknown, try "ip route help".\n');
    expect(f.run('ip addr show docker0 foo')).toEqual({ stdout: '', stderr: 'Error: either "dev" is duplicate, or "foo" is a garbage.\n', exitCode: 255 });
    expect(f.run('ip addr show dev')).toEqual({ stdout: '', stderr: 'Command line is not complete. Try option "help"\n', exitCode: 255 });
    expect(f.run('ip link show master nosuch')).toEqual({ stdout: '', stderr: 'Error: argument "nosuch" is wrong: Device does not exist\n\n', exitCode: 255 });
    expect(f.run('ip -x addr')).toEqual({ stdout: '', stderr: 'Option "-x" is unknown, try "ip -help".\n', exitCode: 255 });
    expect(f.run('ip -f foo addr').stderr).toBe('Error: argument "foo" is wrong: invalid protocol family\n');
    expect(f.run('ip').stderr).toMatch(/^Usage: ip \[ OPTIONS \] OBJECT \{ COMMAND \| help \}\n/);
    expect(f.run('ip route show dev nosuch')).toEqual({ stdout: '', stderr: 'Cannot find device "nosuch"\n', exitCode: 1 });
    expect(f.run('ip link show type nosuch')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
  });

  it('has no named namespaces: dockerd keeps its own under /var/run/docker/netns', () => {
    const f = netFixture();
    expect(f.run('ip netns')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(f.run('ip netns list')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
  });

  it('refuses link changes to the learner as the kernel does', () => {
    const f = netFixture({ user: 'learner' });
    expect(f.run('ip link set docker0 down')).toEqual({ stdout: '', stderr: 'RTNETLINK answers: Operation not permitted\n', exitCode: 2 });
  });

  it('routes by the longest prefix for ip route get', () => {
    const f = netFixture();
    expect(f.run('ip route get 172.17.0.3').stdout).toBe('172.17.0.3 dev docker0 src 172.17.0.1 uid 0 \n    cache \n');
    expect(f.run('ip route show dev docker0').stdout).toBe('172.17.0.0/16 proto kernel scope link src 172.17.0.1 \n');
    expect(f.run('ip -6 route show dev docker0').stdout).toBe('fe80::/64 proto kernel metric 256 pref medium\n');
  });
});

describe('ip in a busybox container', () => {
  // docker exec X ip addr (busybox 1.35): no state/mode/group, M-DOWN on a peer outside the namespace.
  it('shows eth0@ifN with M-DOWN and no IPv6', () => {
    const f = netFixture();
    const eth0 = f.eth0Of(f.web);
    expect(f.exec(f.web, ['ip', 'addr']).stdout).toBe(
      '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue qlen 1000\n'
      + '    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n'
      + '    inet 127.0.0.1/8 scope host lo\n'
      + '       valid_lft forever preferred_lft forever\n'
      + `${eth0.index}: eth0@if${f.vethOf(f.web).index}: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue \n`
      + '    link/ether 02:42:ac:11:00:02 brd ff:ff:ff:ff:ff:ff\n'
      + '    inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0\n'
      + '       valid_lft forever preferred_lft forever\n',
    );
    expect(f.exec(f.web, ['ip', '-6', 'addr']).stdout).toBe('');
  });

  it('prints routes without proto and with two spaces before src', () => {
    const f = netFixture();
    expect(f.exec(f.app, ['ip', 'route']).stdout).toBe('default via 172.18.0.1 dev eth0 \n172.18.0.0/16 dev eth0 scope link  src 172.18.0.2 \n');
    expect(f.exec(f.app, ['ip', 'route', 'get', '8.8.8.8']).stdout).toBe('8.8.8.8 via 172.18.0.1 dev eth0  src 172.18.0.2 \n');
  });

  it('answers mistakes as busybox does', () => {
    const f = netFixture();
    expect(f.exec(f.web, ['ip', 'addr', 'show', 'foo'])).toEqual({ stdout: '', stderr: "ip: can't find device 'foo'\n", exitCode: 1 });
    expect(f.exec(f.web, ['ip', 'link', 'show', 'foo'])).toEqual({ stdout: '', stderr: "ip: can't find device 'foo'\n", exitCode: 2 });
    expect(f.exec(f.web, ['ip', 'a', 'foo'])).toEqual({ stdout: '', stderr: "ip: invalid argument 'foo' to 'ip'\n", exitCode: 1 });
    expect(f.exec(f.web, ['ip', 'link', 'set', 'eth0', 'down'])).toEqual({ stdout: '', stderr: 'ip: SIOCSIFFLAGS: Operation not permitted\n', exitCode: 2 });
    const usage = f.exec(f.web, ['ip', '-br', 'addr']);
    expect(usage.exitCode).toBe(1);
    expect(usage.stderr).toMatch(/^BusyBox v1\.35\.0 \(Debian 1:1\.35\.0-4\+deb12u1\+b1\) multi-call binary\.\n\nUsage: ip \[OPTIONS\] address\|route\|link\|tunnel\|neigh\|rule \[ARGS\]\n/);
  });
});

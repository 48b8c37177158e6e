import { describe, expect, it } from 'vitest';
import { parseAddresses, parseDnat, parseIgmp, parseLinks, parseProxies } from '../../src/course/topology/parse-host.js';

// Lines recorded on the reference host (iproute2 6.1, iptables 1.8 legacy, Engine 20.10), cut
// after the fields the parser reads (`…`).
const LINKS = [
  '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000\\    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00 promiscuity 0  allmulti 0 minmtu 0 maxmtu 0 addrgenmode eui64 numtxqueues 1',
  '2: ifb0: <BROADCAST,NOARP> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 32\\    link/ether 66:cb:41:34:16:93 brd ff:ff:ff:ff:ff:ff promiscuity 0  allmulti 0 minmtu 0 maxmtu 0 \\    ifb addrgenmode eui64 numtxqueues 1',
  '4: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1400 qdisc pfifo_fast state UP mode DEFAULT group default qlen 1000\\    link/ether 02:fc:00:00:00:01 brd ff:ff:ff:ff:ff:ff promiscuity 0  allmulti 0 minmtu 68 maxmtu 65535 addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 65536 tso_max_segs 65535 gro_max_size 65536 parentbus virtio parentdev virtio2 ',
  '5: docker0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default \\    link/ether 02:42:18:fc:8a:47 brd ff:ff:ff:ff:ff:ff promiscuity 0  allmulti 0 minmtu 68 maxmtu 65535 \\    bridge forward_delay 1500 hello_time 200 …',
  '554: br-a52d4d470a26: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN mode DEFAULT group default \\    link/ether 02:42:42:b4:6a:59 brd ff:ff:ff:ff:ff:ff promiscuity 0  allmulti 0 minmtu 68 maxmtu 65535 \\    bridge forward_delay 1500 …',
  '556: veth5356582@if555: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state UP mode DEFAULT group default \\    link/ether 4a:c6:d3:bb:ea:c4 brd ff:ff:ff:ff:ff:ff link-netnsid 1 promiscuity 1  allmulti 1 minmtu 68 maxmtu 65535 \\    veth \\    bridge_slave state forwarding priority 32 …',
].join('\n');

describe('the host as iproute2, iptables, ps and procfs print it', () => {
  it('reads `ip -d -o link`: index, name, kind from the details, state, bridge and peer index', () => {
    expect(parseLinks(`${LINKS}\n`)).toEqual([
      { index: 1, name: 'lo', kind: 'loopback', state: 'UNKNOWN' },
      { index: 2, name: 'ifb0', kind: 'other', state: 'DOWN' },
      { index: 4, name: 'eth0', kind: 'ether', state: 'UP' },
      { index: 5, name: 'docker0', kind: 'bridge', state: 'UP' },
      { index: 554, name: 'br-a52d4d470a26', kind: 'bridge', state: 'DOWN' },
      { index: 556, name: 'veth5356582', kind: 'veth', state: 'UP', master: 'docker0', peerIndex: 555 },
    ]);
  });

  it('guesses the kinds from the names when `ip -o link` gave no details', () => {
    const plain = LINKS.split('\n').map((l) => l.split('\\').slice(0, 2).join('\\')).join('\n');
    expect(parseLinks(plain).map((l) => `${l.name}:${l.kind}`)).toEqual(['lo:loopback', 'ifb0:ether', 'eth0:ether', 'docker0:bridge', 'br-a52d4d470a26:bridge', 'veth5356582:veth']);
    // The dummy parent dockerd makes for a macvlan network without -o parent (the simulator
    // prints no details for it; this host's kernel refuses macvlan, so it was not recorded).
    expect(parseLinks('13: dm-0e7db6ea85f1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc fq_codel state UP mode DEFAULT group default qlen 1000\\    link/ether 92:c6:e5:08:3b:e2 brd ff:ff:ff:ff:ff:ff')).toEqual([
      { index: 13, name: 'dm-0e7db6ea85f1', kind: 'dummy', state: 'UP' },
    ]);
  });

  it('reads `ip -o -4 addr`', () => {
    const text = '1: lo    inet 127.0.0.1/8 scope host lo\\       valid_lft forever preferred_lft forever\n'
      + '5: docker0    inet 172.17.0.1/16 brd 172.17.255.255 scope global docker0\\       valid_lft forever preferred_lft forever\n'
      + '554: br-a52d4d470a26    inet 192.168.112.1/20 brd 192.168.127.255 scope global br-a52d4d470a26\\       valid_lft forever preferred_lft forever\n';
    expect([...parseAddresses(text)]).toEqual([['lo', ['127.0.0.1/8']], ['docker0', ['172.17.0.1/16']], ['br-a52d4d470a26', ['192.168.112.1/20']]]);
  });

  it('reads the DNAT rules of `iptables -t nat -S`, with and without a host address', () => {
    const text = '-P PREROUTING ACCEPT\n-N DOCKER\n-A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER\n'
      + '-A POSTROUTING -s 172.17.0.3/32 -d 172.17.0.3/32 -p tcp -m tcp --dport 80 -j MASQUERADE\n'
      + '-A DOCKER -i docker0 -j RETURN\n'
      + '-A DOCKER ! -i docker0 -p tcp -m tcp --dport 28431 -j DNAT --to-destination 172.17.0.3:80\n'
      + '-A DOCKER -d 127.0.0.1/32 ! -i docker0 -p tcp -m tcp --dport 28432 -j DNAT --to-destination 172.17.0.4:80\n'
      + '-A DOCKER ! -i docker0 -p udp -m udp --dport 5353 -j DNAT --to-destination 172.17.0.5:53\n';
    expect(parseDnat(text)).toEqual([
      { proto: 'tcp', hostIp: '', hostPort: 28431, target: '172.17.0.3:80' },
      { proto: 'tcp', hostIp: '127.0.0.1', hostPort: 28432, target: '172.17.0.4:80' },
      { proto: 'udp', hostIp: '', hostPort: 5353, target: '172.17.0.5:53' },
    ]);
  });

  it('finds the docker-proxy processes in `ps -eo pid,args`', () => {
    const text = '    PID COMMAND\n    744 /usr/bin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock\n'
      + '   7445 /usr/sbin/docker-proxy -proto tcp -host-ip 0.0.0.0 -host-port 28431 -container-ip 172.17.0.3 -container-port 80\n'
      + '   7451 /usr/sbin/docker-proxy -proto tcp -host-ip :: -host-port 28431 -container-ip 172.17.0.3 -container-port 80\n'
      + '   7655 grep docker-proxy\n';
    expect(parseProxies(text)).toEqual([
      { pid: 7445, proto: 'tcp', hostIp: '0.0.0.0', hostPort: 28431, containerIp: '172.17.0.3', containerPort: 80 },
      { pid: 7451, proto: 'tcp', hostIp: '::', hostPort: 28431, containerIp: '172.17.0.3', containerPort: 80 },
    ]);
  });

  it("reads each container namespace's interfaces from `grep -H . /proc/PID/net/igmp …`", () => {
    const text = '/proc/7487/net/igmp:Idx\tDevice    : Count Querier\tGroup    Users Timer\tReporter\n'
      + '/proc/7487/net/igmp:1\tlo        :     1      V3\n/proc/7487/net/igmp:\t\t\t\t010000E0     1 0:00000000\t\t0\n'
      + '/proc/7487/net/igmp:555\teth0      :     1      V3\n/proc/7487/net/igmp:\t\t\t\t010000E0     1 0:00000000\t\t0\n'
      + '/proc/7487/net/igmp:559\teth1      :     1      V3\n/proc/7487/net/igmp:\t\t\t\t010000E0     1 0:00000000\t\t0\n'
      + '/proc/8000/net/igmp:12\tverylongname0:     1      V3\n';
    expect([...parseIgmp(text)]).toEqual([
      [7487, [{ index: 1, name: 'lo' }, { index: 555, name: 'eth0' }, { index: 559, name: 'eth1' }]],
      [8000, [{ index: 12, name: 'verylongname0' }]],
    ]);
  });
});

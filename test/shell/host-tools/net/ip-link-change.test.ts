import { describe, expect, it } from 'vitest';
import { createShellSession } from '../../../../src/shell/index.js';

// iproute2 6.1 on the reference host, in a network namespace of its own (`ip netns exec fx2-x
// ip link …`; the refusals with `runuser -u nobody --`). MACs are random: read from the model.

function session(user = 'root') {
  const s = createShellSession({ user });
  const run = (line: string): string => {
    const r = s.run(line);
    return `${r.stdout}${r.stderr ? `[stderr]${r.stderr}` : ''}${r.exitCode !== 0 ? `[exit ${r.exitCode}]` : ''}`;
  };
  const mac = (name: string): string => s.host.kernel.net.findByName('host', name)?.mac ?? '?';
  const index = (name: string): number => s.host.kernel.net.findByName('host', name)?.index ?? -1;
  return { s, run, mac, index };
}

describe('ip link add NAME type veth peer name PEER', () => {
  it('makes a pair, down, the peer with the lower index, M-DOWN while the other end is down', () => {
    const { run, mac, index } = session();
    expect(run('ip link add fx2a type veth peer name fx2b')).toBe('');
    expect(index('fx2b')).toBe(index('fx2a') - 1);
    const b = index('fx2b');
    expect(run('ip link show fx2a')).toBe(`${b + 1}: fx2a@fx2b: <BROADCAST,MULTICAST,M-DOWN> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000\n    link/ether ${mac('fx2a')} brd ff:ff:ff:ff:ff:ff\n`);
    expect(run('ip link add fx2a type veth peer name fx2c')).toBe('[stderr]RTNETLINK answers: File exists\n[exit 2]');
    expect(run('ip link add fx2w type veth peer name fx2w')).toBe('[stderr]RTNETLINK answers: File exists\n[exit 2]');
    expect(run('ip link set fx2a up')).toBe('');
    expect(run('ip -br link show fx2a')).toBe(`fx2a@fx2b        LOWERLAYERDOWN ${mac('fx2a')} <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> \n`);
    expect(run('ip -br link show fx2b')).toBe(`fx2b@fx2a        DOWN           ${mac('fx2b')} <BROADCAST,MULTICAST> \n`);
    expect(run('ip link set dev fx2b up')).toBe('');
    expect(run('ip link show fx2a')).toBe(`${b + 1}: fx2a@fx2b: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP mode DEFAULT group default qlen 1000\n    link/ether ${mac('fx2a')} brd ff:ff:ff:ff:ff:ff\n`);
    // The last of up/down wins.
    expect(run('ip link set dev fx2a up down')).toBe('');
    expect(run('ip -br link show fx2a')).toBe(`fx2a@fx2b        DOWN           ${mac('fx2a')} <BROADCAST,MULTICAST> \n`);
    expect(run('ip -d link show fx2a').split('\n')[2]).toBe('    veth addrgenmode eui64 numtxqueues 2 numrxqueues 2 gso_max_size 65536 gso_max_segs 65535 tso_max_size 524280 tso_max_segs 65535 gro_max_size 65536 ');
    expect(run('ip link del fx2a')).toBe('');
    expect(run('ip link show fx2b')).toBe('[stderr]Device "fx2b" does not exist.\n[exit 1]');
  });

  it('names what was not named as the kernel does (veth0…), `peer NAME` without `name` too', () => {
    const { run, mac } = session();
    expect(run('ip link add fx2e type veth')).toBe('');
    expect(run('ip link add fx2y type veth peer name veth0')).toBe('[stderr]RTNETLINK answers: File exists\n[exit 2]');
    expect(run('ip link add fx2y type veth peer fx2z')).toBe('');
    expect(run('ip -br link show type veth')).toBe([
      `veth0@fx2e       DOWN           ${mac('veth0')} <BROADCAST,MULTICAST,M-DOWN> `,
      `fx2e@veth0       DOWN           ${mac('fx2e')} <BROADCAST,MULTICAST,M-DOWN> `,
      `fx2z@fx2y        DOWN           ${mac('fx2z')} <BROADCAST,MULTICAST,M-DOWN> `,
      `fx2y@fx2z        DOWN           ${mac('fx2y')} <BROADCAST,MULTICAST,M-DOWN> `,
      '',
    ].join('\n'));
  });

  it('parses as iproute2 does before the kernel is asked', () => {
    const { run } = session();
    run('ip link add fx2e type veth');
    expect(run('ip link add fx2f')).toBe('[stderr]Not enough information: "type" argument is required\n[exit 1]');
    expect(run('ip link add')).toBe('[stderr]Not enough information: "type" argument is required\n[exit 1]');
    expect(run('ip link del')).toBe('[stderr]Not enough information: "dev" argument is required.\n[exit 255]');
    expect(run('ip link set')).toBe('[stderr]Not enough information: "dev" argument is required.\n[exit 255]');
    expect(run('ip link add fx2g type bogus')).toBe('[stderr]Error: Unknown device type.\n[exit 2]');
    expect(run('ip link add fx2q type bogus garbage')).toBe('[stderr]Garbage instead of arguments "garbage ...". Try "ip link help".\n[exit 1]');
    expect(run('ip link add fx2q type veth garbage')).toBe("[stderr]Usage: ip link <options> type veth [peer <options>]\nTo get <options> type 'ip link add help'\n[exit 1]");
    expect(run('ip link add fx2a name fx2b type dummy')).toBe('[stderr]both "name" and "dev" cannot be used when creating devices.\n[exit 255]');
    expect(run('ip link add fx2q type veth peer name fx2r garbage')).toBe('[stderr]both "name" and "dev" cannot be used when creating devices.\n[exit 255]');
    expect(run('ip link add fx2a fx2b type veth')).toBe('[stderr]Error: either "dev" is duplicate, or "fx2b" is a garbage.\n[exit 255]');
    expect(run('ip link add name abcdefghijklmnopq type veth')).toBe('[stderr]Error: argument "abcdefghijklmnopq" is wrong: "name" not a valid ifname\n[exit 255]');
    expect(run('ip link add aaaaaaaaaaaaaaaaaaaa type veth')).toBe('[stderr]Error: Attribute failed policy validation.\n[exit 2]');
    expect(run('ip link set fx2e sideways')).toBe('[stderr]Error: either "dev" is duplicate, or "sideways" is a garbage.\n[exit 255]');
    expect(run('ip link set fx2e up mtu')).toBe('[stderr]Command line is not complete. Try option "help"\n[exit 255]');
    expect(run('ip link del fx2e extra')).toBe('[stderr]Error: either "dev" is duplicate, or "extra" is a garbage.\n[exit 255]');
    expect(run('ip link set nosuch up')).toBe('[stderr]Cannot find device "nosuch"\n[exit 1]');
    expect(run('ip link delete dev nosuch')).toBe('[stderr]Cannot find device "nosuch"\n[exit 1]');
    expect(run('ip link set fx2e')).toBe('');
    expect(run('ip link del lo')).toBe('[stderr]RTNETLINK answers: Operation not supported\n[exit 2]');
    expect(run('ip link set fx2e mtu 9000')).toBe("[stderr]dockerlings: 'ip link set fx2e mtu 9000' is not simulated yet — try it with --backend docker\n[exit 1]");
  });

  it('is refused to a user without CAP_NET_ADMIN, once the device is found', () => {
    const { s, run } = session('learner');
    s.host.kernel.net.addVethPair({ name: 'fx2e', mac: '4a:00:00:00:00:01' }, { name: 'veth0', mac: '4a:00:00:00:00:02' });
    const eperm = '[stderr]RTNETLINK answers: Operation not permitted\n[exit 2]';
    expect(run('ip link add fx2n type veth peer name fx2o')).toBe(eperm);
    expect(run('ip link add fx2e type veth peer name fx2o')).toBe(eperm);
    expect(run('ip link add fx2q type bogus')).toBe(eperm);
    expect(run('ip link del fx2e')).toBe(eperm);
    expect(run('ip link set fx2e up')).toBe(eperm);
    expect(run('ip link set fx2e')).toBe(eperm);
    expect(run('ip link del nosuch')).toBe('[stderr]Cannot find device "nosuch"\n[exit 1]');
    expect(run('ip link set nosuch up')).toBe('[stderr]Cannot find device "nosuch"\n[exit 1]');
  });
});

describe('ip link add NAME type dummy', () => {
  it('makes a dummy link: BROADCAST,NOARP, state UNKNOWN once up, `dummy` in the details', () => {
    const { run, mac, index } = session();
    expect(run('ip link add fx2d type dummy')).toBe('');
    expect(run('ip link add fx2d type dummy')).toBe('[stderr]RTNETLINK answers: File exists\n[exit 2]');
    const i = index('fx2d');
    expect(run('ip link show fx2d')).toBe(`${i}: fx2d: <BROADCAST,NOARP> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000\n    link/ether ${mac('fx2d')} brd ff:ff:ff:ff:ff:ff\n`);
    expect(run('ip link set fx2d up')).toBe('');
    expect(run('ip -d link show type dummy')).toBe(`${i}: fx2d: <BROADCAST,NOARP,UP,LOWER_UP> mtu 1500 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000
    link/ether ${mac('fx2d')} brd ff:ff:ff:ff:ff:ff promiscuity 0  allmulti 0 minmtu 0 maxmtu 0 
    dummy addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size 65536 tso_max_segs 65535 gro_max_size 65536 
`);
    expect(run('ip link add type dummy')).toBe('');
    expect(run('ip -br link show type dummy').split('\n').map((l) => l.split(' ')[0])).toEqual(['fx2d', 'dummy0', '']);
    expect(run('ip link del fx2d')).toBe('');
  });

  it('is what dockerd makes as a macvlan network\'s parent without -o parent (dm-<id>, no qlen)', () => {
    const { run, mac } = session();
    const id = run('docker network create -d macvlan --subnet 10.98.0.0/24 fx2-mv').trim();
    const name = `dm-${id.slice(0, 12)}`;
    expect(run('ip link show type dummy').split('\n')[0]).toMatch(new RegExp(`^\\d+: ${name}: <BROADCAST,NOARP,UP,LOWER_UP> mtu 1500 qdisc noqueue state UNKNOWN mode DEFAULT group default $`));
    expect(mac(name)).toMatch(/^[0-9a-f:]{17}$/);
  });
});

describe('a macvlan network on a veth parent (DESIGN.md)', () => {
  it('gives the container a macvlan whose carrier follows the parent; deleting the parent takes it', () => {
    const { s, run } = session();
    run('ip link add fx2-mvp type veth peer name fx2-mvq');
    run('docker network create -d macvlan --subnet 10.99.0.0/24 -o parent=fx2-mvp fx2-mv');
    run('docker run -d --network fx2-mv --name fx2-mv1 busybox sleep 3600');
    const p = s.host.kernel.net.findByName('host', 'fx2-mvp')?.index ?? -1;
    const eth0 = () => run('docker exec fx2-mv1 ip link show eth0').split('\n')[0] ?? '';
    expect(eth0()).toBe(`${p + 1}: eth0@if${p}: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue `);
    run('ip link set fx2-mvp up');
    expect(eth0()).toBe(`${p + 1}: eth0@if${p}: <NO-CARRIER,BROADCAST,MULTICAST,UP,M-DOWN> mtu 1500 qdisc noqueue `);
    run('ip link set fx2-mvq up');
    expect(eth0()).toBe(`${p + 1}: eth0@if${p}: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue `);
    // nsenter'd iproute2 sees the parent in another namespace: no M-DOWN there.
    const pid = run("docker inspect -f '{{.State.Pid}}' fx2-mv1").trim();
    expect(run(`nsenter -t ${pid} -n ip -br link show eth0`)).toMatch(new RegExp(`^eth0@if${p}\\s+UP\\s+02:42:0a:63:00:02 <BROADCAST,MULTICAST,UP,LOWER_UP> \\n$`));
  });
});

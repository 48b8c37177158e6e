import { describe, expect, it } from 'vitest';
import { NetworkStack } from '../../../src/sim/kernel/net-devices.js';
import { deviceFlags, operstate, txQueueLength } from '../../../src/sim/kernel/sysfs-net-attrs.js';

// The kernel model's dummy links, veth pairs made in one namespace, and a macvlan's carrier,
// as a 6.1 kernel shows them (`ip link add … type veth peer name …` in a namespace of the
// reference host; the dummy's flags and state from dummy_setup, that kernel having no dummy module).

describe('dummy links', () => {
  it('are BROADCAST and NOARP, never MULTICAST; up, their state is unknown; ip link add leaves qlen 1000', () => {
    const net = new NetworkStack();
    const d = net.addDevice('host', { name: 'dm-0123456789ab', kind: 'dummy', mac: '4a:2b:3c:4d:5e:6f', mtu: 1500, up: false, addresses: [], txqlen: 1000 });
    expect(deviceFlags(d)).toBe(0x82);
    expect(operstate(net, d)).toBe('down');
    net.setUp(d);
    expect(deviceFlags(d)).toBe(0x83);
    expect(operstate(net, d)).toBe('unknown');
    expect(net.hasCarrier(d)).toBe(true);
    expect(txQueueLength(d)).toBe(1000);
    // dockerd's own (a netlink request with TxQLen 0) has none.
    expect(txQueueLength(net.addDevice('host', { name: 'dm-x', kind: 'dummy', mac: '4a:2b:3c:4d:5e:70', mtu: 1500, up: true, addresses: [] }))).toBe(0);
  });
});

describe('a veth pair made in one namespace', () => {
  it('lives there, linked end to end; deleting one end deletes the other', () => {
    const net = new NetworkStack();
    net.createNamespace('ns1');
    // The host's lo, eth0 and docker0 took the first indexes.
    for (let i = 0; i < 3; i++) net.allocIndex();
    const [peer, dev] = net.addVethPair({ name: 'mvq', mac: '4a:00:00:00:00:01' }, { name: 'mvp', mac: '4a:00:00:00:00:02' }, 1500, { netns: 'ns1', txqlen: 1000 });
    expect([peer.index, dev.index, peer.netns, dev.link]).toEqual([4, 5, 'ns1', { index: 4, netns: 'ns1' }]);
    expect(operstate(net, dev)).toBe('down');
    net.setUp(dev);
    expect(operstate(net, dev)).toBe('lowerlayerdown');
    net.removeDevice('ns1', peer.index);
    expect(net.list('ns1').map((d) => d.name)).toEqual(['lo']);
  });
});

describe('a macvlan', () => {
  it('has carrier only when its parent has it, and goes with its parent', () => {
    const net = new NetworkStack();
    net.createNamespace('c1');
    const [, parent] = net.addVethPair({ name: 'mvq', mac: '4a:00:00:00:00:01' }, { name: 'mvp', mac: '4a:00:00:00:00:02' });
    const mv = net.addDevice('c1', { name: 'eth0', kind: 'macvlan', mac: '02:42:0a:63:00:02', mtu: 1500, up: true, addresses: [], link: { index: parent.index, netns: 'host' } });
    // docker exec … ip link show eth0 while the parent is down: NO-CARRIER (busybox shows no state).
    expect(net.hasCarrier(mv)).toBe(false);
    expect(operstate(net, mv)).toBe('lowerlayerdown');
    net.setUp(parent);
    expect(net.hasCarrier(mv)).toBe(false);
    net.setUp(net.findByName('host', 'mvq') ?? parent);
    expect(net.hasCarrier(mv)).toBe(true);
    expect(operstate(net, mv)).toBe('up');
    net.removeDevice('host', parent.index);
    expect(net.findByName('c1', 'eth0')).toBeUndefined();
  });
});

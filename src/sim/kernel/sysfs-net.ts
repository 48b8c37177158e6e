import { type FileSystem, type VirtualDir, type VirtualNode, vdir, vfile, vlink } from './fs.js';
import type { NetDevice, NetworkStack } from './net-devices.js';
import { type Attr, bridgeAttrs, brportAttrs, deviceAttrs, STATISTICS } from './sysfs-net-attrs.js';

/**
 * sysfs's network devices, as a namespace sees them (sysfs shows the devices of the network
 * namespace it was mounted from): /sys/class/net/NAME is a symlink into /sys/devices/, where
 * each device is a directory of attribute files (ifindex, iflink, address, operstate…), a
 * bridge has brif/ (its ports) and bridge/, a port has brport/ and a `master` link.
 * The namespace is asked for at every lookup, so a container restarted with a new sandbox
 * sees its new devices.
 */

/** Where a real Ubuntu VM's virtio NIC sits in the device tree; virtual devices sit in devices/virtual/net. */
export const PHYSICAL_NET_DIR = '/sys/devices/pci0000:00/0000:00:03.0/virtio0/net';
const VIRTUAL_NET_DIR = '/sys/devices/virtual/net';

const isPhysical = (d: NetDevice): boolean => d.kind === 'ether';

/** Attributes root may write (the rest are 0444; `flush` is write-only). */
const WRITABLE = new Set(['carrier', 'flags', 'gro_flush_timeout', 'ifalias', 'mtu', 'napi_defer_hard_irqs', 'netdev_group', 'proto_down', 'threaded', 'tx_queue_len']);
const modeOf = (name: string): number => (name === 'flush' ? 0o200 : WRITABLE.has(name) ? 0o644 : 0o444);
const attrFiles = (attrs: readonly Attr[]): [string, VirtualNode][] => attrs.map(([name, value]) => [name, vfile(() => (name === 'flush' ? '' : `${value()}\n`), modeOf(name))]);

function deviceDir(net: NetworkStack, dev: NetDevice): VirtualDir {
  return vdir(() => {
    const entries = attrFiles(deviceAttrs(net, dev));
    entries.push(['power', vdir(() => [])]);
    entries.push(['queues', vdir(() => [['rx-0', vdir(() => [])], ['tx-0', vdir(() => [])]])]);
    entries.push(['statistics', vdir(() => STATISTICS.map((s) => [s, vfile(() => '0\n')] as const))]);
    entries.push(['subsystem', vlink('../../../../class/net')]);
    if (dev.kind === 'bridge') {
      const ports = net.portsOf(dev);
      entries.push(['brforward', vfile(() => '', 0o400)]);
      entries.push(['bridge', vdir(() => attrFiles(bridgeAttrs(net, dev)))]);
      entries.push(['brif', vdir(() => net.portsOf(dev).map((p) => [p.name, vlink(`../../${p.name}/brport`)] as const))]);
      for (const p of ports) entries.push([`lower_${p.name}`, vlink(`../${p.name}`)]);
    }
    const master = net.masterOf(dev);
    if (master) {
      entries.push(['brport', vdir(() => [...attrFiles(brportAttrs(net, dev, master)), ['bridge', vlink(`../../${master.name}`)]])]);
      entries.push(['master', vlink(`../${master.name}`)]);
      entries.push([`upper_${master.name}`, vlink(`../${master.name}`)]);
    }
    return entries;
  });
}

function devicesIn(net: NetworkStack, netns: () => string | undefined, physical: boolean): VirtualDir {
  return vdir(() => {
    const key = netns();
    if (key === undefined) return [];
    return net.list(key).filter((d) => isPhysical(d) === physical).map((d) => [d.name, deviceDir(net, d)] as const);
  });
}

/** /sys/class/net: one symlink per device of the namespace, to its directory under /sys/devices. */
export function classNet(net: NetworkStack, netns: () => string | undefined): VirtualDir {
  return vdir(() => {
    const key = netns();
    if (key === undefined) return [];
    return net.list(key).map((d) => [d.name, vlink(isPhysical(d) ? `../..${PHYSICAL_NET_DIR.slice('/sys'.length)}/${d.name}` : `../../devices/virtual/net/${d.name}`)] as const);
  });
}

/** Mounts the network part of sysfs into `fs` for the namespace `netns()` names (undefined: none, e.g. a stopped container). */
export function mountSysfsNet(fs: FileSystem, net: NetworkStack, netns: () => string | undefined): void {
  fs.mountVirtual('/sys/class/net', classNet(net, netns));
  fs.mountVirtual(VIRTUAL_NET_DIR, devicesIn(net, netns, false));
  fs.mountVirtual(PHYSICAL_NET_DIR, devicesIn(net, netns, true));
}

import { linkLocalFromMac } from '../net/ip6.js';

/**
 * The kernel's view of networking: namespaces holding devices, addresses and routes.
 * Interface indexes come from one host-wide counter and are never reused, as on the
 * real kernel here (a veth's container end keeps the index it got on the host).
 */
/** `dummy`: a device that drops what it is sent (dockerd's `dm-…` parent for a macvlan network without `-o parent`). */
export type DeviceKind = 'loopback' | 'ether' | 'bridge' | 'veth' | 'macvlan' | 'vxlan' | 'dummy';

export interface Address {
  readonly ip: string;
  readonly prefix: number;
  readonly broadcast?: string;
  readonly scope: 'host' | 'global' | 'link';
}

export interface NetDevice {
  readonly index: number;
  name: string;
  readonly kind: DeviceKind;
  /** Changes only for a bridge whose address follows its ports (`macFromPorts`). */
  mac: string;
  /** A bridge nobody gave an address (an overlay's br0): the kernel gives it its ports' lowest MAC. */
  readonly macFromPorts?: boolean;
  /** A VXLAN device's network identifier (`vxlan id`). */
  readonly vni?: number;
  /** MAC addresses the bridge learned behind this port from frames it received, first seen first. */
  learned?: readonly string[];
  readonly mtu: number;
  /** The namespace the device lives in: 'host' or a sandbox's key. */
  netns: string;
  /** Index of the bridge this device is enslaved to (bridge ports). */
  master?: number;
  /** The other end of a veth pair, or a macvlan's parent. */
  link?: { readonly index: number; readonly netns: string };
  up: boolean;
  addresses: Address[];
  /**
   * IPv6 addresses, kept apart from the IPv4 `addresses` the daemon and the traffic tools read:
   * ::1 on an IPv6-enabled loopback, the EUI-64 link-local once a device has had carrier.
   */
  inet6?: Address[];
  /** A bridge port's number on its bridge (the kernel's port_no: lowest free, from 1). */
  portNo?: number;
  /**
   * The transmit queue length, when not the kind's usual one: `ip link add` leaves the driver's
   * 1000 (ether_setup), dockerd's netlink calls set 0 (which is why its veths show no `qlen`).
   */
  readonly txqlen?: number;
}

export interface Route {
  readonly dst: string; // 'default' or CIDR
  readonly via?: string;
  readonly dev: string;
  readonly scope?: 'link';
  readonly src?: string;
  readonly proto?: 'kernel';
}

export interface NetNamespace {
  readonly key: string;
  readonly devices: Map<number, NetDevice>;
  routes: Route[];
  /** net.ipv6.conf.all.disable_ipv6 = 0: on for the host; dockerd turns it off in a container's namespace. */
  ipv6: boolean;
  /**
   * The ids this namespace gives other namespaces its devices' peers live in (`link-netnsid`):
   * allocated when first referenced, lowest free first, freed when the other namespace goes.
   */
  readonly nsids: Map<string, number>;
  /** The next ifindex of a device created here (each namespace counts its own; lo is 1). */
  nextIndex?: number;
}

/**
 * Interface indexes are counted per network namespace, as Linux does: a device keeps its index
 * when moved, so a veth made in the host's namespace and moved into a container shows the
 * host's count there, and a device made inside another namespace (an overlay's br0) that
 * namespace's (2, after lo).
 */
export class NetworkStack {
  private nextIndex = 1;
  readonly namespaces = new Map<string, NetNamespace>();

  constructor() {
    this.namespaces.set('host', { key: 'host', devices: new Map(), routes: [], ipv6: true, nsids: new Map() });
  }

  ns(key: string): NetNamespace {
    const ns = this.namespaces.get(key);
    if (!ns) throw new Error(`no network namespace ${key}`);
    return ns;
  }

  createNamespace(key: string): NetNamespace {
    const ns: NetNamespace = { key, devices: new Map(), routes: [], ipv6: true, nsids: new Map() };
    this.namespaces.set(key, ns);
    // Each new namespace has its own loopback, index 1.
    const lo: NetDevice = { index: 1, name: 'lo', kind: 'loopback', mac: '00:00:00:00:00:00', mtu: 65536, netns: key, up: true, addresses: [{ ip: '127.0.0.1', prefix: 8, scope: 'host' }] };
    ns.devices.set(1, lo);
    this.autoconf(lo);
    return ns;
  }

  deleteNamespace(key: string): void {
    const ns = this.namespaces.get(key);
    if (!ns) return;
    // Deleting a namespace destroys its veth ends, and with them their peers.
    for (const dev of ns.devices.values()) if (dev.kind === 'veth' && dev.link) this.removeDevice(dev.link.netns, dev.link.index);
    this.namespaces.delete(key);
    for (const other of this.namespaces.values()) other.nsids.delete(key);
  }

  /** sysctl net.ipv6.conf.all.disable_ipv6=1 (what dockerd does in a sandbox without IPv6): every IPv6 address goes. */
  disableIpv6(key: string): void {
    const ns = this.ns(key);
    ns.ipv6 = false;
    for (const dev of ns.devices.values()) dev.inet6 = [];
  }

  /** The id `from` gives namespace `to` (ip link's `link-netnsid`), if it has given one. */
  nsid(from: string, to: string): number | undefined {
    return this.namespaces.get(from)?.nsids.get(to);
  }

  private allocNsid(from: string, to: string): void {
    const ns = this.namespaces.get(from);
    if (!ns || from === to || ns.nsids.has(to)) return;
    const used = new Set(ns.nsids.values());
    let id = 0;
    while (used.has(id)) id++;
    ns.nsids.set(to, id);
  }

  /** Adds a device in `netns` with the next free index. */
  /** `indexFrom`: the namespace it was really made in, when it was made elsewhere and moved here (a macvlan). */
  addDevice(netns: string, spec: Omit<NetDevice, 'index' | 'netns'>, indexFrom = netns): NetDevice {
    const index = this.allocIndex(indexFrom);
    const dev: NetDevice = { ...spec, index, netns };
    this.ns(netns).devices.set(index, dev);
    if (dev.link) {
      this.allocNsid(netns, dev.link.netns);
      this.allocNsid(dev.link.netns, netns);
    }
    this.autoconf(dev);
    return dev;
  }

  allocIndex(netns = 'host'): number {
    if (netns === 'host') return this.nextIndex++;
    const ns = this.ns(netns);
    const index = ns.nextIndex ?? 2;
    ns.nextIndex = index + 1;
    return index;
  }

  /**
   * A veth pair created in one namespace (the host's unless said): the first end gets the lower
   * index. veth_newlink registers the peer first, so `ip link add A type veth peer name B`
   * passes B first.
   */
  addVethPair(inner: { name: string; mac: string }, outer: { name: string; mac: string }, mtu = 1500, opts: { readonly netns?: string; readonly txqlen?: number } = {}): [NetDevice, NetDevice] {
    const netns = opts.netns ?? 'host';
    const a = this.allocIndex();
    const b = this.allocIndex();
    const q = opts.txqlen !== undefined ? { txqlen: opts.txqlen } : {};
    const innerDev: NetDevice = { index: a, name: inner.name, kind: 'veth', mac: inner.mac, mtu, netns, link: { index: b, netns }, up: false, addresses: [], ...q };
    const outerDev: NetDevice = { index: b, name: outer.name, kind: 'veth', mac: outer.mac, mtu, netns, link: { index: a, netns }, up: false, addresses: [], ...q };
    this.ns(netns).devices.set(a, innerDev);
    this.ns(netns).devices.set(b, outerDev);
    return [innerDev, outerDev];
  }

  /** Moves a device into another namespace, keeping its index; peers learn where it went. */
  moveDevice(dev: NetDevice, netns: string, newName?: string): void {
    this.ns(dev.netns).devices.delete(dev.index);
    dev.netns = netns;
    if (newName) dev.name = newName;
    dev.inet6 = []; // a move flushes the device's addresses
    this.ns(netns).devices.set(dev.index, dev);
    if (dev.link && dev.kind === 'veth') {
      const peer = this.namespaces.get(dev.link.netns)?.devices.get(dev.link.index);
      if (peer) peer.link = { index: dev.index, netns };
      this.allocNsid(dev.link.netns, netns);
      this.allocNsid(netns, dev.link.netns);
    }
    this.autoconf(dev);
  }

  /** `ip link set DEV up|down`: carrier may come or go for the device, its veth peer and their bridges. */
  setUp(dev: NetDevice, up = true): void {
    dev.up = up;
    const peer = this.peerOf(dev);
    for (const d of [dev, peer]) {
      if (!d) continue;
      this.autoconf(d);
      const master = this.masterOf(d);
      if (master) this.autoconf(master);
    }
  }

  /** `ip link set PORT master BRIDGE`: the port takes the lowest free port number of the bridge. */
  enslave(port: NetDevice, bridge: NetDevice): void {
    const taken = new Set(this.portsOf(bridge).map((p) => p.portNo));
    let n = 1;
    while (taken.has(n)) n++;
    port.master = bridge.index;
    port.portNo = n;
    this.recalculateBridgeMac(bridge);
    this.autoconf(bridge);
  }

  /** Sets a device's link (IFLA_LINK) to a device of another namespace, which then gets an nsid here. */
  linkTo(dev: NetDevice, link: { readonly index: number; readonly netns: string }): void {
    dev.link = link;
    this.allocNsid(dev.netns, link.netns);
  }

  /** br_stp_recalculate_bridge_id: a bridge without an address of its own takes its ports' lowest MAC. */
  private recalculateBridgeMac(bridge: NetDevice): void {
    if (!bridge.macFromPorts) return;
    const macs = this.portsOf(bridge).map((p) => p.mac).sort();
    if (macs[0] !== undefined) bridge.mac = macs[0];
  }

  /** The devices enslaved to a bridge, in index order. */
  portsOf(bridge: NetDevice): NetDevice[] {
    return this.list(bridge.netns).filter((d) => d.master === bridge.index);
  }

  /**
   * The far end of the bridge port behind which `ip` lives: a veth port (not `except`) whose
   * other end, up, holds the address — where the bridge delivers a frame for it.
   */
  portPeerWith(bridge: NetDevice, ip: string, except?: NetDevice): NetDevice | undefined {
    for (const port of this.portsOf(bridge)) {
      if (port === except || !port.up || !port.link) continue;
      const inner = this.namespaces.get(port.link.netns)?.devices.get(port.link.index);
      if (inner?.up && inner.addresses.some((a) => a.ip === ip)) return inner;
    }
    return undefined;
  }

  masterOf(dev: NetDevice): NetDevice | undefined {
    return dev.master === undefined ? undefined : this.namespaces.get(dev.netns)?.devices.get(dev.master);
  }

  /** A veth's other end (wherever it lives), or a macvlan's parent. */
  peerOf(dev: NetDevice): NetDevice | undefined {
    return dev.link ? this.namespaces.get(dev.link.netns)?.devices.get(dev.link.index) : undefined;
  }

  /**
   * IPv6 autoconfiguration as addrconf does it in an IPv6-enabled namespace: ::1 on loopback,
   * and a link-local address when a device first has carrier (a bridge keeps it after its last port goes).
   */
  private autoconf(dev: NetDevice): void {
    const ns = this.namespaces.get(dev.netns);
    if (!ns?.ipv6) return;
    const add = (a: Address) => {
      dev.inet6 ??= [];
      if (!dev.inet6.some((x) => x.ip === a.ip)) dev.inet6.push(a);
    };
    if (dev.kind === 'loopback') add({ ip: '::1', prefix: 128, scope: 'host' });
    else if (this.hasCarrier(dev)) add({ ip: linkLocalFromMac(dev.mac), prefix: 64, scope: 'link' });
  }

  removeDevice(netns: string, index: number): void {
    const ns = this.namespaces.get(netns);
    const dev = ns?.devices.get(index);
    if (!ns || !dev) return;
    ns.devices.delete(index);
    ns.routes = ns.routes.filter((r) => r.dev !== dev.name);
    if (dev.kind === 'veth' && dev.link) {
      const peerNs = this.namespaces.get(dev.link.netns);
      const peer = peerNs?.devices.get(dev.link.index);
      if (peerNs && peer) {
        peerNs.devices.delete(peer.index);
        peerNs.routes = peerNs.routes.filter((r) => r.dev !== peer.name);
      }
    }
    if (dev.kind === 'bridge') for (const d of ns.devices.values()) if (d.master === index) delete d.master;
    const master = dev.master !== undefined ? ns.devices.get(dev.master) : undefined;
    if (master) this.recalculateBridgeMac(master);
    // A lower device going takes its macvlans with it, wherever they live (macvlan_device_event).
    for (const other of this.namespaces.values()) {
      for (const d of [...other.devices.values()]) if (d.kind === 'macvlan' && d.link?.index === index && d.link.netns === netns) this.removeDevice(other.key, d.index);
    }
  }

  findByName(netns: string, name: string): NetDevice | undefined {
    for (const d of this.namespaces.get(netns)?.devices.values() ?? []) if (d.name === name) return d;
    return undefined;
  }

  /** Devices of a namespace in index order, as `ip link` lists them. */
  list(netns: string): NetDevice[] {
    return [...(this.namespaces.get(netns)?.devices.values() ?? [])].sort((x, y) => x.index - y.index);
  }

  /**
   * Carrier, as `ip link` shows it (NO-CARRIER otherwise): a bridge has it when one of its ports
   * has it, a veth when both ends are up, a macvlan when its lower device has it (the kernel
   * stacks the operstate), anything else when it is up.
   */
  hasCarrier(dev: NetDevice): boolean {
    if (!dev.up) return false;
    if (dev.kind === 'veth') return this.peerOf(dev)?.up ?? false;
    if (dev.kind === 'macvlan') {
      const lower = this.peerOf(dev);
      return lower ? this.hasCarrier(lower) : true;
    }
    if (dev.kind !== 'bridge') return true;
    for (const d of this.ns(dev.netns).devices.values()) if (d.master === dev.index && d.kind !== 'bridge' && this.hasCarrier(d)) return true;
    return false;
  }
}

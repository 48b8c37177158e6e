/**
 * The kernel's view of networking: namespaces holding devices, addresses and routes.
 * Interface indexes come from one host-wide counter and are never reused, as on the
 * real kernel here (a veth's container end keeps the index it got on the host).
 */
export type DeviceKind = 'loopback' | 'ether' | 'bridge' | 'veth' | 'macvlan' | 'vxlan';

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
  readonly mac: string;
  readonly mtu: number;
  /** The namespace the device lives in: 'host' or a sandbox's key. */
  netns: string;
  /** Index of the bridge this device is enslaved to (bridge ports). */
  master?: number;
  /** The other end of a veth pair, or a macvlan's parent. */
  link?: { readonly index: number; readonly netns: string };
  up: boolean;
  addresses: Address[];
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
}

export class NetworkStack {
  private nextIndex = 1;
  readonly namespaces = new Map<string, NetNamespace>();

  constructor() {
    this.namespaces.set('host', { key: 'host', devices: new Map(), routes: [] });
  }

  ns(key: string): NetNamespace {
    const ns = this.namespaces.get(key);
    if (!ns) throw new Error(`no network namespace ${key}`);
    return ns;
  }

  createNamespace(key: string): NetNamespace {
    const ns: NetNamespace = { key, devices: new Map(), routes: [] };
    this.namespaces.set(key, ns);
    // Each new namespace has its own loopback, index 1.
    ns.devices.set(1, { index: 1, name: 'lo', kind: 'loopback', mac: '00:00:00:00:00:00', mtu: 65536, netns: key, up: true, addresses: [{ ip: '127.0.0.1', prefix: 8, scope: 'host' }] });
    return ns;
  }

  deleteNamespace(key: string): void {
    const ns = this.namespaces.get(key);
    if (!ns) return;
    // Deleting a namespace destroys its veth ends, and with them their peers.
    for (const dev of ns.devices.values()) if (dev.kind === 'veth' && dev.link) this.removeDevice(dev.link.netns, dev.link.index);
    this.namespaces.delete(key);
  }

  /** Adds a device in `netns` with the next free index. */
  addDevice(netns: string, spec: Omit<NetDevice, 'index' | 'netns'>): NetDevice {
    const index = this.allocIndex();
    const dev: NetDevice = { ...spec, index, netns };
    this.ns(netns).devices.set(index, dev);
    return dev;
  }

  allocIndex(): number {
    return this.nextIndex++;
  }

  /** A veth pair created in the host namespace: the first end gets the lower index. */
  addVethPair(inner: { name: string; mac: string }, outer: { name: string; mac: string }, mtu = 1500): [NetDevice, NetDevice] {
    const a = this.allocIndex();
    const b = this.allocIndex();
    const innerDev: NetDevice = { index: a, name: inner.name, kind: 'veth', mac: inner.mac, mtu, netns: 'host', link: { index: b, netns: 'host' }, up: false, addresses: [] };
    const outerDev: NetDevice = { index: b, name: outer.name, kind: 'veth', mac: outer.mac, mtu, netns: 'host', link: { index: a, netns: 'host' }, up: false, addresses: [] };
    this.ns('host').devices.set(a, innerDev);
    this.ns('host').devices.set(b, outerDev);
    return [innerDev, outerDev];
  }

  /** Moves a device into another namespace, keeping its index; peers learn where it went. */
  moveDevice(dev: NetDevice, netns: string, newName?: string): void {
    this.ns(dev.netns).devices.delete(dev.index);
    dev.netns = netns;
    if (newName) dev.name = newName;
    this.ns(netns).devices.set(dev.index, dev);
    if (dev.link && dev.kind === 'veth') {
      const peer = this.namespaces.get(dev.link.netns)?.devices.get(dev.link.index);
      if (peer) peer.link = { index: dev.index, netns };
    }
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
  }

  findByName(netns: string, name: string): NetDevice | undefined {
    for (const d of this.namespaces.get(netns)?.devices.values() ?? []) if (d.name === name) return d;
    return undefined;
  }

  /** Devices of a namespace in index order, as `ip link` lists them. */
  list(netns: string): NetDevice[] {
    return [...(this.namespaces.get(netns)?.devices.values() ?? [])].sort((x, y) => x.index - y.index);
  }

  /** A bridge has carrier when at least one port is up, as `ip link` shows (NO-CARRIER otherwise). */
  hasCarrier(dev: NetDevice): boolean {
    if (dev.kind !== 'bridge') return dev.up;
    for (const d of this.ns(dev.netns).devices.values()) if (d.master === dev.index && d.up) return true;
    return false;
  }
}

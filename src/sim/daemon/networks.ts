import { conflict, forbidden, invalidParameter, notFound, unavailable } from '../errors.js';
import { broadcastOf, cidrString, intToIp, networkOf, parseCidr } from '../net/ip.js';
import { addBridgeRules, installDockerChains, removeBridgeRules } from './bridge-rules.js';
import type { Pool } from './ipam.js';
import type { DriverName, Network } from './model.js';
import { JOIN_TEXTS } from './swarm-texts.js';
import { leaderState, swarmNodesWith } from './swarm-cluster.js';
import type { DaemonState } from './state.js';

export interface CreateNetworkOptions {
  readonly name: string;
  readonly driver?: string;
  readonly subnet?: string;
  readonly gateway?: string;
  readonly ipRange?: string;
  readonly internal?: boolean;
  readonly attachable?: boolean;
  readonly options?: ReadonlyMap<string, string>;
  readonly labels?: ReadonlyMap<string, string>;
}

const PREDEFINED = new Set(['bridge', 'host', 'none']);
export const isPredefined = (name: string): boolean => PREDEFINED.has(name);

/**
 * Finds a network as dockerd 20.10 does: full ID, then exact name, then an ID prefix
 * (ambiguous when several IDs start with it).
 */
export function findNetwork(s: DaemonState, ref: string): Network | undefined {
  const byId = s.networks.get(ref);
  if (byId) return byId;
  for (const n of s.networks.values()) if (n.name === ref) return n;
  if (ref === '') return undefined;
  const prefixed = [...s.networks.values()].filter((n) => n.id.startsWith(ref));
  if (prefixed.length > 1) throw invalidParameter(`network ${ref} is ambiguous (${prefixed.length} matches found based on ID prefix)`);
  return prefixed[0];
}

export function getNetwork(s: DaemonState, ref: string): Network {
  const n = findNetwork(s, ref);
  if (!n) throw notFound(`network ${ref} not found`);
  return n;
}

/** What dockerd sets up when it starts: the none, host and bridge networks (in that order), docker0. */
export function createPredefinedNetworks(s: DaemonState): void {
  installDockerChains(s.kernel.netfilter);
  createNetworkObject(s, { name: 'none', driver: 'null' }, {});
  createNetworkObject(s, { name: 'host', driver: 'host' }, {});
  const bridgeOpts = new Map([
    ['com.docker.network.bridge.default_bridge', 'true'],
    ['com.docker.network.bridge.enable_icc', 'true'],
    ['com.docker.network.bridge.enable_ip_masquerade', 'true'],
    ['com.docker.network.bridge.host_binding_ipv4', '0.0.0.0'],
    ['com.docker.network.bridge.name', 'docker0'],
    ['com.docker.network.driver.mtu', '1500'],
  ]);
  createNetworkObject(s, { name: 'bridge', driver: 'bridge', options: bridgeOpts }, { bridgeName: 'docker0', isDefaultBridge: true, ipamOptionsNull: true });
}

/** POST /networks/create, with the daemon's checks in its order (observed on Engine 20.10). */
export function createNetwork(s: DaemonState, o: CreateNetworkOptions): Network {
  if (PREDEFINED.has(o.name)) throw forbidden(`operation is not permitted on predefined ${o.name} network`);
  if ([...s.networks.values()].some((n) => n.name === o.name)) throw conflict(`network with name ${o.name} already exists`);
  if (o.subnet !== undefined && !parseCidr(o.subnet)) throw invalidParameter(`Invalid subnet ${o.subnet} : invalid CIDR address: ${o.subnet}`);
  const driver = o.driver ?? 'bridge';
  if (driver === 'host' || driver === 'null') throw forbidden(`only one instance of "${driver}" network is allowed`);
  if (driver === 'overlay' && !s.swarm) throw notSwarmManager();
  if (driver === 'overlay' && s.swarm?.role === 'worker') throw forbidden(JOIN_TEXTS.overlayOnWorker);
  // Another manager than the leader: the network goes to the swarm's store, the leader's.
  const store = driver === 'overlay' ? leaderState(s) : undefined;
  if (store) return createNetwork(store, o);
  if (!['bridge', 'overlay', 'macvlan'].includes(driver)) throw notFound(`plugin "${driver}" not found`);
  return createNetworkObject(s, o, {});
}

export function notSwarmManager(): Error {
  return unavailable('This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.');
}

export interface NetworkExtras {
  readonly bridgeName?: string;
  readonly isDefaultBridge?: boolean;
  readonly ipamOptionsNull?: boolean;
  readonly ingress?: boolean;
  readonly system?: boolean;
  readonly id?: string;
}

/** `n` characters of [0-9a-z], as swarmkit's identity package makes IDs and tokens. */
export function base36(s: DaemonState, n: number): string {
  const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';
  let id = '';
  for (let i = 0; i < n; i++) id += alphabet[s.rnd.next() % 36] as string;
  return id;
}

/** A swarm object ID: 25 characters of [0-9a-z]. */
export const swarmId = (s: DaemonState): string => base36(s, 25);

/** libnetwork's createNetwork: IPAM pool, then the driver's own work (bridge device and rules, macvlan parent). */
export function createNetworkObject(s: DaemonState, o: CreateNetworkOptions, extra: NetworkExtras): Network {
  const driver = (o.driver ?? 'bridge') as DriverName;
  const id = extra.id ?? (driver === 'overlay' ? swarmId(s) : s.rnd.hex(64));
  const hasIpam = driver !== 'host' && driver !== 'null';
  const pool = hasIpam
    ? s.ipam.requestPool(id, {
        ...(o.subnet ? { subnet: o.subnet } : {}),
        ...(o.gateway ? { gateway: o.gateway } : {}),
        ...(o.ipRange ? { ipRange: o.ipRange } : {}),
        space: driver === 'overlay' ? 'global' : 'local',
      })
    : undefined;
  let options = o.options ?? new Map<string, string>();
  try {
    if (driver === 'macvlan' && pool) options = prepareMacvlanParent(s, id, options);
  } catch (e) {
    s.ipam.releasePool(id); // the pool is given back, but the allocator has moved on
    throw e;
  }
  if (driver === 'overlay') options = new Map([...options, ['com.docker.network.driver.overlay.vxlanid_list', String(nextVxlanId(s))]]);
  const bridgeName = driver === 'bridge' ? (extra.bridgeName ?? options.get('com.docker.network.bridge.name') ?? `br-${id.slice(0, 12)}`) : undefined;
  const net: Network = {
    id,
    name: o.name,
    driver,
    scope: driver === 'overlay' ? 'swarm' : 'local',
    created: s.clock.now(),
    internal: o.internal ?? false,
    attachable: o.attachable ?? false,
    ingress: extra.ingress ?? false,
    options,
    labels: o.labels ?? new Map(),
    ...(bridgeName ? { bridgeName } : {}),
    hasIpam,
    ipamConfig: pool ? [ipamEcho(o, pool)] : [],
    ...(extra.ipamOptionsNull || driver === 'overlay' ? { ipamOptionsNull: true } : {}),
    ...(extra.system ? { system: true } : {}),
    isDefaultBridge: extra.isDefaultBridge ?? false,
    endpoints: new Set(),
  };
  s.networks.set(id, net);
  s.events.push({ kind: 'network-created', network: net.name, driver: net.driver, ...(pool ? { subnet: cidrString(pool.subnet) } : {}) });
  if (bridgeName && pool) addBridgeDevice(s, net, bridgeName, pool);
  return net;
}

/**
 * IPAM.Config as the daemon reports it: the user's --subnet verbatim (even `10.50.0.5/16`),
 * --ip-range, and --gateway only when given; without --subnet, the pool and its gateway.
 * The default bridge depends on the dockerd's history: one that created docker0 itself (first
 * start after boot) shows `[{"Subnet":"172.17.0.0/16"}]`; one started over an existing docker0
 * (any `systemctl restart docker`, and the differential suite's restarted engine) adds the
 * gateway it read off docker0. The simulated dockerd is the latter, as the suite checks it.
 */
function ipamEcho(o: CreateNetworkOptions, pool: Pool): Network['ipamConfig'][number] {
  if (o.subnet) return { subnet: o.subnet, ...(o.ipRange ? { ipRange: o.ipRange } : {}), ...(o.gateway ? { gateway: o.gateway } : {}) };
  return { subnet: cidrString(pool.subnet), gateway: intToIp(pool.gateway) };
}

function nextVxlanId(s: DaemonState): number {
  let id = 4096;
  for (const n of s.networks.values()) {
    const v = Number(n.options.get('com.docker.network.driver.overlay.vxlanid_list'));
    if (v >= id) id = v + 1;
  }
  return id;
}

function addBridgeDevice(s: DaemonState, net: Network, bridgeName: string, pool: Pool): void {
  const gateway = intToIp(pool.gateway);
  s.kernel.net.addDevice('host', {
    name: bridgeName, kind: 'bridge', mac: `02:42:${s.rnd.hex(8).match(/../g)?.join(':')}`, mtu: 1500, up: true,
    addresses: [{ ip: gateway, prefix: pool.subnet.prefix, broadcast: intToIp(broadcastOf(pool.subnet)), scope: 'global' }],
  });
  s.kernel.net.ns('host').routes.push({ dst: `${intToIp(networkOf(pool.subnet))}/${pool.subnet.prefix}`, dev: bridgeName, proto: 'kernel', scope: 'link', src: gateway });
  addBridgeRules(s.kernel.netfilter, bridgeName, cidrString(pool.subnet), { internal: net.internal, icc: net.options.get('com.docker.network.bridge.enable_icc') !== 'false' });
  s.events.push({ kind: 'bridge-created', bridge: bridgeName, gateway: `${gateway}/${pool.subnet.prefix}` });
}

/**
 * The macvlan driver's parent: an existing host interface (not used by another macvlan
 * network), or, without `-o parent`, a dummy link `dm-<12 hex of the network ID>` that it
 * creates. A `parent.vlan` sub-interface (eth0.10) would be created as a VLAN link: not
 * simulated (the shell says so before asking).
 */
function prepareMacvlanParent(s: DaemonState, id: string, options: ReadonlyMap<string, string>): ReadonlyMap<string, string> {
  const parent = options.get('parent');
  const user = parent ?? `dm-${id.slice(0, 12)}`;
  for (const n of s.networks.values()) {
    if (n.driver !== 'macvlan') continue;
    const theirs = n.options.get('parent') ?? `dm-${n.id.slice(0, 12)}`;
    if (theirs === user) throw forbidden(`network dm-${n.id.slice(0, 12)} is already using parent interface ${user}`);
  }
  if (parent === undefined) {
    // createDummyLink: a dummy link over netlink (no queue length given: 0), set up.
    s.kernel.net.addDevice('host', { name: user, kind: 'dummy', mac: s.rnd.mac(), mtu: 1500, up: true, addresses: [] });
    s.events.push({ kind: 'dummy-created', link: user });
    return options;
  }
  if (!s.kernel.net.findByName('host', parent)) {
    const dot = parent.indexOf('.');
    // libnetwork's own wording, typo included ("does was not found").
    if (dot > 0) throw invalidParameter(`-o parent interface does was not found on the host: ${parent.slice(0, dot)}`);
    throw invalidParameter(`invalid subinterface vlan name ${parent}, example formatting is eth0.10`);
  }
  return options;
}

/** The dummy parent dockerd made for a macvlan network without `-o parent`, if any. */
function macvlanDummy(n: Network): string | undefined {
  return n.driver === 'macvlan' && !n.options.has('parent') ? `dm-${n.id.slice(0, 12)}` : undefined;
}

export function removeNetwork(s: DaemonState, ref: string): Network {
  const net = getNetwork(s, ref);
  if (PREDEFINED.has(net.name) && (net.isDefaultBridge || net.driver !== 'bridge')) {
    throw forbidden(`${net.name} is a pre-defined network and cannot be removed`);
  }
  // A swarm network is in use while a container of any node is on it (its attachment is a task).
  const inUse = net.scope === 'swarm' ? swarmNodesWith(s, net.id).some((n) => [...(n.state.networks.get(net.id)?.endpoints ?? [])].some((id) => n.state.endpoints.get(id)?.containerId)) : false;
  if (inUse || (net.scope === 'swarm' && net.ingress && net.endpoints.size > 0)) {
    throw conflict(`rpc error: code = FailedPrecondition desc = network ${net.id} is in use by task ${swarmId(s)}`);
  }
  if (net.endpoints.size > 0 && net.scope !== 'swarm') {
    throw forbidden(`error while removing network: network ${net.name} id ${net.id} has active endpoints`);
  }
  deleteNetworkObject(s, net);
  return net;
}

/** libnetwork's deleteNetwork: the driver's device and rules go, the pool goes back. */
export function deleteNetworkObject(s: DaemonState, net: Network): void {
  if (net.bridgeName) {
    const dev = s.kernel.net.findByName('host', net.bridgeName);
    if (dev) s.kernel.net.removeDevice('host', dev.index);
    const pool = s.ipam.pools.get(net.id);
    if (pool) removeBridgeRules(s.kernel.netfilter, net.bridgeName, cidrString(pool.subnet), { internal: net.internal, icc: net.options.get('com.docker.network.bridge.enable_icc') !== 'false' });
    s.events.push({ kind: 'bridge-removed', bridge: net.bridgeName });
  }
  const dummy = macvlanDummy(net);
  if (dummy) {
    const dev = s.kernel.net.findByName('host', dummy);
    if (dev) s.kernel.net.removeDevice('host', dev.index);
    s.events.push({ kind: 'dummy-removed', link: dummy });
  }
  s.ipam.releasePool(net.id);
  s.networks.delete(net.id);
  s.events.push({ kind: 'network-removed', network: net.name, driver: net.driver });
}

/**
 * POST /networks/prune: every network no container uses, except the predefined ones and
 * the swarm's ingress. Returns the removed names, in the daemon's order (a Go map's on a
 * real engine: random; creation order here). Filters: `label`/`label!` (k or k=v), and
 * `until` (a Go duration such as `24h`, or an RFC 3339 time / Unix timestamp).
 */
export function pruneNetworks(s: DaemonState, filters: ReadonlyMap<string, readonly string[]> = new Map()): string[] {
  const removed: string[] = [];
  const label = (n: Network, want: string): boolean => {
    const eq = want.indexOf('=');
    return eq < 0 ? n.labels.has(want) : n.labels.get(want.slice(0, eq)) === want.slice(eq + 1);
  };
  const until = filters.get('until')?.map((v) => untilTime(s.clock.now(), v));
  for (const n of [...s.networks.values()]) {
    if (PREDEFINED.has(n.name) || n.ingress || n.endpoints.size > 0) continue;
    if (!(filters.get('label') ?? []).every((v) => label(n, v))) continue;
    if ((filters.get('label!') ?? []).some((v) => label(n, v))) continue;
    if (until && !until.every((t) => n.created < t)) continue;
    deleteNetworkObject(s, n);
    removed.push(n.name);
  }
  return removed;
}

/** A prune `until` value: a Go duration back from now, or a point in time. */
function untilTime(now: number, v: string): number {
  const d = /^(?:\d+(?:\.\d+)?(?:h|m|s|ms))+$/.test(v)
    ? [...v.matchAll(/(\d+(?:\.\d+)?)(ms|h|m|s)/g)].reduce((t, m) => t + Number(m[1]) * ({ h: 3600000, m: 60000, s: 1000, ms: 1 }[m[2] as 'h' | 'm' | 's' | 'ms']), 0)
    : undefined;
  if (d !== undefined) return now - d;
  if (/^\d+(\.\d+)?$/.test(v)) return Number(v) * 1000;
  const t = Date.parse(v);
  if (Number.isNaN(t)) throw invalidParameter(`Failed to parse value ${v}`);
  return t;
}

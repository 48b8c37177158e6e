import { conflict, forbidden, invalidParameter, notFound } from '../errors.js';
import { broadcastOf, cidrString, intToIp, networkOf } from '../net/ip.js';
import { addBridgeRules, installDockerChains, removeBridgeRules } from './bridge-rules.js';
import type { DriverName, Network } from './model.js';
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

/** Finds a network as dockerd does: full ID, then exact name, then a unique ID prefix. */
export function findNetwork(s: DaemonState, ref: string): Network | undefined {
  const byId = s.networks.get(ref);
  if (byId) return byId;
  for (const n of s.networks.values()) if (n.name === ref) return n;
  const prefixed = [...s.networks.values()].filter((n) => n.id.startsWith(ref));
  return prefixed.length === 1 ? prefixed[0] : undefined;
}

export function getNetwork(s: DaemonState, ref: string): Network {
  const n = findNetwork(s, ref);
  if (!n) throw notFound(`network ${ref} not found`);
  return n;
}

/** What dockerd sets up when it starts: docker0 and the bridge, host and none networks. */
export function createPredefinedNetworks(s: DaemonState): void {
  installDockerChains(s.kernel.netfilter);
  const bridgeOpts = new Map([
    ['com.docker.network.bridge.default_bridge', 'true'],
    ['com.docker.network.bridge.enable_icc', 'true'],
    ['com.docker.network.bridge.enable_ip_masquerade', 'true'],
    ['com.docker.network.bridge.host_binding_ipv4', '0.0.0.0'],
    ['com.docker.network.bridge.name', 'docker0'],
    ['com.docker.network.driver.mtu', '1500'],
  ]);
  createNetworkObject(s, { name: 'bridge', driver: 'bridge', options: bridgeOpts }, { bridgeName: 'docker0', isDefaultBridge: true });
  createNetworkObject(s, { name: 'host', driver: 'host' }, {});
  createNetworkObject(s, { name: 'none', driver: 'null' }, {});
}

export function createNetwork(s: DaemonState, o: CreateNetworkOptions): Network {
  if (PREDEFINED.has(o.name)) throw forbidden(`operation is not permitted on predefined ${o.name} network `);
  if ([...s.networks.values()].some((n) => n.name === o.name)) throw conflict(`network with name ${o.name} already exists`);
  const driver = o.driver ?? 'bridge';
  if (driver === 'host' || driver === 'null') throw forbidden(`only one instance of "${driver}" network is allowed`);
  if (driver === 'overlay' && !s.swarm) {
    throw unavailableSwarm();
  }
  if (!['bridge', 'overlay', 'macvlan'].includes(driver)) throw notFound(`plugin "${driver}" not found`);
  if (driver === 'macvlan') {
    const parent = o.options?.get('parent');
    if (parent && !s.kernel.net.findByName('host', parent)) throw invalidParameter(`-o parent interface was not found on the host: ${parent}`);
  }
  return createNetworkObject(s, o, {});
}

function unavailableSwarm(): Error {
  return forbidden('This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.');
}

function createNetworkObject(s: DaemonState, o: CreateNetworkOptions, extra: { bridgeName?: string; isDefaultBridge?: boolean }): Network {
  const id = s.rnd.hex(64);
  const driver = (o.driver ?? 'bridge') as DriverName;
  const hasIpam = driver !== 'host' && driver !== 'null';
  const pool = hasIpam ? s.ipam.requestPool(id, { ...(o.subnet ? { subnet: o.subnet } : {}), ...(o.gateway ? { gateway: o.gateway } : {}) }) : undefined;
  const bridgeName = driver === 'bridge' ? (extra.bridgeName ?? o.options?.get('com.docker.network.bridge.name') ?? `br-${id.slice(0, 12)}`) : undefined;
  const subnet = pool ? cidrString(pool.subnet) : '';
  const gateway = pool ? intToIp(pool.gateway) : '';
  const net: Network = {
    id,
    name: o.name,
    driver,
    scope: driver === 'overlay' ? 'swarm' : 'local',
    created: s.clock.now(),
    internal: o.internal ?? false,
    attachable: o.attachable ?? false,
    ingress: false,
    options: o.options ?? new Map(),
    labels: o.labels ?? new Map(),
    ...(bridgeName ? { bridgeName } : {}),
    hasIpam,
    // The default bridge and user networks without --subnet echo the subnet dockerd picked;
    // only an explicit --gateway (or a user-defined network's) shows the Gateway field.
    ipamConfig: pool ? [{ subnet, ...(o.subnet || (!extra.isDefaultBridge && driver !== 'macvlan') ? { gateway } : {}), ...(o.ipRange ? { ipRange: o.ipRange } : {}) }] : [],
    isDefaultBridge: extra.isDefaultBridge ?? false,
    endpoints: new Set(),
  };
  s.networks.set(id, net);
  if (bridgeName && pool) {
    s.kernel.net.addDevice('host', {
      name: bridgeName, kind: 'bridge', mac: `02:42:${s.rnd.hex(8).match(/../g)?.join(':')}`, mtu: 1500, up: true,
      addresses: [{ ip: gateway, prefix: pool.subnet.prefix, broadcast: intToIp(broadcastOf(pool.subnet)), scope: 'global' }],
    });
    s.kernel.net.ns('host').routes.push({ dst: `${intToIp(networkOf(pool.subnet))}/${pool.subnet.prefix}`, dev: bridgeName, proto: 'kernel', scope: 'link', src: gateway });
    addBridgeRules(s.kernel.netfilter, bridgeName, subnet, net.internal);
    s.events.push({ kind: 'bridge-created', bridge: bridgeName, gateway: `${gateway}/${pool.subnet.prefix}` });
  }
  return net;
}

export function removeNetwork(s: DaemonState, ref: string): Network {
  const net = getNetwork(s, ref);
  if (PREDEFINED.has(net.name) && (net.isDefaultBridge || net.driver !== 'bridge')) {
    throw forbidden(`${net.name} is a pre-defined network and cannot be removed`);
  }
  if (net.endpoints.size > 0) throw forbidden(`error while removing network: network ${net.name} id ${net.id} has active endpoints`);
  if (net.bridgeName) {
    const dev = s.kernel.net.findByName('host', net.bridgeName);
    if (dev) s.kernel.net.removeDevice('host', dev.index);
    const pool = s.ipam.pools.get(net.id);
    if (pool) removeBridgeRules(s.kernel.netfilter, net.bridgeName, cidrString(pool.subnet), net.internal);
    s.events.push({ kind: 'bridge-removed', bridge: net.bridgeName });
  }
  s.ipam.releasePool(net.id);
  s.networks.delete(net.id);
  return net;
}

/** Removes every user-defined network without endpoints; returns the removed names. */
export function pruneNetworks(s: DaemonState): string[] {
  const removed: string[] = [];
  for (const n of [...s.networks.values()]) {
    if (PREDEFINED.has(n.name) || n.endpoints.size > 0) continue;
    removeNetwork(s, n.id);
    removed.push(n.name);
  }
  return removed;
}

import { forbidden, notFound, systemError } from '../errors.js';
import { getContainer } from './containers.js';
import { hostsEndpointAdded, hostsEndpointRemoved } from './hosts-files.js';
import type { Attachment, Container, Endpoint, Network } from './model.js';
import { findNetwork, getNetwork, isPredefined } from './networks.js';
import { checkRequestedIp, createSandbox, joinNetwork, leaveNetwork, publishPorts, unpublishPorts, withImplicitAliases } from './sandbox.js';
import type { DaemonState } from './state.js';
import { adoptSwarmNetwork, clusterNetwork } from './swarm-cluster.js';

/**
 * A container's networks over its life, as the daemon (daemon/container_operations.go and
 * libnetwork) handles them: joined at start, connected and disconnected while it runs or
 * while it is stopped. Error texts are Engine 20.10's, observed with `docker network
 * connect`/`disconnect` against each case.
 */

/**
 * The network an attachment names: by the ID it was joined with (a network removed and made
 * again under the same name is another network: `network <old id> not found`, the error
 * learners meet after recreating one), else by name.
 */
function attachedNetwork(s: DaemonState, name: string, a: Attachment): Network {
  if (a.joined && a.networkId) {
    const byId = s.networks.get(a.networkId) ?? fromCluster(s, a.networkId);
    if (!byId) throw notFound(`network ${a.networkId} not found`);
    return byId;
  }
  const n = (a.networkId ? s.networks.get(a.networkId) : undefined) ?? findNetwork(s, name) ?? fromCluster(s, name);
  if (!n) throw notFound(`network ${name} not found`);
  return n;
}

/**
 * A worker has a swarm network only while a container of its is on it: it asks the manager
 * for the attachment, which only an attachable network allows, and makes its own copy.
 */
function fromCluster(s: DaemonState, ref: string): Network | undefined {
  const remote = clusterNetwork(s, ref);
  if (!remote) return undefined;
  if (!remote.attachable) throw notAttachable(ref);
  return adoptSwarmNetwork(s, remote);
}

function notAttachable(ref: string): Error {
  return forbidden(`Could not attach to network ${ref}: rpc error: code = PermissionDenied desc = network ${ref} not manually attachable`);
}

/** Publishes the container's ports on this endpoint if none carries them yet (the first non-internal bridge). */
function maybePublish(s: DaemonState, c: Container, net: Network, ep: Endpoint): void {
  const sb = c.sandboxKey ? s.sandboxes.get(c.sandboxKey) : undefined;
  if (!sb || sb.portsEndpoint !== undefined || net.driver !== 'bridge' || net.internal) return;
  publishPorts(s, c, net, ep, c.name);
  sb.portsEndpoint = ep.id;
}

/** At start: a new sandbox, then one endpoint per network the container is on, in order. */
export function joinContainerNetworks(s: DaemonState, c: Container): void {
  createSandbox(s, c);
  for (const [name, wish] of c.networks) {
    const net = attachedNetwork(s, name, wish);
    if (net.driver === 'overlay' && !net.attachable) throw notAttachable(name);
    // A swarm network a worker got from its manager only now: the attachment names it by ID from here on.
    const a = wish.networkId === '' && net.scope === 'swarm' ? { ...wish, networkId: net.id } : wish;
    if (a !== wish) c.networks.set(name, a);
    const ep = joinNetwork(s, c, net, a); // on none: an endpoint without an interface or address
    maybePublish(s, c, net, ep);
  }
}

/** At stop: published ports, every endpoint. (The sandbox itself is the caller's to delete.) */
export function leaveContainerNetworks(s: DaemonState, c: Container): void {
  const sb = c.sandboxKey ? s.sandboxes.get(c.sandboxKey) : undefined;
  const portsEp = sb?.portsEndpoint ? s.endpoints.get(sb.portsEndpoint) : undefined;
  if (c.ports.size > 0) unpublishPorts(s, c, portsEp ? s.networks.get(portsEp.networkId) : undefined, portsEp);
  for (const a of c.networks.values()) leaveNetwork(s, c, a);
}

export interface ConnectOptions {
  readonly aliases?: readonly string[];
  readonly ip?: string;
  readonly links?: readonly string[];
}

/** The built-in networks by name (bridge, host, none): `IsUserDefined()` is false for them. */
const isUserDefined = (n: Network): boolean => !isPredefined(n.name);

/**
 * daemon.updateNetworkConfig: the checks of an EndpointSettings against a network, then
 * (updateNetworkSettings) against the networks the container is already on. Returns false for
 * a network the container already has (the daemon keeps the old settings, silently).
 */
function updateNetworkConfig(s: DaemonState, c: Container, net: Network, a: Attachment): boolean {
  if (!isUserDefined(net)) {
    if (a.ipv4Address) throw forbidden('user specified IP address is supported on user defined networks only');
    if (a.aliases.length > 0) throw forbidden('network-scoped alias is supported only for containers in user defined networks');
  } else {
    a.aliases = withImplicitAliases(c, net, a.aliases);
    checkRequestedIp(s, net, a.ipv4Address);
  }
  if (net.driver === 'host' && c.hostConfig.networkMode !== 'host') {
    throw forbidden('container cannot be disconnected from host network or connected to host network');
  }
  for (const [name, other] of c.networks) {
    const sn = (other.networkId ? s.networks.get(other.networkId) : undefined) ?? findNetwork(s, name);
    if (!sn) continue;
    if (sn.name === net.name) {
      if (net.scope === 'swarm') continue;
      return false;
    }
    if (sn.driver === 'host' || c.hostConfig.networkMode.startsWith('container:')) {
      throw forbidden('container sharing network namespace with another container or host cannot be connected to any other network');
    }
    if (sn.driver === 'null' || net.driver === 'null') {
      throw forbidden('container cannot be connected to multiple networks with one of the networks in private (none) mode');
    }
  }
  return true;
}

/**
 * POST /networks/{id}/connect, as daemon.ConnectToNetwork does it. A stopped container only
 * records the wish (even for a network that does not exist: its start fails then); a running
 * one is joined at once, its hosts file and resolv.conf updated.
 */
export function connectContainer(s: DaemonState, netRef: string, ref: string, o: ConnectOptions = {}): void {
  const c = getContainer(s, ref);
  const a: Attachment = {
    networkId: '', aliases: o.aliases ?? [], links: o.links ?? [], connected: true,
    ...(o.ip ? { ipv4Address: o.ip } : {}),
  };
  if (c.state.status !== 'running') {
    const net = findNetwork(s, netRef);
    if (!net) {
      c.networks.set(netRef, a);
      return;
    }
    if (updateNetworkConfig(s, c, net, a)) c.networks.set(net.name, { ...a, networkId: net.id });
    return;
  }
  if (c.hostConfig.networkMode.startsWith('container:')) {
    throw forbidden('container sharing network namespace with another container or host cannot be connected to any other network');
  }
  const net = findNetwork(s, netRef) ?? fromCluster(s, netRef) ?? getNetwork(s, netRef);
  if (net.driver === 'overlay' && !net.attachable) throw notAttachable(netRef);
  updateNetworkConfig(s, c, net, a);
  if (c.networks.get(net.name)?.endpointId) throw forbidden(`endpoint with name ${c.name} already exists in network ${net.name}`);
  const joined: Attachment = { ...a, networkId: net.id };
  const ep = joinNetwork(s, c, net, joined);
  c.networks.set(net.name, joined);
  maybePublish(s, c, net, ep);
  hostsEndpointAdded(s, c, ep);
}

/**
 * POST /networks/{id}/disconnect, as daemon.DisconnectFromNetwork does it: a stopped container
 * just forgets the network (whether it exists or not); a running one leaves it.
 */
export function disconnectContainer(s: DaemonState, netRef: string, ref: string): void {
  const c = getContainer(s, ref);
  const net = findNetwork(s, netRef);
  const running = c.state.status === 'running';
  if (!running) {
    const name = c.networks.has(netRef) ? netRef : net && c.networks.has(net.name) ? net.name : undefined;
    if (name === undefined) throw systemError(`container ${c.id} is not connected to the network ${netRef}`);
    c.networks.delete(name);
    return;
  }
  if (!net) throw notFound(`network ${netRef} not found`);
  if (net.driver === 'host' && c.hostConfig.networkMode === 'host') throw forbidden('container cannot be disconnected from host network or connected to host network');
  const a = c.networks.get(net.name);
  if (!a?.endpointId) {
    throw systemError(`container ${c.id} is not connected to network ${net.name}`);
  }
  const sb = c.sandboxKey ? s.sandboxes.get(c.sandboxKey) : undefined;
  if (sb?.portsEndpoint !== undefined && sb.portsEndpoint === a.endpointId) {
    unpublishPorts(s, c, net, s.endpoints.get(sb.portsEndpoint));
    delete sb.portsEndpoint;
  }
  leaveNetwork(s, c, a);
  c.networks.delete(net.name);
  hostsEndpointRemoved(s, c);
}

import { forbidden, notFound, systemError } from '../errors.js';
import { getContainer } from './containers.js';
import { hostsEndpointAdded, hostsEndpointRemoved } from './hosts-files.js';
import type { Attachment, Container, Endpoint, Network } from './model.js';
import { findNetwork, getNetwork } from './networks.js';
import { checkRequestedIp, createSandbox, joinNetwork, leaveNetwork, publishPorts, unpublishPorts, withImplicitAliases } from './sandbox.js';
import type { DaemonState } from './state.js';

/**
 * A container's networks over its life, as the daemon (daemon/container_operations.go and
 * libnetwork) handles them: joined at start, connected and disconnected while it runs or
 * while it is stopped. Error texts are Engine 20.10's, observed with `docker network
 * connect`/`disconnect` against each case.
 */

/** The network an attachment names: by the ID it was made with, else by name. */
function attachedNetwork(s: DaemonState, name: string, a: Attachment): Network {
  const n = (a.networkId ? s.networks.get(a.networkId) : undefined) ?? findNetwork(s, name);
  if (!n) throw notFound(`network ${name} not found`);
  return n;
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
  for (const [name, a] of c.networks) {
    const net = attachedNetwork(s, name, a);
    if (net.driver === 'overlay' && !net.attachable) throw notAttachable(name);
    if (net.driver === 'null') continue;
    const ep = joinNetwork(s, c, net, a);
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

/** POST /networks/{id}/connect. */
export function connectContainer(s: DaemonState, netRef: string, ref: string, o: ConnectOptions = {}): void {
  const c = getContainer(s, ref);
  const mode = c.hostConfig.networkMode;
  if (mode === 'host' || mode.startsWith('container:')) {
    throw forbidden('container sharing network namespace with another container or host cannot be connected to any other network');
  }
  const net = getNetwork(s, netRef);
  if (net.driver === 'host') throw forbidden('container cannot be disconnected from host network or connected to host network');
  if (net.driver === 'overlay' && !net.attachable) throw notAttachable(netRef);
  // The address is checked before the none-mode rule (observed: --ip on a --network none container).
  checkRequestedIp(s, net, o.ip);
  if (net.driver === 'null' || mode === 'none' || [...c.networks.values()].some((a) => s.networks.get(a.networkId)?.driver === 'null')) {
    throw forbidden('container cannot be connected to multiple networks with one of the networks in private (none) mode');
  }
  const running = c.state.status === 'running';
  if (running && c.networks.get(net.name)?.endpointId) throw forbidden(`endpoint with name ${c.name} already exists in network ${net.name}`);
  const a: Attachment = {
    networkId: net.id, aliases: withImplicitAliases(c, net, o.aliases ?? []), links: o.links ?? [], connected: true,
    ...(o.ip ? { ipv4Address: o.ip } : {}),
  };
  if (!running) {
    // A stopped container only records the wish; connecting it twice just records it again.
    c.networks.set(net.name, a);
    return;
  }
  const ep = joinNetwork(s, c, net, a);
  c.networks.set(net.name, a);
  maybePublish(s, c, net, ep);
  hostsEndpointAdded(s, c, ep);
}

/** POST /networks/{id}/disconnect. */
export function disconnectContainer(s: DaemonState, netRef: string, ref: string): void {
  const c = getContainer(s, ref);
  const net = getNetwork(s, netRef);
  if (net.driver === 'host') throw forbidden('container cannot be disconnected from host network or connected to host network');
  const a = c.networks.get(net.name);
  const running = c.state.status === 'running';
  if (!a) {
    // Two wordings, as the daemon has two code paths (running: libnetwork's; stopped: the daemon's).
    if (running) throw systemError(`container ${c.id} is not connected to network ${net.name}`);
    throw systemError(`container ${c.id} is not connected to the network ${net.name}`);
  }
  if (running) {
    const sb = c.sandboxKey ? s.sandboxes.get(c.sandboxKey) : undefined;
    if (sb?.portsEndpoint !== undefined && sb.portsEndpoint === a.endpointId) {
      const ep = s.endpoints.get(sb.portsEndpoint);
      unpublishPorts(s, c, net, ep);
      delete sb.portsEndpoint;
    }
    leaveNetwork(s, c, a);
  }
  c.networks.delete(net.name);
  if (running) hostsEndpointRemoved(s, c);
}

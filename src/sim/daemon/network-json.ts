import { rfc3339Nano } from '../clock.js';
import { type ApiValue, goMap } from './api-value.js';
import type { Network } from './model.js';
import { overlayNamespace } from './overlay.js';
import { swarmNodesWith } from './swarm-cluster.js';
import type { DaemonState } from './state.js';

/** One entry of a network's Containers: a container's endpoint, or one libnetwork made for itself. */
export interface NetworkEndpointEntry {
  readonly key: string;
  readonly name: string;
  readonly endpointId: string;
  readonly mac: string;
  readonly ipv4: string;
}

/**
 * The endpoints a network shows under Containers: each container's, the daemon's own
 * (`lb-<net>`, `ingress-sbox`, `gateway_<sandbox>`), and, on `host`, every running
 * host-mode container (they share the host's sandbox and endpoint).
 */
export function networkEndpoints(s: DaemonState, n: Network): NetworkEndpointEntry[] {
  const out: NetworkEndpointEntry[] = [];
  for (const epId of n.endpoints) {
    const ep = s.endpoints.get(epId);
    if (!ep) continue;
    const ipv4 = ep.ip ? `${ep.ip}/${ep.prefix}` : '';
    if (ep.display) {
      out.push({ key: ep.display.key, name: ep.display.name, endpointId: ep.id, mac: ep.mac, ipv4 });
      continue;
    }
    const c = s.containers.get(ep.containerId);
    if (c) out.push({ key: c.id, name: c.name, endpointId: ep.id, mac: ep.mac, ipv4 });
  }
  if (n.driver === 'host') {
    for (const c of s.containers.values()) {
      if (c.hostConfig.networkMode !== 'host' || c.state.status !== 'running') continue;
      out.push({ key: c.id, name: c.name, endpointId: hostEndpointId(s, c.id), mac: '', ipv4: '' });
    }
  }
  return out;
}

/** A host-mode container's endpoint ID: stable for as long as it runs. */
const hostEndpoints = new WeakMap<DaemonState, Map<string, string>>();
function hostEndpointId(s: DaemonState, containerId: string): string {
  let m = hostEndpoints.get(s);
  if (!m) hostEndpoints.set(s, (m = new Map()));
  let id = m.get(containerId);
  if (!id) m.set(containerId, (id = s.rnd.hex(64)));
  return id;
}

/**
 * A swarm overlay this node has not instantiated (no container of its here yet) answers
 * with null Containers and Labels and no Peers; once instantiated, its peers (this node).
 */
export function overlayInstantiated(s: DaemonState, n: Network): boolean {
  return n.driver === 'overlay' && s.kernel.net.namespaces.has(overlayNamespace(n));
}

/** GET /networks/{id}: Engine 20.10's NetworkResource, with its attached containers. */
export function networkJson(s: DaemonState, n: Network, withContainers = true): ApiValue {
  const containers = goMap();
  if (withContainers) {
    for (const e of networkEndpoints(s, n)) {
      containers.set(e.key, { Name: e.name, EndpointID: e.endpointId, MacAddress: e.mac, IPv4Address: e.ipv4, IPv6Address: '' });
    }
  }
  const dormantOverlay = n.driver === 'overlay' && !overlayInstantiated(s, n);
  const out: Record<string, ApiValue> = {
    Name: n.name,
    Id: n.id,
    Created: rfc3339Nano(n.created),
    Scope: n.scope,
    Driver: n.driver,
    EnableIPv6: false,
    IPAM: {
      Driver: 'default',
      Options: n.ipamOptionsNull || !n.hasIpam ? null : goMap(),
      Config: n.ipamConfig.map((c) => ({ Subnet: c.subnet, ...(c.ipRange ? { IPRange: c.ipRange } : {}), ...(c.gateway ? { Gateway: c.gateway } : {}) })),
    },
    Internal: n.internal,
    Attachable: n.attachable,
    Ingress: n.ingress,
    ConfigFrom: { Network: '' },
    ConfigOnly: false,
    Containers: dormantOverlay && withContainers ? null : containers,
    Options: goMap(n.options),
    Labels: dormantOverlay && n.labels.size === 0 ? null : goMap(n.labels),
  };
  if (n.driver === 'overlay' && !dormantOverlay && s.swarm) out.Peers = overlayPeers(s, n);
  return out;
}

/** The nodes that have the overlay instantiated, as the network's gossip lists them. */
function overlayPeers(s: DaemonState, n: Network): ApiValue[] {
  return swarmNodesWith(s, n.id).map((node) => ({ Name: node.peerName, IP: node.advertiseAddr }));
}

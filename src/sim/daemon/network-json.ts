import { rfc3339Nano } from '../clock.js';
import { type ApiValue, goMap } from './api-value.js';
import type { Network } from './model.js';
import type { DaemonState } from './state.js';

/** GET /networks/{id}: Engine 20.10's NetworkResource, with its attached containers. */
export function networkJson(s: DaemonState, n: Network, withContainers = true): ApiValue {
  const containers = goMap();
  for (const epId of n.endpoints) {
    const ep = s.endpoints.get(epId);
    const c = ep ? s.containers.get(ep.containerId) : undefined;
    if (!ep || !c) continue;
    containers.set(c.id, {
      Name: c.name,
      EndpointID: ep.id,
      MacAddress: ep.mac,
      IPv4Address: ep.ip ? `${ep.ip}/${ep.prefix}` : '',
      IPv6Address: '',
    });
  }
  // host-mode containers appear on the host network although they have no endpoint of their own
  if (n.driver === 'host') {
    for (const c of s.containers.values()) {
      if (c.hostConfig.networkMode === 'host' && c.state.status === 'running') {
        containers.set(c.id, { Name: c.name, EndpointID: s.rnd.hex(64), MacAddress: '', IPv4Address: '', IPv6Address: '' });
      }
    }
  }
  return {
    Name: n.name,
    Id: n.id,
    Created: rfc3339Nano(n.created),
    Scope: n.scope,
    Driver: n.driver,
    EnableIPv6: false,
    IPAM: {
      Driver: 'default',
      Options: n.isDefaultBridge || !n.hasIpam ? null : goMap(),
      Config: n.ipamConfig.map((c) => ({ Subnet: c.subnet, ...(c.ipRange ? { IPRange: c.ipRange } : {}), ...(c.gateway ? { Gateway: c.gateway } : {}) })),
    },
    Internal: n.internal,
    Attachable: n.attachable,
    Ingress: n.ingress,
    ConfigFrom: { Network: '' },
    ConfigOnly: false,
    ...(withContainers ? { Containers: containers } : { Containers: goMap() }),
    Options: goMap(n.options),
    Labels: goMap(n.labels),
  };
}

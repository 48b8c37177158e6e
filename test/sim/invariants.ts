import { ipToInt } from '../../src/sim/net/ip.js';
import type { SimHost } from '../../src/sim/host.js';

/**
 * What must hold of a simulated host after any command, whatever the command did (or
 * failed to do). Each broken invariant is returned as a sentence, so a failing property
 * test says what broke.
 */
export function brokenInvariants(host: SimHost): string[] {
  const s = host.daemon;
  const broken: string[] = [];
  // No address is used twice on a network, and IPAM knows every address in use.
  for (const net of s.networks.values()) {
    const seen = new Map<string, string>();
    for (const epId of net.endpoints) {
      const ep = s.endpoints.get(epId);
      if (!ep) {
        broken.push(`network ${net.name} lists endpoint ${epId.slice(0, 12)} that does not exist`);
        continue;
      }
      if (!ep.ip) continue;
      const other = seen.get(ep.ip);
      if (other) broken.push(`${ep.ip} is used twice on ${net.name} (${other} and ${ep.containerId.slice(0, 12)})`);
      seen.set(ep.ip, ep.containerId.slice(0, 12));
      const pool = s.ipam.pools.get(net.id);
      if (pool && !pool.used.has(ipToInt(ep.ip))) broken.push(`${ep.ip} on ${net.name} is not marked used in IPAM`);
    }
  }
  // Every veth has its peer, and the peer points back.
  for (const ns of host.kernel.net.namespaces.values()) {
    for (const dev of ns.devices.values()) {
      if (dev.kind !== 'veth') continue;
      const peer = dev.link ? host.kernel.net.namespaces.get(dev.link.netns)?.devices.get(dev.link.index) : undefined;
      if (!peer) broken.push(`veth ${dev.name} (#${dev.index} in ${ns.key.slice(0, 12)}) has no peer`);
      else if (peer.link?.index !== dev.index || peer.link.netns !== ns.key) broken.push(`veth ${dev.name}'s peer ${peer.name} points elsewhere`);
    }
  }
  for (const c of s.containers.values()) {
    // A paused container keeps its network: its processes are frozen, not gone.
    const running = c.state.status === 'running' || c.state.status === 'paused';
    for (const [name, a] of c.networks) {
      const ep = a.endpointId ? s.endpoints.get(a.endpointId) : undefined;
      // Only a running container has endpoints; each is on the network it names.
      if (!running && ep) broken.push(`stopped container ${c.name} still has an endpoint on ${name}`);
      if (ep && ep.networkId !== a.networkId) broken.push(`${c.name}'s endpoint on ${name} belongs to another network`);
      if (!running || !ep) continue;
      const net = s.networks.get(ep.networkId);
      // A bridge endpoint's host-side veth is plugged into that network's bridge.
      if (net?.driver === 'bridge' && net.bridgeName) {
        const veth = ep.vethHost ? host.kernel.net.findByName('host', ep.vethHost) : undefined;
        const bridge = host.kernel.net.findByName('host', net.bridgeName);
        if (!veth || !bridge || veth.master !== bridge.index) broken.push(`${c.name}'s veth on ${name} is not on ${net.bridgeName}`);
      }
    }
    // /etc/hosts agrees with the engine: a running container's own addresses are in it.
    if (running && c.hostConfig.networkMode !== 'host' && !c.hostConfig.networkMode.startsWith('container:')) {
      const hosts = host.kernel.fs.read(`/var/lib/docker/containers/${c.id}/hosts`);
      const text = hosts.ok ? hosts.content : '';
      for (const a of c.networks.values()) {
        const ep = a.endpointId ? s.endpoints.get(a.endpointId) : undefined;
        if (ep?.ip && !text.split('\n').some((l) => l.startsWith(`${ep.ip}\t`))) broken.push(`${c.name}'s /etc/hosts lacks its address ${ep.ip}`);
      }
    }
    if (!running && c.sandboxKey && c.sandboxKey !== 'host' && s.sandboxes.get(c.sandboxKey)?.containerId === c.id) {
      broken.push(`stopped container ${c.name} still owns a sandbox`);
    }
  }
  // A docker-proxy runs only for a running container's published port.
  const published = new Set<string>();
  for (const c of s.containers.values()) {
    if (c.state.status !== 'running' && c.state.status !== 'paused') continue;
    for (const list of c.ports.values()) for (const b of list) published.add(b.hostPort);
  }
  for (const p of host.kernel.procs.list()) {
    if (!p.argv[0]?.endsWith('docker-proxy')) continue;
    const port = p.argv[p.argv.indexOf('-host-port') + 1];
    if (port && !published.has(port)) broken.push(`a docker-proxy for host port ${port} outlives its container`);
  }
  return broken;
}

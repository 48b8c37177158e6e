import { conflict, invalidParameter } from '../errors.js';
import { broadcastOf, cidrString, intToIp, macFromIp, networkOf } from '../net/ip.js';
import { portRules } from './bridge-rules.js';
import type { Attachment, Container, Endpoint, Network } from './model.js';
import { joinOverlay, leaveOverlay } from './overlay.js';
import { proxyBindRefusal } from './proxy-bind.js';
import { ipamFor } from './swarm-cluster.js';
import type { DaemonState } from './state.js';

/**
 * libnetwork's Sandbox and Endpoint verbs: a running container gets a network namespace
 * (the sandbox), and one endpoint per network it is on — for a bridge, a veth pair whose
 * host end is plugged into the bridge and whose other end becomes eth0, eth1… inside.
 */
export function createSandbox(s: DaemonState, c: Container): string {
  const key = s.rnd.hex(64);
  s.kernel.net.createNamespace(key);
  // libnetwork turns IPv6 off in a sandbox whose networks have none: no ::1, no fe80:: inside.
  s.kernel.net.disableIpv6(key);
  const path = `/var/run/docker/netns/${key.slice(0, 12)}`;
  s.sandboxes.set(key, { key, containerId: c.id, path, endpoints: [] });
  c.sandboxKey = key;
  s.events.push({ kind: 'netns-created', container: c.name, path });
  return key;
}

export function deleteSandbox(s: DaemonState, c: Container): void {
  const key = c.sandboxKey;
  if (!key || key === 'host') {
    delete c.sandboxKey;
    return;
  }
  const sb = s.sandboxes.get(key);
  if (sb && sb.containerId === c.id) {
    s.kernel.net.deleteNamespace(key);
    s.sandboxes.delete(key);
    s.events.push({ kind: 'netns-removed', container: c.name, path: sb.path });
  }
  delete c.sandboxKey;
}

export function nextIfname(s: DaemonState, netns: string): string {
  let i = 0;
  while (s.kernel.net.findByName(netns, `eth${i}`)) i++;
  return `eth${i}`;
}

/**
 * The daemon's checks of a user-chosen address (--ip), before anything is allocated. Only a
 * user-defined network whose subnet the user configured accepts one (Engine 20.10's wording).
 */
export function checkRequestedIp(s: DaemonState, net: Network, ip: string | undefined): void {
  if (!ip) return;
  if (net.isDefaultBridge || !net.hasIpam) throw invalidParameter('user specified IP address is supported on user defined networks only');
  const pool = s.ipam.pools.get(net.id);
  if (net.driver !== 'overlay' && !pool?.userDefined) {
    throw invalidParameter('user specified IP address is supported only when connecting to networks with user configured subnets');
  }
}

/**
 * The aliases the daemon adds when it connects a container to a user-defined network: its
 * short ID, then its hostname, each unless already there (`["foo","b3c6cf55fe5f","h2"]` for
 * `--network-alias foo --hostname h2`).
 */
export function withImplicitAliases(c: Container, net: Network, aliases: readonly string[]): readonly string[] {
  if (net.isDefaultBridge || net.driver === 'host' || net.driver === 'null') return aliases;
  const out = [...aliases];
  for (const extra of [c.id.slice(0, 12), c.config.hostname]) if (extra && !out.includes(extra)) out.push(extra);
  return out;
}

/** createEndpoint + join: allocates the address, builds the interface, routes and DNS records. */
export function joinNetwork(s: DaemonState, c: Container, net: Network, a: Attachment): Endpoint {
  const key = c.sandboxKey;
  if (!key) throw new Error('join without a sandbox');
  checkRequestedIp(s, net, a.ipv4Address);
  if (net.driver === 'overlay') return joinOverlay(s, c, key, net, a);
  const pool = net.hasIpam ? s.ipam.pool(net.id) : undefined;
  const ip = pool ? s.ipam.requestAddress(net.id, a.ipv4Address) : '';
  const prefix = pool?.subnet.prefix ?? 0;
  const gateway = pool && (net.driver === 'bridge' || net.driver === 'macvlan') ? intToIp(pool.gateway) : '';
  a.aliases = withImplicitAliases(c, net, a.aliases);
  const ep: Endpoint = {
    id: s.rnd.hex(64), networkId: net.id, containerId: c.id, ip, prefix, gateway,
    mac: ip ? macFromIp(ip) : '', aliases: a.aliases, links: a.links, ifname: '',
    ...(a.ipv4Address ? { ipamConfigIp: a.ipv4Address } : {}),
  };
  if (ip && pool) s.events.push({ kind: 'ip-allocated', network: net.name, ip, subnet: cidrString(pool.subnet), container: c.name });
  if (net.driver === 'bridge' && pool && net.bridgeName) plugVeth(s, key, net.bridgeName, ep, pool.subnet, c.name);
  if (net.driver === 'macvlan' && pool) plugMacvlan(s, key, net, ep, pool.subnet, c.name);
  registerEndpoint(s, key, net, ep, a);
  if (!net.isDefaultBridge && ip) {
    s.events.push({ kind: 'dns-registered', network: net.name, names: [c.name, ...a.aliases], ip });
  }
  return ep;
}

/** Records a joined endpoint on its network, its sandbox and the container's attachment. */
export function registerEndpoint(s: DaemonState, key: string, net: Network, ep: Endpoint, a?: Attachment): void {
  s.endpoints.set(ep.id, ep);
  net.endpoints.add(ep.id);
  const sb = s.sandboxes.get(key);
  if (sb) {
    sb.endpoints.push(ep.id);
    // A user-defined network starts the sandbox's embedded DNS server, for good.
    if (!net.isDefaultBridge && net.driver !== 'null' && net.driver !== 'host') sb.embeddedDns = true;
    updateGateway(s, key);
  }
  if (a) {
    a.endpointId = ep.id;
    a.joined = true;
  }
}

export function addInterfaceRoutes(s: DaemonState, key: string, ifname: string, ep: Endpoint, subnet: { base: number; prefix: number }): void {
  s.kernel.net.ns(key).routes.push({ dst: `${intToIp(networkOf(subnet))}/${subnet.prefix}`, dev: ifname, proto: 'kernel', scope: 'link', src: ep.ip });
}

/**
 * libnetwork's sandbox.updateGateway: the default route goes through the first endpoint of the
 * sandbox's heap that has a gateway — endpoints on docker_gwbridge last, then those of internal
 * networks, then by network name (observed: a container on dnet-zz connected to dnet-aa gets
 * its default route through dnet-aa; disconnected from it, through the next name).
 */
export function updateGateway(s: DaemonState, key: string): void {
  const ns = s.kernel.net.namespaces.get(key);
  const sb = s.sandboxes.get(key);
  if (!ns || !sb) return;
  const rank = (e: Endpoint): [number, number, string] => {
    const net = s.networks.get(e.networkId);
    return [e.role === 'gateway' || e.role === 'ingress-sbox' ? 1 : 0, net?.internal ? 1 : 0, net?.name ?? ''];
  };
  const candidates = sb.endpoints.map((id) => s.endpoints.get(id)).filter((e): e is Endpoint => !!e && e.gateway !== '' && e.ifname !== '');
  candidates.sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    return x[0] - y[0] || x[1] - y[1] || (x[2] < y[2] ? -1 : x[2] > y[2] ? 1 : 0);
  });
  ns.routes = ns.routes.filter((r) => r.dst !== 'default');
  const best = candidates[0];
  if (best) ns.routes.unshift({ dst: 'default', via: best.gateway, dev: best.ifname });
}

export function plugVeth(s: DaemonState, key: string, bridgeName: string, ep: Endpoint, subnet: { base: number; prefix: number }, container?: string): void {
  const hostName = `veth${s.rnd.hex(7)}`;
  const [inner, outer] = s.kernel.net.addVethPair({ name: `veth${s.rnd.hex(7)}`, mac: ep.mac }, { name: hostName, mac: s.rnd.mac() });
  const ifname = nextIfname(s, key);
  s.events.push({ kind: 'veth-created', host: hostName, inner: ifname, hostIndex: outer.index, innerIndex: inner.index, ...(container ? { container } : {}) });
  const bridge = s.kernel.net.findByName('host', bridgeName);
  s.kernel.net.setUp(outer);
  if (bridge) s.kernel.net.enslave(outer, bridge);
  s.events.push({ kind: 'veth-attached', veth: hostName, bridge: bridgeName });
  s.kernel.net.moveDevice(inner, key, ifname);
  s.kernel.net.setUp(inner);
  inner.addresses.push({ ip: ep.ip, prefix: ep.prefix, broadcast: intToIp(broadcastOf(subnet)), scope: 'global' });
  ep.ifname = ifname;
  ep.vethHost = hostName;
  addInterfaceRoutes(s, key, ifname, ep, subnet);
}

function plugMacvlan(s: DaemonState, key: string, net: Network, ep: Endpoint, subnet: { base: number; prefix: number }, container: string): void {
  // The parent: -o parent, or the dummy link dockerd made for the network (dm-<12 hex>).
  const parentName = net.options.get('parent') ?? `dm-${net.id.slice(0, 12)}`;
  const parent = s.kernel.net.findByName('host', parentName);
  const ifname = nextIfname(s, key);
  const dev = s.kernel.net.addDevice(key, { name: ifname, kind: 'macvlan', mac: ep.mac, mtu: 1500, up: true, addresses: [{ ip: ep.ip, prefix: ep.prefix, broadcast: intToIp(broadcastOf(subnet)), scope: 'global' }], ...(parent ? { link: { index: parent.index, netns: 'host' } } : {}) }, 'host');
  ep.ifname = dev.name;
  s.events.push({ kind: 'macvlan-created', container, ifname, index: dev.index, parent: parentName });
  addInterfaceRoutes(s, key, ifname, ep, subnet);
}

/** leave + deleteEndpoint: the veth pair goes, the address returns to the pool. */
export function leaveNetwork(s: DaemonState, c: Container, a: Attachment): void {
  const ep = a.endpointId ? s.endpoints.get(a.endpointId) : undefined;
  if (!ep) return;
  const key = c.sandboxKey;
  const net = s.networks.get(ep.networkId);
  if (net?.driver === 'overlay') leaveOverlay(s, c, ep);
  else removeEndpoint(s, key, ep);
  delete a.endpointId;
}

/** Takes one endpoint out of its sandbox and network: device, routes, address, records. */
export function removeEndpoint(s: DaemonState, key: string | undefined, ep: Endpoint): void {
  if (key && key !== 'host') {
    const dev = s.kernel.net.findByName(key, ep.ifname);
    if (dev) s.kernel.net.removeDevice(key, dev.index);
    const ns = s.kernel.net.namespaces.get(key);
    if (ns) ns.routes = ns.routes.filter((r) => r.dev !== ep.ifname);
  }
  if (ep.vethHost) s.events.push({ kind: 'veth-removed', host: ep.vethHost });
  const net = s.networks.get(ep.networkId);
  if (net && ep.ip && ep.containerId && !net.isDefaultBridge && net.driver !== 'null' && net.driver !== 'host' && !ep.role) {
    const c = s.containers.get(ep.containerId);
    s.events.push({ kind: 'dns-unregistered', network: net.name, names: [c?.name ?? ep.containerId.slice(0, 12), ...ep.aliases], ip: ep.ip });
  }
  if (ep.ip) {
    ipamFor(s, ep.networkId).releaseAddress(ep.networkId, ep.ip);
    if (net) s.events.push({ kind: 'ip-released', network: net.name, ip: ep.ip });
  }
  s.networks.get(ep.networkId)?.endpoints.delete(ep.id);
  s.endpoints.delete(ep.id);
  if (key) {
    const sb = s.sandboxes.get(key);
    const i = sb ? sb.endpoints.indexOf(ep.id) : -1;
    if (sb && i >= 0) sb.endpoints.splice(i, 1);
    if (sb && key !== 'host') updateGateway(s, key);
  }
}

/**
 * Publishes a container's ports on the default bridge or a user-defined bridge: rules, proxies,
 * bookkeeping. Only the first non-internal bridge network a sandbox joins carries them.
 */
export function publishPorts(s: DaemonState, c: Container, net: Network, ep: Endpoint, name: string): void {
  if (net.driver !== 'bridge' || !net.bridgeName || net.internal) return;
  const bindings = [...c.hostConfig.portBindings];
  if (c.hostConfig.publishAllPorts) {
    for (const p of c.config.exposedPorts) {
      const [port, proto] = p.split('/');
      if (!bindings.some((b) => `${b.containerPort}/${b.proto}` === p)) bindings.push({ containerPort: Number(port), proto: (proto ?? 'tcp') as 'tcp' | 'udp', hostIp: '', hostPort: '' });
    }
  }
  // The daemon sorts the bindings by container port, highest first, tcp before udp on a tie
  // (observed: -p 9443:443 -p 9080:80 -p 9053:53/udp -p 9054:53 → 443, 81, 80, 53/tcp, 53/udp).
  bindings.sort((x, y) => y.containerPort - x.containerPort || (x.proto === y.proto ? 0 : x.proto === 'tcp' ? -1 : 1));
  const nf = s.kernel.netfilter;
  const taken: { proto: 'tcp' | 'udp'; ip: string; port: number }[] = [];
  try {
    for (const b of bindings) {
      const key = `${b.containerPort}/${b.proto}`;
      const families = b.hostIp ? [b.hostIp] : ['0.0.0.0', '::'];
      let v4port: number | undefined;
      for (const hostIp of families) {
        const wanted = b.hostPort ? Number(b.hostPort.split('-')[0]) : hostIp === '::' ? v4port : undefined;
        let port: number;
        try {
          port = s.ports.request(b.proto, hostIp === '::' ? '::' : hostIp, wanted);
        } catch (e) {
          if (hostIp === '::' && !b.hostPort) port = s.ports.request(b.proto, '::');
          else throw e;
        }
        taken.push({ proto: b.proto, ip: hostIp, port });
        if (hostIp !== '::') v4port = port;
        const list = c.ports.get(key) ?? [];
        list.push({ hostIp, hostPort: String(port) });
        c.ports.set(key, list);
        if (hostIp !== '::') {
          const r = portRules(net.bridgeName, b.proto, hostIp, port, ep.ip, b.containerPort);
          nf.append('nat', 'DOCKER', r.nat);
          nf.append('filter', 'DOCKER', r.filter);
          nf.append('nat', 'POSTROUTING', r.masq);
          s.events.push({ kind: 'dnat-added', hostPort: `${hostIp}:${port}`, target: `${ep.ip}:${b.containerPort}`, proto: b.proto });
        }
        const refused = proxyBindRefusal(s, b.proto, hostIp, port);
        if (refused) throw conflict(refused);
        const args = ['/usr/sbin/docker-proxy', '-proto', b.proto, '-host-ip', hostIp, '-host-port', String(port), '-container-ip', ep.ip, '-container-port', String(b.containerPort)];
        const p = s.kernel.procs.spawn({ ppid: s.dockerdPid, user: 'root', argv: args, started: s.clock.now() });
        s.events.push({ kind: 'proxy-started', pid: p.pid, args: args.join(' ') });
      }
    }
  } catch (e) {
    unpublishPorts(s, c, net, ep);
    for (const t of taken) s.ports.release(t.proto, t.ip, t.port);
    if (e instanceof Error && /port is already allocated|address already in use/.test(e.message)) {
      throw conflict(`driver failed programming external connectivity on endpoint ${name} (${ep.id}): ${e.message}`);
    }
    throw e;
  }
}

export function unpublishPorts(s: DaemonState, c: Container, net: Network | undefined, ep: Endpoint | undefined): void {
  const nf = s.kernel.netfilter;
  for (const [key, list] of c.ports) {
    const [port, proto] = key.split('/') as [string, 'tcp' | 'udp'];
    for (const b of list) {
      s.ports.release(proto, b.hostIp, Number(b.hostPort));
      if (net?.bridgeName && ep && b.hostIp !== '::') {
        const r = portRules(net.bridgeName, proto, b.hostIp, Number(b.hostPort), ep.ip, Number(port));
        nf.delete('nat', 'DOCKER', r.nat);
        nf.delete('filter', 'DOCKER', r.filter);
        nf.delete('nat', 'POSTROUTING', r.masq);
        s.events.push({ kind: 'dnat-removed', hostPort: `${b.hostIp}:${b.hostPort}`, target: `${ep.ip}:${port}`, proto });
      }
      if (ep) {
        for (const p of s.kernel.procs.list()) {
          if (p.argv[0] === '/usr/sbin/docker-proxy' && p.argv.includes(ep.ip) && p.argv[p.argv.indexOf('-host-port') + 1] === b.hostPort) {
            s.kernel.procs.kill(p.pid);
            s.events.push({ kind: 'proxy-stopped', pid: p.pid, args: p.argv.join(' ') });
          }
        }
      }
    }
  }
  c.ports.clear();
}

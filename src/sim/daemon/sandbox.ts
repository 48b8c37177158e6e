import { conflict, forbidden, invalidParameter } from '../errors.js';
import { broadcastOf, cidrString, intToIp, macFromIp, networkOf } from '../net/ip.js';
import { portRules } from './bridge-rules.js';
import type { Attachment, Container, Endpoint, Network } from './model.js';
import { getNetwork } from './networks.js';
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
  s.sandboxes.set(key, { key, containerId: c.id, path: `/var/run/docker/netns/${key.slice(0, 12)}`, endpoints: [] });
  c.sandboxKey = key;
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
  }
  delete c.sandboxKey;
}

function nextIfname(s: DaemonState, netns: string): string {
  let i = 0;
  while (s.kernel.net.findByName(netns, `eth${i}`)) i++;
  return `eth${i}`;
}

/** createEndpoint + join: allocates the address, builds the interface, routes and DNS records. */
export function joinNetwork(s: DaemonState, c: Container, net: Network, a: Attachment): Endpoint {
  const key = c.sandboxKey;
  if (!key) throw new Error('join without a sandbox');
  const pool = net.hasIpam ? s.ipam.pool(net.id) : undefined;
  if (a.ipv4Address && !net.hasIpam) throw invalidParameter('user specified IP address is supported on user defined networks only');
  if (a.ipv4Address && net.isDefaultBridge) throw invalidParameter('user specified IP address is supported on user defined networks only');
  const ip = pool ? s.ipam.requestAddress(net.id, a.ipv4Address) : '';
  const prefix = pool?.subnet.prefix ?? 0;
  const gateway = pool && net.driver === 'bridge' ? intToIp(pool.gateway) : pool && net.driver === 'macvlan' ? intToIp(pool.gateway) : '';
  const ep: Endpoint = {
    id: s.rnd.hex(64), networkId: net.id, containerId: c.id, ip, prefix, gateway,
    mac: ip ? macFromIp(ip) : '', aliases: a.aliases, links: a.links, ifname: '',
    ...(a.ipv4Address ? { ipamConfigIp: a.ipv4Address } : {}),
  };
  if (ip && pool) s.events.push({ kind: 'ip-allocated', network: net.name, ip, subnet: cidrString(pool.subnet) });
  if (net.driver === 'bridge' && pool && net.bridgeName) plugVeth(s, key, net.bridgeName, ep, pool.subnet);
  if (net.driver === 'macvlan' && pool) plugMacvlan(s, key, net, ep, pool.subnet);
  s.endpoints.set(ep.id, ep);
  net.endpoints.add(ep.id);
  s.sandboxes.get(key)?.endpoints.push(ep.id);
  a.endpointId = ep.id;
  if (!net.isDefaultBridge && ip) {
    s.events.push({ kind: 'dns-registered', network: net.name, names: [c.name, ...a.aliases], ip });
  }
  return ep;
}

function addInterfaceRoutes(s: DaemonState, key: string, ifname: string, ep: Endpoint, subnet: { base: number; prefix: number }): void {
  const ns = s.kernel.net.ns(key);
  if (!ns.routes.some((r) => r.dst === 'default') && ep.gateway) ns.routes.unshift({ dst: 'default', via: ep.gateway, dev: ifname });
  ns.routes.push({ dst: `${intToIp(networkOf(subnet))}/${subnet.prefix}`, dev: ifname, proto: 'kernel', scope: 'link', src: ep.ip });
}

function plugVeth(s: DaemonState, key: string, bridgeName: string, ep: Endpoint, subnet: { base: number; prefix: number }): void {
  const hostName = `veth${s.rnd.hex(7)}`;
  const [inner, outer] = s.kernel.net.addVethPair({ name: `veth${s.rnd.hex(7)}`, mac: ep.mac }, { name: hostName, mac: s.rnd.mac() });
  s.events.push({ kind: 'veth-created', host: hostName, inner: 'eth', hostIndex: outer.index, innerIndex: inner.index });
  const bridge = s.kernel.net.findByName('host', bridgeName);
  s.kernel.net.setUp(outer);
  if (bridge) s.kernel.net.enslave(outer, bridge);
  s.events.push({ kind: 'veth-attached', veth: hostName, bridge: bridgeName });
  const ifname = nextIfname(s, key);
  s.kernel.net.moveDevice(inner, key, ifname);
  s.kernel.net.setUp(inner);
  inner.addresses.push({ ip: ep.ip, prefix: ep.prefix, broadcast: intToIp(broadcastOf(subnet)), scope: 'global' });
  ep.ifname = ifname;
  ep.vethHost = hostName;
  addInterfaceRoutes(s, key, ifname, ep, subnet);
}

function plugMacvlan(s: DaemonState, key: string, net: Network, ep: Endpoint, subnet: { base: number; prefix: number }): void {
  const parentName = net.options.get('parent');
  const parent = parentName ? s.kernel.net.findByName('host', parentName) : undefined;
  const ifname = nextIfname(s, key);
  const dev = s.kernel.net.addDevice(key, { name: ifname, kind: 'macvlan', mac: ep.mac, mtu: 1500, up: true, addresses: [{ ip: ep.ip, prefix: ep.prefix, broadcast: intToIp(broadcastOf(subnet)), scope: 'global' }], ...(parent ? { link: { index: parent.index, netns: 'host' } } : {}) });
  ep.ifname = dev.name;
  addInterfaceRoutes(s, key, ifname, ep, subnet);
}

/** leave + deleteEndpoint: the veth pair goes, the address returns to the pool. */
export function leaveNetwork(s: DaemonState, c: Container, a: Attachment): void {
  const ep = a.endpointId ? s.endpoints.get(a.endpointId) : undefined;
  if (!ep) return;
  const key = c.sandboxKey;
  if (key && key !== 'host') {
    const dev = s.kernel.net.findByName(key, ep.ifname);
    if (dev) s.kernel.net.removeDevice(key, dev.index);
    const ns = s.kernel.net.namespaces.get(key);
    if (ns) ns.routes = ns.routes.filter((r) => r.dev !== ep.ifname);
  }
  if (ep.vethHost) s.events.push({ kind: 'veth-removed', host: ep.vethHost });
  if (ep.ip) s.ipam.releaseAddress(ep.networkId, ep.ip);
  s.networks.get(ep.networkId)?.endpoints.delete(ep.id);
  s.endpoints.delete(ep.id);
  if (key) {
    const sb = s.sandboxes.get(key);
    if (sb) sb.endpoints.splice(sb.endpoints.indexOf(ep.id), 1);
  }
  delete a.endpointId;
}

/** Publishes a container's ports on the default bridge or a user-defined bridge: rules, proxies, bookkeeping. */
export function publishPorts(s: DaemonState, c: Container, net: Network, ep: Endpoint, name: string): void {
  if (net.driver !== 'bridge' || !net.bridgeName) return;
  const bindings = [...c.hostConfig.portBindings];
  if (c.hostConfig.publishAllPorts) {
    for (const p of c.config.exposedPorts) {
      const [port, proto] = p.split('/');
      if (!bindings.some((b) => `${b.containerPort}/${b.proto}` === p)) bindings.push({ containerPort: Number(port), proto: (proto ?? 'tcp') as 'tcp' | 'udp', hostIp: '', hostPort: '' });
    }
  }
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
        const args = ['/usr/sbin/docker-proxy', '-proto', b.proto, '-host-ip', hostIp, '-host-port', String(port), '-container-ip', ep.ip, '-container-port', String(b.containerPort)];
        const p = s.kernel.procs.spawn({ ppid: s.dockerdPid, user: 'root', argv: args, started: s.clock.now() });
        s.events.push({ kind: 'proxy-started', pid: p.pid, args: args.join(' ') });
      }
    }
  } catch (e) {
    unpublishPorts(s, c, net, ep);
    for (const t of taken) s.ports.release(t.proto, t.ip, t.port);
    if (e instanceof Error && /port is already allocated/.test(e.message)) {
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
          if (p.argv[0] === '/usr/sbin/docker-proxy' && p.argv.includes(ep.ip) && p.argv[p.argv.indexOf('-host-port') + 1] === b.hostPort) s.kernel.procs.kill(p.pid);
        }
      }
    }
  }
  c.ports.clear();
}

export function requireNetwork(s: DaemonState, ref: string): Network {
  const n = getNetwork(s, ref);
  if (n.driver === 'overlay' && !n.attachable) throw forbidden(`Could not attach to network ${ref}: rpc error: code = PermissionDenied desc = network ${ref} not manually attachable`);
  return n;
}

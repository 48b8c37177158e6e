import type { EngineEvent } from '../../backend/backend.js';
import type { ContainerNode, TopologyGraph } from '../topology/graph.js';

/**
 * What a command did on a real engine, told in the simulator's terms: from the pictures of
 * the host before and after it (a new veth on docker0 is a veth pair created and attached, a
 * new address an allocation…) and from `docker events` between the two moments, which also
 * sees what came and went inside the command (`docker run --rm`). Less than the simulator
 * says — /etc/hosts and resolv.conf writes, namespaces, PIDs are not seen — and said so.
 */

/** One line of `docker events --format '{{json .}}'`, reduced to what is used. */
export interface DockerEvent {
  readonly type: string;
  readonly action: string;
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
}

export function parseDockerEvents(stdout: string): DockerEvent[] {
  const out: DockerEvent[] = [];
  for (const line of stdout.split('\n')) {
    if (!line.trim().startsWith('{')) continue;
    try {
      const j = JSON.parse(line) as { Type?: string; Action?: string; Actor?: { Attributes?: Record<string, string> } };
      const attributes = j.Actor?.Attributes ?? {};
      out.push({ type: j.Type ?? '', action: j.Action ?? '', name: attributes.name ?? '', attributes });
    } catch {
      // a line that is not JSON (a warning): skipped
    }
  }
  return out;
}

const running = (c: ContainerNode | undefined) => c?.state === 'running';
const ipOf = (address: string) => address.split('/')[0] ?? '';

// The order the daemon does things in, so that the story reads in order.
const PHASE: Readonly<Record<EngineEvent['kind'], number>> = {
  'network-created': 0, 'bridge-created': 1, 'dummy-created': 1, 'dummy-removed': 19, 'netns-created': 2, 'ip-allocated': 3, 'veth-created': 4, 'veth-attached': 5, 'macvlan-created': 5,
  'dns-registered': 6, 'dnat-added': 7, 'proxy-started': 8, 'hosts-written': 9, 'resolv-written': 9, 'container-started': 10,
  'dnat-removed': 11, 'proxy-stopped': 12, 'veth-removed': 13, 'dns-unregistered': 14, 'ip-released': 15, 'netns-removed': 16,
  'container-stopped': 17, 'container-removed': 18, 'bridge-removed': 19, 'network-removed': 20,
};

export function reconstructEvents(before: TopologyGraph, after: TopologyGraph, dockerEvents: readonly DockerEvent[] = []): EngineEvent[] {
  const out: EngineEvent[] = [];
  const netBefore = new Map(before.networks.map((n) => [n.name, n]));
  const netAfter = new Map(after.networks.map((n) => [n.name, n]));
  for (const n of after.networks) {
    if (netBefore.has(n.name)) continue;
    out.push({ kind: 'network-created', network: n.name, driver: n.driver, ...(n.subnet ? { subnet: n.subnet } : {}) });
    const br = n.bridge ? after.host.interfaces.find((i) => i.name === n.bridge) : undefined;
    if (br) out.push({ kind: 'bridge-created', bridge: br.name, gateway: br.addresses[0] ?? n.gateway ?? '' });
  }
  for (const n of before.networks) {
    if (netAfter.has(n.name)) continue;
    out.push({ kind: 'network-removed', network: n.name, driver: n.driver });
    if (n.bridge) out.push({ kind: 'bridge-removed', bridge: n.bridge });
  }
  const cBefore = new Map(before.containers.map((c) => [c.name, c]));
  const cAfter = new Map(after.containers.map((c) => [c.name, c]));
  // Addresses: an interface with an address now and not before (or another one) was allocated.
  for (const c of after.containers) {
    const old = cBefore.get(c.name);
    for (const i of c.interfaces) {
      if (!i.address) continue;
      const was = old?.interfaces.find((x) => x.network === i.network)?.address;
      if (was === i.address) continue;
      const net = netAfter.get(i.network);
      out.push({ kind: 'ip-allocated', network: i.network, ip: ipOf(i.address), subnet: net?.subnet ?? '', container: c.name });
      if (net && net.name !== 'bridge' && (net.driver === 'bridge' || net.driver === 'macvlan' || net.driver === 'overlay') && net.name !== 'docker_gwbridge') {
        out.push({ kind: 'dns-registered', network: net.name, names: [c.name], ip: ipOf(i.address) });
      }
    }
  }
  for (const c of before.containers) {
    const now = cAfter.get(c.name);
    for (const i of c.interfaces) {
      if (!i.address) continue;
      const is = now?.interfaces.find((x) => x.network === i.network)?.address;
      if (is !== i.address) out.push({ kind: 'ip-released', network: i.network, ip: ipOf(i.address) });
    }
  }
  const vBefore = new Set(before.vethPairs.map((v) => v.hostName));
  const vAfter = new Set(after.vethPairs.map((v) => v.hostName));
  for (const v of after.vethPairs) {
    if (vBefore.has(v.hostName)) continue;
    out.push({ kind: 'veth-created', host: v.hostName, inner: v.containerIf ?? `if${v.containerIndex}`, hostIndex: v.hostIndex, innerIndex: v.containerIndex, ...(v.container ? { container: v.container } : {}) });
    if (v.bridge) out.push({ kind: 'veth-attached', veth: v.hostName, bridge: v.bridge });
  }
  for (const v of before.vethPairs) if (!vAfter.has(v.hostName)) out.push({ kind: 'veth-removed', host: v.hostName });
  const key = (p: TopologyGraph['ports'][number]) => `${p.proto}/${p.hostIp}:${p.hostPort}`;
  const pBefore = new Map(before.ports.map((p) => [key(p), p]));
  const pAfter = new Map(after.ports.map((p) => [key(p), p]));
  const args = (p: TopologyGraph['ports'][number]) => `/usr/sbin/docker-proxy -proto ${p.proto} -host-ip ${p.hostIp} -host-port ${p.hostPort} -container-ip ${p.containerIp} -container-port ${p.containerPort}`;
  for (const [k, p] of pAfter) {
    if (pBefore.has(k)) continue;
    if (p.dnat) out.push({ kind: 'dnat-added', hostPort: `${p.hostIp}:${p.hostPort}`, target: `${p.containerIp}:${p.containerPort}`, proto: p.proto });
    if (p.proxyPid !== undefined) out.push({ kind: 'proxy-started', pid: p.proxyPid, args: args(p) });
  }
  for (const [k, p] of pBefore) {
    if (pAfter.has(k)) continue;
    if (p.dnat) out.push({ kind: 'dnat-removed', hostPort: `${p.hostIp}:${p.hostPort}`, target: `${p.containerIp}:${p.containerPort}`, proto: p.proto });
    if (p.proxyPid !== undefined) out.push({ kind: 'proxy-stopped', pid: p.proxyPid, args: args(p) });
  }
  // Containers: started, stopped, removed, from the pictures, then from docker events what the
  // pictures could not see (a container that came and went during the command).
  const told = new Set<string>();
  for (const c of after.containers) {
    const old = cBefore.get(c.name);
    if (running(c) && !running(old)) {
      out.push({ kind: 'container-started', container: c.name, pid: 0, shimPid: 0 });
      told.add(`start:${c.name}`);
    }
    if (!running(c) && running(old)) {
      out.push({ kind: 'container-stopped', container: c.name, exitCode: c.exitCode });
      told.add(`die:${c.name}`);
    }
  }
  for (const c of before.containers) {
    if (cAfter.has(c.name)) continue;
    if (running(c)) {
      const die = dockerEvents.find((e) => e.type === 'container' && e.action === 'die' && e.name === c.name);
      out.push({ kind: 'container-stopped', container: c.name, exitCode: Number(die?.attributes.exitCode ?? '-1') });
      told.add(`die:${c.name}`);
    }
    out.push({ kind: 'container-removed', container: c.name });
    told.add(`destroy:${c.name}`);
  }
  for (const e of dockerEvents) {
    if (e.type !== 'container' || told.has(`${e.action}:${e.name}`)) continue;
    told.add(`${e.action}:${e.name}`);
    if (e.action === 'start') out.push({ kind: 'container-started', container: e.name, pid: 0, shimPid: 0 });
    else if (e.action === 'die') out.push({ kind: 'container-stopped', container: e.name, exitCode: Number(e.attributes.exitCode ?? '-1') });
    else if (e.action === 'destroy') out.push({ kind: 'container-removed', container: e.name });
  }
  // Stable: within a phase, the order above (pictures first, then docker events).
  return out.map((e, i) => ({ e, i })).sort((a, b) => PHASE[a.e.kind] - PHASE[b.e.kind] || a.i - b.i).map((x) => x.e);
}

import type { DaemonState } from '../daemon/state.js';
import type { SimHost } from '../host.js';
import { PacketWalk } from './packet-walk.js';
import { routeLookup } from './routing.js';

/** The swarm's ports a manager's dockerd listens on (0.0.0.0:2377 for the cluster, 7946 for gossip). */
const MANAGER_PORTS = new Set([2377, 7946]);

/**
 * A dockerd reaching another machine's dockerd over the lab's LAN (a worker dialling its
 * manager's 2377): the connection's first packet walks the routes and iptables rules of
 * both machines; it is answered only if it arrives on a machine whose dockerd runs and
 * listens there (it does once it manages a swarm).
 */
export function reachDaemon(from: SimHost, addr: string, port: number): DaemonState | undefined {
  const walk = new PacketWalk(from);
  const there = walk.send('host', { src: '', dst: addr, proto: 'tcp', sport: 43211, dport: port, state: 'NEW' });
  if (there.kind !== 'arrived' || there.ns !== 'host') return undefined;
  const host = there.host;
  const p = there.packet;
  const back = new PacketWalk(host, walk.trace).send('host', { src: p.dst, dst: p.src, proto: 'tcp', sport: port, dport: 43211, state: 'ESTABLISHED' });
  if (back.kind !== 'arrived' || back.host !== from || back.ns !== 'host') return undefined;
  if (!host.dockerdUp || !MANAGER_PORTS.has(port) || host.daemon.swarm?.role !== 'manager') return undefined;
  return host.daemon;
}

export function sourceAddressFor(from: SimHost, addr: string): string | undefined {
  const r = routeLookup(from.kernel.net, 'host', addr);
  return r.kind === 'route' ? r.src : r.kind === 'local' ? addr : undefined;
}

import type { NetDevice, NetworkStack } from '../../../sim/kernel/net-devices.js';
import { operstate, txQueueLength } from '../../../sim/kernel/sysfs-net-attrs.js';

/**
 * What iproute2 and busybox read over netlink about one device, as both print it: flags,
 * operational state, queueing discipline, the peer a veth is linked to, the bridge it is
 * enslaved to. Shared by `ip`, `bridge`, `ifconfig`.
 */

/** The interface flags in iproute2's order, with NO-CARRIER first when up without carrier. */
export function linkFlags(net: NetworkStack, dev: NetDevice): string[] {
  const flags: string[] = [];
  const carrier = net.hasCarrier(dev);
  if (dev.up && !carrier) flags.push('NO-CARRIER');
  flags.push(...(dev.kind === 'loopback' ? ['LOOPBACK'] : dev.kind === 'dummy' ? ['BROADCAST', 'NOARP'] : ['BROADCAST', 'MULTICAST']));
  if (dev.up) flags.push('UP');
  if (carrier) flags.push('LOWER_UP');
  return flags;
}

/** `ip link`'s `state`: UP, DOWN, UNKNOWN (lo), LOWERLAYERDOWN (a veth whose peer is down). */
export const linkState = (net: NetworkStack, dev: NetDevice): string => operstate(net, dev).toUpperCase();

/** The queueing discipline: none (noop) while down; then virtual devices have none (noqueue), Ubuntu gives a NIC fq_codel. */
export function qdisc(dev: NetDevice): string {
  if (!dev.up) return 'noop';
  return dev.kind === 'ether' ? 'fq_codel' : 'noqueue';
}

/** The transmit queue length `ip link` shows as `qlen` (0, and not shown, for what dockerd creates). */
export const txQueueLen = (dev: NetDevice): number => txQueueLength(dev);

export interface PeerRef {
  /** What follows the `@`: the peer's name in the same namespace, else `if<index>`. */
  readonly label: string;
  /** The netns id of the peer's namespace, when it lives in another one. */
  readonly netnsid?: number;
  /** Is the peer index a device that is up, in this namespace? (busybox's M-DOWN is its negation) */
  readonly upHere: boolean;
}

/** A veth's peer or a macvlan's parent, as seen from the device's namespace. */
export function peerRef(net: NetworkStack, dev: NetDevice): PeerRef | undefined {
  if (!dev.link) return undefined;
  const here = net.namespaces.get(dev.netns)?.devices.get(dev.link.index);
  if (dev.link.netns === dev.netns) return { label: here?.name ?? `if${dev.link.index}`, upHere: here?.up ?? false };
  const netnsid = net.nsid(dev.netns, dev.link.netns);
  return { label: `if${dev.link.index}`, ...(netnsid !== undefined ? { netnsid } : {}), upHere: here?.up ?? false };
}

/** `veth1234567@if6`, `eth0@if7`, or just the name. */
export function nameWithPeer(net: NetworkStack, dev: NetDevice): string {
  const peer = peerRef(net, dev);
  return peer ? `${dev.name}@${peer.label}` : dev.name;
}

/** The `link/ether MAC brd ff:ff:ff:ff:ff:ff` part of the second line. */
export function linkLayer(dev: NetDevice): string {
  return dev.kind === 'loopback' ? 'link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00' : `link/ether ${dev.mac} brd ff:ff:ff:ff:ff:ff`;
}

/** The bridge a device is a port of. */
export const masterName = (net: NetworkStack, dev: NetDevice): string | undefined => net.masterOf(dev)?.name;

/** The `kind` of a device as rtnetlink's IFLA_INFO_KIND names it (`ip link show type KIND`); none for lo and a NIC. */
export function linkKind(dev: NetDevice): string | undefined {
  return dev.kind === 'loopback' || dev.kind === 'ether' ? undefined : dev.kind;
}

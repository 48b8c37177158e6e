import type { NetDevice, NetworkStack } from './net-devices.js';

/**
 * The attribute files of a network device in sysfs and what they read, as a 6.1 kernel prints
 * them (recorded from `cat /sys/class/net/*\/*` on a Docker host). Live values (counters,
 * timers) are fixed: nothing really flows through the simulator.
 */
export type Attr = readonly [string, () => string];

/** The bridge's garbage-collection timer, in centiseconds (live; fixed here). ip -d shows it too. */
export const BRIDGE_GC_TIMER_CS = 25462;

export const STATISTICS = [
  'collisions', 'multicast', 'rx_bytes', 'rx_compressed', 'rx_crc_errors', 'rx_dropped', 'rx_errors', 'rx_fifo_errors',
  'rx_frame_errors', 'rx_length_errors', 'rx_missed_errors', 'rx_nohandler', 'rx_over_errors', 'rx_packets',
  'tx_aborted_errors', 'tx_bytes', 'tx_carrier_errors', 'tx_compressed', 'tx_dropped', 'tx_errors', 'tx_fifo_errors',
  'tx_heartbeat_errors', 'tx_packets', 'tx_window_errors',
] as const;

const IFF_UP = 0x1;
const IFF_BROADCAST = 0x2;
const IFF_LOOPBACK = 0x8;
const IFF_NOARP = 0x80;
const IFF_PROMISC = 0x100;
const IFF_ALLMULTI = 0x200;
const IFF_MULTICAST = 0x1000;

/** The kernel's dev->flags (sysfs `flags`): a bridge port is promiscuous and all-multicast. */
export function deviceFlags(dev: NetDevice): number {
  const up = dev.up ? IFF_UP : 0;
  if (dev.kind === 'loopback') return IFF_LOOPBACK | up;
  // dummy_setup: IFF_NOARP, and no IFF_MULTICAST.
  if (dev.kind === 'dummy') return IFF_BROADCAST | IFF_NOARP | up;
  return IFF_BROADCAST | IFF_MULTICAST | up | (dev.master !== undefined ? IFF_PROMISC | IFF_ALLMULTI : 0);
}

/** RFC 2863 operational state, as sysfs and `ip link` (upper-cased) show it. */
export function operstate(net: NetworkStack, dev: NetDevice): 'up' | 'down' | 'unknown' | 'lowerlayerdown' {
  if (dev.kind === 'loopback') return 'unknown';
  if (!dev.up) return 'down';
  // A dummy or a VXLAN device never reports an operational state (no carrier events): RFC 2863's unknown.
  if (dev.kind === 'dummy' || dev.kind === 'vxlan') return 'unknown';
  // rfc2863_policy: no carrier on a device linked to another (a veth, a macvlan) is the lower layer's fault.
  if (!net.hasCarrier(dev) && (dev.kind === 'veth' || dev.kind === 'macvlan') && dev.link) return 'lowerlayerdown';
  return net.hasCarrier(dev) ? 'up' : 'down';
}

/** The interface a device is linked to: a veth's peer, a macvlan's parent, else itself. */
export const iflink = (dev: NetDevice): number => dev.link?.index ?? dev.index;

/** `8000.0242ac110001`: priority, then the bridge's MAC without colons. */
export const bridgeId = (bridge: NetDevice): string => `8000.${bridge.mac.split(':').join('')}`;

/**
 * How the address was assigned (NET_ADDR_*): 0 permanent (lo, a NIC), 1 random (a veth the
 * kernel made), 3 set (dockerd sets the bridge's and each container's eth0's).
 */
function addrAssignType(dev: NetDevice): number {
  if (dev.kind === 'loopback' || dev.kind === 'ether') return 0;
  if (dev.kind === 'veth') return dev.mac.startsWith('02:42:') ? 3 : 1;
  return 3;
}

/** How the name came (NET_NAME_*): 2 enumerated (lo), 3 user (given at creation), 4 renamed (eth0 in a container). */
function nameAssignType(dev: NetDevice): number {
  if (dev.kind === 'loopback') return 2;
  if (dev.kind === 'ether') return 4;
  // A container's eth0 was renamed from dockerd's vethXXXX; a pair made with `ip link add` is named by its user.
  if (dev.kind === 'veth' && dev.netns !== 'host' && !dev.name.startsWith('veth')) return 4;
  return 3;
}

/** The transmit queue length: 1000 for lo and a NIC, 0 for what dockerd creates, unless the device was made with another. */
export function txQueueLength(dev: NetDevice): number {
  return dev.txqlen ?? (dev.kind === 'loopback' || dev.kind === 'ether' ? 1000 : 0);
}

export function deviceAttrs(net: NetworkStack, dev: NetDevice): Attr[] {
  const carrier = net.hasCarrier(dev);
  const lo = dev.kind === 'loopback';
  const changes = lo ? [0, 0, 0] : carrier ? [2, 1, 1] : [1, 1, 0];
  const attrs: Attr[] = [
    ['addr_assign_type', () => String(addrAssignType(dev))],
    ['addr_len', () => '6'],
    ['address', () => dev.mac],
    ['broadcast', () => (lo ? '00:00:00:00:00:00' : 'ff:ff:ff:ff:ff:ff')],
    ['carrier', () => (carrier ? '1' : '0')],
    ['carrier_changes', () => String(changes[0])],
    ['carrier_down_count', () => String(changes[1])],
    ['carrier_up_count', () => String(changes[2])],
    ['dev_id', () => '0x0'],
    ['dev_port', () => '0'],
    ['dormant', () => '0'],
    ['flags', () => `0x${deviceFlags(dev).toString(16)}`],
    ['gro_flush_timeout', () => '0'],
    ['ifalias', () => ''],
    ['ifindex', () => String(dev.index)],
    ['iflink', () => String(iflink(dev))],
    ['link_mode', () => '0'],
    ['mtu', () => String(dev.mtu)],
    ['name_assign_type', () => String(nameAssignType(dev))],
    ['napi_defer_hard_irqs', () => '0'],
    ['netdev_group', () => '0'],
    ['operstate', () => operstate(net, dev)],
    ['proto_down', () => '0'],
    ['testing', () => '0'],
    ['threaded', () => '0'],
    ['tx_queue_len', () => String(txQueueLength(dev))],
    ['type', () => (lo ? '772' : '1')],
    ['uevent', () => `${dev.kind === 'bridge' ? 'DEVTYPE=bridge\n' : ''}INTERFACE=${dev.name}\nIFINDEX=${dev.index}`],
  ];
  // Reading duplex or speed of a loopback fails with EINVAL on a real kernel; they are left out here.
  if (!lo) {
    attrs.push(['duplex', () => (dev.kind === 'veth' ? 'full' : 'unknown')]);
    attrs.push(['speed', () => (dev.kind === 'veth' || (dev.kind === 'bridge' && carrier) ? '10000' : '-1')]);
  }
  return attrs;
}

const fixed = (pairs: readonly (readonly [string, string])[]): Attr[] => pairs.map(([n, v]) => [n, () => v] as const);

/** /sys/class/net/BRIDGE/bridge/: a Docker bridge's settings (STP off, the kernel's defaults). */
export function bridgeAttrs(_net: NetworkStack, bridge: NetDevice): Attr[] {
  const id = bridgeId(bridge);
  return fixed([
    ['ageing_time', '30000'], ['bridge_id', id], ['flush', ''], ['forward_delay', '1500'], ['gc_timer', String(BRIDGE_GC_TIMER_CS)],
    ['group_addr', '01:80:c2:00:00:00'], ['group_fwd_mask', '0x0'], ['hash_elasticity', '16'], ['hash_max', '4096'],
    ['hello_time', '200'], ['hello_timer', '0'], ['max_age', '2000'], ['multicast_igmp_version', '2'],
    ['multicast_last_member_count', '2'], ['multicast_last_member_interval', '100'], ['multicast_membership_interval', '26000'],
    ['multicast_mld_version', '1'], ['multicast_querier', '0'], ['multicast_querier_interval', '25500'],
    ['multicast_query_interval', '12500'], ['multicast_query_response_interval', '1000'], ['multicast_query_use_ifaddr', '0'],
    ['multicast_router', '1'], ['multicast_snooping', '1'], ['multicast_startup_query_count', '2'],
    ['multicast_startup_query_interval', '3125'], ['multicast_stats_enabled', '0'], ['nf_call_arptables', '0'],
    ['nf_call_ip6tables', '0'], ['nf_call_iptables', '0'], ['no_linklocal_learn', '0'], ['priority', '32768'],
    ['root_id', id], ['root_path_cost', '0'], ['root_port', '0'], ['stp_state', '0'], ['tcn_timer', '0'],
    ['topology_change', '0'], ['topology_change_detected', '0'], ['topology_change_timer', '0'],
  ]);
}

/** /sys/class/net/PORT/brport/: the port's state on its bridge (forwarding: 3), its number and id. */
export function brportAttrs(_net: NetworkStack, port: NetDevice, bridge: NetDevice): Attr[] {
  const no = port.portNo ?? 1;
  const id = bridgeId(bridge);
  return fixed([
    ['backup_port', ''], ['bpdu_guard', '0'], ['broadcast_flood', '1'], ['change_ack', '0'], ['config_pending', '0'],
    ['designated_bridge', id], ['designated_cost', '0'], ['designated_port', String(0x8000 + no)], ['designated_root', id],
    ['forward_delay_timer', '0'], ['group_fwd_mask', '0x0'], ['hairpin_mode', '0'], ['hold_timer', '0'], ['isolated', '0'],
    ['learning', '1'], ['message_age_timer', '0'], ['multicast_fast_leave', '0'], ['multicast_flood', '1'],
    ['multicast_router', '1'], ['multicast_to_unicast', '0'], ['neigh_suppress', '0'], ['path_cost', '2'],
    ['port_id', `0x${(0x8000 + no).toString(16)}`], ['port_no', `0x${no.toString(16)}`], ['priority', '32'],
    ['proxyarp', '0'], ['proxyarp_wifi', '0'], ['root_block', '0'], ['state', '3'], ['unicast_flood', '1'],
  ]);
}

import type { NetDevice, NetworkStack } from '../../../../sim/kernel/net-devices.js';
import { BRIDGE_GC_TIMER_CS } from '../../../../sim/kernel/sysfs-net-attrs.js';

/**
 * `ip -d link`'s details (iproute2 6.1 on a 6.1 kernel, recorded on a Docker host): the
 * generic attributes after the link address, then one line for the kind (veth, bridge) and
 * one for a bridge port (bridge_slave). Timers are live values on a real bridge; fixed here.
 */

/** iproute2 prints bridge ids with unpadded hex bytes: 8000.2:42:1b:b8:f:a1. */
function bridgeIdText(mac: string): string {
  return `8000.${mac.split(':').map((b) => parseInt(b, 16).toString(16)).join(':')}`;
}

/** `%4i.%.2i` as iproute2 prints a timer in centiseconds. */
function timer(cs: number): string {
  return `${String(Math.floor(cs / 100)).padStart(4)}.${String(cs % 100).padStart(2, '0')}`;
}

/** What follows `link/ether … [link-netnsid N]` on the second line: promiscuity and MTU bounds. */
export function detailsHead(dev: NetDevice): string {
  const port = dev.master !== undefined ? 1 : 0;
  // dummy_setup leaves the MTU unbounded (min_mtu = max_mtu = 0), as lo is.
  const [min, max] = dev.kind === 'loopback' || dev.kind === 'dummy' ? [0, 0] : [68, 65535];
  return ` promiscuity ${port}  allmulti ${port} minmtu ${min} maxmtu ${max} `;
}

function bridgeData(bridge: NetDevice): string {
  const id = bridgeIdText(bridge.mac);
  return [
    'bridge forward_delay 1500 hello_time 200 max_age 2000 ageing_time 30000 stp_state 0 priority 32768 vlan_filtering 0',
    `bridge_id ${id} designated_root ${id} root_port 0 root_path_cost 0 topology_change 0 topology_change_detected 0`,
    `hello_timer ${timer(0)} tcn_timer ${timer(0)} topology_change_timer ${timer(0)} gc_timer ${timer(BRIDGE_GC_TIMER_CS)}`,
    'group_fwd_mask 0 group_address 01:80:c2:00:00:00 mcast_snooping 1 no_linklocal_learn 0 mcast_vlan_snooping 0 mcast_router 1',
    'mcast_query_use_ifaddr 0 mcast_querier 0 mcast_hash_elasticity 16 mcast_hash_max 4096 mcast_last_member_count 2',
    'mcast_startup_query_count 2 mcast_last_member_interval 100 mcast_membership_interval 26000 mcast_querier_interval 25500',
    'mcast_query_interval 12500 mcast_query_response_interval 1000 mcast_startup_query_interval 3124 mcast_stats_enabled 0',
    'mcast_igmp_version 2 mcast_mld_version 1 nf_call_iptables 0 nf_call_ip6tables 0 nf_call_arptables 0 ',
  ].join(' ');
}

function bridgeSlaveData(port: NetDevice, bridge: NetDevice): string {
  const no = port.portNo ?? 1;
  const id = bridgeIdText(bridge.mac);
  // The STP path cost follows the port's speed: a veth says 10 Gb/s (2), a VXLAN device nothing (100).
  const cost = port.kind === 'vxlan' ? 100 : 2;
  return [
    `bridge_slave state forwarding priority 32 cost ${cost} hairpin off guard off root_block off fastleave off learning on flood on`,
    `port_id 0x${(0x8000 + no).toString(16)} port_no 0x${no.toString(16)} designated_port ${0x8000 + no} designated_cost 0`,
    `designated_bridge ${id} designated_root ${id} hold_timer ${timer(0)} message_age_timer ${timer(0)} forward_delay_timer ${timer(0)}`,
    'topology_change_ack 0 config_pending 0 proxy_arp off proxy_arp_wifi off mcast_router 1 mcast_fast_leave off mcast_flood on',
    'bcast_flood on mcast_to_unicast off neigh_suppress off group_fwd_mask 0 group_fwd_mask_str 0x0 vlan_tunnel off isolated off locked off ',
  ].join(' ');
}

/** Can -d describe this device? (macvlan details were not recorded: not simulated) */
export const detailsKnown = (dev: NetDevice): boolean => dev.kind !== 'macvlan';

/** An overlay's vxlan0 as libnetwork makes it (recorded on Engine 20.10: test/differential/two-node). */
const vxlanData = (dev: NetDevice): string =>
  `vxlan id ${dev.vni ?? 0} srcport 0 0 dstport 4789 proxy l2miss l3miss ttl auto ageing 300 udpcsum noudp6zerocsumtx noudp6zerocsumrx `;

/** tso_max_size: veth and bridge raise it to GSO_MAX_SIZE, a NIC's driver, dummy and VXLAN keep 64 KiB; a bridge takes its ports' lowest. */
function tsoMaxSize(net: NetworkStack, dev: NetDevice): number {
  if (dev.kind === 'bridge') {
    const ports = net.portsOf(dev).map((p) => tsoMaxSize(net, p));
    return ports.length > 0 ? Math.min(...ports) : 524280;
  }
  return dev.kind === 'ether' || dev.kind === 'dummy' || dev.kind === 'vxlan' ? 65536 : 524280;
}

/**
 * The lines after the second one: the kind line(s), then the generic tail. `ip -d addr` leaves
 * out `addrgenmode` (it prints the IPv6 settings with the addresses instead).
 */
export function detailsTail(net: NetworkStack, dev: NetDevice, withAddrGenMode: boolean): string {
  let s = '';
  if (dev.kind === 'veth' || dev.kind === 'dummy') s += `\n    ${dev.kind} `;
  if (dev.kind === 'bridge') s += `\n    ${bridgeData(dev)}`;
  if (dev.kind === 'vxlan') s += `\n    ${vxlanData(dev)}`;
  const master = net.masterOf(dev);
  if (master) s += `\n    ${bridgeSlaveData(dev, master)}`;
  const queues = dev.kind === 'veth' ? 2 : 1; // a veth gets one queue per CPU: the simulated host has 2
  const tso = tsoMaxSize(net, dev);
  s += `${withAddrGenMode ? 'addrgenmode eui64 ' : ''}numtxqueues ${queues} numrxqueues ${queues} gso_max_size 65536 gso_max_segs 65535 tso_max_size ${tso} tso_max_segs 65535 gro_max_size 65536 `;
  if (dev.kind === 'ether') s += 'parentbus virtio parentdev virtio0 ';
  return s;
}

import type { NetworkStack } from './net-devices.js';

/**
 * /proc/net/igmp of one network namespace (the kernel's igmp_mc_seq_show): each device that is
 * up, with the IPv4 multicast groups it joined, little-endian hex. Every up device joins
 * all-hosts (224.0.0.1); a bridge (multicast snooping, mcast_router 1) also joins 224.0.0.106
 * (multicast router discovery). Readable by any user for any process, which makes it the way
 * to learn a container's interface indexes and names from the host without entering it.
 * Recorded on a 6.1 kernel:
 *   $ cat /proc/$(docker inspect -f '{{.State.Pid}}' c)/net/igmp
 *   Idx	Device    : Count Querier	Group    Users Timer	Reporter
 *   1	lo        :     1      V3
 *   				010000E0     1 0:00000000		0
 *   536	eth0      :     1      V3
 *   				010000E0     1 0:00000000		0
 */
export function igmpText(net: NetworkStack, netns: string): string {
  const ns = net.namespaces.get(netns);
  const lines = ['Idx\tDevice    : Count Querier\tGroup    Users Timer\tReporter'];
  const devices = ns ? [...ns.devices.values()].filter((d) => d.up).sort((a, b) => a.index - b.index) : [];
  for (const d of devices) {
    const groups = d.kind === 'bridge' ? ['010000E0', '6A0000E0'] : ['010000E0'];
    lines.push(`${d.index}\t${d.name.padEnd(10)}: ${String(groups.length).padStart(5)} ${'V3'.padStart(7)}`);
    for (const g of groups) lines.push(`\t\t\t\t${g}     1 0:00000000\t\t0`);
  }
  return `${lines.join('\n')}\n`;
}

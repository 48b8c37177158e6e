import type { ProgramEntry } from '../../program.js';
import { bridgeProgram, brctlProgram } from './bridge.js';
import { busyboxIfconfig } from './busybox-ifconfig.js';
import { busyboxNetstat, busyboxRoute } from './busybox-netstat.js';
import { busyboxIp } from './ip/busybox-ip.js';
import { ipProgram } from './ip/ip-command.js';
import { iptablesProgram } from './iptables/iptables-program.js';
import { ssProgram } from './ss.js';

/**
 * ip, bridge, brctl, ifconfig, route, iptables, ss, netstat. The host is an Ubuntu 22.04
 * server: iproute2, iptables, bridge-utils, no net-tools (so no ifconfig, route or netstat:
 * bash says `command not found`). In a container a program runs only if the image has it;
 * busybox images get busybox's own ip, ifconfig, route and netstat.
 */
export const netToolPrograms: readonly ProgramEntry[] = [
  { name: 'ip', where: 'both', run: (args, ctx) => (ctx.flavor === 'busybox' ? busyboxIp(args, ctx) : ipProgram(args, ctx)) },
  { name: 'bridge', where: 'both', run: bridgeProgram },
  { name: 'brctl', where: 'host', run: brctlProgram },
  { name: 'iptables', where: 'both', run: iptablesProgram },
  { name: 'ss', where: 'both', run: ssProgram },
  { name: 'ifconfig', where: 'container', run: busyboxIfconfig },
  { name: 'route', where: 'container', run: busyboxRoute },
  { name: 'netstat', where: 'container', run: busyboxNetstat },
];

import type { ProgramEntry } from '../../program.js';
import { busyboxIp } from './ip/busybox-ip.js';
import { ipProgram } from './ip/ip-command.js';

/** ip, bridge, brctl, ifconfig, iptables, ss, netstat. */
export const netToolPrograms: readonly ProgramEntry[] = [
  { name: 'ip', where: 'both', run: (args, ctx) => (ctx.flavor === 'busybox' ? busyboxIp(args, ctx) : ipProgram(args, ctx)) },
];

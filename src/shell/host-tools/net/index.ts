import type { ProgramEntry } from '../../program.js';

/** ip, bridge, brctl, ifconfig, iptables, ss, netstat. */
export const netToolPrograms: readonly ProgramEntry[] = [];

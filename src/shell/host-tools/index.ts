import type { ProgramEntry } from '../program.js';

/** The Linux tools that show Docker's insides: ip, bridge, iptables, ps, ping, curl… */
export const hostToolPrograms: readonly ProgramEntry[] = [];

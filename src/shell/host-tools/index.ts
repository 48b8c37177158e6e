import type { ProgramEntry } from '../program.js';
import { netToolPrograms } from './net/index.js';
import { systemToolPrograms } from './system/index.js';
import { trafficToolPrograms } from './traffic/index.js';

/** The Linux tools that show Docker's insides: ip, bridge, iptables, ps, ping, curl… */
export const hostToolPrograms: readonly ProgramEntry[] = [...netToolPrograms, ...systemToolPrograms, ...trafficToolPrograms];

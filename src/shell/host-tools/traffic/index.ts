import type { ProgramEntry } from '../../program.js';

/** ping, nslookup, curl, wget, nc. */
export const trafficToolPrograms: readonly ProgramEntry[] = [];

import type { ProgramEntry } from '../program.js';

/** The `docker` CLI (and anything of Docker's own on the host), as programs. */
export const dockerPrograms: readonly ProgramEntry[] = [];

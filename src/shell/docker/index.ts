import type { ProgramEntry } from '../program.js';
import { shellPrograms } from './commands/sh-program.js';
import { dockerProgram } from './docker-program.js';

/**
 * The `docker` CLI: on the host, and in images that ship it (docker, docker:cli). With it,
 * `sh`/`bash` run as programs (`sh -c …`), which containers' PID 1 and `docker exec` need.
 */
export const dockerPrograms: readonly ProgramEntry[] = [{ name: 'docker', run: dockerProgram, where: 'both' }, ...shellPrograms];

import type { ProgramEntry } from '../program.js';
import { dockerProgram } from './docker-program.js';

/** The `docker` CLI: on the host, and in images that ship it (docker, docker:cli). */
export const dockerPrograms: readonly ProgramEntry[] = [{ name: 'docker', run: dockerProgram, where: 'both' }];

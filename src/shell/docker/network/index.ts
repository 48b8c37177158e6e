import type { DockerCommand } from '../cli/command.js';

/** `docker network …` and `docker swarm …`. */
export const networkCommands: readonly (DockerCommand & { readonly aliases?: readonly string[] })[] = [];

/** Help texts of `docker network` and `docker swarm`, as the real CLI prints them. */
export const networkGroupHelp: ReadonlyMap<string, string> = new Map();

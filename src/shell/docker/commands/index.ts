import type { DockerCommand } from '../cli/command.js';

/** Containers, images and the daemon: run, ps, exec, inspect, images, version… */
export const containerCommands: readonly (DockerCommand & { readonly aliases?: readonly string[] })[] = [];

/** Help texts of the groups (`docker`, `docker container`, `docker image`…), as the real CLI prints them. */
export const groupHelp: ReadonlyMap<string, string> = new Map();

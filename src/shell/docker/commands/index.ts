import type { AliasedCommand } from './define.js';
import { HELP as GROUP_HELP } from './help/help-groups.js';
import { notSimulatedCommands } from './not-simulated.js';
import { psCommands } from './containers/ps.js';
import { runCommands } from './run/run.js';

/** Containers, images and the daemon: run, ps, exec, inspect, images, version… */
export const containerCommands: readonly AliasedCommand[] = [
  ...notSimulatedCommands,
  ...runCommands,
  ...psCommands,
];

/** Help texts of the groups (`docker`, `docker container`, `docker image`…), as the real CLI prints them. */
export const groupHelp: ReadonlyMap<string, string> = new Map(Object.entries(GROUP_HELP));

import { execCommands } from './containers/exec.js';
import { lifecycleCommands } from './containers/lifecycle.js';
import { logsPortTopCommands } from './containers/logs-port-top.js';
import { containerPruneCommands } from './containers/prune.js';
import { psCommands } from './containers/ps.js';
import type { AliasedCommand } from './define.js';
import { HELP as GROUP_HELP } from './help/help-groups.js';
import { imageLsCommands } from './images/image-ls.js';
import { imageCommands } from './images/pull-rmi-tag.js';
import { inspectCommands } from './inspect.js';
import { notSimulatedCommands } from './not-simulated.js';
import { runCommands } from './run/run.js';
import { dfPruneCommands } from './system/df-prune.js';
import { infoCommands } from './system/info.js';
import { versionCommands } from './system/version.js';
import { volumeCommands } from './volumes/volume.js';

/** Containers, images, volumes and the daemon: run, ps, exec, inspect, images, version… */
export const containerCommands: readonly AliasedCommand[] = [
  ...notSimulatedCommands,
  ...runCommands,
  ...psCommands,
  ...lifecycleCommands,
  ...execCommands,
  ...logsPortTopCommands,
  ...containerPruneCommands,
  ...inspectCommands,
  ...imageLsCommands,
  ...imageCommands,
  ...volumeCommands,
  ...versionCommands,
  ...infoCommands,
  ...dfPruneCommands,
];

/** Help texts of the groups (`docker`, `docker container`, `docker image`…), as the real CLI prints them. */
export const groupHelp: ReadonlyMap<string, string> = new Map(Object.entries(GROUP_HELP));

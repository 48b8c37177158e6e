import type { AliasedCommand } from './common.js';
import { networkConnect, networkDisconnect } from './connect.js';
import { networkCreate } from './create.js';
import { NETWORK_HELP } from './help-texts.js';
import { networkInspect } from './inspect.js';
import { networkLs } from './ls.js';
import { networkPrune } from './prune.js';
import { networkRm } from './rm.js';
import { nodeCommands } from './node.js';
import { swarmCommands } from './swarm.js';

/** `docker network …`, `docker swarm …` and `docker node …` (one node). */
export const networkCommands: readonly AliasedCommand[] = [
  networkConnect, networkCreate, networkDisconnect, networkInspect, networkLs, networkPrune, networkRm, ...swarmCommands, ...nodeCommands,
];

/** Help texts of `docker network` and `docker swarm`, as the real CLI prints them. */
export const networkGroupHelp: ReadonlyMap<string, string> = new Map([
  ['docker network', NETWORK_HELP['docker network'] as string],
  ['docker swarm', NETWORK_HELP['docker swarm'] as string],
]);

import { listVolumes, pruneVolumes, volumeUsers } from '../../../../sim/daemon/volumes.js';
import { renderFormatted } from '../../../go-template/index.js';
import type { GoStruct, GoValue } from '../../../go-template/index.js';
import { formatterContext } from '../format/context.js';
import { type CommandResult, fail, ok } from '../../../command-result.js';
import type { DockerInvocation } from '../../cli/command.js';
import { flagBool, flagString, flagStrings } from '../../cli/flags.js';
import { pruneContainers } from '../containers/prune.js';
import { type AliasedCommand, define } from '../define.js';
import { humanSize } from '../format/units.js';
import { notSimulated } from '../not-simulated.js';
import { confirm } from './prompt.js';

/** units.HumanSize (4 significant digits). */
const size4 = (n: number) => humanSize(n, 4);

function reclaimable(reclaim: number, total: number): string {
  return total > 0 ? `${size4(reclaim)} (${Math.floor((reclaim * 100) / total)}%)` : size4(reclaim);
}

function row(type: string, total: number, active: number, size: string, reclaim: string): GoStruct {
  const fields: Record<string, () => GoValue> = { Active: () => String(active), Reclaimable: () => reclaim, Size: () => size, TotalCount: () => String(total), Type: () => type };
  return formatterContext('formatter.diskUsageContext', fields);
}

/** `docker system df`: images (no layers are shared between the catalogue's images), containers, volumes, build cache. */
function runDf(inv: DockerInvocation): CommandResult {
  if (flagBool(inv.flags, 'verbose')) return notSimulated('docker system df -v');
  const denied = inv.dial('GET', '/system/df');
  if (denied) return fail(`${denied}\n`, 1);
  const s = inv.ctx.host.daemon;
  const containers = [...s.containers.values()];
  const images = [...s.images.values()];
  const used = new Set(containers.map((c) => c.config.imageId));
  const total = images.reduce((a, i) => a + i.spec.sizeBytes, 0);
  const usedSize = images.filter((i) => used.has(i.id)).reduce((a, i) => a + i.spec.sizeBytes, 0);
  const active = containers.filter((c) => ['running', 'paused', 'restarting'].includes(c.state.status)).length;
  const volumes = listVolumes(s);
  const rows = [
    row('Images', images.length, images.filter((i) => used.has(i.id)).length, size4(total), reclaimable(total - usedSize, total)),
    row('Containers', containers.length, active, '0B', '0B'),
    row('Local Volumes', volumes.length, volumes.filter((v) => volumeUsers(s, v.name).length > 0).length, '0B', '0B'),
    row('Build Cache', 0, 0, '0B', '0B'),
  ];
  const format = flagString(inv.flags, 'format') ?? '';
  const headers: ReadonlyMap<string, GoValue> = new Map([['Type', 'TYPE'], ['TotalCount', 'TOTAL'], ['Active', 'ACTIVE'], ['Size', 'SIZE'], ['Reclaimable', 'RECLAIMABLE']]);
  const out = renderFormatted(format === '' || format === 'table' ? 'table {{.Type}}\t{{.TotalCount}}\t{{.Active}}\t{{.Size}}\t{{.Reclaimable}}' : format, rows, headers, { rootType: '*formatter.diskUsageImagesContext' });
  return out.ok ? ok(out.out) : fail(`${out.error}\n`, 1);
}

/** `docker system prune`: stopped containers, unused networks, (volumes), dangling images, build cache. */
function runSystemPrune(inv: DockerInvocation): CommandResult {
  const p = inv.flags;
  if (flagStrings(p, 'filter').length > 0) return notSimulated('docker system prune --filter');
  const all = flagBool(p, 'all');
  const volumes = flagBool(p, 'volumes');
  const warnings = ['all stopped containers', 'all networks not used by at least one container', ...(volumes ? ['all anonymous volumes not used by at least one container'] : []), all ? 'all images without at least one container associated to them' : 'all dangling images', all ? 'all build cache' : 'unused build cache'];
  const message = `WARNING! This will remove:\n${warnings.map((w) => `  - ${w}\n`).join('')}\nAre you sure you want to continue?`;
  const answer = flagBool(p, 'force') ? { yes: true, prompt: '' } : confirm(inv.ctx.stdin, message);
  if (!answer.yes) return ok(answer.prompt);
  const denied = inv.dial('HEAD', '/_ping');
  if (denied) return fail(`${denied}\n`, 1, answer.prompt);
  let out = answer.prompt;
  const containers = pruneContainers(inv);
  if (containers.length > 0) out += `Deleted Containers:\n${containers.map((c) => `${c}\n`).join('')}\n`;
  const networks = inv.engine.networkPrune();
  if (networks.length > 0) out += `Deleted Networks:\n${networks.map((n) => `${n}\n`).join('')}\n`;
  if (volumes) {
    const gone = pruneVolumes(inv.ctx.host.daemon);
    if (gone.length > 0) out += `Deleted Volumes:\n${gone.map((v) => `${v}\n`).join('')}\n`;
  }
  const s = inv.ctx.host.daemon;
  const usedImages = new Set([...s.containers.values()].map((c) => c.config.imageId));
  const deleted: string[] = [];
  let reclaimed = 0;
  for (const img of [...s.images.values()]) {
    if (usedImages.has(img.id) || (!all && img.repoTags.length > 0)) continue;
    for (const t of img.repoTags) deleted.push(`untagged: ${t}`);
    s.images.delete(img.id);
    deleted.push(`deleted: ${img.id}`);
    reclaimed += img.spec.sizeBytes;
  }
  if (deleted.length > 0) out += `Deleted Images:\n${deleted.map((d) => `${d}\n`).join('')}\n`;
  return ok(`${out}Total reclaimed space: ${size4(reclaimed)}\n`);
}

export const dfPruneCommands: readonly AliasedCommand[] = [
  ...define({ path: 'docker system df', args: { kind: 'none' }, run: runDf }),
  ...define({ path: 'docker system prune', args: { kind: 'none' }, run: runSystemPrune }),
];

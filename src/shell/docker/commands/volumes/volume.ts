import { createVolume, listVolumes, mountpoint, pruneVolumes, removeVolume, type Volume, volumeUsers } from '../../../../sim/daemon/volumes.js';
import { EngineError, invalidParameter } from '../../../../sim/errors.js';
import { renderFormatted } from '../../../go-template/index.js';
import { GoMethod, type GoStruct, type GoValue } from '../../../go-template/index.js';
import { formatterContext } from '../format/context.js';
import { type CommandResult, fail, ok } from '../../../command-result.js';
import type { DockerInvocation } from '../../cli/command.js';
import { flagBool, flagString, flagStrings } from '../../cli/flags.js';
import { type AliasedCommand, define } from '../define.js';
import { encodeQuery, filtersJson, parseFilters, validateFilter } from '../format/query.js';
import { inspectObjects } from '../inspect.js';
import { notSimulated } from '../not-simulated.js';
import { confirm } from '../system/prompt.js';

function daemonFailure(e: unknown, stdout = ''): CommandResult {
  if (e instanceof EngineError) return fail(`Error response from daemon: ${e.message}\n`, 1, stdout);
  throw e;
}

function runCreate(inv: DockerInvocation): CommandResult {
  const p = inv.flags;
  const flagName = flagString(p, 'name');
  const [arg] = inv.args;
  if (flagName !== undefined && arg !== undefined && flagName !== arg) {
    return fail(`conflicting options: cannot specify a volume-name through both --name and as a positional arg\n`, 1);
  }
  if ((flagString(p, 'driver') ?? 'local') !== 'local') return notSimulated(`docker volume create --driver ${flagString(p, 'driver')}`);
  const denied = inv.dial('POST', '/volumes/create');
  if (denied) return fail(`${denied}\n`, 1);
  const labels = new Map(flagStrings(p, 'label').map((l) => [l.split('=')[0] ?? l, l.includes('=') ? l.slice(l.indexOf('=') + 1) : ''] as [string, string]));
  const options = new Map(flagStrings(p, 'opt').map((o) => [o.split('=')[0] ?? o, o.slice(o.indexOf('=') + 1)] as [string, string]));
  try {
    const v = createVolume(inv.ctx.host.daemon, { ...(arg ?? flagName ? { name: (arg ?? flagName) as string } : {}), labels, options });
    return ok(`${v.name}\n`);
  } catch (e) {
    return daemonFailure(e);
  }
}

function runRm(inv: DockerInvocation): CommandResult {
  const force = flagBool(inv.flags, 'force');
  let stdout = '';
  let stderr = '';
  for (const name of inv.args) {
    const denied = inv.dial('DELETE', `/volumes/${encodeURIComponent(name)}${encodeQuery({ force: force ? '1' : undefined })}`);
    if (denied) {
      stderr += `${denied}\n`;
      continue;
    }
    try {
      removeVolume(inv.ctx.host.daemon, name, force);
      stdout += `${name}\n`;
    } catch (e) {
      if (!(e instanceof EngineError)) throw e;
      if (force && e.category === 'notFound') {
        stdout += `${name}\n`;
        continue;
      }
      stderr += `Error response from daemon: ${e.message}\n`;
    }
  }
  return { stdout, stderr, exitCode: stderr ? 1 : 0 };
}

/** formatter.volumeContext: what `docker volume ls --format` sees. */
function volumeContext(v: Volume): GoStruct {
  const labels = [...v.labels].map(([k, l]) => `${k}=${l}`).sort().join(',');
  const fields: Record<string, () => GoValue> = {
    Availability: () => 'N/A', Driver: () => 'local', Group: () => 'N/A', Labels: () => labels, Links: () => 'N/A',
    Mountpoint: () => mountpoint(v.name), Name: () => v.name, Scope: () => 'local', Size: () => 'N/A', Status: () => 'N/A',
  };
  return formatterContext('formatter.volumeContext', fields, { Label: new GoMethod((name) => v.labels.get(String(name)) ?? '', ['string']) });
}

const VOLUME_HEADERS: ReadonlyMap<string, GoValue> = new Map([
  ['Name', 'VOLUME NAME'], ['Driver', 'DRIVER'], ['Scope', 'SCOPE'], ['Mountpoint', 'MOUNTPOINT'], ['Labels', 'LABELS'],
  ['Links', 'LINKS'], ['Size', 'SIZE'], ['Group', 'GROUP'], ['Availability', 'AVAILABILITY'], ['Status', 'STATUS'],
]);

/** An invalid pattern matches nothing (the daemon's regexp.MatchString fails and is skipped). */
function goRegexpMatches(pattern: string, value: string): boolean {
  try {
    return new RegExp(pattern).test(value);
  } catch {
    return false;
  }
}

function runLs(inv: DockerInvocation): CommandResult {
  const p = inv.flags;
  const filters = parseFilters(flagStrings(p, 'filter'));
  const denied = inv.dial('GET', `/volumes${encodeQuery({ filters: filtersJson(filters) })}`);
  if (denied) return fail(`${denied}\n`, 1);
  const s = inv.ctx.host.daemon;
  let volumes: Volume[];
  try {
    for (const k of filters.keys()) if (!['dangling', 'driver', 'label', 'name'].includes(k)) throw invalidParameter(`Invalid filter '${k}'`);
    volumes = listVolumes(s).filter((v) => {
      const names = filters.get('name');
      // filters.Args.Match, as for containers and networks: exact, or a Go regexp matched anywhere.
      if (names && !names.some((n) => n === v.name || goRegexpMatches(n, v.name))) return false;
      const dangling = filters.get('dangling');
      if (dangling && !dangling.some((d) => (['true', '1'].includes(d) ? volumeUsers(s, v.name).length === 0 : volumeUsers(s, v.name).length > 0))) return false;
      const drivers = filters.get('driver');
      if (drivers && !drivers.includes('local')) return false;
      const labels = filters.get('label');
      return !labels || labels.every((l) => (l.includes('=') ? v.labels.get(l.split('=')[0] ?? '') === l.slice(l.indexOf('=') + 1) : v.labels.has(l)));
    });
  } catch (e) {
    return daemonFailure(e);
  }
  const quiet = flagBool(p, 'quiet');
  const source = flagString(p, 'format') ?? '';
  const format = source === '' || source === 'table' ? (quiet ? '{{.Name}}' : 'table {{.Driver}}\t{{.Name}}') : quiet ? '{{.Name}}' : source;
  const out = renderFormatted(format, volumes.map(volumeContext), VOLUME_HEADERS, { rootType: '*formatter.volumeContext' });
  return out.ok ? ok(out.out) : fail(`${out.error}\n`, 1);
}

function runPrune(inv: DockerInvocation): CommandResult {
  const warning = 'WARNING! This will remove all local volumes not used by at least one container.\nAre you sure you want to continue?';
  const denied = inv.dial('HEAD', '/_ping');
  if (denied) return fail(`${denied}\n`, 1);
  if (flagStrings(inv.flags, 'filter').length > 0) return notSimulated('docker volume prune --filter');
  const answer = flagBool(inv.flags, 'force') ? { yes: true, prompt: '' } : confirm(inv.ctx.stdin, warning);
  if (!answer.yes) return ok(answer.prompt);
  const gone = pruneVolumes(inv.ctx.host.daemon);
  const listed = gone.length > 0 ? `Deleted Volumes:\n${gone.map((g) => `${g}\n`).join('')}\n` : '';
  return ok(`${answer.prompt}${listed}Total reclaimed space: 0B\n`);
}

export const volumeCommands: readonly AliasedCommand[] = [
  ...define({ path: 'docker volume create', args: { kind: 'range', min: 0, max: 1 }, run: runCreate }),
  ...define({ path: 'docker volume inspect', args: { kind: 'min', n: 1 }, run: (inv) => inspectObjects(inv, 'volume', true) }),
  ...define({ path: 'docker volume ls', aliases: ['docker volume list'], args: { kind: 'none' }, validators: { filter: validateFilter }, run: runLs }),
  ...define({ path: 'docker volume rm', aliases: ['docker volume remove'], args: { kind: 'min', n: 1 }, run: runRm }),
  ...define({ path: 'docker volume prune', args: { kind: 'none' }, validators: { filter: validateFilter }, run: runPrune }),
];

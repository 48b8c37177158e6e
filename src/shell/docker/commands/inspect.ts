import { type ApiValue, encodeJson } from '../../../sim/daemon/api-value.js';
import { EngineError } from '../../../sim/errors.js';
import { type GoValue, type TypeSpec, decodeJSON, decodeTyped, goType, inspectFormat } from '../../go-template/index.js';
import { type CommandResult, fail } from '../../command-result.js';
import type { DockerInvocation } from '../cli/command.js';
import { flagBool, flagString } from '../cli/flags.js';
import { type AliasedCommand, define } from './define.js';
import { CONTAINER_INSPECT } from './inspect-types.js';
import { volumeInspectJson } from './volumes/volume-store.js';

/**
 * `docker inspect` and the typed `docker container|image inspect`: the daemon's JSON, either
 * indented as the CLI's IndentedInspector prints it, or through a Go template (typed value
 * first, raw JSON with missingkey=error as fallback, as cli/command/inspect does).
 */

type Kind = 'container' | 'image' | 'network' | 'volume';

const { struct, field, map, ptr } = goType;

/**
 * volume.Volume of the API types vendored in docker CLI 28: the typed value a volume template
 * sees first (a nil Labels map prints `map[]`, not `<no value>`). Containers are typed too
 * (inspect-types.ts); images are given to templates as the daemon's JSON.
 */
const VOLUME: TypeSpec = struct('volume.Volume', [
  field('ClusterVolume', ptr(struct('volume.ClusterVolume', [field('ID', 'string')])), ',omitempty'),
  field('CreatedAt', 'string', ',omitempty'),
  field('Driver', 'string'),
  field('Labels', map('string')),
  field('Mountpoint', 'string'),
  field('Name', 'string'),
  field('Options', map('string')),
  field('Scope', 'string'),
  field('Status', map('interface {}'), ',omitempty'),
  field('UsageData', ptr(struct('volume.UsageData', [field('RefCount', 'int'), field('Size', 'int')])), ',omitempty'),
]);

function typedValue(kind: Kind, value: ApiValue): GoValue {
  if (kind === 'volume') return decodeTyped(VOLUME, decodeJSON(encodeJson(value)));
  if (kind === 'container') return decodeTyped(CONTAINER_INSPECT, decodeJSON(encodeJson(value)));
  return value as GoValue;
}
type Found = { readonly value: ApiValue } | { readonly error: string };

const TYPES = ['config', 'container', 'image', 'network', 'node', 'plugin', 'secret', 'service', 'task', 'volume'];

function lookup(inv: DockerInvocation, kind: Kind, ref: string, size: boolean): Found | undefined {
  const e = inv.engine;
  try {
    switch (kind) {
      case 'container': {
        const v = e.containerInspect(ref) as Record<string, ApiValue>;
        if (!size) return { value: v };
        const image = inv.ctx.host.daemon.images.get(e.container(ref).config.imageId);
        const out: Record<string, ApiValue> = {};
        for (const [k, x] of Object.entries(v)) {
          if (k === 'Mounts') Object.assign(out, { SizeRw: 0, SizeRootFs: image?.spec.sizeBytes ?? 0 });
          out[k] = x;
        }
        return { value: out };
      }
      case 'image':
        return { value: e.imageInspect(ref) };
      case 'network':
        return { value: e.networkInspect(ref) };
      case 'volume':
        return { value: volumeInspectJson(inv.ctx.host, ref) };
    }
  } catch (err) {
    if (err instanceof EngineError) return err.category === 'notFound' ? undefined : { error: `Error response from daemon: ${err.message}` };
    throw err;
  }
}

/** The daemon's own "not found" text for a typed inspect. */
function notFoundText(kind: Kind, ref: string, inv: DockerInvocation): string {
  try {
    if (kind === 'container') inv.engine.container(ref);
    if (kind === 'image') inv.engine.imageInspect(ref);
    if (kind === 'network') inv.engine.network(ref);
    if (kind === 'volume') volumeInspectJson(inv.ctx.host, ref);
  } catch (e) {
    if (e instanceof EngineError) return `Error response from daemon: ${e.message}`;
    throw e;
  }
  return `Error: No such object: ${ref}`;
}

function firstRequest(kind: Kind | undefined, ref: string, size: boolean): string {
  const r = encodeURIComponent(ref);
  if (kind === 'image') return `/images/${r}/json`;
  if (kind === 'network') return `/networks/${r}`;
  if (kind === 'volume') return `/volumes/${r}`;
  return `/containers/${r}/json${size ? '?size=1' : ''}`;
}

/** Runs an inspect over `refs`: `only` restricts the object type (typed commands, --type). */
export function inspectObjects(inv: DockerInvocation, only: Kind | undefined, typedCommand: boolean): CommandResult {
  const format = flagString(inv.flags, 'format') ?? '';
  const size = flagBool(inv.flags, 'size');
  const denied = inv.dial('GET', firstRequest(only, inv.args[0] ?? '', size && only !== 'image'));
  if (denied) return fail(`${denied}\n`, 1, '[]\n');
  const kinds: readonly Kind[] = only ? [only] : ['container', 'image', 'network', 'volume'];
  const elements: ({ value: ApiValue; kind: Kind } | { error: string })[] = [];
  let warnings = '';
  for (const ref of inv.args) {
    let found: ({ value: ApiValue; kind: Kind } | { error: string }) | undefined;
    for (const kind of kinds) {
      const r = lookup(inv, kind, ref, size && kind === 'container');
      if (r === undefined) continue;
      found = 'error' in r ? r : { value: r.value, kind };
      if (size && kind !== 'container' && !typedCommand) warnings += `WARNING: --size ignored for ${kind}\n`;
      break;
    }
    elements.push(found ?? { error: only && (typedCommand || only) ? notFoundText(only, ref, inv) : `Error: No such object: ${ref}` });
  }
  const errors = elements.flatMap((e) => ('error' in e ? [e.error] : []));
  const values = elements.flatMap((e) => ('value' in e ? [e.value] : []));
  if (format === '') {
    const body = values.length === 0 ? '[]' : encodeJson(values, '    ');
    return { stdout: `${body}\n`, stderr: warnings + errors.map((e) => `${e}\n`).join(''), exitCode: errors.length > 0 ? 1 : 0 };
  }
  if (format === 'json') {
    return { stdout: `${encodeJson(values)}\n`, stderr: warnings + errors.map((e) => `${e}\n`).join(''), exitCode: errors.length > 0 ? 1 : 0 };
  }
  const out = inspectFormat(format, elements.map((e) => ('error' in e ? e : { typed: typedValue(e.kind, e.value), raw: encodeJson(e.value) })));
  return { stdout: out.stdout, stderr: warnings + out.stderr, exitCode: out.exitCode };
}

function runInspect(inv: DockerInvocation): CommandResult {
  const type = flagString(inv.flags, 'type') ?? '';
  if (type !== '' && !TYPES.includes(type)) return fail(`unknown type: ${JSON.stringify(type)}: must be one of "${TYPES.join('", "')}"\n`, 1);
  if (type !== '' && !['container', 'image', 'network', 'volume'].includes(type)) return fail(`dockerlings: 'docker inspect --type ${type}' is not simulated yet — try it with --backend docker\n`, 1);
  return inspectObjects(inv, (type || undefined) as Kind | undefined, false);
}

export const inspectCommands: readonly AliasedCommand[] = [
  ...define({ path: 'docker inspect', args: { kind: 'min', n: 1 }, run: runInspect }),
  ...define({ path: 'docker container inspect', args: { kind: 'min', n: 1 }, run: (inv) => inspectObjects(inv, 'container', true) }),
  ...define({ path: 'docker image inspect', args: { kind: 'min', n: 1 }, run: (inv) => inspectObjects(inv, 'image', true) }),
];

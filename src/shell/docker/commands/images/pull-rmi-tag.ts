import { tagImage } from '../../../../sim/daemon/image-tag.js';
import { imageJson, repoDigests } from '../../../../sim/daemon/image-json.js';
import { EngineError } from '../../../../sim/errors.js';
import { type CommandResult, fail } from '../../../command-result.js';
import type { DockerInvocation } from '../../cli/command.js';
import { flagBool } from '../../cli/flags.js';
import { type AliasedCommand, define } from '../define.js';
import { encodeQuery } from '../format/query.js';
import { notSimulated } from '../not-simulated.js';
import { fullyQualified, pullWithOutput } from './pull-stream.js';
import { familiarName, parseNormalizedNamed } from './reference.js';

/** `docker pull NAME[:TAG]`: the stream as a non-terminal shows it, then the full reference. */
function runPull(inv: DockerInvocation): CommandResult {
  const p = inv.flags;
  for (const f of ['all-tags', 'platform']) if (p.values.has(f)) return notSimulated(`docker pull --${f}`);
  const raw = inv.args[0] as string;
  const parsed = parseNormalizedNamed(raw);
  if (!parsed.ok) return fail(`${parsed.error}\n`, 1);
  let note = '';
  let ref = parsed.ref;
  if (ref.tag === undefined && ref.digest === undefined) {
    note = 'Using default tag: latest\n';
    ref = { ...ref, tag: 'latest' };
  }
  if (ref.digest !== undefined) return notSimulated('docker pull NAME@DIGEST');
  const denied = inv.dial('POST', `/images/create${encodeQuery({ fromImage: ref.name, tag: ref.tag })}`);
  if (denied) return fail(`${denied}\n`, 1, note);
  const name = `${familiarName(ref.name)}:${ref.tag}`;
  const r = pullWithOutput(inv.engine, name);
  if (!r.ok) return fail(`Error response from daemon: ${r.error}\n`, 1, note);
  const quiet = flagBool(p, 'quiet');
  return { stdout: `${quiet ? '' : note + r.text}${fullyQualified(name)}\n`, stderr: '', exitCode: 0 };
}

/** `docker rmi`: untag, then delete the image when nothing names or uses it (with its layers). */
function runRmi(inv: DockerInvocation): CommandResult {
  const force = flagBool(inv.flags, 'force');
  if (flagBool(inv.flags, 'no-prune')) return notSimulated('docker rmi --no-prune');
  let stdout = '';
  let stderr = '';
  for (const ref of inv.args) {
    const denied = inv.dial('DELETE', `/images/${encodeURIComponent(ref)}${encodeQuery({ force: force ? '1' : undefined })}`);
    if (denied) {
      stderr += `${denied}\n`;
      continue;
    }
    const image = inv.engine.findImage(ref);
    const before = image ? imageJson(image) : undefined;
    const digests = new Map((image ? repoDigests(image) : []).map((d) => [d.slice(0, d.indexOf('@')), d]));
    try {
      const r = inv.engine.imageRemove(ref, force);
      for (const t of r.untagged) {
        stdout += `Untagged: ${t}\n`;
        const repo = t.slice(0, t.lastIndexOf(':'));
        const stillNamed = image?.repoTags.some((x) => x.startsWith(`${repo}:`));
        const digest = digests.get(repo);
        if (digest && !stillNamed) stdout += `Untagged: ${digest}\n`;
      }
      for (const id of r.deleted) {
        stdout += `Deleted: ${id}\n`;
        const layers = ((before as { RootFS?: { Layers?: readonly string[] } } | undefined)?.RootFS?.Layers ?? []).slice().reverse();
        for (const l of layers) stdout += `Deleted: ${l}\n`;
      }
    } catch (e) {
      if (!(e instanceof EngineError)) throw e;
      stderr += `Error response from daemon: ${e.message}\n`;
    }
  }
  return { stdout, stderr, exitCode: stderr ? 1 : 0 };
}

/** `docker tag SOURCE TARGET`: the target is checked by the CLI, the source by the daemon. */
function runTag(inv: DockerInvocation): CommandResult {
  const [source = '', target = ''] = inv.args;
  const parsed = parseNormalizedNamed(target);
  if (!parsed.ok) return fail(`Error parsing reference: ${JSON.stringify(target)} is not a valid repository/tag: ${parsed.error}\n`, 1);
  if (parsed.ref.digest !== undefined) return fail('refusing to create a tag with a digest reference\n', 1);
  const tag = parsed.ref.tag ?? 'latest';
  const denied = inv.dial('POST', `/images/${encodeURIComponent(source)}/tag${encodeQuery({ repo: parsed.ref.name, tag })}`);
  if (denied) return fail(`${denied}\n`, 1);
  try {
    tagImage(inv.ctx.host.daemon, source, `${familiarName(parsed.ref.name)}:${tag}`);
  } catch (e) {
    if (e instanceof EngineError) return fail(`Error response from daemon: ${e.message}\n`, 1);
    throw e;
  }
  return { stdout: '', stderr: '', exitCode: 0 };
}

export const imageCommands: readonly AliasedCommand[] = [
  ...define({ path: 'docker image pull', also: ['docker pull'], helpFrom: 'docker pull', args: { kind: 'exact', n: 1 }, run: runPull }),
  ...define({ path: 'docker image rm', also: ['docker rmi'], aliases: ['docker image remove'], helpFrom: 'docker rmi', args: { kind: 'min', n: 1 }, run: runRmi }),
  ...define({ path: 'docker image tag', also: ['docker tag'], helpFrom: 'docker tag', args: { kind: 'exact', n: 2 }, run: runTag }),
];

import { renderFormatted } from '../../../go-template/index.js';
import type { GoStruct, GoValue } from '../../../go-template/index.js';
import { formatterContext } from '../format/context.js';
import { type CommandResult, fail, ok } from '../../../command-result.js';
import type { DockerInvocation } from '../../cli/command.js';
import { flagBool, flagString, flagStrings } from '../../cli/flags.js';
import { type AliasedCommand, define } from '../define.js';
import { parseFilters, validateFilter } from '../format/query.js';
import { ago, goTimeString, humanSize, truncateId } from '../format/units.js';
import { familiarMatch } from './reference.js';

interface Summary {
  readonly Id: string;
  readonly Created: number;
  readonly RepoTags: readonly string[];
  readonly RepoDigests: readonly string[];
  readonly Size: number;
  readonly Labels: ReadonlyMap<string, string> | null;
}

/** formatter.imageContext: one row per repository:tag (and per digest with --digests). */
function imageContext(img: Summary, repo: string, tag: string, digest: string, trunc: boolean, now: number): GoStruct {
  const fields: Record<string, () => GoValue> = {
    Containers: () => 'N/A',
    CreatedAt: () => goTimeString(img.Created * 1000),
    CreatedSince: () => ago(now, img.Created * 1000),
    Digest: () => digest,
    ID: () => (trunc ? truncateId(img.Id) : img.Id),
    Repository: () => repo,
    SharedSize: () => 'N/A',
    Size: () => humanSize(img.Size, 3),
    Tag: () => tag,
    UniqueSize: () => 'N/A',
    VirtualSize: () => humanSize(img.Size, 4),
  };
  return formatterContext('formatter.imageContext', fields);
}

const HEADERS: ReadonlyMap<string, GoValue> = new Map([
  ['ID', 'IMAGE ID'], ['Repository', 'REPOSITORY'], ['Tag', 'TAG'], ['Digest', 'DIGEST'], ['CreatedSince', 'CREATED'],
  ['CreatedAt', 'CREATED AT'], ['Size', 'SIZE'], ['Containers', 'CONTAINERS'], ['VirtualSize', 'VIRTUAL SIZE'],
  ['SharedSize', 'SHARED SIZE'], ['UniqueSize', 'UNIQUE SIZE'],
]);

/** formatter.NewImageFormat. */
function formatFor(source: string, quiet: boolean, digests: boolean): string {
  if (source === '' || source === 'table') {
    if (quiet) return '{{.ID}}';
    return digests ? 'table {{.Repository}}\t{{.Tag}}\t{{.Digest}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}' : 'table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}';
  }
  if (source === 'raw') return quiet ? 'image_id: {{.ID}}' : 'repository: {{ .Repository }}\ntag: {{.Tag}}\nimage_id: {{.ID}}\ncreated_at: {{.CreatedAt}}\nvirtual_size: {{.Size}}\n';
  if (quiet) return '{{.ID}}';
  return source.startsWith('table') && digests && !source.includes('{{.Digest}}') ? `${source}\t{{.Digest}}` : source;
}

function rows(img: Summary, digests: boolean, trunc: boolean, now: number): GoStruct[] {
  if (img.RepoTags.length === 0 && img.RepoDigests.length === 0) return [imageContext(img, '<none>', '<none>', '<none>', trunc, now)];
  const out: GoStruct[] = [];
  const byRepo = new Map<string, string[]>();
  for (const t of img.RepoTags) {
    const i = t.lastIndexOf(':');
    byRepo.set(t.slice(0, i), [...(byRepo.get(t.slice(0, i)) ?? []), t.slice(i + 1)]);
  }
  const digestsOf = new Map<string, string[]>();
  for (const d of img.RepoDigests) {
    const i = d.indexOf('@');
    digestsOf.set(d.slice(0, i), [...(digestsOf.get(d.slice(0, i)) ?? []), d.slice(i + 1)]);
  }
  for (const [repo, tags] of byRepo) {
    const ds = digests ? (digestsOf.get(repo) ?? []) : [];
    digestsOf.delete(repo);
    for (const tag of tags) {
      if (ds.length === 0) out.push(imageContext(img, repo, tag, '<none>', trunc, now));
      for (const d of ds) out.push(imageContext(img, repo, tag, d, trunc, now));
    }
  }
  for (const [repo, ds] of digestsOf) {
    if (digests) for (const d of ds) out.push(imageContext(img, repo, '<none>', d, trunc, now));
    else out.push(imageContext(img, repo, '<none>', '', trunc, now));
  }
  return out;
}

const AMBIGUOUS = new Set(['build', 'history', 'import', 'inspect', 'list', 'load', 'ls', 'prune', 'pull', 'push', 'rm', 'save', 'tag']);

function runImages(inv: DockerInvocation, calledAs: 'images' | 'ls'): CommandResult {
  const p = inv.flags;
  if (flagBool(p, 'tree')) return fail(`dockerlings: 'docker images --tree' is not simulated yet — try it with --backend docker\n`, 1);
  const filters = parseFilters(flagStrings(p, 'filter'));
  const match = inv.args[0];
  if (match !== undefined) filters.set('reference', [...(filters.get('reference') ?? []), match]);
  const denied = inv.dial('HEAD', '/_ping');
  if (denied) return fail(`${denied}\n`, 1);
  for (const k of filters.keys()) {
    if (!['dangling', 'label', 'before', 'since', 'reference'].includes(k)) return fail(`Error response from daemon: Invalid filter '${k}'\n`, 1);
  }
  const all = inv.engine.imageList() as unknown as readonly Summary[];
  const refs = filters.get('reference');
  const dangling = filters.get('dangling');
  // With a reference filter the daemon keeps only the names that match (20.10 images.go).
  const images = all.flatMap((img): Summary[] => {
    if (dangling && dangling.some((d) => d === 'true' || d === '1') !== (img.RepoTags.length === 0)) return [];
    if (!refs) return [img];
    const tags = img.RepoTags.filter((t) => refs.some((pattern) => familiarMatch(pattern, t)));
    if (tags.length === 0) return [];
    const repos = new Set(tags.map((t) => t.slice(0, t.lastIndexOf(':'))));
    return [{ ...img, RepoTags: tags, RepoDigests: img.RepoDigests.filter((d) => repos.has(d.slice(0, d.indexOf('@')))) }];
  });
  const trunc = !flagBool(p, 'no-trunc');
  const digests = flagBool(p, 'digests');
  const format = formatFor(flagString(p, 'format') ?? '', flagBool(p, 'quiet'), digests);
  const now = inv.ctx.host.clock.now();
  const needDigest = digests || format.includes('{{.Digest}}');
  const out = renderFormatted(format, images.flatMap((img) => rows(img, needDigest, trunc, now)), HEADERS, { rootType: '*formatter.imageContext' });
  if (!out.ok) return fail(`${out.error}\n`, 1);
  const hint = match !== undefined && images.length === 0 && calledAs === 'images' && AMBIGUOUS.has(match) ? `\nNo images found matching ${JSON.stringify(match)}: did you mean "docker image ${match}"?\n` : '';
  return { ...ok(out.out), stderr: hint };
}

export const imageLsCommands: readonly AliasedCommand[] = [
  ...define({ path: 'docker image ls', aliases: ['docker image list'], helpFrom: 'docker images', args: { kind: 'max', n: 1 }, validators: { filter: validateFilter }, run: (inv) => runImages(inv, 'ls') }),
  ...define({ path: 'docker images', args: { kind: 'max', n: 1 }, validators: { filter: validateFilter }, run: (inv) => runImages(inv, 'images') }),
];

import { EngineError } from '../../../../sim/errors.js';
import { renderFormatted } from '../../../go-template/index.js';
import { execute, parseTemplate } from '../../../go-template/index.js';
import { TemplateExecError } from '../../../go-template/index.js';
import { TemplateParseError } from '../../../go-template/index.js';
import { type CommandResult, fail, ok } from '../../../command-result.js';
import type { DockerInvocation } from '../../cli/command.js';
import { daemonError } from '../../cli/daemon-errors.js';
import { flagBool, flagInt, flagString, flagStrings } from '../../cli/flags.js';
import { type AliasedCommand, define } from '../define.js';
import { encodeQuery, filtersJson, parseFilters, validateFilter } from '../format/query.js';
import { uniformTable } from '../format/table.js';
import { CONTAINER_HEADERS, containerContext, containerFields } from './container-context.js';

const DEFAULT_TABLE = 'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}';
const RAW = 'container_id: {{.ID}}\nimage: {{.Image}}\ncommand: {{.Command}}\ncreated_at: {{.CreatedAt}}\nstate: {{- pad .State 1 0}}\nstatus: {{- pad .Status 1 0}}\nnames: {{.Names}}\nlabels: {{- pad .Labels 1 0}}\nports: {{- pad .Ports 1 0}}\n';
const ROOT_TYPE = '*formatter.ContainerContext';
const COLUMNS = ['ID', 'Image', 'Command', 'RunningFor', 'Status', 'Ports', 'Names'];
/** Formats written without the template engine (the columns they show, in order). */
const FAST_COLUMNS: ReadonlyMap<string, readonly string[]> = new Map([
  [DEFAULT_TABLE, COLUMNS],
  [`${DEFAULT_TABLE}\t{{.Size}}`, [...COLUMNS, 'Size']],
  ['{{.ID}}', ['ID']],
]);

function message(e: unknown): string {
  if (e instanceof TemplateParseError || e instanceof TemplateExecError) return e.message;
  throw e;
}

/** formatter.NewContainerFormat. */
function formatFor(source: string, quiet: boolean, size: boolean): string {
  if (source === 'table' || source === '') return quiet ? '{{.ID}}' : size ? `${DEFAULT_TABLE}\t{{.Size}}` : DEFAULT_TABLE;
  if (source === 'raw') return quiet ? 'container_id: {{.ID}}' : size ? `${RAW}size: {{.Size}}\n` : RAW;
  return quiet ? '{{.ID}}' : source;
}

function runPs(inv: DockerInvocation): CommandResult {
  const p = inv.flags;
  const format = flagString(p, 'format') ?? '';
  const quiet = flagBool(p, 'quiet');
  const stderr = format !== '' && quiet ? 'WARNING: Ignoring custom format, because both --format and --quiet are set.\n' : '';
  const sizeFlag = p.values.get('size');
  let size = sizeFlag === true;
  if (format !== '') {
    // The CLI parses the template and runs it once on an empty row before asking the daemon.
    try {
      const t = parseTemplate(format.startsWith('table') ? format.slice(5) : format === 'json' ? 'json' : format);
      try {
        execute(t, containerContext({}, { trunc: true, now: 0 }), { rootType: ROOT_TYPE });
      } catch (e) {
        return fail(`${stderr}failed to execute template: ${message(e)}\n`, 1);
      }
    } catch (e) {
      return fail(`${stderr}failed to parse template: ${message(e)}\n`, 1);
    }
    if (!quiet && !size && sizeFlag === undefined && /\.Size\b|json\s+\./.test(format)) size = true;
  }
  const last = flagInt(p, 'last') ?? -1;
  const limit = flagBool(p, 'latest') && last === -1 ? 1 : last;
  const filters = parseFilters(flagStrings(p, 'filter'));
  const all = flagBool(p, 'all');
  const query = encodeQuery({ all: all ? '1' : undefined, filters: filtersJson(filters), limit: limit > 0 ? String(limit) : undefined, size: size ? '1' : undefined });
  const denied = inv.dial('GET', `/containers/json${query}`);
  if (denied) return fail(`${stderr}${denied}\n`, 1);
  let summaries;
  try {
    summaries = inv.engine.containerListFiltered({ all, limit, filters });
  } catch (e) {
    if (e instanceof EngineError) return { ...daemonError(e), stderr: stderr + daemonError(e).stderr };
    throw e;
  }
  const trunc = !flagBool(p, 'no-trunc');
  const now = inv.ctx.host.clock.now();
  const options = (s: (typeof summaries)[number]) => {
    const image = size ? inv.ctx.host.daemon.images.get((s as { ImageID?: string }).ImageID ?? '') : undefined;
    return { trunc, now, ...(image ? { sizeRootFs: image.spec.sizeBytes } : {}) };
  };
  const chosen = formatFor(format, quiet, size);
  const fast = FAST_COLUMNS.get(chosen);
  if (fast) {
    // The default table and -q, written straight through tabwriter: what the template would give, without running it per row.
    const cells = summaries.map((s) => {
      const { fields } = containerFields(s, options(s));
      return fast.map((f) => String(fields[f]?.() ?? ''));
    });
    if (chosen === '{{.ID}}') return { ...ok(cells.map((c) => `${c[0]}\n`).join('')), stderr };
    const head = fast.map((f) => String(CONTAINER_HEADERS.get(f) ?? ''));
    return { ...ok(uniformTable([head, ...cells])), stderr };
  }
  const rows = summaries.map((s) => containerContext(s, options(s)));
  const out = renderFormatted(chosen, rows, CONTAINER_HEADERS, { rootType: ROOT_TYPE });
  if (!out.ok) return { stdout: '', stderr: `${stderr}${out.error}\n`, exitCode: 1 };
  return { ...ok(out.out), stderr };
}

export const psCommands: readonly AliasedCommand[] = [
  ...define({ path: 'docker container ls', aliases: ['docker container list', 'docker container ps'], helpFrom: 'docker ps', args: { kind: 'none' }, validators: { filter: validateFilter }, run: runPs }),
  ...define({ path: 'docker ps', args: { kind: 'none' }, validators: { filter: validateFilter }, run: runPs }),
];

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
import { CONTAINER_HEADERS, containerContext } from './container-context.js';

const DEFAULT_TABLE = 'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}';
const RAW = 'container_id: {{.ID}}\nimage: {{.Image}}\ncommand: {{.Command}}\ncreated_at: {{.CreatedAt}}\nstate: {{- pad .State 1 0}}\nstatus: {{- pad .Status 1 0}}\nnames: {{.Names}}\nlabels: {{- pad .Labels 1 0}}\nports: {{- pad .Ports 1 0}}\n';
const ROOT_TYPE = '*formatter.ContainerContext';

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
  const rows = summaries.map((s) => {
    const imageId = (s as { ImageID?: string }).ImageID ?? '';
    const image = size ? inv.ctx.host.daemon.images.get(imageId) : undefined;
    return containerContext(s, { trunc, now, ...(image ? { sizeRootFs: image.spec.sizeBytes } : {}) });
  });
  const out = renderFormatted(formatFor(format, quiet, size), rows, CONTAINER_HEADERS, { rootType: ROOT_TYPE });
  if (!out.ok) return { stdout: '', stderr: `${stderr}${out.error}\n`, exitCode: 1 };
  return { ...ok(out.out), stderr };
}

export const psCommands: readonly AliasedCommand[] = [
  ...define({ path: 'docker container ls', aliases: ['docker container list', 'docker container ps'], helpFrom: 'docker ps', args: { kind: 'none' }, validators: { filter: validateFilter }, run: runPs }),
  ...define({ path: 'docker ps', args: { kind: 'none' }, validators: { filter: validateFilter }, run: runPs }),
];

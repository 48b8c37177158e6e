import { type ApiValue, encodeJson } from '../../../sim/daemon/api-value.js';
import type { CommandResult } from '../../command-result.js';
import { decodeJSON, decodeTyped, inspectFormat } from '../../go-template/index.js';
import type { InspectElement } from '../../go-template/index.js';
import type { DockerInvocation } from '../cli/command.js';
import { flagString } from '../cli/flags.js';
import { bool, daemonMessage, netCommand, networkPath, str } from './common.js';
import { NETWORK_INSPECT } from './network-values.js';

/**
 * `docker network inspect [-f FORMAT] NETWORK…`: one GET /networks/{ref} per argument.
 * Without a format, the daemon's JSON (Engine 20.10's, no EnableIPv4) indented by 4 in an
 * array; `--format json`, the same compact; a template runs over the CLI's typed
 * network.Inspect first, then over the raw JSON. A template that does not parse fails
 * before any request (exit 64); each network not found adds its error line (exit 1).
 */
function run(inv: DockerInvocation): CommandResult {
  const format = flagString(inv.flags, 'format') ?? '';
  const template = format !== '' && format !== 'json';
  if (template) {
    const probe = inspectFormat(format, []);
    if (probe.exitCode === 64) return probe;
  }
  const raws: ApiValue[] = [];
  const elements: (InspectElement | { readonly error: string })[] = [];
  const errors: string[] = [];
  for (const ref of inv.args) {
    const refused = inv.dial('GET', networkPath(ref));
    if (refused) {
      errors.push(refused);
      elements.push({ error: refused });
      continue;
    }
    try {
      const raw = inv.engine.networkInspect(ref);
      raws.push(raw);
      const text = encodeJson(raw);
      elements.push({ typed: decodeTyped(NETWORK_INSPECT, decodeJSON(text)), raw: text });
    } catch (e) {
      const m = daemonMessage(e);
      errors.push(m);
      elements.push({ error: m });
    }
  }
  if (template) return inspectFormat(format, elements);
  const stdout = raws.length === 0 ? '[]\n' : format === 'json' ? `[${raws.map((r) => encodeJson(r)).join(',')}]\n` : `${encodeJson(raws, '    ')}\n`;
  return { stdout, stderr: errors.map((e) => `${e}\n`).join(''), exitCode: errors.length > 0 ? 1 : 0 };
}

export const networkInspect = netCommand({
  path: 'docker network inspect',
  args: { kind: 'min', n: 1 },
  flags: [str('format', 'f'), bool('verbose', 'v')],
  run,
});

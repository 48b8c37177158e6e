import type { NetDevice, NetworkStack } from '../../../../sim/kernel/net-devices.js';
import { type CommandResult, fail, ok } from '../../../command-result.js';
import { linkKind } from '../link-view.js';
import { notSimulated } from '../not-simulated.js';
import { detailsKnown } from './ip-details.js';
import { type RenderOptions, renderAddr, renderLink } from './ip-render.js';
import { duplicateArg, incomplete, invalidArg, noDevice } from './ip-texts.js';

/**
 * `ip link show` / `ip addr show` and their selectors (ipaddr_list_flush_or_save): `[dev] NAME`,
 * `up`, `master BRIDGE`, `type KIND` (`bridge_slave`: ports of a bridge). Others (`scope`,
 * `to`, `label`, `group`, `vrf`…) are not simulated.
 */
interface Filter {
  dev?: string;
  up: boolean;
  master?: number;
  kind?: string;
  slaveKind?: string;
}

type Parsed = { readonly filter: Filter } | { readonly error: CommandResult };

function parseSelectors(net: NetworkStack, netns: string, args: readonly string[], fullArgs: readonly string[]): Parsed {
  const filter: Filter = { up: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === 'up') filter.up = true;
    else if (a === 'master') {
      const name = args[++i];
      if (name === undefined) return { error: fail(incomplete, 255) };
      const m = net.findByName(netns, name);
      if (!m) return { error: fail(`${invalidArg(name, 'Device does not exist')}\n`, 255) };
      filter.master = m.index;
    } else if (a === 'type') {
      const kind = args[++i];
      if (kind === undefined) return { error: fail(incomplete, 255) };
      if (kind.endsWith('_slave')) filter.slaveKind = kind.slice(0, -'_slave'.length);
      else filter.kind = kind;
    } else if (['to', 'scope', 'label', 'group', 'vrf', 'nomaster', 'dynamic', 'permanent', 'tentative', 'deprecated', 'dadfailed', 'temporary', 'primary', 'secondary', 'protocol'].includes(a)) {
      return { error: notSimulated('ip', fullArgs) };
    } else {
      let name = a;
      if (a === 'dev') {
        const next = args[++i];
        if (next === undefined) return { error: fail(incomplete, 255) };
        name = next;
      }
      if (filter.dev !== undefined) return { error: fail(duplicateArg('dev', name), 255) };
      filter.dev = name;
    }
  }
  return { filter };
}

function selected(net: NetworkStack, dev: NetDevice, f: Filter): boolean {
  if (f.dev !== undefined && dev.name !== f.dev) return false;
  if (f.up && !dev.up) return false;
  if (f.master !== undefined && dev.master !== f.master) return false;
  if (f.kind !== undefined && linkKind(dev) !== f.kind) return false;
  if (f.slaveKind !== undefined && (f.slaveKind !== 'bridge' || net.masterOf(dev)?.kind !== 'bridge')) return false;
  return true;
}

/** Lists the devices of `netns` as `ip link show …` (what = 'link') or `ip addr show …` does. */
export function ipShow(what: 'link' | 'addr', net: NetworkStack, netns: string, args: readonly string[], o: RenderOptions, fullArgs: readonly string[]): CommandResult {
  const parsed = parseSelectors(net, netns, args, fullArgs);
  if ('error' in parsed) return parsed.error;
  const f = parsed.filter;
  if (f.dev !== undefined && !net.findByName(netns, f.dev)) return fail(noDevice(f.dev), 1);
  const devices = net.list(netns).filter((d) => selected(net, d, f));
  if (o.details && devices.some((d) => !detailsKnown(d))) return notSimulated('ip', fullArgs);
  const render = what === 'link' ? renderLink : renderAddr;
  return ok(devices.map((d) => render(net, d, o)).join(''));
}

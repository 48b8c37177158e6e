import { contains, ipToInt, isIPv4, parseCidr } from '../../../sim/net/ip.js';
import { type CommandResult, fail, ok } from '../../command-result.js';
import type { DockerInvocation } from '../cli/command.js';
import { flagBool, flagString, flagStrings } from '../cli/flags.js';
import { bool, daemonMessage, dialFailure, keyValues, list, netCommand, str } from './common.js';

const notSimulated = (what: string): CommandResult => fail(`dockerlings: 'docker network create ${what}' is not simulated yet — try it with --backend docker\n`, 1);

/** subnetMatches of the CLI: does `data` (an address or a CIDR; a range always a CIDR) lie in `subnet`? */
function subnetMatches(subnet: string, data: string, cidr = data.includes('/')): { ok: true; match: boolean } | { ok: false; error: string } {
  const s = parseCidr(subnet);
  if (!s) return { ok: false, error: `invalid subnet: invalid CIDR address: ${subnet}` };
  if (cidr) {
    const d = parseCidr(data);
    if (!d) return { ok: false, error: `invalid CIDR address: ${data}` };
    return { ok: true, match: contains(s, d.base) };
  }
  return { ok: true, match: isIPv4(data) && contains(s, ipToInt(data)) };
}

/**
 * The CLI's consolidateIpam: --subnet, --ip-range and --gateway checked against each other
 * before anything is sent (texts observed from CLI 28: `no matching subnet for gateway X`).
 */
export function consolidateIpam(subnets: readonly string[], ranges: readonly string[], gateways: readonly string[]): string | undefined {
  if (subnets.length < ranges.length || subnets.length < gateways.length) return 'every ip-range or gateway must have a corresponding subnet';
  for (let i = 0; i < subnets.length; i++) {
    for (let j = 0; j < i; j++) {
      const a = subnetMatches(subnets[i] as string, subnets[j] as string);
      if (!a.ok) return a.error;
      const b = subnetMatches(subnets[j] as string, subnets[i] as string);
      if (!b.ok) return b.error;
      if (a.match || b.match) return 'multiple overlapping subnet configuration is not supported';
    }
  }
  const assign = (values: readonly string[], what: 'range' | 'gateway'): string | undefined => {
    const taken = new Map<string, string>();
    for (const v of values) {
      let match = false;
      for (const s of subnets) {
        const m = subnetMatches(s, v, what === 'range' || v.includes('/'));
        if (!m.ok) return m.error;
        if (!m.match) continue;
        const prev = taken.get(s);
        if (prev !== undefined) {
          return what === 'range' ? `cannot configure multiple ranges (${v}, ${prev}) on the same subnet (${s})` : `cannot configure multiple gateways (${v}, ${prev}) for the same subnet (${s})`;
        }
        taken.set(s, v);
        match = true;
      }
      if (!match) return `no matching subnet for ${what} ${v}`;
    }
    return undefined;
  };
  return assign(ranges, 'range') ?? assign(gateways, 'gateway');
}

function run(inv: DockerInvocation): CommandResult {
  const f = inv.flags;
  const name = inv.args[0] as string;
  const subnets = flagStrings(f, 'subnet');
  const ranges = flagStrings(f, 'ip-range');
  const gateways = flagStrings(f, 'gateway');
  const bad = consolidateIpam(subnets, ranges, gateways);
  if (bad) return fail(`${bad}\n`, 1);
  for (const flag of ['aux-address', 'ipam-opt']) if (flagStrings(f, flag).length > 0) return notSimulated(`--${flag}`);
  for (const flag of ['ipv6', 'config-only', 'ingress']) if (flagBool(f, flag)) return notSimulated(`--${flag}`);
  if (f.values.get('ipv4') === false) return notSimulated('--ipv4=false');
  if (flagString(f, 'config-from')) return notSimulated('--config-from');
  const ipamDriver = flagString(f, 'ipam-driver');
  if (ipamDriver !== undefined && ipamDriver !== 'default') return notSimulated('--ipam-driver');
  const refused = inv.dial('HEAD', '/_ping');
  if (refused) return dialFailure(refused);
  const driver = flagString(f, 'driver') ?? 'bridge';
  const options = keyValues(flagStrings(f, 'opt'));
  const scope = flagString(f, 'scope');
  try {
    if (scope === 'swarm' && !inv.engine.state.swarm) {
      return fail('Error response from daemon: cannot create a swarm scoped network when swarm is not active\n', 1);
    }
    if (scope !== undefined && scope !== '' && !(scope === 'local' && driver !== 'overlay') && !(scope === 'swarm' && driver === 'overlay')) return notSimulated('--scope');
    if (subnets.length > 1) {
      if (driver === 'bridge') return fail("Error response from daemon: bridge driver doesn't support multiple subnets\n", 1);
      return notSimulated('with several --subnet');
    }
    const parent = options.get('parent');
    if (driver === 'macvlan' && parent?.includes('.') && inv.engine.state.kernel.net.findByName('host', parent.slice(0, parent.indexOf('.')))) {
      return notSimulated('-d macvlan -o parent=<interface>.<vlan>');
    }
    if (driver === 'ipvlan') return notSimulated('-d ipvlan');
    const net = inv.engine.networkCreate({
      name,
      driver,
      ...(subnets[0] !== undefined ? { subnet: subnets[0] } : {}),
      ...(gateways[0] !== undefined ? { gateway: gateways[0] } : {}),
      ...(ranges[0] !== undefined ? { ipRange: ranges[0] } : {}),
      internal: flagBool(f, 'internal'),
      attachable: flagBool(f, 'attachable'),
      options,
      labels: keyValues(flagStrings(f, 'label')),
    });
    return ok(`${net.id}\n`);
  } catch (e) {
    return fail(`${daemonMessage(e)}\n`, 1);
  }
}

export const networkCreate = netCommand({
  path: 'docker network create',
  args: { kind: 'exact', n: 1 },
  flags: [
    bool('attachable'), list('aux-address'), str('config-from'), bool('config-only'), str('driver', 'd'), list('gateway'), bool('ingress'),
    bool('internal'), list('ip-range'), str('ipam-driver'), list('ipam-opt'), bool('ipv4'), bool('ipv6'), list('label'), list('opt', 'o'),
    str('scope'), list('subnet'),
  ],
  run,
});

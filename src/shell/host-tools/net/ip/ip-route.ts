import type { NetworkStack, Route } from '../../../../sim/kernel/net-devices.js';
import { ipToInt, isIPv4, maskOf, parseCidr } from '../../../../sim/net/ip.js';
import { type CommandResult, fail, ok } from '../../../command-result.js';
import { notSimulated } from '../not-simulated.js';
import type { Family } from './ip-render.js';
import { incomplete } from './ip-texts.js';

/**
 * `ip route [list|show] [dev DEV] [PREFIX|default] [table main]` and `ip route get ADDR`, as
 * iproute2 prints the kernel's main table: in the FIB trie's order (by destination, default
 * first), `linkdown` on a route whose device has no carrier (docker0 before its first container).
 */

const dstKey = (r: Route): [number, number] => {
  if (r.dst === 'default') return [0, 0];
  const c = parseCidr(r.dst);
  return c ? [c.base, c.prefix] : [0, 0];
};

/** The main table in kernel order. */
export function sortedRoutes(net: NetworkStack, netns: string): Route[] {
  return [...(net.namespaces.get(netns)?.routes ?? [])].sort((a, b) => {
    const [ab, ap] = dstKey(a);
    const [bb, bp] = dstKey(b);
    return ab - bb || ap - bp;
  });
}

function linkDown(net: NetworkStack, netns: string, devName: string): boolean {
  const dev = net.findByName(netns, devName);
  return dev !== undefined && !net.hasCarrier(dev);
}

function routeLine(net: NetworkStack, netns: string, r: Route, showDev: boolean): string {
  return `${r.dst} ${r.via ? `via ${r.via} ` : ''}${showDev ? `dev ${r.dev} ` : ''}${r.proto ? `proto ${r.proto} ` : ''}`
    + `${r.scope ? `scope ${r.scope} ` : ''}${r.src ? `src ${r.src} ` : ''}${linkDown(net, netns, r.dev) ? 'linkdown ' : ''}\n`;
}

/** The IPv6 routes the kernel adds for link-local addresses: one fe80::/64 per device that has one. */
function ipv6Lines(net: NetworkStack, netns: string, dev: string | undefined): string {
  return net.list(netns)
    .filter((d) => d.kind !== 'loopback' && (d.inet6 ?? []).some((a) => a.scope === 'link') && (dev === undefined || d.name === dev))
    .map((d) => `fe80::/64 ${dev === undefined ? `dev ${d.name} ` : ''}proto kernel metric 256 pref medium\n`).join('');
}

export function ipRouteList(net: NetworkStack, netns: string, args: readonly string[], family: Family, fullArgs: readonly string[]): CommandResult {
  let dev: string | undefined;
  let prefix: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === 'dev' || a === 'oif') {
      dev = args[++i];
      if (dev === undefined) return fail(incomplete, 255);
    } else if (a === 'table') {
      const t = args[++i];
      if (t === undefined) return fail(incomplete, 255);
      if (t !== 'main') return notSimulated('ip', fullArgs);
    } else if (a === 'default' || parseCidr(a) || isIPv4(a)) prefix = a === 'default' || a.includes('/') ? a : `${a}/32`;
    else return notSimulated('ip', fullArgs);
  }
  if (dev !== undefined && !net.findByName(netns, dev)) return fail(`Cannot find device "${dev}"\n`, 1);
  if (family === 'inet6') return ok(prefix === undefined ? ipv6Lines(net, netns, dev) : '');
  const lines = sortedRoutes(net, netns)
    .filter((r) => (dev === undefined || r.dev === dev) && (prefix === undefined || r.dst === prefix))
    .map((r) => routeLine(net, netns, r, dev === undefined));
  return ok(lines.join(''));
}

/** The route the kernel would pick for `addr`: the longest matching prefix. */
export function lookupRoute(net: NetworkStack, netns: string, addr: string): Route | undefined {
  const n = ipToInt(addr);
  let best: Route | undefined;
  let bestLen = -1;
  for (const r of net.namespaces.get(netns)?.routes ?? []) {
    const c = r.dst === 'default' ? { base: 0, prefix: 0 } : parseCidr(r.dst);
    if (!c || ((n & maskOf(c.prefix)) >>> 0) !== ((c.base & maskOf(c.prefix)) >>> 0) || c.prefix <= bestLen) continue;
    best = r;
    bestLen = c.prefix;
  }
  return best;
}

/** `ip route get ADDR` for an address that is not the namespace's own. */
export function ipRouteGet(net: NetworkStack, netns: string, args: readonly string[], uid: number, fullArgs: readonly string[]): CommandResult {
  const addr = args[0];
  if (addr === undefined) return fail(incomplete, 255);
  if (args.length > 1 || !isIPv4(addr)) return notSimulated('ip', fullArgs);
  const own = net.list(netns).some((d) => d.addresses.some((a) => a.ip === addr));
  if (own) return notSimulated('ip', fullArgs);
  const r = lookupRoute(net, netns, addr);
  if (!r) return fail('RTNETLINK answers: Network is unreachable\n', 2);
  const src = r.src ?? net.findByName(netns, r.dev)?.addresses[0]?.ip;
  return ok(`${addr} ${r.via ? `via ${r.via} ` : ''}dev ${r.dev} ${src ? `src ${src} ` : ''}uid ${uid} \n    cache \n`);
}

import type { NetDevice, NetworkStack } from '../../../../sim/kernel/net-devices.js';
import { ipToInt, isIPv4, maskOf, parseCidr } from '../../../../sim/net/ip.js';
import { type CommandResult, fail, ok } from '../../../command-result.js';
import type { ProgramContext } from '../../../program.js';
import { BUSYBOX_BANNER } from '../../../text-tools/busybox-usage.js';
import { linkFlags, linkLayer, masterName, peerRef, qdisc, txQueueLen } from '../link-view.js';
import { notSimulated } from '../not-simulated.js';
import { lookupRoute, sortedRoutes } from './ip-route.js';

/**
 * busybox 1.35's `ip` (Debian's busybox-static, as in the fixture images): the old iproute
 * format — no `state`/`mode`/`group`, `M-DOWN` when the peer index is not an up device of
 * this namespace (a veth's peer lives on the host), routes without `proto`, with two spaces
 * before `src`. Objects match by prefix, verbs exactly; errors end in exit 1 (2 for link).
 */
export const BUSYBOX_IP_USAGE = `${BUSYBOX_BANNER}

Usage: ip [OPTIONS] address|route|link|tunnel|neigh|rule [ARGS]

OPTIONS := -f[amily] inet|inet6|link | -o[neline]

ip addr add|del IFADDR dev IFACE | show|flush [dev IFACE] [to PREFIX]
ip route list|flush|add|del|change|append|replace|test ROUTE
ip link set IFACE [up|down] [arp on|off] [multicast on|off]
\t[promisc on|off] [mtu NUM] [name NAME] [qlen NUM] [address MAC]
\t[master IFACE | nomaster] [netns PID]
ip tunnel add|change|del|show [NAME]
\t[mode ipip|gre|sit] [remote ADDR] [local ADDR] [ttl TTL]
ip neigh show|flush [to PREFIX] [dev DEV] [nud STATE]
ip rule [list] | add|del SELECTOR ACTION
`;

type Family = 'any' | 'inet' | 'inet6' | 'link';

const usage = (code = 1): CommandResult => fail(BUSYBOX_IP_USAGE, code);
const die = (msg: string, code: number): CommandResult => fail(`ip: ${msg}\n`, code);
const invalid = (arg: string, what: string, code: number): CommandResult => die(`invalid argument '${arg}' to '${what}'`, code);

function linkBlock(net: NetworkStack, dev: NetDevice, sep: string): string {
  const peer = peerRef(net, dev);
  const name = peer ? `${dev.name}@${peer.label}` : dev.name;
  const flags = [...linkFlags(net, dev), ...(peer && !peer.upHere ? ['M-DOWN'] : [])];
  const master = masterName(net, dev);
  const qlen = txQueueLen(dev);
  return `${dev.index}: ${name}: <${flags.join(',')}> mtu ${dev.mtu} qdisc ${qdisc(dev)} ${master ? `master ${master} ` : ''}${qlen ? `qlen ${qlen}` : ''}${sep}    ${linkLayer(dev)}`;
}

function showDevices(net: NetworkStack, netns: string, args: readonly string[], family: Family, oneline: boolean, linkOnly: boolean, code: number): CommandResult {
  let dev: string | undefined;
  let up = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === 'up') up = true;
    else if (a === 'to' || a === 'scope' || a === 'label') return notSimulated('ip', args);
    else {
      let name = a;
      if (a === 'dev') {
        const next = args[++i];
        if (next === undefined) return die('command line is not complete, try "help"', code);
        name = next;
      }
      if (dev !== undefined) return die(`either "dev" is duplicate, or "${name}" is garbage`, code);
      dev = name;
    }
  }
  if (dev !== undefined && !net.findByName(netns, dev)) return die(`can't find device '${dev}'`, code);
  const sep = oneline ? '\\' : '\n';
  let out = '';
  for (const d of net.list(netns)) {
    if ((dev !== undefined && d.name !== dev) || (up && !d.up)) continue;
    if (linkOnly || family === 'link') {
      out += `${linkBlock(net, d, sep)}\n`;
      continue;
    }
    const inet = family === 'inet6' ? [] : d.addresses;
    if (family !== 'any' && inet.length === 0) continue; // no IPv6 in a container: -6 shows nothing
    const blocks = inet.map((a) => `    inet ${a.ip}/${a.prefix} ${a.broadcast ? `brd ${a.broadcast} ` : ''}scope ${a.scope} ${d.name}${sep}       valid_lft forever preferred_lft forever`);
    if (oneline) out += blocks.map((b) => `${d.index}: ${d.name}${b}\n`).join('');
    else {
      const head = linkBlock(net, d, '\n').split('\n');
      out += `${[head[0], ...(family === 'any' ? [head[1]] : []), ...blocks].join('\n')}\n`;
    }
  }
  return ok(out);
}

function routes(net: NetworkStack, netns: string, args: readonly string[]): CommandResult {
  let dev: string | undefined;
  let prefix: { base: number; prefix: number } | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === 'dev' || a === 'oif') dev = args[++i];
    else if (a === 'table') i++;
    else if (a === 'default') prefix = { base: 0, prefix: 0 };
    else if (parseCidr(a)) prefix = parseCidr(a);
    else if (isIPv4(a)) prefix = { base: ipToInt(a), prefix: 32 };
    else return notSimulated('ip', ['route', ...args]);
  }
  if (dev !== undefined && !net.findByName(netns, dev)) return die(`can't find device '${dev}'`, 1);
  // busybox selects by "root" (routes inside the prefix): `default` is every route.
  const inside = (dst: string): boolean => {
    if (!prefix) return true;
    const c = dst === 'default' ? { base: 0, prefix: 0 } : parseCidr(dst);
    return !!c && c.prefix >= prefix.prefix && ((c.base & maskOf(prefix.prefix)) >>> 0) === ((prefix.base & maskOf(prefix.prefix)) >>> 0);
  };
  const lines = sortedRoutes(net, netns).filter((r) => (dev === undefined || r.dev === dev) && inside(r.dst))
    .map((r) => `${r.dst} ${r.via ? `via ${r.via} ` : ''}dev ${r.dev} ${r.scope ? `scope ${r.scope} ` : ''}${r.src ? ` src ${r.src} ` : ''}\n`);
  return ok(lines.join(''));
}

function routeGet(net: NetworkStack, netns: string, args: readonly string[]): CommandResult {
  const addr = args[0];
  if (addr === undefined || args.length > 1 || !isIPv4(addr)) return notSimulated('ip', ['route', 'get', ...args]);
  if (net.list(netns).some((d) => d.addresses.some((a) => a.ip === addr))) return notSimulated('ip', ['route', 'get', ...args]);
  const r = lookupRoute(net, netns, addr);
  if (!r) return fail('ip: RTNETLINK answers: Network is unreachable\n', 2);
  const src = r.src ?? net.findByName(netns, r.dev)?.addresses[0]?.ip;
  return ok(`${addr} ${r.via ? `via ${r.via} ` : ''}dev ${r.dev} ${src ? ` src ${src} ` : ''}\n`);
}

const RULES = '0:\tfrom all lookup local \n32766:\tfrom all lookup main \n32767:\tfrom all lookup default \n';

export function busyboxIp(args: readonly string[], ctx: ProgramContext): CommandResult {
  if (args.length === 1 && args[0] === '--help') return { stdout: '', stderr: BUSYBOX_IP_USAGE, exitCode: 0 };
  let family: Family = 'any';
  let oneline = false;
  let i = 0;
  for (; i < args.length; i++) {
    let opt = args[i] as string;
    if (!opt.startsWith('-')) break;
    opt = opt.slice(1);
    if (opt.startsWith('-')) {
      opt = opt.slice(1);
      if (opt === '') {
        i++;
        break;
      }
    }
    if (opt.length > 0 && 'family'.startsWith(opt)) {
      const f = args[++i];
      if (f === undefined) return usage();
      if (f !== 'inet' && f !== 'inet6' && f !== 'link') return invalid(f, 'family', 1);
      family = f;
    } else if (opt === '4') family = 'inet';
    else if (opt === '6') family = 'inet6';
    else if (opt === '0') family = 'link';
    else if (opt.length > 0 && 'oneline'.startsWith(opt)) oneline = true;
    else return usage();
  }
  const object = args[i];
  const rest = args.slice(i + 1);
  const obj = object === undefined ? undefined : ['address', 'route', 'r', 'link', 'tunnel', 'tunl', 'rule', 'neigh'].find((k) => k.startsWith(object));
  if (!obj) return usage();
  const net = ctx.host.kernel.net;
  const verb = rest[0];
  switch (obj) {
    case 'address': {
      if (verb === undefined || verb === 'show' || verb === 'list' || verb === 'lst') return showDevices(net, ctx.netns, rest.slice(1), family, oneline, false, 1);
      if (['add', 'change', 'chg', 'replace', 'delete', 'flush'].includes(verb)) return notSimulated('ip', args);
      return invalid(verb, 'ip', 1);
    }
    case 'link': {
      if (verb === undefined || verb === 'show' || verb === 'list' || verb === 'lst') return showDevices(net, ctx.netns, rest.slice(1), family, oneline, true, 2);
      if (verb === 'set' && !ctx.container?.hostConfig.privileged) return die('SIOCSIFFLAGS: Operation not permitted', 2);
      if (['add', 'delete', 'set'].includes(verb)) return notSimulated('ip', args);
      return invalid(verb, 'ip', 2);
    }
    case 'route':
    case 'r': {
      if (verb === undefined || verb === 'show' || verb === 'list') return routes(net, ctx.netns, rest.slice(1));
      if (verb === 'get') return routeGet(net, ctx.netns, rest.slice(1));
      if (['add', 'append', 'change', 'chg', 'delete', 'prepend', 'replace', 'test', 'flush'].includes(verb)) return notSimulated('ip', args);
      return invalid(verb, 'ip', 1);
    }
    case 'rule':
      return verb === undefined || verb === 'list' || verb === 'show' ? ok(RULES) : notSimulated('ip', args);
    case 'neigh':
      // Nothing flows in the simulator, so a container's neighbour cache stays empty.
      return verb === undefined || verb === 'show' ? ok('') : notSimulated('ip', args);
    default:
      return notSimulated('ip', args);
  }
}

import { remotePeers } from '../../../../sim/net/overlay-peers.js';
import { type CommandResult, fail, ok } from '../../../command-result.js';
import type { ProgramContext } from '../../../program.js';
import { notSimulated } from '../not-simulated.js';
import type { Family, RenderOptions } from './ip-render.js';
import { ipLinkChange } from './ip-link-change.js';
import { ipRouteGet, ipRouteList } from './ip-route.js';
import { ipShow } from './ip-show.js';
import { invalidArg, IP_USAGE, IP_VERSION, unknownCommand } from './ip-texts.js';

/**
 * iproute2's `ip` (ip.c): global options matched by prefix in ip.c's order (`-b` is -batch,
 * `-br` -brief, `-h` -human…), then the object, matched by prefix in the order of its table
 * (`a` is address, `l` link, `r` route, `n` neighbor). Objects other than address, link,
 * route, neighbour and netns are not simulated.
 */
type Opt = { readonly name: string; readonly arg?: boolean };

const OPTIONS: readonly Opt[] = [
  { name: '-loops', arg: true }, { name: '-family', arg: true }, { name: '-4' }, { name: '-6' }, { name: '-0' },
  { name: '-M' }, { name: '-B' }, { name: '-human' }, { name: '-human-readable' }, { name: '-iec' }, { name: '-stats' },
  { name: '-statistics' }, { name: '-details' }, { name: '-resolve' }, { name: '-oneline' }, { name: '-timestamp' },
  { name: '-tshort' }, { name: '-Version' }, { name: '-force' }, { name: '-batch', arg: true }, { name: '-brief' },
  { name: '-json' }, { name: '-pretty' }, { name: '-rcvbuf', arg: true }, { name: '-color' }, { name: '-help' },
  { name: '-netns', arg: true }, { name: '-Numeric' }, { name: '-all' },
];

/** Options ip.c compares with strcmp, not as prefixes. */
const EXACT = new Set(['-4', '-6', '-0', '-M', '-B']);

const OBJECTS = ['address', 'addrlabel', 'maddress', 'route', 'rule', 'neighbor', 'neighbour', 'ntable', 'ntbl', 'link', 'l2tp',
  'fou', 'ila', 'macsec', 'tunnel', 'tunl', 'tuntap', 'tap', 'token', 'tcpmetrics', 'tcp_metrics', 'monitor', 'xfrm',
  'mroute', 'mrule', 'netns', 'netconf', 'vrf', 'sr', 'nexthop', 'mptcp', 'ioam', 'help', 'stats'];

/** The verbs of `ip link` (iplink.c) and `ip address` (ipaddress.c), in the order they are tried. */
const LINK_VERBS = ['add', 'set', 'change', 'replace', 'delete', 'show', 'lst', 'list', 'xstats', 'afstats', 'property', 'help'];
const ADDR_VERBS = ['add', 'change', 'chg', 'replace', 'delete', 'list', 'show', 'lst', 'flush', 'save', 'showdump', 'restore', 'help'];

/** iproute2's matches(): is `s` a non-empty prefix of `full`? */
export const matches = (s: string, full: string): boolean => s.length > 0 && full.startsWith(s);

/** The policy routing rules every namespace starts with. */
const RULES = '0:\tfrom all lookup local\n32766:\tfrom all lookup main\n32767:\tfrom all lookup default\n';

const usage = (): CommandResult => fail(IP_USAGE, 255);

/** Options that change nothing the simulator prints (numbers are never large, names never resolved). */
const HARMLESS = new Set(['-human', '-human-readable', '-iec', '-Numeric']);

export function ipProgram(args: readonly string[], ctx: ProgramContext): CommandResult {
  const o = { family: 'any' as Family, brief: false, oneline: false, details: false, stats: false };
  let i = 0;
  for (; i < args.length; i++) {
    let a = args[i] as string;
    if (a === '--') {
      i++;
      break;
    }
    if (!a.startsWith('-')) break;
    if (a.startsWith('--')) a = a.slice(1);
    const opt = a.startsWith('-color=') ? { name: '-color' } : OPTIONS.find((x) => (EXACT.has(x.name) ? a === x.name : matches(a, x.name)));
    if (!opt) return fail(`Option "${a}" is unknown, try "ip -help".\n`, 255);
    if (opt.name === '-help') return usage();
    if (opt.name === '-Version') return ok(`${IP_VERSION}\n`);
    if (opt.name === '-family') {
      const fam = args[++i];
      if (fam === undefined || fam === 'help') return usage();
      const f = ({ inet: 'inet', inet6: 'inet6', link: 'link' } as Record<string, Family>)[fam];
      if (!f) return fam === 'mpls' || fam === 'bridge' ? notSimulated('ip', args) : fail(invalidArg(fam, 'invalid protocol family'), 255);
      o.family = f;
    } else if (opt.name === '-4') o.family = 'inet';
    else if (opt.name === '-6') o.family = 'inet6';
    else if (opt.name === '-0') o.family = 'link';
    else if (opt.name === '-brief') o.brief = true;
    else if (opt.name === '-oneline') o.oneline = true;
    else if (opt.name === '-details') o.details = true;
    else if (opt.name === '-stats' || opt.name === '-statistics') o.stats = true;
    else if (!HARMLESS.has(opt.name)) return notSimulated('ip', args);
    if (opt.arg && !['-family'].includes(opt.name)) i++;
  }
  const object = args[i];
  if (object === undefined) return usage();
  const rest = args.slice(i + 1);
  const obj = OBJECTS.find((x) => matches(object, x));
  if (!obj) return fail(`Object "${object}" is unknown, try "ip help".\n`, 1);
  const net = ctx.host.kernel.net;
  const r: RenderOptions = o;
  switch (obj) {
    case 'help':
      return usage();
    case 'address':
    case 'link': {
      const what = obj === 'link' ? 'link' : 'addr';
      const sub = rest[0];
      if (sub === undefined) return ipShow(what, net, ctx.netns, [], r, args);
      const verb = (obj === 'link' ? LINK_VERBS : ADDR_VERBS).find((v) => matches(sub, v));
      if (verb === undefined) return fail(unknownCommand(sub, obj), 255);
      if (verb === 'show' || verb === 'list' || verb === 'lst') return ipShow(what, net, ctx.netns, rest.slice(1), r, args);
      if (obj === 'link' && ['add', 'set', 'change', 'replace', 'delete'].includes(verb)) return ipLinkChange(ctx, verb, rest.slice(1), args);
      return notSimulated('ip', args);
    }
    case 'route': {
      const sub = rest[0];
      if (sub === undefined) return ipRouteList(net, ctx.netns, [], o.family, args);
      if (matches(sub, 'list') || matches(sub, 'show') || matches(sub, 'lst')) return ipRouteList(net, ctx.netns, rest.slice(1), o.family, args);
      if (matches(sub, 'get')) return ipRouteGet(net, ctx.netns, rest.slice(1), ctx.cred.uid, args);
      if (['add', 'change', 'chg', 'replace', 'prepend', 'append', 'test', 'delete', 'flush', 'save', 'restore', 'showdump', 'help'].some((v) => v === sub || matches(sub, v))) return notSimulated('ip', args);
      return fail(unknownCommand(sub, 'route'), 255);
    }
    case 'neighbor':
    case 'neighbour':
      return neighbours(ctx, rest, args);
    case 'netns':
      return netns(ctx, rest, args);
    case 'rule':
      return rest.length === 0 || (rest.length === 1 && ['list', 'show', 'lst'].some((v) => matches(rest[0] as string, v))) ? ok(RULES) : notSimulated('ip', args);
    default:
      return notSimulated('ip', args);
  }
}

/**
 * `ip neigh [show]`: the host knows its gateway (any outgoing packet needs it); nothing flows
 * between containers in the simulator, so their caches stay empty; an overlay's namespace has
 * the other nodes' endpoints (real order: the kernel's hash table, which the differential sorts).
 */
function neighbours(ctx: ProgramContext, rest: readonly string[], args: readonly string[]): CommandResult {
  const sub = rest[0];
  if (sub !== undefined && !(matches(sub, 'show') || matches(sub, 'list'))) return notSimulated('ip', args);
  if (rest.length > 1) return notSimulated('ip', args);
  // An overlay's namespace: the other nodes' addresses, which libnetwork writes in as permanent.
  const peers = remotePeers(ctx.host, ctx.netns);
  if (peers.length > 0) return ok(peers.map((p) => `${p.ip} dev vxlan0 lladdr ${p.mac} PERMANENT \n`).join(''));
  if (ctx.netns !== 'host') return ok('');
  const gw = ctx.host.kernel.net.ns('host').routes.find((r) => r.dst === 'default');
  return ok(gw?.via ? `${gw.via} dev ${gw.dev} lladdr 52:55:0a:00:02:02 STALE \n` : '');
}

/** `ip netns [list]`: the names under /var/run/netns (none on a Docker host: dockerd keeps its own in /var/run/docker/netns). */
function netns(ctx: ProgramContext, rest: readonly string[], args: readonly string[]): CommandResult {
  const sub = rest[0];
  if (sub !== undefined && !['list', 'ls', 'show'].includes(sub)) return notSimulated('ip', args);
  const r = ctx.fs.list('/var/run/netns');
  return ok(r.ok ? r.entries.map(([n]) => `${n}\n`).join('') : '');
}

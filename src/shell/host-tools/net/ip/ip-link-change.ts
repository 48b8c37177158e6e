import type { NetDevice } from '../../../../sim/kernel/net-devices.js';
import { type CommandResult, fail, ok } from '../../../command-result.js';
import type { ProgramContext } from '../../../program.js';
import { notSimulated } from '../not-simulated.js';
import { duplicateArg, incomplete, invalidArg } from './ip-texts.js';

/**
 * `ip link add|delete|set` (iplink.c, iproute2 6.1) for what a Docker lesson needs: a veth pair
 * or a dummy link to use as a macvlan parent, deleting them, setting a link up or down. As
 * iproute2 does: the arguments are parsed first (exit 255), then the device looked up (exit 1),
 * then the kernel asked, whose refusals come back as `RTNETLINK answers: …` (exit 2).
 * Recorded in a network namespace of the reference host (`ip netns exec`, and `runuser -u
 * nobody` for the refusals).
 */

const EPERM = 'RTNETLINK answers: Operation not permitted\n';
const EEXIST = 'RTNETLINK answers: File exists\n';
const EOPNOTSUPP = 'RTNETLINK answers: Operation not supported\n';
const noDevice = (name: string): CommandResult => fail(`Cannot find device "${name}"\n`, 1);

/** Link kinds iproute2 knows (its link_*.c) that the simulator does not create. */
const OTHER_KINDS = new Set(['bridge', 'macvlan', 'macvtap', 'ipvlan', 'ipvtap', 'vlan', 'vxlan', 'bond', 'team', 'gre', 'gretap',
  'ipip', 'sit', 'vti', 'geneve', 'wireguard', 'tun', 'tap', 'vrf', 'ifb', 'nlmon', 'veth-pair', 'can', 'vcan', 'bareudp', 'xfrm', 'netkit']);

/** IFNAMSIZ - 1, and no '/', ':' or white space (dev_valid_name; iproute2's check_ifname). */
const validName = (n: string): boolean => n.length > 0 && n.length < 16 && n !== '.' && n !== '..' && !/[/:\s]/.test(n);
/** check_altifname: the same characters, up to ALTIFNAMSIZ (128); the kernel refuses what is longer than IFNAMSIZ. */
const validAltName = (n: string): boolean => n.length > 0 && n.length < 128 && n !== '.' && n !== '..' && !/[/:\s]/.test(n);

/** Options of iplink_parse that take a value (or, for the last two, none) and that the simulator does not change. */
const OTHER_OPTIONS = new Set(['mtu', 'address', 'broadcast', 'brd', 'link', 'master', 'netns', 'txqueuelen', 'qlen', 'txqlen', 'alias',
  'group', 'promisc', 'arp', 'multicast', 'allmulticast', 'dynamic', 'trailers', 'numtxqueues', 'numrxqueues', 'vf', 'addrgenmode',
  'protodown', 'gso_max_size', 'gso_max_segs', 'index', 'mode', 'state', 'carrier', 'nomaster', 'noxdp']);
const NO_VALUE = new Set(['nomaster', 'noxdp']);

interface LinkArgs {
  /** The device: a bare word or `dev NAME`; `name NAME` sets it too when none was given. */
  dev?: string;
  /** `name NAME`: the new device's name (add) or a new name (set: not simulated). */
  name?: string;
  type?: string;
  typeArgs: readonly string[];
  state?: 'up' | 'down';
  other: boolean;
}

/** iplink_parse (6.1): the words before `type`, then the type's own. */
function parseLinkArgs(args: readonly string[]): LinkArgs | CommandResult {
  let dev: string | undefined;
  let name: string | undefined;
  let devFromName = false;
  let state: 'up' | 'down' | undefined;
  let other = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === 'up' || a === 'down') state = a;
    else if (a === 'name') {
      const v = args[++i];
      if (v === undefined) return fail(incomplete, 255);
      if (name !== undefined) return fail(`Error: duplicate "name": "${v}" is the second value.\n`, 255);
      if (!validName(v)) return fail(invalidArg(v, '"name" not a valid ifname'), 255);
      name = v;
      if (dev === undefined) {
        dev = v;
        devFromName = true;
      }
    } else if (a === 'type') {
      const v = args[++i];
      if (v === undefined) return fail(incomplete, 255);
      return { ...(dev !== undefined ? { dev } : {}), ...(name !== undefined ? { name } : {}), type: v, typeArgs: args.slice(i + 1), ...(state ? { state } : {}), other };
    } else if (OTHER_OPTIONS.has(a)) {
      if (!NO_VALUE.has(a) && args[++i] === undefined) return fail(incomplete, 255);
      other = true;
    } else {
      let v = a;
      if (a === 'dev') {
        const next = args[++i];
        if (next === undefined) return fail(incomplete, 255);
        v = next;
      }
      // `dev != name` in C: a device given as a word already, not through `name`.
      if (dev !== undefined && !devFromName) return fail(duplicateArg('dev', v), 255);
      if (!validAltName(v)) return fail(invalidArg(v, '"dev" not a valid ifname'), 255);
      dev = v;
      devFromName = false;
    }
  }
  return { ...(dev !== undefined ? { dev } : {}), ...(name !== undefined ? { name } : {}), typeArgs: [], ...(state ? { state } : {}), other };
}

const isResult = <T extends object>(x: T | CommandResult): x is CommandResult => 'exitCode' in x;

/** iplink_modify for a new device: `name` and another device word cannot both be given. */
const bothNames = (p: LinkArgs): boolean => p.name !== undefined && p.dev !== undefined && p.name !== p.dev;
const BOTH = 'both "name" and "dev" cannot be used when creating devices.\n';

/** The lowest free `PREFIX%d` name, as the kernel gives an unnamed link (veth0, dummy0). */
function freeName(ctx: ProgramContext, prefix: string, taken: readonly string[] = []): string {
  let n = 0;
  while (ctx.host.kernel.net.findByName(ctx.netns, `${prefix}${n}`) || taken.includes(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

function add(ctx: ProgramContext, args: readonly string[], full: readonly string[]): CommandResult {
  const parsed = parseLinkArgs(args);
  if (isResult(parsed)) return parsed;
  if (bothNames(parsed)) return fail(BOTH, 255);
  if (parsed.type === undefined) return fail('Not enough information: "type" argument is required\n', 1);
  // Without CAP_NET_ADMIN the kernel refuses any change, before it looks at what was asked.
  const root = ctx.cred.uid === 0;
  if (parsed.other || parsed.state !== undefined) return root ? notSimulated('ip', full) : fail(EPERM, 2);
  const net = ctx.host.kernel.net;
  const type = parsed.type;
  let peer: string | undefined;
  if (type === 'veth') {
    const rest = parsed.typeArgs;
    if (rest.length > 0) {
      if (rest[0] !== 'peer') return fail("Usage: ip link <options> type veth [peer <options>]\nTo get <options> type 'ip link add help'\n", 1);
      const p = parseLinkArgs(rest.slice(1));
      if (isResult(p)) return p;
      if (bothNames(p)) return fail(BOTH, 255);
      if (p.other || p.state !== undefined || p.type !== undefined) return root ? notSimulated('ip', full) : fail(EPERM, 2);
      peer = p.dev;
    }
  } else if (OTHER_KINDS.has(type)) return root || parsed.typeArgs.length > 0 ? notSimulated('ip', full) : fail(EPERM, 2);
  // iproute2 has no link_dummy.c: like an unknown kind, anything after it is garbage.
  else if (parsed.typeArgs.length > 0) return fail(`Garbage instead of arguments "${parsed.typeArgs[0] ?? ''} ...". Try "ip link help".\n`, 1);
  if (!root) return fail(EPERM, 2);
  if (type !== 'veth' && type !== 'dummy') return fail('Error: Unknown device type.\n', 2);
  for (const n of [parsed.dev, peer]) if (n !== undefined && !validName(n)) return fail('Error: Attribute failed policy validation.\n', 2);
  const name = parsed.dev ?? freeName(ctx, type === 'veth' ? 'veth' : 'dummy');
  if (net.findByName(ctx.netns, name)) return fail(EEXIST, 2);
  const rnd = ctx.host.rnd;
  if (type === 'dummy') {
    net.addDevice(ctx.netns, { name, kind: 'dummy', mac: rnd.mac(), mtu: 1500, up: false, addresses: [], txqlen: 1000 });
    return ok('');
  }
  const peerName = peer ?? freeName(ctx, 'veth', [name]);
  if (peerName === name || net.findByName(ctx.netns, peerName)) return fail(EEXIST, 2);
  // veth_newlink registers the peer first: it gets the lower index.
  const peerMac = rnd.mac();
  net.addVethPair({ name: peerName, mac: peerMac }, { name, mac: rnd.mac() }, 1500, { netns: ctx.netns, txqlen: 1000 });
  return ok('');
}

/** What `ip link delete` may take away here: what a user makes (veth pairs, dummies); not the machine's NIC or lo. */
function deletable(dev: NetDevice): 'yes' | 'unsupported' | 'not-simulated' {
  if (dev.kind === 'loopback' || dev.kind === 'ether') return 'unsupported';
  if (dev.kind === 'dummy') return 'yes';
  // A pair dockerd made for a container (its other end in the container) is dockerd's to remove.
  if (dev.kind === 'veth' && dev.link?.netns === dev.netns) return 'yes';
  return 'not-simulated';
}

/** The device `delete` or `set` names, for root: it and the parsed arguments, or what ip says instead. */
function targetDevice(ctx: ProgramContext, args: readonly string[]): { readonly parsed: LinkArgs; readonly dev: NetDevice } | CommandResult {
  const parsed = parseLinkArgs(args);
  if (isResult(parsed)) return parsed;
  if (parsed.dev === undefined) return fail('Not enough information: "dev" argument is required.\n', 255);
  const dev = ctx.host.kernel.net.findByName(ctx.netns, parsed.dev);
  if (!dev) return noDevice(parsed.dev);
  if (ctx.cred.uid !== 0) return fail(EPERM, 2);
  return { parsed, dev };
}

function del(ctx: ProgramContext, args: readonly string[], full: readonly string[]): CommandResult {
  const target = targetDevice(ctx, args);
  if (isResult(target)) return target;
  const { parsed, dev } = target;
  const net = ctx.host.kernel.net;
  if (parsed.other || parsed.name !== undefined || parsed.state !== undefined || parsed.type !== undefined) return notSimulated('ip', full);
  const verdict = deletable(dev);
  if (verdict === 'unsupported') return fail(EOPNOTSUPP, 2);
  if (verdict === 'not-simulated') return notSimulated('ip', full);
  net.removeDevice(ctx.netns, dev.index);
  return ok('');
}

function set(ctx: ProgramContext, args: readonly string[], full: readonly string[]): CommandResult {
  const target = targetDevice(ctx, args);
  if (isResult(target)) return target;
  const { parsed, dev } = target;
  const net = ctx.host.kernel.net;
  // `set DEV name NEW` renames: not simulated, like the other changes.
  if (parsed.other || parsed.name !== undefined || parsed.type !== undefined) return notSimulated('ip', full);
  if (parsed.state === undefined) return ok('');
  net.setUp(dev, parsed.state === 'up');
  return ok('');
}

/** `ip link add|set|delete …` (`change` and `replace` are not simulated). */
export function ipLinkChange(ctx: ProgramContext, verb: string, args: readonly string[], full: readonly string[]): CommandResult {
  if (verb === 'add') return add(ctx, args, full);
  if (verb === 'delete') return del(ctx, args, full);
  if (verb === 'set') return set(ctx, args, full);
  if (ctx.cred.uid !== 0) return fail(EPERM, 2);
  return notSimulated('ip', full);
}

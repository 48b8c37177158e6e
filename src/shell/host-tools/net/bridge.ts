import type { NetDevice } from '../../../sim/kernel/net-devices.js';
import { type CommandResult, fail, ok } from '../../command-result.js';
import type { ProgramContext } from '../../program.js';
import { bridgeId } from '../../../sim/kernel/sysfs-net-attrs.js';
import { linkFlags, nameWithPeer } from './link-view.js';
import { notSimulated } from './not-simulated.js';
import { remotePeers } from '../../../sim/net/overlay-peers.js';

/**
 * iproute2's `bridge link [show] [dev DEV]` (6.1) and bridge-utils' `brctl show [BRIDGE…]`
 * (1.7): the ports of the namespace's bridges. A Docker bridge runs without STP, so every
 * up port is forwarding. (iproute2 6.1 ignores `master BR` in `bridge link show`: it lists
 * every port, and so does this.)
 */
const BRIDGE_USAGE = `Usage: bridge [ OPTIONS ] OBJECT { COMMAND | help }
       bridge [ -force ] -batch filename
where  OBJECT := { link | fdb | mdb | vlan | monitor }
       OPTIONS := { -V[ersion] | -s[tatistics] | -d[etails] |
                    -o[neline] | -t[imestamp] | -n[etns] name |
                    -c[ompressvlans] -color -p[retty] -j[son] }
`;

const BRIDGE_OPTIONS = ['-Version', '-stats', '-statistics', '-details', '-oneline', '-timestamp', '-netns', '-compressvlans', '-color', '-pretty', '-json', '-batch', '-force', '-help'];

const DETAILS = '    hairpin off guard off root_block off fastleave off learning on flood on mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated off locked off \n';

function portLine(ctx: ProgramContext, port: NetDevice, master: NetDevice, details: boolean): string {
  const net = ctx.host.kernel.net;
  const state = net.hasCarrier(port) ? 'forwarding' : 'disabled';
  return `${port.index}: ${nameWithPeer(net, port)}: <${linkFlags(net, port).join(',')}> mtu ${port.mtu} master ${master.name} state ${state} priority 32 cost 2 \n${details ? DETAILS : ''}`;
}

export function bridgeProgram(args: readonly string[], ctx: ProgramContext): CommandResult {
  let details = false;
  let i = 0;
  for (; i < args.length && (args[i] as string).startsWith('-'); i++) {
    const a = (args[i] as string).startsWith('--') ? (args[i] as string).slice(1) : (args[i] as string);
    const opt = BRIDGE_OPTIONS.find((o) => a.length > 1 && o.startsWith(a));
    if (!opt) return fail(`Option "${a}" is unknown, try "bridge help".\n`, 255);
    if (opt === '-Version') return ok('bridge utility, 6.1.0\n');
    if (opt === '-help') return fail(BRIDGE_USAGE, 255);
    if (opt === '-details') details = true;
    else return notSimulated('bridge', args);
  }
  const object = args[i];
  if (object === undefined) return fail(BRIDGE_USAGE, 255);
  const obj = ['link', 'fdb', 'mdb', 'vlan', 'monitor', 'help'].find((o) => o.startsWith(object));
  if (!obj) return fail(`Object "${object}" is unknown, try "bridge help".\n`, 255);
  if (obj === 'help') return fail(BRIDGE_USAGE, 255);
  if (obj === 'fdb') return vxlanFdb(ctx, args, args.slice(i + 1));
  if (obj !== 'link') return notSimulated('bridge', args);
  const rest = args.slice(i + 1);
  const sub = rest[0];
  if (sub !== undefined && !['show', 'list', 'lst'].some((v) => v.startsWith(sub))) {
    if (['set', 'change', 'help'].some((v) => v.startsWith(sub))) return notSimulated('bridge', args);
    return fail(`Command "${sub}" is unknown, try "bridge link help".\n`, 255);
  }
  const net = ctx.host.kernel.net;
  let dev: string | undefined;
  for (let j = 1; j < rest.length; j++) {
    const a = rest[j] as string;
    if (a === 'dev' || a === 'master') {
      const v = rest[++j];
      if (v === undefined) return fail('Command line is not complete. Try option "help"\n', 255);
      if (a === 'dev') dev = v;
    } else return notSimulated('bridge', args);
  }
  if (dev !== undefined && !net.findByName(ctx.netns, dev)) return fail(`Cannot find device "${dev}"\n`, 255);
  let out = '';
  for (const d of net.list(ctx.netns)) {
    const master = net.masterOf(d);
    if (master && (dev === undefined || d.name === dev)) out += portLine(ctx, d, master, details);
  }
  return ok(out);
}

const BRCTL_USAGE = `Usage: brctl [commands]
commands:
\taddbr     \t<bridge>\t\tadd bridge
\tdelbr     \t<bridge>\t\tdelete bridge
\taddif     \t<bridge> <device>\tadd interface to bridge
\tdelif     \t<bridge> <device>\tdelete interface from bridge
\thairpin   \t<bridge> <port> {on|off}\tturn hairpin on/off
\tsetageing \t<bridge> <time>\t\tset ageing time
\tsetbridgeprio\t<bridge> <prio>\t\tset bridge priority
\tsetfd     \t<bridge> <time>\t\tset bridge forward delay
\tsethello  \t<bridge> <time>\t\tset hello time
\tsetmaxage \t<bridge> <time>\t\tset max message age
\tsetpathcost\t<bridge> <port> <cost>\tset path cost
\tsetportprio\t<bridge> <port> <prio>\tset port priority
\tshow      \t[ <bridge> ]\t\tshow a list of bridges
\tshowmacs  \t<bridge>\t\tshow a list of mac addrs
\tshowstp   \t<bridge>\t\tshow bridge stp info
\tstp       \t<bridge> {on|off}\tturn stp on/off
`;

const byName = (a: NetDevice, b: NetDevice): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** One bridge's rows: its ports sorted by name (brctl reads them from sysfs brif/), the first on the bridge's line. */
function brctlRows(ctx: ProgramContext, bridge: NetDevice): string {
  const ports = ctx.host.kernel.net.portsOf(bridge).sort(byName);
  let s = `${bridge.name}\t\t${bridgeId(bridge)}\tno\t\t${ports[0]?.name ?? ''}\n`;
  for (const p of ports.slice(1)) s += `\t\t\t\t\t\t\t${p.name}\n`;
  return s;
}

export function brctlProgram(args: readonly string[], ctx: ProgramContext): CommandResult {
  const cmd = args[0];
  if (cmd === '--version' || cmd === '-V') return ok('bridge-utils, 1.7\n');
  if (cmd === undefined) return fail('', 1, BRCTL_USAGE);
  if (cmd !== 'show') {
    if (['addbr', 'delbr', 'addif', 'delif', 'hairpin', 'setageing', 'setbridgeprio', 'setfd', 'sethello', 'setmaxage', 'setpathcost', 'setportprio', 'showmacs', 'showstp', 'stp'].includes(cmd)) return notSimulated('brctl', args);
    return fail(`never heard of command [${cmd}]\n`, 1, BRCTL_USAGE);
  }
  const net = ctx.host.kernel.net;
  const header = 'bridge name\tbridge id\t\tSTP enabled\tinterfaces\n';
  const names = args.slice(1);
  if (names.length === 0) return ok(header + net.list(ctx.netns).filter((d) => d.kind === 'bridge').sort(byName).map((b) => brctlRows(ctx, b)).join(''));
  let out = header;
  for (const n of names) {
    const b = net.findByName(ctx.netns, n);
    if (!b || b.kind !== 'bridge') return fail(`bridge ${n} does not exist!\n`, 1, out === header ? '' : out);
    out += brctlRows(ctx, b);
  }
  return ok(out);
}

/**
 * `bridge fdb show dev vxlan0` in an overlay's namespace (recorded on Engine 20.10): what the
 * bridge learned behind vxlan0, vxlan0's own address, then the static entries libnetwork
 * programs for the other nodes' endpoints (`dst` their node). Other fdb listings are not simulated.
 */
function vxlanFdb(ctx: ProgramContext, args: readonly string[], rest: readonly string[]): CommandResult {
  const [sub, devWord, devName, ...more] = rest;
  const dev = devName !== undefined ? ctx.host.kernel.net.findByName(ctx.netns, devName) : undefined;
  if (sub === undefined || !['show', 'list', 'lst'].some((v) => v.startsWith(sub)) || devWord !== 'dev' || more.length > 0 || dev?.kind !== 'vxlan') {
    return notSimulated('bridge', args);
  }
  const master = ctx.host.kernel.net.masterOf(dev);
  const lines = [
    ...(master ? (dev.learned ?? []).map((mac) => `${mac} master ${master.name} `) : []),
    ...(master ? [`${dev.mac} master ${master.name} permanent`] : []),
    ...remotePeers(ctx.host, ctx.netns).map((p) => `${p.mac} dst ${p.vtep} link-netnsid 0 self permanent`),
  ];
  return ok(lines.map((l) => `${l}\n`).join(''));
}

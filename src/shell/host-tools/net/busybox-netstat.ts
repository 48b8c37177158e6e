import { type BoundSocket, boundSockets } from '../../../sim/daemon/listening-sockets.js';
import type { NetworkStack } from '../../../sim/kernel/net-devices.js';
import { intToIp, maskOf, parseCidr } from '../../../sim/net/ip.js';
import { type CommandResult, fail, ok } from '../../command-result.js';
import type { ProgramContext } from '../../program.js';
import { BUSYBOX_BANNER } from '../../text-tools/busybox-usage.js';
import { sortedRoutes } from './ip/ip-route.js';
import { notSimulated } from './not-simulated.js';

/**
 * busybox 1.35's `netstat` and `route` (the fixture images' userland): the routing table as
 * /proc/net/route gives it, and the sockets of /proc/net/tcp, tcp6, udp, udp6. busybox
 * prints an IPv6 socket as `tcp` too (`:::80`), and names nothing it cannot look up (the
 * images have no /etc/services).
 */
const NETSTAT_USAGE = `${BUSYBOX_BANNER}

Usage: netstat [-ral] [-tuwx] [-en]

Display networking information

\t-r\tRouting table
\t-a\tAll sockets
\t-l\tListening sockets
\t\tElse: connected sockets
\t-t\tTCP sockets
\t-u\tUDP sockets
\t-w\tRaw sockets
\t-x\tUnix sockets
\t\tElse: all socket types
\t-e\tOther/more information
\t-n\tDon't resolve names
`;

const ROUTE_USAGE = `${BUSYBOX_BANNER}

Usage: route [-ne] [-A inet[6]] [{add|del} [-net|-host] TARGET [netmask MASK]
\t[gw GATEWAY] [metric N] [mss BYTES] [window BYTES] [reject] [IFACE]]

Show or edit kernel routing tables

\t-n\tDon't resolve names
\t-e\tDisplay other/more information
\t-A inet[6]\tSelect address family
`;

/** `-tln` → {t, l, n}; undefined at the first letter outside `allowed` (getopt's "invalid option"). */
function letters(args: readonly string[], allowed: string): { set: Set<string>; bad?: string; operands: string[] } {
  const set = new Set<string>();
  const operands: string[] = [];
  for (const a of args) {
    if (!a.startsWith('-') || a === '-') {
      operands.push(a);
      continue;
    }
    for (const ch of a.slice(1)) {
      if (!allowed.includes(ch)) return { set, bad: ch, operands };
      set.add(ch);
    }
  }
  return { set, operands };
}

/** The kernel routing table as busybox prints it (route, netstat -r). */
function routingTable(net: NetworkStack, netns: string, numeric: boolean, netstatFormat: boolean): string {
  let s = `Kernel IP routing table\nDestination     Gateway         Genmask         Flags ${netstatFormat ? '  MSS Window  irtt' : 'Metric Ref    Use'} Iface\n`;
  for (const r of sortedRoutes(net, netns)) {
    const c = r.dst === 'default' ? { base: 0, prefix: 0 } : parseCidr(r.dst);
    if (!c) continue;
    const dest = c.prefix === 0 && !numeric ? 'default' : intToIp(c.base);
    const gw = r.via ?? (numeric ? '0.0.0.0' : '*');
    const flags = `U${r.via ? 'G' : ''}${c.prefix === 32 ? 'H' : ''}`;
    const cols = `${dest.slice(0, 15).padEnd(15)} ${gw.slice(0, 15).padEnd(15)} ${intToIp(maskOf(c.prefix)).padEnd(16)}${flags.padEnd(6)}`;
    s += netstatFormat ? `${cols}${'0'.padStart(5)} ${'0'.padEnd(5)} ${'0'.padStart(6)} ${r.dev}\n` : `${cols}${'0'.padEnd(6)} ${'0'.padEnd(2)} ${'0'.padStart(7)} ${r.dev}\n`;
  }
  return s;
}

export function busyboxRoute(args: readonly string[], ctx: ProgramContext): CommandResult {
  const o = letters(args, 'neA');
  if (o.bad !== undefined) return fail(`route: invalid option -- '${o.bad}'\n${ROUTE_USAGE}`, 1);
  if (o.set.has('A') || o.operands.length > 0) return notSimulated('route', args);
  return ok(routingTable(ctx.host.kernel.net, ctx.netns, o.set.has('n'), o.set.has('e')));
}

function socketLine(s: BoundSocket): string {
  const local = s.family === 6 ? `${s.address === '::' ? ':::' : `${s.address}:`}${s.port}` : `${s.address}:${s.port}`;
  const remote = s.family === 6 ? ':::*' : '0.0.0.0:*';
  return `${s.proto.padEnd(5)} ${'0'.padStart(6)} ${'0'.padStart(6)} ${local.padEnd(23)} ${remote.padEnd(23)} ${(s.proto === 'tcp' ? 'LISTEN' : '').padEnd(12)}\n`;
}

export function busyboxNetstat(args: readonly string[], ctx: ProgramContext): CommandResult {
  const o = letters(args, 'raltuwxenW');
  if (o.bad !== undefined) return fail(`netstat: invalid option -- '${o.bad}'\n${NETSTAT_USAGE}`, 1);
  if (o.operands.length > 0) return fail(NETSTAT_USAGE, 1);
  if (o.set.has('r')) return ok(routingTable(ctx.host.kernel.net, ctx.netns, o.set.has('n'), true));
  if (o.set.has('e')) return notSimulated('netstat', args);
  const which = o.set.has('a') ? 'servers and established' : o.set.has('l') ? 'only servers' : 'w/o servers';
  const anyType = !['t', 'u', 'w', 'x'].some((t) => o.set.has(t));
  const servers = o.set.has('a') || o.set.has('l');
  let out = '';
  if (anyType || o.set.has('t') || o.set.has('u') || o.set.has('w')) {
    out += `Active Internet connections (${which})\nProto Recv-Q Send-Q Local Address           Foreign Address         State       \n`;
    const protos = new Set([...(anyType || o.set.has('t') ? ['tcp'] : []), ...(anyType || o.set.has('u') ? ['udp'] : [])]);
    // /proc/net/tcp, tcp6, then udp, udp6; nothing is ever connected in the simulator.
    const bound = servers ? boundSockets(ctx.host.daemon, ctx.netns) : [];
    for (const proto of ['tcp', 'udp'] as const) {
      if (!protos.has(proto)) continue;
      for (const family of [4, 6] as const) for (const s of bound) if (s.proto === proto && s.family === family) out += socketLine(s);
    }
  }
  if (anyType || o.set.has('x')) out += `Active UNIX domain sockets (${which})\nProto RefCnt Flags       Type       State         I-Node Path\n`;
  return ok(out);
}

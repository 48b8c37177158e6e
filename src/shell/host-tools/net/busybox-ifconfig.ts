import type { NetDevice, NetworkStack } from '../../../sim/kernel/net-devices.js';
import { intToIp, maskOf } from '../../../sim/net/ip.js';
import { type CommandResult, fail, ok } from '../../command-result.js';
import type { ProgramContext } from '../../program.js';
import { BUSYBOX_BANNER } from '../../text-tools/busybox-usage.js';
import { notSimulated } from './not-simulated.js';

/**
 * busybox 1.35's `ifconfig` (net-tools' old format), in the images that have it; the host
 * (Ubuntu 22.04 without net-tools) has none. Interfaces sorted by name, only the up ones
 * without -a, counters at zero: nothing flows through the simulator.
 */
const USAGE = `${BUSYBOX_BANNER}

Usage: ifconfig [-a] [IFACE] [ADDRESS]

Configure a network interface

\t[add ADDRESS[/PREFIXLEN]]
\t[del ADDRESS[/PREFIXLEN]]
\t[[-]broadcast [ADDRESS]] [[-]pointopoint [ADDRESS]]
\t[netmask ADDRESS] [dstaddr ADDRESS]
\t[outfill NN] [keepalive NN]
\t[hw ether|infiniband ADDRESS] [metric NN] [mtu NN]
\t[[-]trailers] [[-]arp] [[-]allmulti]
\t[multicast] [[-]promisc] [txqueuelen NN] [[-]dynamic]
\t[mem_start NN] [io_addr NN] [irq NN]
\t[up|down] ...
`;

const SCOPES: Record<string, string> = { global: 'Global', host: 'Host', link: 'Link' };

function describe(net: NetworkStack, d: NetDevice): string {
  const lo = d.kind === 'loopback';
  const pad = '          ';
  let s = `${d.name.slice(0, 9).padEnd(9)} ${lo ? 'Link encap:Local Loopback  ' : `Link encap:Ethernet  HWaddr ${d.mac.toUpperCase()}  `}\n`;
  for (const a of d.addresses) {
    s += `${pad}inet addr:${a.ip}  ${a.broadcast ? `Bcast:${a.broadcast}  ` : ''}Mask:${intToIp(maskOf(a.prefix))}\n`;
  }
  for (const a of d.inet6 ?? []) s += `${pad}inet6 addr: ${a.ip}/${a.prefix} Scope:${SCOPES[a.scope] ?? 'Unknown'}\n`;
  const flags = [d.up ? 'UP' : '', lo ? 'LOOPBACK' : 'BROADCAST', net.hasCarrier(d) ? 'RUNNING' : '', lo ? '' : 'MULTICAST'].filter(Boolean);
  s += `${pad}${flags.join(' ')}  MTU:${d.mtu}  Metric:1\n`;
  s += `${pad}RX packets:0 errors:0 dropped:0 overruns:0 frame:0\n`;
  s += `${pad}TX packets:0 errors:0 dropped:0 overruns:0 carrier:0\n`;
  s += `${pad}collisions:0 txqueuelen:${lo || d.kind === 'ether' ? 1000 : 0} \n`;
  s += `${pad}RX bytes:0 (0.0 B)  TX bytes:0 (0.0 B)\n\n`;
  return s;
}

export function busyboxIfconfig(args: readonly string[], ctx: ProgramContext): CommandResult {
  if (args.length === 1 && args[0] === '--help') return { stdout: '', stderr: USAGE, exitCode: 0 };
  const net = ctx.host.kernel.net;
  const all = args[0] === '-a';
  const rest = all ? args.slice(1) : args;
  const devices = [...net.list(ctx.netns)].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (rest.length === 0) return ok(devices.filter((d) => all || d.up).map((d) => describe(net, d)).join(''));
  const name = rest[0] as string;
  const dev = net.findByName(ctx.netns, name);
  if (rest.length === 1) {
    if (!dev) return fail(`ifconfig: ${name}: error fetching interface information: Device not found\n`, 1);
    return ok(describe(net, dev));
  }
  if (rest.length === 2 && (rest[1] === 'up' || rest[1] === 'down') && !ctx.container?.hostConfig.privileged) {
    return fail('ifconfig: SIOCSIFFLAGS: Operation not permitted\n', 1);
  }
  return notSimulated('ifconfig', args);
}

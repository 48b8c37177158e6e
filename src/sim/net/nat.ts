import type { SimHost } from '../host.js';
import type { NetDevice } from '../kernel/net-devices.js';
import { contains, ipToInt } from './ip.js';
import type { Packet, SourceNat } from './netfilter-eval.js';

/**
 * Network address translation as conntrack keeps it. The nat table sees only the first packet
 * of a connection (PREROUTING/OUTPUT: DNAT; POSTROUTING: SNAT, MASQUERADE); what it decided is
 * remembered on the machine that decided it, and every answer that comes back there gets the
 * inverse: its destination un-SNATted (before routing, so the reply to a masqueraded container
 * is routed to the container's bridge) and its source un-DNATted (so the client hears from the
 * address it called).
 */
interface Tuple {
  readonly src: string;
  readonly dst: string;
  readonly proto: Packet['proto'];
  readonly sport?: number;
  readonly dport?: number;
}

interface NatBinding {
  readonly host: SimHost;
  /** The connection as it reached the machine (or left its own stack). */
  readonly original: Tuple;
  /** As it left the machine, after DNAT and SNAT. */
  readonly translated: Tuple;
}

const tupleOf = (p: Packet): Tuple => ({ src: p.src, dst: p.dst, proto: p.proto, ...(p.sport !== undefined ? { sport: p.sport } : {}), ...(p.dport !== undefined ? { dport: p.dport } : {}) });

const sameTuple = (a: Tuple, b: Tuple): boolean => a.src === b.src && a.dst === b.dst && a.proto === b.proto && a.sport === b.sport && a.dport === b.dport;

/** The tuple an answer to `t` carries: addresses and ports swapped. */
const reversed = (t: Tuple): Tuple => ({ src: t.dst, dst: t.src, proto: t.proto, ...(t.dport !== undefined ? { sport: t.dport } : {}), ...(t.sport !== undefined ? { dport: t.sport } : {}) });

/** The NAT bindings one probe made, shared by the walk there and the walk of the answer back. */
export class NatTable {
  private readonly bindings: NatBinding[] = [];

  /** A connection `host` translated from `original` to `translated` (nothing to keep when both are one). */
  record(host: SimHost, original: Packet, translated: Packet): void {
    const o = tupleOf(original);
    const t = tupleOf(translated);
    if (!sameTuple(o, t)) this.bindings.push({ host, original: o, translated: t });
  }

  /** An answer arriving at `host`: as the original sender expects it, if this machine translated its connection. */
  reply(host: SimHost, p: Packet): Packet | undefined {
    const tuple = tupleOf(p);
    const b = this.bindings.find((x) => x.host === host && sameTuple(reversed(x.translated), tuple));
    if (!b) return undefined;
    const back = reversed(b.original);
    const { sport: _s, dport: _d, ...rest } = p;
    return { ...rest, ...back };
  }
}

/**
 * The address MASQUERADE gives a packet leaving through `out` towards `nexthop`: the kernel's
 * inet_select_addr, the device's address on the next hop's subnet, else its first one.
 */
export function masqueradeAddress(out: NetDevice, nexthop: string): string | undefined {
  const n = ipToInt(nexthop);
  const onLink = out.addresses.find((a) => a.scope !== 'host' && contains({ base: ipToInt(a.ip), prefix: a.prefix }, n));
  return (onLink ?? out.addresses[0])?.ip;
}

/** The packet with its source translated as a nat/POSTROUTING rule asked (undefined: MASQUERADE on a device without an address). */
export function applySourceNat(p: Packet, snat: SourceNat, out: NetDevice, nexthop: string): Packet | undefined {
  if (snat.kind === 'masquerade') {
    const ip = masqueradeAddress(out, nexthop);
    return ip ? { ...p, src: ip } : undefined;
  }
  // SNAT keeps the source port when it is in the range it was given; else it takes the range's first.
  const keep = !snat.ports || (p.sport !== undefined && p.sport >= snat.ports.lo && p.sport <= snat.ports.hi);
  return { ...p, src: snat.ip, ...(keep || !snat.ports || p.sport === undefined ? {} : { sport: snat.ports.lo }) };
}

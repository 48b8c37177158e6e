import type { SimHost } from '../host.js';
import { type Service, findService } from './listeners.js';
import type { Packet } from './netfilter-eval.js';
import { type Carried, type Lost, PacketWalk } from './packet-walk.js';

/**
 * What a probe from a namespace gets back: the decision every traffic tool (ping, curl, wget,
 * nc) prints in its own words. It comes from the model as it is — routes, bridges, veths,
 * macvlan parents, the iptables rules in host.kernel.netfilter, who listens where — so a
 * learner's `iptables -I DOCKER-USER -j DROP` or `docker network connect` changes it.
 */
export interface ProbeRequest {
  /** The sender's network namespace: 'host' or a container's sandbox key. */
  readonly from: string;
  readonly dst: string;
  readonly proto: 'icmp' | 'tcp';
  readonly port?: number;
}

export type ProbeResult = (
  /**
   * ICMP: an echo reply came back; `ttl` as the sender sees it (64 less the routers on the way
   * back); `src` (here and for TCP) the source address the destination saw, after any SNAT.
   */
  | { readonly kind: 'reply'; readonly ttl: number; readonly src: string }
  /** TCP: connected, and `service` answers (through a docker-proxy when `viaProxy`) on `host`, a machine of the lab. */
  | { readonly kind: 'open'; readonly service: Service; readonly viaProxy: boolean; readonly src: string; readonly host: SimHost }
  /** TCP: the destination answered with a reset (nothing listens), or a REJECT rule said no. */
  | { readonly kind: 'refused' }
  /** TCP: a docker-proxy accepted, then its own connection to the container failed and it hung up. */
  | { readonly kind: 'reset' }
  | Lost
) & { readonly trace: readonly string[] };

/** The kernel's starting TTL for ICMP echo replies (net.ipv4.ip_default_ttl). */
export const DEFAULT_TTL = 64;
const EPHEMERAL_PORT = 43210;

function firstPacket(r: ProbeRequest): Packet {
  return r.proto === 'tcp' ? { src: '', dst: r.dst, proto: 'tcp', sport: EPHEMERAL_PORT, dport: r.port ?? 80, state: 'NEW' } : { src: '', dst: r.dst, proto: 'icmp', state: 'NEW' };
}

/** The answer travels back from where the probe arrived; conntrack lets it through ESTABLISHED rules. */
function replyReaches(walk: PacketWalk, arrived: Extract<Carried, { kind: 'arrived' }>, origin: SimHost, originNs: string): { ok: true; hops: number } | { ok: false } {
  const p = arrived.packet;
  const reply: Packet = { src: p.dst, dst: p.src, proto: p.proto, ...(p.dport !== undefined ? { sport: p.dport } : {}), ...(p.sport !== undefined ? { dport: p.sport } : {}), state: 'ESTABLISHED' };
  const back = new PacketWalk(arrived.host, walk.trace, walk.nat).send(arrived.ns, reply);
  if (back.kind === 'arrived' && back.host === origin && back.ns === originNs) return { ok: true, hops: back.hops };
  walk.trace.push('the answer does not make it back');
  return { ok: false };
}

export function probe(host: SimHost, r: ProbeRequest, depth = 0): ProbeResult {
  const walk = new PacketWalk(host);
  const there = walk.send(r.from, firstPacket(r));
  const trace = walk.trace;
  if (there.kind === 'lost') return { ...there.lost, trace };
  const back = replyReaches(walk, there, host, r.from);
  if (!back.ok) return { kind: 'silent', trace };
  const src = there.packet.src;
  if (r.proto === 'icmp') return { kind: 'reply', ttl: DEFAULT_TTL - back.hops, src, trace };
  const p = there.packet;
  const service = findService(there.host, there.ns, 'tcp', p.dst, p.dport ?? 0);
  if (!service) {
    trace.push(`nothing listens on ${p.dst}:${p.dport ?? 0}: reset`);
    return { kind: 'refused', trace };
  }
  if (!service.proxyTo) return { kind: 'open', service, viaProxy: false, src, host: there.host, trace };
  // docker-proxy accepted: it dials the container from the host, and hangs up if that fails.
  trace.push(`docker-proxy on ${service.listener.address}:${service.listener.port} dials ${service.proxyTo.ip}:${service.proxyTo.port}`);
  const inner = depth > 2 ? undefined : probe(there.host, { from: 'host', dst: service.proxyTo.ip, proto: 'tcp', port: service.proxyTo.port }, depth + 1);
  trace.push(...(inner?.trace ?? []));
  if (inner?.kind === 'open') return { kind: 'open', service: inner.service, viaProxy: true, src, host: inner.host, trace };
  return { kind: 'reset', trace };
}

import type { TableName } from '../kernel/iptables.js';
import type { NetDevice } from '../kernel/net-devices.js';
import type { SimHost } from '../host.js';
import { type HookContext, type Packet, type Verdict, traverse } from './netfilter-eval.js';
import { isLocalAddress, routeLookup } from './routing.js';

/**
 * Carries one packet through the simulated kernel, hop by hop, as Linux would: the sender's
 * routing decision, its link (a veth into a bridge, a macvlan on its parent, the host's
 * uplink), the bridge's forwarding (br_netfilter runs bridged frames through filter/FORWARD,
 * which is why DOCKER-USER rules also stop traffic between containers on one bridge), the
 * host's own routing with nat PREROUTING/OUTPUT (DNAT of published ports) and filter
 * INPUT/OUTPUT/FORWARD (DOCKER-USER, DOCKER-ISOLATION-STAGE-1/2, DOCKER, the policy).
 * Nothing leaves the machine: what goes out the uplink gets no answer.
 */
export type Lost =
  /** Dropped on the way, or sent off the machine where nothing answers: the sender hears nothing. */
  | { readonly kind: 'silent' }
  /** The sender has no route at all (ENETUNREACH): a --network none container. */
  | { readonly kind: 'no-route' }
  /** Nobody answered ARP on the last link; `reporter` is who says so (ICMP host unreachable). */
  | { readonly kind: 'host-unreachable'; readonly reporter: string }
  /** A REJECT rule answered with an ICMP error (or a TCP reset). */
  | { readonly kind: 'rejected'; readonly reporter: string; readonly with: string };

export type Carried =
  | { readonly kind: 'arrived'; readonly ns: string; readonly packet: Packet; readonly hops: number }
  | { readonly kind: 'lost'; readonly lost: Lost };

const lost = (l: Lost): Carried => ({ kind: 'lost', lost: l });

export class PacketWalk {
  /** What happened, step by step, in the kernel's terms (for explanations and tests). */
  readonly trace: string[] = [];

  constructor(private readonly host: SimHost) {}

  private get net() {
    return this.host.kernel.net;
  }

  private hook(table: TableName, chain: string, p: Packet): Verdict {
    const ctx: HookContext = { isLocal: (ip) => isLocalAddress(this.net, 'host', ip) };
    const v = traverse(this.host.kernel.netfilter, table, chain, p, ctx);
    const dnat = v.kind === 'ACCEPT' ? v.dnat : undefined;
    if (v.kind !== 'ACCEPT' || dnat) {
      const to = dnat ? ` → ${dnat.ip}${dnat.port !== undefined ? `:${dnat.port}` : ''}` : '';
      this.trace.push(`${table} ${chain}: ${v.kind}${v.rule ? ` (${v.rule})` : ''}${to}`);
    }
    return v;
  }

  private refused(v: Verdict, reporter: string): Carried {
    if (v.kind === 'REJECT') return lost({ kind: 'rejected', reporter, with: v.with });
    return lost({ kind: 'silent' });
  }

  private firstAddress(dev: NetDevice | undefined): string {
    return dev?.addresses[0]?.ip ?? '0.0.0.0';
  }

  /** A packet generated in namespace `ns` (by ping, curl, a docker-proxy, a reply). */
  send(ns: string, packet: Packet, hops = 0): Carried {
    let p = packet;
    const onHost = ns === 'host';
    if (onHost && p.state === 'NEW') {
      const first = routeLookup(this.net, ns, p.dst);
      const outIf = first.kind === 'local' ? 'lo' : first.kind === 'route' ? first.dev.name : undefined;
      const v = this.hook('nat', 'OUTPUT', { ...p, ...(outIf ? { outIf } : {}) });
      if (v.kind === 'ACCEPT' && v.dnat) p = { ...p, dst: v.dnat.ip, ...(v.dnat.port !== undefined ? { dport: v.dnat.port } : {}) };
    }
    const route = routeLookup(this.net, ns, p.dst);
    if (route.kind === 'unreachable') {
      this.trace.push(`${ns === 'host' ? 'host' : 'container'}: no route to ${p.dst}`);
      return lost({ kind: 'no-route' });
    }
    if (!p.src) p = { ...p, src: route.kind === 'local' ? p.dst : route.src };
    if (route.kind === 'local') {
      if (onHost) {
        const out = this.hook('filter', 'OUTPUT', { ...p, outIf: 'lo' });
        if (out.kind !== 'ACCEPT') return this.refused(out, p.dst);
        const inp = this.hook('filter', 'INPUT', { ...p, inIf: 'lo' });
        if (inp.kind !== 'ACCEPT') return this.refused(inp, p.dst);
      }
      return { kind: 'arrived', ns, packet: p, hops };
    }
    if (onHost) {
      const out = this.hook('filter', 'OUTPUT', { ...p, outIf: route.dev.name });
      if (out.kind !== 'ACCEPT') return this.refused(out, route.src);
    }
    this.trace.push(`${ns === 'host' ? 'host' : 'container'}: ${p.dst} via ${route.via ?? 'link'} dev ${route.dev.name}`);
    return this.onLink(route.dev, route.via ?? p.dst, p, hops, p.src);
  }

  /** The packet leaves through `dev` towards `nexthop`. */
  private onLink(dev: NetDevice, nexthop: string, p: Packet, hops: number, reporter: string): Carried {
    if (dev.kind === 'bridge') return this.bridgeDeliver(dev, undefined, nexthop, p, hops, reporter);
    if (dev.kind === 'veth' && dev.link) {
      const peer = this.net.namespaces.get(dev.link.netns)?.devices.get(dev.link.index);
      const bridge = peer?.master !== undefined ? this.net.namespaces.get('host')?.devices.get(peer.master) : undefined;
      if (!peer || !bridge) return lost({ kind: 'silent' });
      return this.bridgeDeliver(bridge, peer, nexthop, p, hops, reporter);
    }
    if (dev.kind === 'macvlan' && dev.link) return this.macvlanDeliver(dev.link.index, dev, nexthop, p, hops, reporter);
    if (dev.kind === 'ether') {
      // The host's uplink. Its own macvlan children never hear it (the kernel keeps parent and
      // children apart); anything else is outside the simulated machine, where nothing answers.
      if (this.macvlanChild(dev.index, nexthop)) {
        this.trace.push(`${dev.name}: ${nexthop} is a macvlan child of ${dev.name}; the parent cannot reach it`);
        return lost({ kind: 'host-unreachable', reporter });
      }
      this.trace.push(`${dev.name}: ${p.dst} is outside the simulated machine: no answer`);
      return lost({ kind: 'silent' });
    }
    return lost({ kind: 'silent' });
  }

  /** A frame on bridge `bridge`, from port `fromPort` (a container's veth) or from the host itself. */
  private bridgeDeliver(bridge: NetDevice, fromPort: NetDevice | undefined, nexthop: string, p: Packet, hops: number, reporter: string): Carried {
    if (fromPort && bridge.addresses.some((a) => a.ip === nexthop)) return this.hostReceive(p, bridge, hops);
    for (const port of this.net.list('host')) {
      if (port.master !== bridge.index || port === fromPort || !port.up || !port.link) continue;
      const inner = this.net.namespaces.get(port.link.netns)?.devices.get(port.link.index);
      if (!inner?.up || !inner.addresses.some((a) => a.ip === nexthop)) continue;
      if (fromPort) {
        // Bridged, not routed: br_netfilter still shows the frame to filter/FORWARD as -i BR -o BR.
        const v = this.hook('filter', 'FORWARD', { ...p, inIf: bridge.name, outIf: bridge.name });
        if (v.kind !== 'ACCEPT') return this.refused(v, this.firstAddress(bridge));
      }
      return { kind: 'arrived', ns: inner.netns, packet: p, hops };
    }
    this.trace.push(`${bridge.name}: nobody answers ARP for ${nexthop}`);
    return lost({ kind: 'host-unreachable', reporter });
  }

  /** A packet the host receives on `inDev` (from a bridge): for itself, or to forward. */
  private hostReceive(packet: Packet, inDev: NetDevice, hops: number): Carried {
    let p: Packet = { ...packet, inIf: inDev.name };
    if (p.state === 'NEW') {
      const v = this.hook('nat', 'PREROUTING', p);
      if (v.kind === 'ACCEPT' && v.dnat) p = { ...p, dst: v.dnat.ip, ...(v.dnat.port !== undefined ? { dport: v.dnat.port } : {}) };
    }
    const route = routeLookup(this.net, 'host', p.dst);
    const strip = (q: Packet): Packet => {
      const { inIf: _i, outIf: _o, ...rest } = q;
      return rest;
    };
    if (route.kind === 'local') {
      const v = this.hook('filter', 'INPUT', p);
      if (v.kind !== 'ACCEPT') return this.refused(v, this.firstAddress(inDev));
      return { kind: 'arrived', ns: 'host', packet: strip(p), hops };
    }
    if (route.kind === 'unreachable') return lost({ kind: 'silent' });
    const v = this.hook('filter', 'FORWARD', { ...p, outIf: route.dev.name });
    if (v.kind !== 'ACCEPT') return this.refused(v, this.firstAddress(inDev));
    this.trace.push(`host: forwards ${p.dst} from ${inDev.name} to ${route.dev.name}`);
    return this.onLink(route.dev, route.via ?? p.dst, strip(p), hops + 1, this.firstAddress(inDev));
  }

  private macvlanChild(parentIndex: number, ip: string): NetDevice | undefined {
    for (const ns of this.net.namespaces.values()) {
      for (const d of ns.devices.values()) {
        if (d.kind === 'macvlan' && d.up && d.link?.index === parentIndex && d.addresses.some((a) => a.ip === ip)) return d;
      }
    }
    return undefined;
  }

  /** macvlan in bridge mode: children of one parent reach each other directly; the parent is out of reach. */
  private macvlanDeliver(parentIndex: number, from: NetDevice, nexthop: string, p: Packet, hops: number, reporter: string): Carried {
    const child = this.macvlanChild(parentIndex, nexthop);
    if (child && child !== from) return { kind: 'arrived', ns: child.netns, packet: p, hops };
    const parent = this.net.namespaces.get('host')?.devices.get(parentIndex);
    if (parent?.addresses.some((a) => a.ip === nexthop)) {
      this.trace.push(`macvlan: ${nexthop} is the parent ${parent.name}; its children cannot reach it`);
      return lost({ kind: 'host-unreachable', reporter });
    }
    this.trace.push(`macvlan: ${p.dst} is outside the simulated machine: no answer`);
    return lost({ kind: 'silent' });
  }
}

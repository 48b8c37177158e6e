import type { TableName } from '../kernel/iptables.js';
import type { NetDevice } from '../kernel/net-devices.js';
import type { SimHost } from '../host.js';
import { type HookContext, type Packet, type Verdict, traverse } from './netfilter-eval.js';
import { isLocalAddress, routeLookup } from './routing.js';
import { VXLAN_PORT, overlayPeerFor } from './overlay-peers.js';
import { macFromIp } from './ip.js';

/** A bridge port's learned addresses, in the order first seen (what `bridge fdb` lists as `MAC master BR`). */
function learn(port: NetDevice, mac: string): void {
  const learned = port.learned ?? [];
  if (!learned.includes(mac)) port.learned = [...learned, mac];
}
import { NatTable, applySourceNat } from './nat.js';

/**
 * Carries one packet through the simulated kernel, hop by hop, as Linux would: the sender's
 * routing decision, its link (a veth into a bridge, a macvlan on its parent, the host's
 * uplink), the bridge's forwarding (br_netfilter runs bridged frames through filter/FORWARD,
 * which is why DOCKER-USER rules also stop traffic between containers on one bridge), the
 * host's own routing with nat PREROUTING/OUTPUT (DNAT of published ports) and filter
 * INPUT/OUTPUT/FORWARD (DOCKER-USER, DOCKER-ISOLATION-STAGE-1/2, DOCKER, the policy), nat
 * POSTROUTING where a packet leaves the host (MASQUERADE of a bridge's subnet), and conntrack
 * undoing that NAT on the answers (nat.ts). What goes out the uplink reaches the lab's other
 * machines on the LAN; anything else gets no answer.
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
  /** `host`: the machine of the lab where it arrived (another one, across the LAN or an overlay). */
  | { readonly kind: 'arrived'; readonly host: SimHost; readonly ns: string; readonly packet: Packet; readonly hops: number }
  | { readonly kind: 'lost'; readonly lost: Lost };

const lost = (l: Lost): Carried => ({ kind: 'lost', lost: l });

export class PacketWalk {
  /**
   * @param trace what happened, step by step, in the kernel's terms (for explanations and
   *   tests); a walk that crosses to another machine of the lab shares it.
   * @param nat the NAT conntrack made on the way there, which the answer's walk needs back.
   */
  constructor(private readonly host: SimHost, readonly trace: string[] = [], readonly nat = new NatTable()) {}

  private arrived(ns: string, packet: Packet, hops: number): Carried {
    return { kind: 'arrived', host: this.host, ns, packet, hops };
  }

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

  /**
   * nat POSTROUTING, for the first packet of a connection leaving the host through `out`:
   * MASQUERADE or SNAT rewrite its source. Undefined: the packet goes no further.
   */
  private postrouting(p: Packet, out: NetDevice, nexthop: string): Packet | undefined {
    if (p.state !== 'NEW') return p;
    const v = this.hook('nat', 'POSTROUTING', { ...p, outIf: out.name });
    if (v.kind !== 'ACCEPT') return undefined;
    if (!v.snat) return p;
    const q = applySourceNat(p, v.snat, out, nexthop);
    this.trace.push(`nat POSTROUTING: ${v.rule ?? v.snat.kind}${q ? ` → src ${q.src}` : ': no address on the way out'}`);
    return q;
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
      return this.arrived(ns, p, hops);
    }
    const nexthop = route.via ?? p.dst;
    const reporter = p.src;
    if (onHost) {
      const out = this.hook('filter', 'OUTPUT', { ...p, outIf: route.dev.name });
      if (out.kind !== 'ACCEPT') return this.refused(out, route.src);
      const natted = this.postrouting(p, route.dev, nexthop);
      if (!natted) return lost({ kind: 'silent' });
      if (p.state === 'NEW') this.nat.record(this.host, { ...packet, src: p.src }, natted);
      p = natted;
    }
    this.trace.push(`${ns === 'host' ? 'host' : 'container'}: ${p.dst} via ${route.via ?? 'link'} dev ${route.dev.name}`);
    return this.onLink(route.dev, nexthop, p, hops, reporter);
  }

  /** The packet leaves through `dev` towards `nexthop`. */
  private onLink(dev: NetDevice, nexthop: string, p: Packet, hops: number, reporter: string): Carried {
    if (dev.kind === 'bridge') return this.bridgeDeliver(dev, undefined, nexthop, p, hops, reporter);
    if (dev.kind === 'veth' && dev.link) {
      const peer = this.net.namespaces.get(dev.link.netns)?.devices.get(dev.link.index);
      // The bridge is in the host's namespace (docker0, br-…) or in an overlay's own (br0).
      const bridge = peer?.master !== undefined ? this.net.namespaces.get(peer.netns)?.devices.get(peer.master) : undefined;
      if (!peer || !bridge) return lost({ kind: 'silent' });
      return this.bridgeDeliver(bridge, peer, nexthop, p, hops, reporter);
    }
    if (dev.kind === 'macvlan' && dev.link) return this.macvlanDeliver(dev.link.index, dev, nexthop, p, hops, reporter);
    if (dev.kind === 'ether') {
      // The host's uplink. Its own macvlan children never hear it (the kernel keeps parent and
      // children apart); another machine of the lab answers for its address on the LAN;
      // anything else is outside the simulated lab, where nothing answers.
      if (this.macvlanChild(dev.index, nexthop)) {
        this.trace.push(`${dev.name}: ${nexthop} is a macvlan child of ${dev.name}; the parent cannot reach it`);
        return lost({ kind: 'host-unreachable', reporter });
      }
      const other = this.host.lab.hostByAddress(nexthop);
      const otherUplink = other && other !== this.host ? other.kernel.net.findByName('host', 'eth0') : undefined;
      if (other && otherUplink?.up) {
        this.trace.push(`${dev.name}: ${nexthop} is ${other.hostname} on the LAN`);
        return new PacketWalk(other, this.trace, this.nat).receive(p, otherUplink, hops);
      }
      this.trace.push(`${dev.name}: ${p.dst} is outside the simulated machine: no answer`);
      return lost({ kind: 'silent' });
    }
    return lost({ kind: 'silent' });
  }

  /** A frame on bridge `bridge`, from port `fromPort` (a container's veth) or from the host itself. */
  private bridgeDeliver(bridge: NetDevice, fromPort: NetDevice | undefined, nexthop: string, p: Packet, hops: number, reporter: string): Carried {
    const inHost = bridge.netns === 'host';
    if (inHost && fromPort && bridge.addresses.some((a) => a.ip === nexthop)) return this.receive(p, bridge, hops);
    const inner = this.net.portPeerWith(bridge, nexthop, fromPort);
    if (inner) {
      if (fromPort && inHost) {
        // Bridged, not routed: br_netfilter still shows the frame to filter/FORWARD as -i BR -o BR.
        const v = this.hook('filter', 'FORWARD', { ...p, inIf: bridge.name, outIf: bridge.name });
        if (v.kind !== 'ACCEPT') return this.refused(v, this.firstAddress(bridge));
      }
      return this.arrived(inner.netns, p, hops);
    }
    if (!inHost && this.net.findByName(bridge.netns, 'vxlan0')) return this.vxlanDeliver(bridge, nexthop, p, hops, reporter);
    this.trace.push(`${bridge.name}: nobody answers ARP for ${nexthop}`);
    return lost({ kind: 'host-unreachable', reporter });
  }

  /**
   * An overlay's br0 has no port with the address: vxlan0 sends the frame to the node the
   * overlay's peer table puts it on (what the nodes told each other: their containers'
   * addresses, and the address each advertised), in UDP to port 4789 over the LAN. There
   * the node's own br0 for the network delivers it.
   */
  private vxlanDeliver(bridge: NetDevice, nexthop: string, p: Packet, hops: number, reporter: string): Carried {
    const peer = overlayPeerFor(this.host, bridge.netns, nexthop);
    if (!peer) {
      this.trace.push(`${bridge.netns}: no node of the swarm has ${nexthop} on this overlay`);
      return lost({ kind: 'host-unreachable', reporter });
    }
    this.trace.push(`vxlan0: ${nexthop} is on ${peer.host.hostname}: VXLAN in UDP to ${peer.vtep}:${VXLAN_PORT}`);
    const underlay = this.send('host', { src: '', dst: peer.vtep, proto: 'udp', sport: VXLAN_PORT, dport: VXLAN_PORT, state: p.state });
    if (underlay.kind === 'lost') return underlay;
    const there = underlay.host;
    const br0 = there.kernel.net.findByName(bridge.netns, 'br0');
    const inner = br0 ? there.kernel.net.portPeerWith(br0, nexthop) : undefined;
    if (underlay.ns !== 'host' || !inner) {
      this.trace.push(`${there.hostname}: the VXLAN packet finds no ${nexthop} on its overlay`);
      return lost({ kind: 'silent' });
    }
    // The far bridge learns the sender's MAC on its vxlan0 port (bridge fdb: `MAC master br0`).
    const vxlan = there.kernel.net.findByName(bridge.netns, 'vxlan0');
    if (vxlan) learn(vxlan, macFromIp(p.src));
    return { kind: 'arrived', host: there, ns: inner.netns, packet: p, hops };
  }

  /** A packet the host receives on `inDev` (a bridge, or its uplink from the LAN): for itself, or to forward. */
  receive(packet: Packet, inDev: NetDevice, hops: number): Carried {
    let p: Packet = { ...packet, inIf: inDev.name };
    const answer = p.state === 'NEW' ? undefined : this.nat.reply(this.host, p);
    if (answer) {
      this.trace.push(`${this.host.hostname}: conntrack: the answer to ${p.dst} is for ${answer.dst}`);
      p = answer;
    }
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
      return this.arrived('host', strip(p), hops);
    }
    if (route.kind === 'unreachable') return lost({ kind: 'silent' });
    const v = this.hook('filter', 'FORWARD', { ...p, outIf: route.dev.name });
    if (v.kind !== 'ACCEPT') return this.refused(v, this.firstAddress(inDev));
    const nexthop = route.via ?? p.dst;
    const out = this.postrouting(strip(p), route.dev, nexthop);
    if (!out) return lost({ kind: 'silent' });
    if (p.state === 'NEW') this.nat.record(this.host, strip(packet), out);
    this.trace.push(`host: forwards ${p.dst} from ${inDev.name} to ${route.dev.name}`);
    return this.onLink(route.dev, nexthop, out, hops + 1, this.firstAddress(inDev));
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
    if (child && child !== from) return this.arrived(child.netns, p, hops);
    const parent = this.net.namespaces.get('host')?.devices.get(parentIndex);
    if (parent?.addresses.some((a) => a.ip === nexthop)) {
      this.trace.push(`macvlan: ${nexthop} is the parent ${parent.name}; its children cannot reach it`);
      return lost({ kind: 'host-unreachable', reporter });
    }
    this.trace.push(`macvlan: ${p.dst} is outside the simulated machine: no answer`);
    return lost({ kind: 'silent' });
  }
}

import type { Clock } from '../clock.js';
import type { FileSystem } from '../kernel/fs.js';
import type { Kernel } from '../kernel/kernel.js';
import type { SeededRandom } from '../random.js';
import type { Ipam } from './ipam.js';
import type { LinkIndex } from './links.js';
import type { Container, Endpoint, Image, Network, Sandbox } from './model.js';
import type { PortAllocator } from './port-allocator.js';
import type { SwarmState } from './swarm-cluster.js';

/** The daemon's memory. Every verb module takes this and changes it; nothing else does. */
export interface DaemonState {
  readonly rnd: SeededRandom;
  readonly clock: Clock;
  readonly kernel: Kernel;
  readonly images: Map<string, Image>;
  readonly containers: Map<string, Container>;
  readonly networks: Map<string, Network>;
  readonly endpoints: Map<string, Endpoint>;
  readonly sandboxes: Map<string, Sandbox>;
  /** Each container's root filesystem, by container id. */
  readonly rootfs: Map<string, FileSystem>;
  /** Legacy --link targets by container (daemon/links.go): objects, not names. */
  readonly linkIndex: LinkIndex;
  readonly ipam: Ipam;
  readonly ports: PortAllocator;
  /** dockerd's PID: a new one after `systemctl restart docker`. */
  dockerdPid: number;
  readonly containerdPid: number;
  /** Every change the daemon makes, in Docker's terms, for `:explain` and the event trail. */
  readonly events: EngineEvent[];
  /** The host's resolvers, which containers on the default bridge copy. */
  readonly hostNameservers: readonly string[];
  /** Swarm mode (docker swarm init or join): this node's part in its swarm. */
  swarm?: SwarmState;
  /** A join that timed out goes on in the background: the node is `pending` until it leaves. */
  swarmPending?: { readonly remoteAddr: string; readonly advertiseAddr: string };
  /** The machine's name (os.Hostname): a swarm node's name. */
  readonly hostname: string;
  /** The machine's network as dockerd uses it to reach other nodes' daemons (the lab's LAN). */
  readonly underlay?: Underlay;
}

export interface Underlay {
  /** The dockerd a TCP connection to addr:port reaches, if it gets through and one listens there. */
  reach(addr: string, port: number): DaemonState | undefined;
  /** The address a connection to `addr` leaves from (the route's source). */
  sourceFor(addr: string): string | undefined;
}

/**
 * What the daemon did, in libnetwork's and the kernel's terms, in order. The course layer puts
 * these in words (`:explain`, the trail under each command); names are as the learner sees
 * them (container names, interface names, indexes).
 */
export type EngineEvent =
  | { readonly kind: 'network-created'; readonly network: string; readonly driver: string; readonly subnet?: string }
  | { readonly kind: 'network-removed'; readonly network: string; readonly driver: string }
  | { readonly kind: 'netns-created'; readonly container: string; readonly path: string }
  | { readonly kind: 'netns-removed'; readonly container: string; readonly path: string }
  | { readonly kind: 'ip-allocated'; readonly network: string; readonly ip: string; readonly subnet: string; readonly container?: string }
  | { readonly kind: 'ip-released'; readonly network: string; readonly ip: string }
  /** inner: the container end's final name (eth0…); container: whose sandbox it went into. */
  | { readonly kind: 'veth-created'; readonly host: string; readonly inner: string; readonly hostIndex: number; readonly innerIndex: number; readonly container?: string }
  /** netns: where the bridge is when not in the host's namespace (an overlay's br0). */
  | { readonly kind: 'veth-attached'; readonly veth: string; readonly bridge: string; readonly netns?: string }
  | { readonly kind: 'veth-removed'; readonly host: string }
  /** The dummy link dockerd makes as a macvlan network's parent when none is given (dm-<12 hex>). */
  | { readonly kind: 'dummy-created'; readonly link: string }
  | { readonly kind: 'dummy-removed'; readonly link: string }
  | { readonly kind: 'macvlan-created'; readonly container: string; readonly ifname: string; readonly index: number; readonly parent: string }
  | { readonly kind: 'bridge-created'; readonly bridge: string; readonly gateway: string }
  | { readonly kind: 'bridge-removed'; readonly bridge: string }
  | { readonly kind: 'hosts-written'; readonly container: string; readonly entries: readonly string[] }
  /** nameservers: 127.0.0.11 (the embedded DNS) or the host's resolvers. */
  | { readonly kind: 'resolv-written'; readonly container: string; readonly nameservers: readonly string[] }
  | { readonly kind: 'dnat-added'; readonly hostPort: string; readonly target: string; readonly proto: string }
  | { readonly kind: 'dnat-removed'; readonly hostPort: string; readonly target: string; readonly proto: string }
  | { readonly kind: 'proxy-started'; readonly pid: number; readonly args: string }
  | { readonly kind: 'proxy-stopped'; readonly pid: number; readonly args: string }
  | { readonly kind: 'dns-registered'; readonly network: string; readonly names: readonly string[]; readonly ip: string }
  | { readonly kind: 'dns-unregistered'; readonly network: string; readonly names: readonly string[]; readonly ip: string }
  | { readonly kind: 'container-started'; readonly container: string; readonly pid: number; readonly shimPid: number }
  | { readonly kind: 'container-stopped'; readonly container: string; readonly exitCode: number }
  | { readonly kind: 'container-removed'; readonly container: string };

/**
 * The picture of a Docker host's networking, as data: what `dockerlings topology --json`
 * prints and what the UI draws. Built the same way on both backends, from read-only command
 * lines (see collect.ts), so the simulator's picture and a real host's come from one parser.
 * Lists are sorted (by name, then index) so that two graphs of the same host are equal.
 * When an overlay spans other machines, `--json` prints this graph with two more fields,
 * `node` and `nodes` (the other machines' graphs): see LabTopology in lab.ts.
 */
export interface TopologyGraph {
  readonly backend: 'simulator' | 'docker';
  readonly host: { readonly interfaces: readonly HostInterface[] };
  readonly networks: readonly NetworkNode[];
  readonly containers: readonly ContainerNode[];
  /** Veth pairs whose host end is in the host's namespace, each with the container end it was matched to. */
  readonly vethPairs: readonly VethPair[];
  readonly ports: readonly PublishedPort[];
  /** What could not be read, in a sentence each (`iptables -t nat -S` needs root, say). */
  readonly notes: readonly string[];
}

export type InterfaceKind = 'loopback' | 'ether' | 'bridge' | 'veth' | 'macvlan' | 'vxlan' | 'dummy' | 'other';

/** One link of the host's namespace (`ip -d -o link`, `ip -o -4 addr`). */
export interface HostInterface {
  readonly index: number;
  readonly name: string;
  readonly kind: InterfaceKind;
  /** The operational state iproute2 prints: UP, DOWN, UNKNOWN. */
  readonly state: string;
  readonly addresses: readonly string[];
  /** The bridge it is a port of. */
  readonly master?: string;
  /** `veth…@if11`: the index of the other end, in another namespace. */
  readonly peerIndex?: number;
}

export interface NetworkNode {
  readonly id: string;
  readonly name: string;
  /** bridge, host, null, overlay, macvlan… as Docker names them. */
  readonly driver: string;
  readonly scope: string;
  readonly subnet?: string;
  readonly gateway?: string;
  /** A bridge network's Linux bridge: docker0, br-<12 hex> (or com.docker.network.bridge.name). */
  readonly bridge?: string;
  /** A macvlan network's parent link (-o parent, or the dm-<12 hex> dummy dockerd made). */
  readonly parent?: string;
  readonly internal: boolean;
  /** Overlay networks: the swarm nodes it spans (Peers), by name and address. */
  readonly peers?: readonly { readonly name: string; readonly ip: string }[];
  /** Names of the containers with an endpoint on it. */
  readonly containers: readonly string[];
  /**
   * Endpoints that are not a container's: libnetwork's own (the swarm's `gateway_ingress-sbox`
   * on docker_gwbridge, an overlay's `lb-…` load balancer), by name with their address.
   */
  readonly otherEndpoints?: readonly { readonly name: string; readonly address: string }[];
}

export type NetworkMode =
  | { readonly kind: 'bridge' } // the default bridge, or user-defined networks
  | { readonly kind: 'host' }
  | { readonly kind: 'none' }
  | { readonly kind: 'container'; readonly owner: string };

export interface ContainerNode {
  /** The short ID (12 hex). */
  readonly id: string;
  readonly name: string;
  readonly image: string;
  /** running, exited, created, paused… */
  readonly state: string;
  readonly exitCode: number;
  readonly mode: NetworkMode;
  /** One per network it is on (while running: with its interface). Sorted by network name. */
  readonly interfaces: readonly ContainerInterface[];
  /** Config.ExposedPorts (`80/tcp`): the image's EXPOSE, --expose, and every port published with -p. */
  readonly exposed: readonly string[];
}

export interface ContainerInterface {
  readonly network: string;
  /** eth0, eth1… once matched with the container's namespace (absent for a stopped container). */
  readonly name?: string;
  readonly index?: number;
  /** `172.17.0.2/16`, or '' when it has none (a stopped container, none). */
  readonly address: string;
  readonly mac: string;
  readonly gateway: string;
}

export interface VethPair {
  readonly hostName: string;
  readonly hostIndex: number;
  /** The bridge the host end is a port of, if any. */
  readonly bridge?: string;
  /** The container end, when it was found: container name, interface name and index. */
  readonly container?: string;
  readonly containerIf?: string;
  readonly containerIndex: number;
}

/** One published port: `0.0.0.0:8080 → 172.17.0.2:80`, through DNAT and/or docker-proxy. */
export interface PublishedPort {
  readonly proto: string;
  readonly hostIp: string;
  readonly hostPort: number;
  readonly container: string;
  readonly containerIp: string;
  readonly containerPort: number;
  /** A DNAT rule in the nat table's DOCKER chain sends it there; undefined when the table could not be read. */
  readonly dnat?: boolean;
  /** The docker-proxy process that listens for it (its PID), when one runs. */
  readonly proxyPid?: number;
}

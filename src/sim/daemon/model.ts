/**
 * The daemon's objects, named as libnetwork and the Engine API name them. Plain data:
 * the daemon's verbs (daemon.ts and friends) are the only writers.
 */
import type { ImageSpec } from './image-catalogue.js';

export type DriverName = 'bridge' | 'host' | 'null' | 'overlay' | 'macvlan';

export interface Image {
  readonly id: string; // sha256:<64 hex>
  readonly spec: ImageSpec;
  /** repo:tag references pointing at this image. */
  readonly repoTags: string[];
  readonly pulledAt: number;
}

export interface Network {
  readonly id: string;
  readonly name: string;
  readonly driver: DriverName;
  readonly scope: 'local' | 'swarm';
  readonly created: number;
  readonly internal: boolean;
  readonly attachable: boolean;
  readonly ingress: boolean;
  readonly options: ReadonlyMap<string, string>;
  readonly labels: ReadonlyMap<string, string>;
  /** The Linux bridge behind a bridge network: docker0 or br-<12 hex>. */
  readonly bridgeName?: string;
  /** Has an IPAM config (bridge, overlay, macvlan); host and none have none. */
  readonly hasIpam: boolean;
  /**
   * IPAM.Config as `docker network inspect` echoes it: what the user gave (--subnet verbatim,
   * --ip-range, --gateway only if given), or, without --subnet, the pool dockerd picked and its
   * gateway (the default bridge too: see networks.ts, ipamEcho).
   */
  readonly ipamConfig: readonly { readonly subnet: string; readonly gateway?: string; readonly ipRange?: string }[];
  /** IPAM.Options is null (default bridge, swarm-made networks) rather than {}. */
  readonly ipamOptionsNull?: boolean;
  readonly isDefaultBridge: boolean;
  /** The swarm made it (ingress, docker_gwbridge): `docker network prune` leaves it alone. */
  readonly system?: boolean;
  /** Endpoint ids on this network. */
  readonly endpoints: Set<string>;
}

export interface Endpoint {
  readonly id: string;
  readonly networkId: string;
  readonly containerId: string;
  readonly ip: string; // '' for host/none
  readonly prefix: number;
  readonly gateway: string;
  readonly mac: string;
  readonly aliases: readonly string[];
  /** --link entries given on this endpoint (default bridge only): "name:alias". */
  readonly links: readonly string[];
  readonly ipamConfigIp?: string;
  /** The container-side interface name (eth0, eth1…) and the host-side veth, once joined. */
  ifname: string;
  vethHost?: string;
  /**
   * Endpoints libnetwork makes for itself rather than for a container's network: a sandbox's
   * leg on docker_gwbridge (`gateway_<sandbox>`), an overlay's load balancer (`lb-<net>`), the
   * ingress sandbox's legs. `docker network inspect` shows them under `key` as `name`.
   */
  readonly role?: 'gateway' | 'lb' | 'ingress-sbox';
  readonly display?: { readonly key: string; readonly name: string };
}

export interface PortBinding {
  readonly containerPort: number;
  readonly proto: 'tcp' | 'udp';
  readonly hostIp: string; // '' means all
  readonly hostPort: string; // '' means ephemeral
}

export interface ContainerState {
  status: 'created' | 'running' | 'paused' | 'restarting' | 'removing' | 'exited' | 'dead';
  pid: number;
  exitCode: number;
  startedAt: number; // 0 = never
  finishedAt: number; // 0 = never
  error: string;
}

export interface ContainerConfig {
  readonly image: string; // as the user typed it
  readonly imageId: string;
  readonly entrypoint: readonly string[] | null;
  readonly cmd: readonly string[] | null;
  readonly env: readonly string[];
  readonly hostname: string;
  readonly domainname: string;
  readonly user: string;
  readonly workingDir: string;
  readonly tty: boolean;
  readonly openStdin: boolean;
  readonly exposedPorts: readonly string[];
  readonly labels: ReadonlyMap<string, string>;
}

export interface HostConfig {
  readonly networkMode: string; // default, bridge, host, none, container:<id>, <network name>
  readonly portBindings: readonly PortBinding[];
  readonly publishAllPorts: boolean;
  readonly binds: readonly string[];
  readonly links: readonly string[]; // "/target:/source/alias" as the API stores them
  readonly autoRemove: boolean;
  readonly privileged: boolean;
  readonly restartPolicy: string;
  readonly extraHosts: readonly string[];
  readonly dns: readonly string[];
  /** --dns-search and --dns-option, written into the container's resolv.conf. */
  readonly dnsSearch?: readonly string[];
  readonly dnsOptions?: readonly string[];
}

export interface Container {
  readonly id: string;
  name: string; // without the leading slash
  readonly created: number;
  /** Replaced, not edited: a container: mode joiner takes its owner's hostname at start. */
  config: ContainerConfig;
  readonly hostConfig: HostConfig;
  readonly state: ContainerState;
  /** Network name → how the container is attached, in the order they were attached. */
  readonly networks: Map<string, Attachment>;
  /** The sandbox (network namespace) key while running; for container: mode, the owner's. */
  sandboxKey?: string;
  /**
   * For container: mode, from its first start: the container whose hosts, hostname and
   * resolv.conf files it uses (initializeNetworkingPaths), the owner's.
   */
  filesFrom?: string;
  /** The anonymous volumes dockerd made for the image's VOLUMEs (none where a -v is mounted). */
  readonly imageVolumes?: readonly { readonly destination: string; readonly name: string }[];
  /** Host ports actually bound while running: `80/tcp` → [{hostIp, hostPort}]. */
  readonly ports: Map<string, { hostIp: string; hostPort: string }[]>;
  /** What the container's PID 1 printed; `docker logs` shows it. */
  logs: { stdout: string; stderr: string };
  /** Ports its program listens on while running (httpd: 80), and what an HTTP GET answers. */
  listeners: readonly Listener[];
  restartCount: number;
}

export interface Listener {
  readonly proto: 'tcp' | 'udp';
  readonly port: number;
  readonly address: string; // 0.0.0.0, 127.0.0.1 or :: (IPv6 any, which also takes IPv4 unless v6only)
  /** IPV6_V6ONLY on a `::` socket (nginx's `listen [::]:80`): IPv6 only, shown as `[::]:80` by ss. */
  readonly v6only?: boolean;
  /** listen()'s backlog, ss's Send-Q (511 when not said: Apache's and nginx's default). */
  readonly backlog?: number;
  readonly program: string;
  readonly httpBody?: string;
}

/** A container's wish to be on a network (EndpointSettings); the endpoint exists while it runs. */
export interface Attachment {
  readonly networkId: string;
  /**
   * EndpointSettings.Aliases: --network-alias/--alias, then, on a user-defined network, the
   * container's short ID and its hostname, which the daemon appends when it connects it.
   */
  aliases: readonly string[];
  readonly links: readonly string[];
  /** IPAMConfig.IPv4Address: --ip, or (overlay) the address the swarm manager assigned. */
  ipv4Address?: string;
  /** Made by `docker network connect`: IPAMConfig and DriverOpts are {} rather than null. */
  readonly connected?: boolean;
  /** The container has joined this network once: EndpointSettings.NetworkID is shown from then on. */
  joined?: boolean;
  endpointId?: string;
}

/** A container's network namespace: libnetwork's Sandbox. */
export interface Sandbox {
  readonly key: string; // the sandbox id (64 hex)
  readonly containerId: string;
  /** /var/run/docker/netns/<12 hex> */
  readonly path: string;
  readonly endpoints: string[];
  /**
   * The embedded DNS server (127.0.0.11) was started for this sandbox: it joined a
   * user-defined network once, and keeps it until the sandbox goes (even after disconnect).
   */
  embeddedDns?: boolean;
  /** The endpoint that carries the container's published ports (the first non-internal bridge). */
  portsEndpoint?: string;
}

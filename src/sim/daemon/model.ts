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
  /** What the user gave with --subnet/--gateway, as `docker network inspect` echoes it. */
  readonly ipamConfig: readonly { readonly subnet: string; readonly gateway?: string; readonly ipRange?: string }[];
  readonly isDefaultBridge: boolean;
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
}

export interface Container {
  readonly id: string;
  name: string; // without the leading slash
  readonly created: number;
  readonly config: ContainerConfig;
  readonly hostConfig: HostConfig;
  readonly state: ContainerState;
  /** Network name → how the container is attached, in the order they were attached. */
  readonly networks: Map<string, Attachment>;
  /** The sandbox (network namespace) key while running; for container: mode, the owner's. */
  sandboxKey?: string;
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
  readonly address: string; // 0.0.0.0 or 127.0.0.1
  readonly program: string;
  readonly httpBody?: string;
}

/** A container's wish to be on a network (EndpointSettings); the endpoint exists while it runs. */
export interface Attachment {
  readonly networkId: string;
  readonly aliases: readonly string[];
  readonly links: readonly string[];
  readonly ipv4Address?: string;
  endpointId?: string;
}

/** A container's network namespace: libnetwork's Sandbox. */
export interface Sandbox {
  readonly key: string; // the sandbox id (64 hex)
  readonly containerId: string;
  /** /var/run/docker/netns/<12 hex> */
  readonly path: string;
  readonly endpoints: string[];
}

import { type Clock, steppingClock } from './clock.js';
import { Engine } from './daemon/engine.js';
import { IMAGE_CATALOGUE } from './daemon/image-catalogue.js';
import { pullImage } from './daemon/images.js';
import { Ipam } from './daemon/ipam.js';
import { createPredefinedNetworks } from './daemon/networks.js';
import { PortAllocator } from './daemon/port-allocator.js';
import type { DaemonState, EngineEvent } from './daemon/state.js';
import { bootFilesystem } from './host-files.js';
import { bootProcesses } from './host-processes.js';
import { bootUsers } from './host-users.js';
import { procfs } from './procfs.js';
import { dockerNetnsDir } from './docker-run-dir.js';
import { createKernel, type Kernel } from './kernel/kernel.js';
import { SeededRandom } from './random.js';
import { LAB_NODES, LAN_GATEWAY, LAN_PREFIX, type NodeIdentity, SimLab } from './lab.js';
import { reachDaemon, sourceAddressFor } from './net/underlay.js';

export interface HostOptions {
  readonly seed?: number;
  readonly clock?: Clock;
  /** Is the learner in the docker group at boot? Lesson 1 starts without. */
  readonly learnerInDockerGroup?: boolean;
  /** Images present at boot (references); default: every image of the catalogue, as a prepared workshop machine. */
  readonly images?: readonly string[];
  /** Which machine of the lab this is (default: the first, docker-host). */
  readonly node?: NodeIdentity;
  /** The lab it belongs to (default: a new one, with this host as its first machine). */
  readonly lab?: SimLab;
  /**
   * The lab's one log of what the daemons did (default: a new one): a command's trail shows what
   * it made happen on any machine (`ssh docker-host2 docker run …` too).
   */
  readonly events?: EngineEvent[];
}

export const HOSTNAME = LAB_NODES[0]?.hostname ?? 'docker-host';
export const LEARNER = 'learner';

/**
 * A whole simulated Docker host: a Linux kernel's state (devices, netfilter, processes,
 * users, files) and a dockerd on it. Deterministic from its seed.
 */
export class SimHost {
  readonly clock: Clock;
  readonly rnd: SeededRandom;
  readonly kernel: Kernel;
  readonly daemon: DaemonState;
  readonly engine: Engine;
  readonly hostname: string;
  /** The lab's machines, this one among them. */
  readonly lab: SimLab;
  /** Is dockerd running? `systemctl stop docker` turns it off: the socket then refuses. */
  dockerdUp = true;

  constructor(o: HostOptions = {}) {
    const node = o.node ?? (LAB_NODES[0] as NodeIdentity);
    this.hostname = node.hostname;
    this.clock = o.clock ?? steppingClock();
    this.rnd = new SeededRandom(o.seed ?? 1);
    this.kernel = createKernel(() => this.clock.now());
    bootKernel(this.kernel, this.clock.now(), o.learnerInDockerGroup ?? true, node);
    // The other machines of the lab boot as this one did (the same images, the learner in the
    // same groups), on the same clock, each from its own seed.
    this.lab = o.lab ?? new SimLab(this, (identity, index) => new SimHost({ ...o, node: identity, lab: this.lab, clock: this.clock, seed: (o.seed ?? 1) + index * 7919, events: this.daemon.events }));
    const { containerd, dockerd } = bootProcesses(this.kernel, this.clock.now());
    const eventsBefore = o.events?.length ?? 0;
    this.daemon = {
      rnd: this.rnd, clock: this.clock, kernel: this.kernel,
      images: new Map(), containers: new Map(), networks: new Map(), endpoints: new Map(), sandboxes: new Map(), rootfs: new Map(), linkIndex: new Map(),
      ipam: new Ipam(), ports: new PortAllocator(), dockerdPid: dockerd.pid, containerdPid: containerd.pid,
      events: o.events ?? [], hostNameservers: ['10.0.2.3'], hostname: node.hostname,
      underlay: { reach: (addr, port) => reachDaemon(this, addr, port), sourceFor: (addr) => sourceAddressFor(this, addr) },
    };
    createPredefinedNetworks(this.daemon);
    this.kernel.fs.mountVirtual('/proc', procfs(this.daemon, 'host'));
    // dockerd's runtime directory is root's alone (0700), as /run/docker is.
    this.kernel.fs.mkdirp('/run/docker', { mode: 0o700 });
    for (const d of ['containerd', 'libnetwork', 'plugins', 'runtime-runc']) this.kernel.fs.mkdirp(`/run/docker/${d}`, { mode: 0o700 });
    this.kernel.fs.mountVirtual('/run/docker/netns', dockerNetnsDir(this.daemon));
    this.kernel.fs.put('/etc/mtab', { type: 'symlink', target: '../proc/self/mounts', mode: 0o777, uid: 0, gid: 0, mtime: this.clock.now() });
    // A prepared workshop machine pulled each image once, by its first tag (ubuntu:latest, not also :24.04).
    for (const ref of o.images ?? IMAGE_CATALOGUE.map((s) => `${s.repository}:${s.tags[0] ?? 'latest'}`)) pullImage(this.daemon, ref);
    // What booting did is no learner's doing (a lab's later machine boots in the middle of a command).
    this.daemon.events.length = eventsBefore;
    this.engine = new Engine(this.daemon);
  }
}

function bootKernel(k: Kernel, now: number, learnerInDocker: boolean, node: NodeIdentity): void {
  bootUsers(k.users, LEARNER, learnerInDocker);
  const lo = k.net.addDevice('host', { name: 'lo', kind: 'loopback', mac: '00:00:00:00:00:00', mtu: 65536, up: true, addresses: [{ ip: '127.0.0.1', prefix: 8, scope: 'host' }] });
  void lo;
  k.net.addDevice('host', { name: 'eth0', kind: 'ether', mac: node.mac, mtu: 1500, up: true, addresses: [{ ip: node.ip, prefix: LAN_PREFIX, broadcast: '10.0.2.255', scope: 'global' }] });
  k.net.ns('host').routes.push({ dst: 'default', via: LAN_GATEWAY, dev: 'eth0' }, { dst: '10.0.2.0/24', dev: 'eth0', proto: 'kernel', scope: 'link', src: node.ip });
  bootFilesystem(k, now, node.hostname);
}

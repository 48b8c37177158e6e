import type { SimHost } from './host.js';

/**
 * The machines of a workshop lab: hosts on one LAN segment (10.0.2.0/24, gateway 10.0.2.2),
 * each a whole simulated Docker host. The first is the learner's terminal; the others boot
 * the first time something reaches for them (`ssh docker-host2`, a packet to 10.0.2.16, a
 * swarm join), so a one-host lesson pays nothing for them. They share one clock: the lab is
 * one moment in time.
 */
export interface NodeIdentity {
  readonly hostname: string;
  /** eth0's address on the lab's LAN (/24). */
  readonly ip: string;
  readonly mac: string;
}

export const LAB_NODES: readonly NodeIdentity[] = [
  { hostname: 'docker-host', ip: '10.0.2.15', mac: '52:54:00:12:34:56' },
  { hostname: 'docker-host2', ip: '10.0.2.16', mac: '52:54:00:12:34:57' },
];

export const LAN_PREFIX = 24;
export const LAN_GATEWAY = '10.0.2.2';

export type BootNode = (identity: NodeIdentity, index: number) => SimHost;

export class SimLab {
  private readonly hosts = new Map<string, SimHost>();

  constructor(first: SimHost, private readonly boot: BootNode) {
    this.hosts.set(first.hostname, first);
  }

  /** The lab's machines, booted or not, in order. */
  get identities(): readonly NodeIdentity[] {
    return LAB_NODES;
  }

  /** The machine of that name, booted now if it was not yet; undefined if the lab has none. */
  host(hostname: string): SimHost | undefined {
    const known = this.hosts.get(hostname);
    if (known) return known;
    const index = LAB_NODES.findIndex((n) => n.hostname === hostname);
    const identity = LAB_NODES[index];
    if (!identity) return undefined;
    const host = this.boot(identity, index);
    this.hosts.set(hostname, host);
    return host;
  }

  /** The machine whose eth0 has this address on the LAN. */
  hostByAddress(ip: string): SimHost | undefined {
    const identity = LAB_NODES.find((n) => n.ip === ip);
    return identity ? this.host(identity.hostname) : undefined;
  }

  /** The machines booted so far, in the lab's order. */
  booted(): SimHost[] {
    return LAB_NODES.map((n) => this.hosts.get(n.hostname)).filter((h): h is SimHost => h !== undefined);
  }
}

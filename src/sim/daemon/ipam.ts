import { conflict, forbidden, invalidParameter } from '../errors.js';
import { type Cidr, broadcastOf, cidrString, contains, intToIp, ipToInt, isIPv4, networkOf, overlaps, parseCidr } from '../net/ip.js';

/**
 * libnetwork's default IPAM, as Engine 20.10 runs it. Two address spaces:
 * - local (bridge, macvlan): the predefined pools 172.17–31.0.0/16 then 192.168.0–240.0/20;
 * - global (swarm overlays, allocated by the manager): 10.0.0.0/8 cut in /24s.
 * Each network takes one pool. Like dockerd, the allocator remembers where it last took a pool
 * and goes on from there, even after that pool is released, wrapping round at the end
 * (observed on a real engine: n1=172.18, n2=172.19, rm n2, n3=172.20; after 192.168.240.0/20
 * the next is the lowest free, 172.18). Addresses inside a pool go lowest-free first, and a
 * released address is reused at once (a new container gets the stopped one's 172.17.0.2).
 */
export interface Pool {
  readonly subnet: Cidr;
  readonly gateway: number;
  /** --ip-range: where containers' addresses come from (the gateway may lie outside it). */
  readonly range?: Cidr;
  /** Addresses in use (the gateway included). */
  readonly used: Set<number>;
  /** The user gave --subnet: only then does the daemon accept `--ip` on this network. */
  readonly userDefined: boolean;
}

export type AddressSpace = 'local' | 'global';

function localPools(): Cidr[] {
  const pools: Cidr[] = [];
  for (let b = 17; b <= 31; b++) pools.push({ base: ipToInt(`172.${b}.0.0`), prefix: 16 });
  for (let c = 0; c <= 240; c += 16) pools.push({ base: ipToInt(`192.168.${c}.0`), prefix: 20 });
  return pools;
}

/** swarmkit's default address pool: 10.0.0.0/8 in /24 subnets (ingress takes the first). */
function globalPool(i: number): Cidr {
  return { base: ipToInt('10.0.0.0') + i * 256, prefix: 24 };
}
const GLOBAL_POOLS = 65536;

export interface PoolRequest {
  readonly subnet?: string;
  readonly gateway?: string;
  readonly ipRange?: string;
  readonly space?: AddressSpace;
}

export class Ipam {
  private readonly predefined = localPools();
  private nextLocal = 0;
  private nextGlobal = 0;
  readonly pools = new Map<string, Pool>(); // network id → pool

  /**
   * Requests a pool for a network; `subnet`/`gateway`/`ipRange` as given with --subnet,
   * --gateway, --ip-range (the CLI has already checked that they belong together).
   */
  requestPool(networkId: string, opts: PoolRequest = {}): Pool {
    let subnet: Cidr;
    let userDefined = false;
    if (opts.subnet) {
      const parsed = parseCidr(opts.subnet);
      // The daemon's ValidateIPAM wording, including the space before the colon.
      if (!parsed) throw invalidParameter(`Invalid subnet ${opts.subnet} : invalid CIDR address: ${opts.subnet}`);
      subnet = { base: networkOf(parsed), prefix: parsed.prefix };
      for (const p of this.pools.values()) {
        if (overlaps(p.subnet, subnet)) throw forbidden('Pool overlaps with other one on this address space');
      }
      userDefined = true;
    } else {
      subnet = opts.space === 'global' ? this.takeGlobal() : this.takeLocal();
    }
    const gateway = opts.gateway ? ipToInt(opts.gateway) : networkOf(subnet) + 1;
    const range = opts.ipRange ? parseCidr(opts.ipRange) : undefined;
    const pool: Pool = { subnet, gateway, used: new Set([gateway]), userDefined, ...(range ? { range: { base: networkOf(range), prefix: range.prefix } } : {}) };
    this.pools.set(networkId, pool);
    return pool;
  }

  private takeLocal(): Cidr {
    const n = this.predefined.length;
    for (let i = 0; i < n; i++) {
      const idx = (this.nextLocal + i) % n;
      const candidate = this.predefined[idx] as Cidr;
      if (this.inUse(candidate)) continue;
      this.nextLocal = (idx + 1) % n;
      return candidate;
    }
    throw forbidden('could not find an available, non-overlapping IPv4 address pool among the defaults to assign to the network');
  }

  private takeGlobal(): Cidr {
    for (let i = 0; i < GLOBAL_POOLS; i++) {
      const idx = (this.nextGlobal + i) % GLOBAL_POOLS;
      const candidate = globalPool(idx);
      if (this.inUse(candidate)) continue;
      this.nextGlobal = (idx + 1) % GLOBAL_POOLS;
      return candidate;
    }
    throw forbidden('could not find an available IPv4 address pool');
  }

  private inUse(c: Cidr): boolean {
    for (const p of this.pools.values()) if (overlaps(p.subnet, c)) return true;
    return false;
  }

  /** A new swarm has a new allocator: its first overlay (ingress) gets 10.0.0.0/24 again. */
  resetGlobal(): void {
    this.nextGlobal = 0;
  }

  releasePool(networkId: string): void {
    this.pools.delete(networkId);
  }

  /** The lowest free address (inside --ip-range if there is one), or the one asked for (--ip). */
  requestAddress(networkId: string, wanted?: string): string {
    const pool = this.pool(networkId);
    const netAddr = networkOf(pool.subnet);
    const bcast = broadcastOf(pool.subnet);
    if (wanted !== undefined) {
      // The daemon's own wording, closing parenthesis included.
      if (!isIPv4(wanted)) throw invalidParameter(`Invalid IPv4 address: ${wanted})`);
      const n = ipToInt(wanted);
      if (!contains(pool.subnet, n)) throw invalidParameter(`Invalid address ${wanted}: It does not belong to any of this network's subnets`);
      if (pool.used.has(n) || n === netAddr || n === bcast) throw conflict('Address already in use');
      pool.used.add(n);
      return wanted;
    }
    const from = pool.range ? networkOf(pool.range) : netAddr;
    const to = pool.range ? broadcastOf(pool.range) : bcast;
    for (let n = from; n <= to; n++) {
      if (n === netAddr || n === bcast || pool.used.has(n)) continue;
      pool.used.add(n);
      return intToIp(n);
    }
    throw forbidden(`no available IPv4 addresses on this network's address pools: ${cidrString(pool.subnet)}`);
  }

  releaseAddress(networkId: string, ip: string): void {
    this.pools.get(networkId)?.used.delete(ipToInt(ip));
  }

  pool(networkId: string): Pool {
    const p = this.pools.get(networkId);
    if (!p) throw new Error(`no pool for network ${networkId}`);
    return p;
  }
}

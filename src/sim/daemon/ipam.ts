import { conflict, forbidden, invalidParameter } from '../errors.js';
import { type Cidr, broadcastOf, cidrString, contains, intToIp, ipToInt, networkOf, overlaps, parseCidr } from '../net/ip.js';

/**
 * libnetwork's default IPAM: local address spaces from the predefined pools
 * (172.17–31.0.0/16, then 192.168.0–240.0/20), each network one pool, addresses handed
 * out lowest-first inside it. Like dockerd, it remembers where it last took a pool and
 * goes on from there, even after that pool is released, until the daemon restarts.
 */
export interface Pool {
  readonly subnet: Cidr;
  readonly gateway: number;
  /** Addresses in use (the gateway included). */
  readonly used: Set<number>;
  /** Explicit subnet given by the user (kept so `docker network inspect` can show a Gateway). */
  readonly userDefined: boolean;
}

function predefinedPools(): Cidr[] {
  const pools: Cidr[] = [];
  for (let b = 17; b <= 31; b++) pools.push({ base: ipToInt(`172.${b}.0.0`), prefix: 16 });
  for (let c = 0; c <= 240; c += 16) pools.push({ base: ipToInt(`192.168.${c}.0`), prefix: 20 });
  return pools;
}

export class Ipam {
  private readonly predefined = predefinedPools();
  private nextPredefined = 0;
  readonly pools = new Map<string, Pool>(); // network id → pool

  /** Requests a pool for a network; `subnet`/`gateway` as given with --subnet/--gateway. */
  requestPool(networkId: string, opts: { subnet?: string; gateway?: string; ipRange?: string }): Pool {
    let subnet: Cidr;
    let userDefined = false;
    if (opts.subnet) {
      const parsed = parseCidr(opts.subnet);
      if (!parsed) throw invalidParameter(`invalid CIDR address: ${opts.subnet}`);
      subnet = { base: networkOf(parsed), prefix: parsed.prefix };
      for (const p of this.pools.values()) {
        if (overlaps(p.subnet, subnet)) throw forbidden('Pool overlaps with other one on this address space');
      }
      userDefined = true;
    } else {
      subnet = this.takePredefined();
    }
    let gateway = networkOf(subnet) + 1;
    if (opts.gateway) {
      gateway = ipToInt(opts.gateway);
      if (!contains(subnet, gateway)) throw invalidParameter(`no matching subnet for gateway ${opts.gateway}`);
    }
    const pool: Pool = { subnet, gateway, used: new Set([gateway]), userDefined };
    this.pools.set(networkId, pool);
    return pool;
  }

  private takePredefined(): Cidr {
    const n = this.predefined.length;
    for (let i = 0; i < n; i++) {
      const idx = (this.nextPredefined + i) % n;
      const candidate = this.predefined[idx] as Cidr;
      if ([...this.pools.values()].some((p) => overlaps(p.subnet, candidate))) continue;
      this.nextPredefined = (idx + 1) % n;
      return candidate;
    }
    throw forbidden('could not find an available, non-overlapping IPv4 address pool among the defaults to assign to the network');
  }

  releasePool(networkId: string): void {
    this.pools.delete(networkId);
  }

  /** The lowest free address, or the one asked for (--ip). */
  requestAddress(networkId: string, wanted?: string): string {
    const pool = this.pool(networkId);
    const first = networkOf(pool.subnet) + 1;
    const last = broadcastOf(pool.subnet) - 1;
    if (wanted) {
      const n = ipToInt(wanted);
      if (!contains(pool.subnet, n)) throw invalidParameter(`no available IPv4 addresses on this network's address pools: ${cidrString(pool.subnet)}`);
      if (pool.used.has(n)) throw conflict(`Address already in use`);
      pool.used.add(n);
      return wanted;
    }
    for (let n = first; n <= last; n++) {
      if (!pool.used.has(n)) {
        pool.used.add(n);
        return intToIp(n);
      }
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

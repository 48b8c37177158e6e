import type { Container } from '../../../sim/daemon/model.js';
import type { SimHost } from '../../../sim/host.js';
import { ipToInt } from '../../../sim/net/ip.js';
import { type ProbeResult, probe } from '../../../sim/net/reachability.js';
import { type NameLookup, resolveName } from '../../../sim/net/resolve.js';
import type { ProgramContext } from '../../program.js';

/** What the traffic tools need of where they run: the namespace they send from and how names resolve there. */
export interface NetPlace {
  readonly host: SimHost;
  readonly netns: string;
  readonly container?: Container;
}

export const netPlace = (ctx: ProgramContext): NetPlace => ({ host: ctx.host, netns: ctx.netns, ...(ctx.container ? { container: ctx.container } : {}) });

export function lookup(place: NetPlace, name: string): NameLookup {
  return resolveName(place.host, place.container, name);
}

export function pingProbe(place: NetPlace, ip: string): ProbeResult {
  return probe(place.host, { from: place.netns, dst: ip, proto: 'icmp' });
}

export function tcpProbe(place: NetPlace, ip: string, port: number): ProbeResult {
  return probe(place.host, { from: place.netns, dst: ip, proto: 'tcp', port });
}

/** The name /etc/hosts gives an address (what getnameinfo finds on the simulated host), if any. */
export function reverseName(place: NetPlace, ip: string): string | undefined {
  const path = place.container ? `/var/lib/docker/containers/${place.container.id}/hosts` : '/etc/hosts';
  const r = place.host.kernel.fs.read(path);
  if (!r.ok) return undefined;
  for (const line of r.content.split('\n')) {
    const [addr, name] = line.replace(/#.*/, '').split(/\s+/).filter(Boolean);
    if (addr === ip && name) return name;
  }
  return undefined;
}

/**
 * Round-trip times in milliseconds, made up but steady: a first packet slower (ARP, cache
 * misses), the next ones around 0.05–0.1 ms, as on a real bridge. Derived from the clock and
 * the address, so a run is repeatable and the host's random generator is left alone.
 */
export function roundTrips(place: NetPlace, ip: string, n: number): number[] {
  let x = (place.host.clock.now() ^ ipToInt(ip)) >>> 0 || 1;
  const next = (): number => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return (x >>> 8) / 0x1000000;
  };
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(i === 0 ? 0.08 + next() * 0.3 : 0.045 + next() * 0.06);
  return out.map((t) => Math.round(t * 1000) / 1000);
}


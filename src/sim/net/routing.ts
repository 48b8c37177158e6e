import type { NetDevice, NetworkStack } from '../kernel/net-devices.js';
import { contains, ipToInt, parseCidr } from './ip.js';

/**
 * The kernel's routing decision in one namespace: the local table first (its own addresses
 * and 127.0.0.0/8 on lo), then the main table by longest prefix.
 */
export type RouteDecision =
  | { readonly kind: 'local'; readonly dev: NetDevice }
  | { readonly kind: 'route'; readonly dev: NetDevice; readonly via?: string; readonly src: string }
  | { readonly kind: 'unreachable' };

/** The device holding `ip` in namespace `ns`, if the address is local there. */
export function localDevice(net: NetworkStack, ns: string, ip: string): NetDevice | undefined {
  const n = ipToInt(ip);
  for (const dev of net.namespaces.get(ns)?.devices.values() ?? []) {
    if (dev.kind === 'loopback' && dev.up && n >>> 24 === 127) return dev;
    if (dev.addresses.some((a) => a.ip === ip)) return dev;
  }
  return undefined;
}

export function isLocalAddress(net: NetworkStack, ns: string, ip: string): boolean {
  return localDevice(net, ns, ip) !== undefined;
}

export function routeLookup(net: NetworkStack, ns: string, dst: string): RouteDecision {
  const local = localDevice(net, ns, dst);
  if (local) return { kind: 'local', dev: local };
  const n = ipToInt(dst);
  let best: { prefix: number; dev: NetDevice; via?: string; src?: string } | undefined;
  for (const r of net.namespaces.get(ns)?.routes ?? []) {
    const cidr = r.dst === 'default' ? { base: 0, prefix: 0 } : parseCidr(r.dst);
    if (!cidr || !contains(cidr, n)) continue;
    if (best && best.prefix >= cidr.prefix) continue;
    const dev = net.findByName(ns, r.dev);
    if (!dev || !dev.up) continue;
    best = { prefix: cidr.prefix, dev, ...(r.via ? { via: r.via } : {}), ...(r.src ? { src: r.src } : {}) };
  }
  if (!best) return { kind: 'unreachable' };
  const src = best.src ?? best.dev.addresses[0]?.ip ?? '0.0.0.0';
  return { kind: 'route', dev: best.dev, ...(best.via ? { via: best.via } : {}), src };
}

import { embeddedDnsLookup, networkMembers } from '../daemon/dns.js';
import type { Container } from '../daemon/model.js';
import type { SimHost } from '../host.js';
import { isIPv4 } from './ip.js';

/**
 * Name resolution as a program sees it (getaddrinfo: /etc/hosts, then the resolvers of
 * /etc/resolv.conf). In a container that is Docker's resolver (host.engine.resolveName); on
 * the host, its /etc/hosts. The simulated machine has no outside world: a name nobody here
 * knows gets NXDOMAIN from the upstream resolvers, as an unknown name would.
 */
export type NameLookup = { readonly kind: 'ip'; readonly ip: string } | { readonly kind: 'nxdomain' };

function hostsFileLookup(content: string, name: string): string | undefined {
  for (const line of content.split('\n')) {
    const [ip, ...names] = line.replace(/#.*/, '').split(/\s+/).filter(Boolean);
    if (ip && isIPv4(ip) && names.includes(name)) return ip;
  }
  return undefined;
}

export function resolveName(host: SimHost, container: Container | undefined, name: string): NameLookup {
  if (isIPv4(name)) return { kind: 'ip', ip: name };
  if (container) {
    const r = host.engine.resolveName(container, name);
    if (r.kind === 'hosts') return { kind: 'ip', ip: r.ip };
    if (r.kind === 'dns' && r.ips[0]) return { kind: 'ip', ip: r.ips[0] };
    return { kind: 'nxdomain' };
  }
  const hosts = host.kernel.fs.read('/etc/hosts');
  const ip = hosts.ok ? hostsFileLookup(hosts.content, name) : undefined;
  return ip ? { kind: 'ip', ip } : { kind: 'nxdomain' };
}

/** The first `nameserver` of a resolv.conf, as a stub resolver (busybox nslookup) picks it. */
export function firstNameserver(resolvConf: string): string | undefined {
  for (const line of resolvConf.split('\n')) {
    const m = /^\s*nameserver\s+(\S+)/.exec(line);
    if (m?.[1]) return m[1];
  }
  return undefined;
}

/** What a DNS server on this machine answers for an A query, and for a PTR query of an address. */
export type DnsAnswer = { readonly kind: 'a'; readonly ips: readonly string[] } | { readonly kind: 'ptr'; readonly name: string } | { readonly kind: 'nxdomain' };

const EMBEDDED_DNS = '127.0.0.11';

/**
 * A query to `server` from `container` (or the host). Docker's embedded DNS (127.0.0.11)
 * answers the names on the asker's user-defined networks and PTR records for their addresses
 * (`name.network`); everything else it forwards upstream, and upstream is outside the
 * simulated machine: NXDOMAIN.
 */
export function dnsQuery(host: SimHost, container: Container | undefined, server: string, name: string): DnsAnswer {
  if (!container || server !== EMBEDDED_DNS) return { kind: 'nxdomain' };
  if (isIPv4(name)) {
    for (const a of container.networks.values()) {
      const net = host.daemon.networks.get(a.networkId);
      if (!net || net.isDefaultBridge || net.driver === 'host' || net.driver === 'null') continue;
      for (const { ep, container: peer } of networkMembers(host.daemon, net)) {
        if (ep.ip === name) return { kind: 'ptr', name: `${peer.name}.${net.name}` };
      }
    }
    return { kind: 'nxdomain' };
  }
  const ips = embeddedDnsLookup(host.daemon, container, name);
  return ips.length > 0 ? { kind: 'a', ips } : { kind: 'nxdomain' };
}

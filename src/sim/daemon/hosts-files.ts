import type { Container, Endpoint } from './model.js';
import type { DaemonState } from './state.js';

/**
 * The three files dockerd writes per container under /var/lib/docker/containers/<id>/ and
 * bind-mounts over the container's /etc/hosts, /etc/resolv.conf and /etc/hostname, with
 * libnetwork 20.10's rules (observed on a real engine, `docker exec C cat /etc/hosts`):
 *
 *   127.0.0.1	localhost            (the fixed header)
 *   …
 *   172.17.0.2	dnet-c1 5fc88b3f4f67          --link dnet-c1 (alias, hostname, name)
 *   172.17.0.2	alias1 5fc88b3f4f67 dnet-c1   --link dnet-c1:alias1
 *   172.18.0.3	h2                            its own address on each network, in join order
 *
 * `docker network connect` appends a line for the new address; `disconnect` deletes every
 * line that ends in "\t<hostname>" — the container's other addresses too (libnetwork's
 * etchosts.Delete matches on the hostname alone).
 */
export const containerDir = (id: string) => `/var/lib/docker/containers/${id}`;

/** Where a container's hosts, hostname and resolv.conf are: its own directory, or its network owner's. */
export function networkFilesDir(c: { readonly id: string; readonly filesFrom?: string }): string {
  return containerDir(c.filesFrom ?? c.id);
}

const HOSTS_HEADER = [
  '127.0.0.1\tlocalhost',
  '::1\tlocalhost ip6-localhost ip6-loopback',
  'fe00::0\tip6-localnet',
  'ff00::0\tip6-mcastprefix',
  'ff02::1\tip6-allnodes',
  'ff02::2\tip6-allrouters',
];

function ownName(c: Container): string {
  return c.config.domainname ? `${c.config.hostname}.${c.config.domainname} ${c.config.hostname}` : c.config.hostname;
}

/** The line a container's own address on one network gets. */
export function ownHostsLine(c: Container, ip: string): string {
  return `${ip}\t${ownName(c)}`;
}

/** /etc/hosts: the fixed header, `--add-host`s, `--link` targets, then the container's own addresses. */
export function hostsFor(s: DaemonState, c: Container, linkEntries: readonly string[]): string {
  const lines = [...HOSTS_HEADER];
  for (const h of c.hostConfig.extraHosts) {
    const i = h.lastIndexOf(':');
    lines.push(`${h.slice(i + 1)}\t${h.slice(0, i)}`);
  }
  lines.push(...linkEntries);
  for (const a of c.networks.values()) {
    const ep = a.endpointId ? s.endpoints.get(a.endpointId) : undefined;
    if (ep?.ip) lines.push(ownHostsLine(c, ep.ip));
  }
  return `${lines.join('\n')}\n`;
}

/** `nameserver` lines of a resolv.conf text. */
function nameservers(text: string): string[] {
  return [...text.matchAll(/^\s*nameserver\s+(\S+)/gm)].map((m) => m[1] as string);
}

function lastDirective(text: string, key: 'search' | 'options'): string[] {
  const lines = [...text.matchAll(new RegExp(`^\\s*${key}\\s+(.*)$`, 'gm'))];
  const last = lines[lines.length - 1];
  return last ? (last[1] as string).trim().split(/\s+/) : [];
}

/**
 * The host's resolv.conf as dockerd reads it: /etc/resolv.conf, or, when that only names
 * systemd-resolved's stub (127.0.0.53), /run/systemd/resolve/resolv.conf (the upstream
 * servers). A host without that file here falls back to the daemon's known resolvers.
 */
export function hostResolvConf(s: DaemonState): string {
  const fs = s.kernel.fs;
  const etc = fs.read('/etc/resolv.conf');
  const text = etc.ok ? etc.content : '';
  const servers = nameservers(text);
  if (servers.length > 0 && servers.every((n) => n === '127.0.0.53')) {
    const upstream = fs.read('/run/systemd/resolve/resolv.conf');
    if (upstream.ok) return upstream.content;
    return s.hostNameservers.map((n) => `nameserver ${n}\n`).join('');
  }
  return etc.ok ? text : s.hostNameservers.map((n) => `nameserver ${n}\n`).join('');
}

/** resolvconf.Build: search (unless only "."), nameservers, options. */
function buildResolvConf(dns: readonly string[], search: readonly string[], options: readonly string[]): string {
  let out = '';
  if (search.length > 0 && search.join(' ').trim() !== '.') out += `search ${search.join(' ')}\n`;
  for (const d of dns) out += `nameserver ${d}\n`;
  if (options.length > 0 && options.join(' ').trim() !== '') out += `options ${options.join(' ')}\n`;
  return out;
}

/** resolvconf.FilterResolvDNS: drops localhost resolvers; none left means Google's two. */
function filterLocalhost(text: string): string {
  const kept = text.split('\n').filter((l) => !/^\s*nameserver\s+(127\.\d+\.\d+\.\d+|::1)\s*$/.test(l)).join('\n');
  if (nameservers(kept).length > 0) return kept;
  return `${kept.endsWith('\n') || kept === '' ? kept : `${kept}\n`}nameserver 8.8.8.8\nnameserver 8.8.4.4\n`;
}

/**
 * /etc/resolv.conf of a container: with --dns/--dns-search/--dns-option, built from them (the
 * host's for what is not given); otherwise the host's, localhost resolvers filtered out. Once
 * the sandbox runs the embedded DNS server (a user-defined network), 127.0.0.11 replaces the
 * nameservers and `ndots:0` joins the options (unless the user set ndots > 0).
 */
export function resolvConfFor(s: DaemonState, c: Container, embeddedDns: boolean): string {
  const host = hostResolvConf(s);
  const hc = c.hostConfig;
  const custom = hc.dns.length > 0 || (hc.dnsSearch?.length ?? 0) > 0 || (hc.dnsOptions?.length ?? 0) > 0;
  const base = custom
    ? buildResolvConf(hc.dns.length > 0 ? hc.dns : nameservers(host), hc.dnsSearch?.length ? hc.dnsSearch : lastDirective(host, 'search'), hc.dnsOptions?.length ? hc.dnsOptions : lastDirective(host, 'options'))
    : filterLocalhost(host);
  if (!embeddedDns) return base;
  const options = lastDirective(base, 'options');
  const userNdots = options.some((o) => /^ndots:([1-9]\d*)$/.test(o));
  const v6 = nameservers(base).filter((n) => n.includes(':'));
  return buildResolvConf(['127.0.0.11', ...v6], lastDirective(base, 'search'), userNdots ? options : [...options, 'ndots:0']);
}

/** Does the container's sandbox run the embedded DNS server? */
export function sandboxHasEmbeddedDns(s: DaemonState, c: Container): boolean {
  return c.sandboxKey !== undefined && s.sandboxes.get(c.sandboxKey)?.embeddedDns === true;
}

export function writeContainerFiles(s: DaemonState, c: Container, linkEntries: readonly string[], embeddedDns = sandboxHasEmbeddedDns(s, c)): void {
  const dir = containerDir(c.id);
  const fs = s.kernel.fs;
  fs.writeFile(`${dir}/hosts`, hostsFor(s, c, linkEntries));
  const resolv = resolvConfFor(s, c, embeddedDns);
  fs.writeFile(`${dir}/resolv.conf`, resolv);
  fs.writeFile(`${dir}/hostname`, `${c.config.hostname}\n`);
  s.events.push({ kind: 'hosts-written', container: c.name, entries: [...linkEntries] });
  s.events.push({ kind: 'resolv-written', container: c.name, nameservers: nameservers(resolv) });
}

/** `docker network connect` on a running container: one more line in its hosts file, DNS switched on. */
export function hostsEndpointAdded(s: DaemonState, c: Container, ep: Endpoint): void {
  const fs = s.kernel.fs;
  const path = `${containerDir(c.id)}/hosts`;
  if (ep.ip) {
    const cur = fs.read(path);
    if (cur.ok) fs.writeFile(path, `${cur.content}${ownHostsLine(c, ep.ip)}\n`);
    s.events.push({ kind: 'hosts-written', container: c.name, entries: [] });
  }
  const resolv = resolvConfFor(s, c, sandboxHasEmbeddedDns(s, c));
  fs.writeFile(`${containerDir(c.id)}/resolv.conf`, resolv);
  s.events.push({ kind: 'resolv-written', container: c.name, nameservers: nameservers(resolv) });
}

/** `docker network disconnect` on a running container: every line ending in its hostname goes. */
export function hostsEndpointRemoved(s: DaemonState, c: Container): void {
  const fs = s.kernel.fs;
  const path = `${containerDir(c.id)}/hosts`;
  const cur = fs.read(path);
  if (!cur.ok) return;
  const suffix = `\t${ownName(c)}`;
  fs.writeFile(path, cur.content.split('\n').filter((l) => !l.endsWith(suffix)).join('\n'));
}

import type { Container } from './model.js';
import type { DaemonState } from './state.js';

/**
 * The three files dockerd writes per container under /var/lib/docker/containers/<id>/ and
 * bind-mounts over the container's /etc/hosts, /etc/resolv.conf and /etc/hostname.
 */
export const containerDir = (id: string) => `/var/lib/docker/containers/${id}`;

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
    if (ep?.ip) lines.push(`${ep.ip}\t${ownName(c)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** A user-defined network's containers ask the embedded DNS; the default bridge copies the host's resolvers. */
export function resolvConfFor(s: DaemonState, c: Container, onUserNetwork: boolean): string {
  if (onUserNetwork) return 'nameserver 127.0.0.11\noptions ndots:0\n';
  const servers = c.hostConfig.dns.length > 0 ? c.hostConfig.dns : s.hostNameservers;
  return servers.map((n) => `nameserver ${n}\n`).join('');
}

export function writeContainerFiles(s: DaemonState, c: Container, linkEntries: readonly string[], onUserNetwork: boolean): void {
  const dir = containerDir(c.id);
  const fs = s.kernel.fs;
  fs.writeFile(`${dir}/hosts`, hostsFor(s, c, linkEntries));
  fs.writeFile(`${dir}/resolv.conf`, resolvConfFor(s, c, onUserNetwork));
  fs.writeFile(`${dir}/hostname`, `${c.config.hostname}\n`);
  s.events.push({ kind: 'hosts-written', container: c.name, entries: [...linkEntries] });
}

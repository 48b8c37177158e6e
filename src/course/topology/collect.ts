import type { Backend, BackendKind, CommandResult } from '../../backend/backend.js';
import { assembleTopology } from './assemble.js';
import type { TopologyGraph } from './graph.js';
import { parseContainers, parseNetworks } from './parse-docker.js';
import { parseAddresses, parseDnat, parseIgmp, parseLinks, parseProxies } from './parse-host.js';

/**
 * The read-only lines the picture is made from, the same on both backends (run through
 * `backend.check`: on the simulator a root observer, on real Docker a fresh shell of the
 * learner's user). None changes anything; none needs root except iptables, which is optional.
 */
export const TOPOLOGY_LINES = {
  networks: 'docker network inspect $(docker network ls -q)',
  containers: 'docker inspect $(docker ps -aq)',
  links: 'ip -d -o link',
  addresses: 'ip -o -4 addr',
  nat: 'iptables -t nat -S',
  processes: 'ps -eo pid,args',
} as const;

/**
 * A running container's interfaces by index, read from the host without entering it:
 * /proc/PID/net/igmp is readable by any user and lists every up device of the process's
 * network namespace with its index (`docker exec` would need a shell or cat in the image).
 */
export const namespacesLine = (pids: readonly number[]): string => `grep -H . ${pids.map((p) => `/proc/${p}/net/igmp`).join(' ')}`;

/** Runs one read-only line somewhere: `backend.check`, or the same through ssh on another machine (lab.ts). */
export type CheckLine = (line: string) => Promise<CommandResult>;

/** Reads the host through `backend.check` and builds its graph. */
export async function collectTopology(backend: Backend): Promise<TopologyGraph> {
  return collectGraph(backend.kind, (line) => backend.check(line));
}

/** The same lines and the same parser, through any way of running a line. */
export async function collectGraph(kind: BackendKind, check: CheckLine): Promise<TopologyGraph> {
  const [networks, containers, links, addresses, nat, processes] = await Promise.all([
    check(TOPOLOGY_LINES.networks),
    check(TOPOLOGY_LINES.containers),
    check(TOPOLOGY_LINES.links),
    check(TOPOLOGY_LINES.addresses),
    check(TOPOLOGY_LINES.nat),
    check(TOPOLOGY_LINES.processes),
  ]);
  const notes: string[] = [];
  if (networks.exitCode !== 0 && !networks.stdout.trim().startsWith('[')) notes.push(`docker network inspect failed: ${firstLine(networks.stderr)}`);
  // No containers: `docker inspect` with no argument is a usage error, which is not a problem.
  if (containers.exitCode !== 0 && !containers.stdout.trim().startsWith('[') && !/requires at least 1 argument/.test(containers.stderr)) {
    notes.push(`docker inspect failed: ${firstLine(containers.stderr)}`);
  }
  // Without -d (an iproute2 that refuses it): the kinds are guessed from names.
  const linkText = links.exitCode === 0 ? links.stdout : (await check('ip -o link')).stdout;
  if (nat.exitCode !== 0) notes.push(`iptables -t nat -S could not be read (${firstLine(nat.stderr) || `exit ${nat.exitCode}`}): DNAT rules are not shown`);
  const parsedContainers = parseContainers(containers.stdout);
  const pids = parsedContainers.filter((c) => c.state === 'running' && c.pid > 0 && c.networkMode !== 'host').map((c) => c.pid);
  const namespaces = pids.length > 0 ? parseIgmp((await check(namespacesLine(pids))).stdout) : new Map();
  return assembleTopology({
    backend: kind,
    networks: parseNetworks(networks.stdout),
    containers: parsedContainers,
    links: parseLinks(linkText),
    addresses: parseAddresses(addresses.stdout),
    dnat: nat.exitCode === 0 ? parseDnat(nat.stdout) : undefined,
    proxies: parseProxies(processes.stdout),
    namespaces,
    notes,
  });
}

export function firstLine(s: string): string {
  return s.trim().split('\n')[0] ?? '';
}

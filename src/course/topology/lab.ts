import type { Backend } from '../../backend/backend.js';
import { type CheckLine, collectGraph, collectTopology, firstLine } from './collect.js';
import { diffTopology, isEmptyDiff } from './diff.js';
import type { TopologyGraph } from './graph.js';

/**
 * The picture of a lab: the host the learner is on and the other machines its overlay
 * networks span. Found the same way on both backends: the local graph's overlay Peers name
 * the other nodes' addresses, and each is read with the very same read-only lines through
 * `ssh -o BatchMode=yes <address> '<line>'` (BatchMode: a real machine without keys fails at
 * once instead of asking for a password), built by the same parser. A machine that cannot be
 * read is kept with ssh's first error line, never a failure.
 *
 * `dockerlings topology --json` prints a LabTopology: on one machine exactly the
 * TopologyGraph (no `node`, no `nodes`); when an overlay spans other machines, the local
 * graph with `node` (this machine: `hostname` and its address on the overlays) and `nodes`
 * (the others, by address: `{ name, address, graph }`, or `{ name, address, note }` when it
 * could not be read, `name` then being the Peer's name as Docker lists it).
 */
export interface LabNode {
  /** Its `hostname` (or, unread, the name Docker's Peers list gives it). */
  readonly name: string;
  /** Its address on the overlays (the Peers' IP: its eth0 on the LAN). */
  readonly address: string;
  readonly graph?: TopologyGraph;
  /** Why it could not be read: `10.0.2.16: ssh: connect to host 10.0.2.16 port 22: Connection timed out`. */
  readonly note?: string;
}

export interface LabTopology extends TopologyGraph {
  readonly node?: { readonly name: string; readonly address: string };
  readonly nodes?: readonly LabNode[];
}

/** A lab of more than one machine (a graph with `nodes`). */
export const isLab = (g: TopologyGraph): g is LabTopology & { readonly node: NonNullable<LabTopology['node']>; readonly nodes: readonly LabNode[] } =>
  'nodes' in g && Array.isArray((g as LabTopology).nodes) && (g as LabTopology).node !== undefined;

/** A line as the remote login shell must receive it: one word, single-quoted. */
const quote = (line: string): string => `'${line.replaceAll("'", `'\\''`)}'`;

/** One read-only line, run on another machine of the lab. */
export const sshLine = (address: string, line: string): string => `ssh -o BatchMode=yes -o ConnectTimeout=5 ${address} ${quote(line)}`;

/** The host's own IPv4 addresses (without their prefix). */
const ownAddresses = (g: TopologyGraph): Set<string> => new Set(g.host.interfaces.flatMap((i) => i.addresses.map((a) => a.split('/')[0] ?? '')));

const byAddress = (a: string, b: string): number => {
  const n = (s: string) => s.split('.').map((x) => Number(x).toString().padStart(3, '0')).join('.');
  return n(a) < n(b) ? -1 : n(a) > n(b) ? 1 : 0;
};

/** The overlays' peers that are other machines (not one of this host's addresses), once each, by address. */
export function otherPeers(g: TopologyGraph): { readonly name: string; readonly ip: string }[] {
  const own = ownAddresses(g);
  const found = new Map<string, string>();
  for (const n of g.networks) for (const p of n.peers ?? []) if (p.ip !== '' && !own.has(p.ip) && !found.has(p.ip)) found.set(p.ip, p.name);
  return [...found].map(([ip, name]) => ({ name, ip })).sort((a, b) => byAddress(a.ip, b.ip));
}

/** This host's address on the overlays: the peer that is one of its own addresses. */
function localAddress(g: TopologyGraph): string {
  const own = ownAddresses(g);
  return g.networks.flatMap((n) => n.peers ?? []).find((p) => own.has(p.ip))?.ip ?? '';
}

async function readNode(backend: Backend, peer: { readonly name: string; readonly ip: string }): Promise<LabNode> {
  const check: CheckLine = (line) => backend.check(sshLine(peer.ip, line));
  const who = await check('hostname');
  if (who.exitCode !== 0) return { name: peer.name, address: peer.ip, note: `${peer.ip}: ${firstLine(who.stderr) || `ssh exited ${who.exitCode}`}` };
  return { name: who.stdout.trim() || peer.ip, address: peer.ip, graph: await collectGraph(backend.kind, check) };
}

/**
 * The host's graph (`local`, when already taken) and, if its overlays span other machines,
 * theirs. On one machine it is `local` itself, so nothing a single host shows changes.
 */
export async function collectLab(backend: Backend, local?: TopologyGraph): Promise<LabTopology> {
  const here = local ?? (await collectTopology(backend));
  const peers = otherPeers(here);
  if (peers.length === 0) return here;
  const [name, nodes] = await Promise.all([backend.check('hostname'), Promise.all(peers.map((p) => readNode(backend, p)))]);
  const address = localAddress(here);
  return { ...here, node: { name: name.stdout.trim() || address, address }, nodes };
}

/** Whether anything differs between two lab pictures: this host, or any machine's graph, note or presence. */
export function labChanged(before: TopologyGraph, after: TopologyGraph): boolean {
  if (!isEmptyDiff(diffTopology(before, after))) return true;
  const a = isLab(before) ? before.nodes : [];
  const b = isLab(after) ? after.nodes : [];
  if (a.length !== b.length) return true;
  return b.some((n) => {
    const old = a.find((x) => x.address === n.address);
    if (!old || old.name !== n.name || old.note !== n.note) return true;
    if (!old.graph || !n.graph) return old.graph !== n.graph;
    return !isEmptyDiff(diffTopology(old.graph, n.graph));
  });
}

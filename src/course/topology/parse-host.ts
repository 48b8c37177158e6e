import type { InterfaceKind } from './graph.js';

/**
 * The host's side of the picture, read from iproute2, iptables, ps and procfs text as a
 * real Linux prints it (and the simulator prints it byte for byte).
 */
export interface ParsedLink {
  readonly index: number;
  readonly name: string;
  readonly kind: InterfaceKind;
  readonly state: string;
  readonly master?: string;
  readonly peerIndex?: number;
}

const KINDS: ReadonlyMap<string, InterfaceKind> = new Map([
  ['veth', 'veth'], ['bridge', 'bridge'], ['macvlan', 'macvlan'], ['vxlan', 'vxlan'], ['dummy', 'dummy'],
]);

/** What a link is when `-d` gave no kind: by its link layer and name. */
function guessKind(name: string, linkLayer: string, peer: string | undefined): InterfaceKind {
  if (linkLayer.startsWith('link/loopback')) return 'loopback';
  if (peer?.startsWith('if') && name.startsWith('veth')) return 'veth';
  if (name === 'docker0' || name.startsWith('br-') || name === 'docker_gwbridge') return 'bridge';
  if (name.startsWith('dm-')) return 'dummy';
  return linkLayer.startsWith('link/ether') ? 'ether' : 'other';
}

/**
 * `ip -d -o link` (or `ip -o link`): one record a line, its parts joined by backslashes:
 *   6: veth331590b@if5: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state UP mode DEFAULT group default \    link/ether … link-netnsid 0 … \    veth \    bridge_slave …
 */
export function parseLinks(stdout: string): ParsedLink[] {
  const out: ParsedLink[] = [];
  for (const line of stdout.split('\n')) {
    const parts = line.split('\\');
    const m = /^(\d+): ([^:@\s]+)(?:@([^:\s]+))?: <[^>]*> (.*)$/.exec(parts[0] ?? '');
    if (!m) continue;
    const [, index, name = '', peer, rest = ''] = m;
    const linkLayer = (parts[1] ?? '').trim();
    const detail = (parts[2] ?? '').trim().split(/\s+/)[0] ?? '';
    // With -d the third part names the kind (veth, bridge, ifb…); without it, guess from the name.
    const kind = linkLayer.startsWith('link/loopback') ? 'loopback' : detail ? (KINDS.get(detail) ?? 'other') : guessKind(name, linkLayer, peer);
    const master = /\bmaster (\S+)/.exec(rest)?.[1];
    const state = /\bstate (\S+)/.exec(rest)?.[1] ?? 'UNKNOWN';
    const peerIndex = peer && /^if\d+$/.test(peer) ? Number(peer.slice(2)) : undefined;
    out.push({ index: Number(index), name, kind, state, ...(master ? { master } : {}), ...(peerIndex !== undefined ? { peerIndex } : {}) });
  }
  return out;
}

/** `ip -o -4 addr`: name → its IPv4 addresses as CIDRs (`3: docker0    inet 172.17.0.1/16 brd … scope global docker0\ …`). */
export function parseAddresses(stdout: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of stdout.split('\n')) {
    const m = /^\d+: (\S+)\s+inet (\S+)/.exec(line);
    if (!m) continue;
    const [, name = '', cidr = ''] = m;
    out.set(name, [...(out.get(name) ?? []), cidr]);
  }
  return out;
}

export interface DnatRule {
  readonly proto: string;
  /** The rule's -d (a published address such as 127.0.0.1), or '' for any. */
  readonly hostIp: string;
  readonly hostPort: number;
  readonly target: string; // 172.17.0.2:80
}

/** `iptables -t nat -S`: the DNAT rules of the DOCKER chain, one per published IPv4 port. */
export function parseDnat(stdout: string): DnatRule[] {
  const out: DnatRule[] = [];
  for (const line of stdout.split('\n')) {
    if (!line.startsWith('-A DOCKER ') || !/ -j DNAT /.test(line)) continue;
    const proto = /(?:^| )-p (\S+)/.exec(line)?.[1] ?? 'tcp';
    const dport = /--dport (\d+)/.exec(line)?.[1];
    const target = /--to-destination (\S+)/.exec(line)?.[1];
    const dst = /(?:^| )-d (\S+?)(?:\/32)?(?: |$)/.exec(line)?.[1] ?? '';
    if (dport && target) out.push({ proto, hostIp: dst, hostPort: Number(dport), target });
  }
  return out;
}

export interface ProxyProcess {
  readonly pid: number;
  readonly proto: string;
  readonly hostIp: string;
  readonly hostPort: number;
  readonly containerIp: string;
  readonly containerPort: number;
}

/** `ps -eo pid,args`: the docker-proxy processes and what each forwards. */
export function parseProxies(stdout: string): ProxyProcess[] {
  const out: ProxyProcess[] = [];
  for (const line of stdout.split('\n')) {
    const m = /^\s*(\d+)\s+(\S*docker-proxy)\s+(.*)$/.exec(line);
    if (!m) continue;
    const args = (m[3] ?? '').split(/\s+/);
    const opt = (name: string) => {
      const i = args.indexOf(`-${name}`);
      return i >= 0 ? (args[i + 1] ?? '') : '';
    };
    out.push({ pid: Number(m[1]), proto: opt('proto'), hostIp: opt('host-ip'), hostPort: Number(opt('host-port')), containerIp: opt('container-ip'), containerPort: Number(opt('container-port')) });
  }
  return out;
}

/**
 * `grep -H . /proc/P1/net/igmp /proc/P2/net/igmp …`: for each PID, the interfaces of its network
 * namespace by index (`/proc/1156/net/igmp:7	eth0      :     1      V3`).
 */
export function parseIgmp(stdout: string): Map<number, { index: number; name: string }[]> {
  const out = new Map<number, { index: number; name: string }[]>();
  for (const line of stdout.split('\n')) {
    const m = /^\/proc\/(\d+)\/net\/igmp:(\d+)\t(\S+?)\s*:/.exec(line);
    if (!m) continue;
    const pid = Number(m[1]);
    out.set(pid, [...(out.get(pid) ?? []), { index: Number(m[2]), name: m[3] ?? '' }]);
  }
  return out;
}

import type { Netfilter, TableName } from '../kernel/iptables.js';
import { contains, ipToInt } from './ip.js';
import { type Match, type RuleSpec, parseRuleSpec } from './rule-spec.js';

/** A packet as netfilter sees it at one hook: addresses, protocol, ports, interfaces, conntrack state. */
export interface Packet {
  readonly src: string;
  readonly dst: string;
  readonly proto: 'icmp' | 'tcp' | 'udp';
  readonly dport?: number;
  readonly sport?: number;
  /** Set at PREROUTING, INPUT, FORWARD. */
  readonly inIf?: string;
  /** Set at OUTPUT (after routing), FORWARD, POSTROUTING. */
  readonly outIf?: string;
  readonly state: 'NEW' | 'ESTABLISHED';
}

export interface HookContext {
  /** addrtype LOCAL: is this address one of the namespace's own? */
  isLocal(ip: string): boolean;
}

/**
 * Source NAT a nat/POSTROUTING rule asks for: MASQUERADE (the out-interface's address, found
 * only once the packet's way out is known) or SNAT --to-source ADDR[:PORT[-PORT]].
 */
export type SourceNat = { readonly kind: 'masquerade' } | { readonly kind: 'to'; readonly ip: string; readonly ports?: { readonly lo: number; readonly hi: number } };

export type Verdict =
  | { readonly kind: 'ACCEPT'; readonly rule?: string; readonly dnat?: { readonly ip: string; readonly port?: number }; readonly snat?: SourceNat }
  | { readonly kind: 'DROP'; readonly rule?: string }
  | { readonly kind: 'REJECT'; readonly rule?: string; readonly with: string };

/** Where the deciding rule sits, for explanations: "FORWARD: -A DOCKER-USER -j DROP". */
const where = (chain: string, r: RuleSpec): string => `-A ${chain} ${r.text}`;

function ifaceMatches(pattern: string, name: string | undefined): boolean {
  if (name === undefined) return false;
  // iptables' "+" suffix matches any interface name with that prefix (docker+, br-+).
  return pattern.endsWith('+') ? name.startsWith(pattern.slice(0, -1)) : name === pattern;
}

function matchOne(m: Match, p: Packet, ctx: HookContext): boolean {
  let hit: boolean;
  switch (m.kind) {
    case 'iface':
      // A rule on -i never matches where the hook has no input interface (OUTPUT): "! -i docker0" does.
      hit = ifaceMatches(m.name, m.dir === 'in' ? p.inIf : p.outIf);
      break;
    case 'addr':
      hit = contains(m.cidr, ipToInt(m.dir === 'src' ? p.src : p.dst));
      break;
    case 'proto':
      hit = m.proto === 'all' || m.proto === p.proto || (m.proto === '1' && p.proto === 'icmp') || (m.proto === '6' && p.proto === 'tcp') || (m.proto === '17' && p.proto === 'udp');
      break;
    case 'port': {
      const port = m.dir === 'dport' ? p.dport : p.sport;
      hit = port !== undefined && port >= m.lo && port <= m.hi;
      break;
    }
    case 'ctstate':
      hit = m.states.includes(p.state);
      break;
    case 'addrtype':
      hit = m.type === 'LOCAL' ? ctx.isLocal(m.dir === 'dst' ? p.dst : p.src) : false;
      break;
    case 'unknown':
      return false;
  }
  return m.negate ? !hit : hit;
}

export function ruleMatches(r: RuleSpec, p: Packet, ctx: HookContext): boolean {
  return r.matches.every((m) => matchOne(m, p, ctx));
}

/** `--to-source 10.0.2.99`, `10.0.2.99:1024-2047` (the first address of a range is the one used). */
function toSource(spec: string): SourceNat {
  const [addr = '', ports] = spec.split(':');
  const ip = addr.split('-')[0] ?? '';
  const m = ports !== undefined ? /^(\d+)(?:-(\d+))?$/.exec(ports) : null;
  return { kind: 'to', ip, ...(m ? { ports: { lo: Number(m[1]), hi: Number(m[2] ?? m[1]) } } : {}) };
}

type ChainResult = Verdict | { readonly kind: 'RETURN' };

/** Parsed rules by their text: a walk reads the same few dozen rules again and again. */
const parsed = new Map<string, RuleSpec>();
function ruleOf(text: string): RuleSpec {
  let r = parsed.get(text);
  if (!r) {
    if (parsed.size > 10_000) parsed.clear();
    r = parseRuleSpec(text);
    parsed.set(text, r);
  }
  return r;
}

const TERMINAL = new Set(['ACCEPT', 'DROP', 'REJECT', 'DNAT', 'SNAT', 'MASQUERADE', 'RETURN']);

function runChain(nf: Netfilter, table: TableName, chain: string, p: Packet, ctx: HookContext, depth: number): ChainResult {
  const c = nf.chain(table, chain);
  if (!c || depth > 32) return { kind: 'RETURN' };
  for (const text of c.rules) {
    const r = ruleOf(text);
    if (r.target === undefined || !ruleMatches(r, p, ctx)) continue;
    const t = r.target;
    if (t === 'ACCEPT') return { kind: 'ACCEPT', rule: where(chain, r) };
    if (t === 'MASQUERADE') return { kind: 'ACCEPT', rule: where(chain, r), snat: { kind: 'masquerade' } };
    if (t === 'SNAT') return { kind: 'ACCEPT', rule: where(chain, r), snat: toSource(r.targetOptions.get('--to-source') ?? '') };
    if (t === 'DROP') return { kind: 'DROP', rule: where(chain, r) };
    if (t === 'REJECT') return { kind: 'REJECT', rule: where(chain, r), with: r.targetOptions.get('--reject-with') ?? 'icmp-port-unreachable' };
    if (t === 'RETURN') return { kind: 'RETURN' };
    if (t === 'DNAT') {
      const to = r.targetOptions.get('--to-destination') ?? '';
      const [ip = '', port] = to.split(':');
      return { kind: 'ACCEPT', rule: where(chain, r), dnat: { ip, ...(port !== undefined ? { port: Number(port) } : {}) } };
    }
    if (!TERMINAL.has(t) && nf.chain(table, t)) {
      const sub = runChain(nf, table, t, p, ctx, depth + 1);
      if (sub.kind !== 'RETURN') return sub;
      if (r.goto) return { kind: 'RETURN' };
    }
    // LOG, MARK, CONNMARK and other non-terminating targets: the packet goes on.
  }
  return { kind: 'RETURN' };
}

/** Runs a packet through a built-in chain (a hook) of a table: its rules, then its policy. */
export function traverse(nf: Netfilter, table: TableName, hook: string, p: Packet, ctx: HookContext): Verdict {
  const r = runChain(nf, table, hook, p, ctx, 0);
  if (r.kind !== 'RETURN') return r;
  const policy = nf.chain(table, hook)?.policy ?? 'ACCEPT';
  return policy === 'DROP' ? { kind: 'DROP', rule: `-P ${hook} DROP` } : { kind: 'ACCEPT' };
}

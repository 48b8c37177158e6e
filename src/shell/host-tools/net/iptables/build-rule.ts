import { isIPv4, maskOf, cidrString, ipToInt } from '../../../../sim/net/ip.js';
import { serviceName } from '../services.js';
import type { RuleWord } from './parse-args.js';
import { emptyRule, type Match, type Rule } from './rule.js';
import { paramProblem } from './texts.js';

/**
 * Turns the rule options a user typed (`-p tcp --dport 80 -s 10.1.2.3/8 -j REJECT`) into a
 * rule in iptables-save's canonical form (`-s 10.0.0.0/8 -p tcp -m tcp --dport 80 -j REJECT
 * --reject-with icmp-port-unreachable`), as iptables does before it talks to the kernel:
 * addresses become networks, service names numbers, `--dport` after `-p tcp` loads the tcp
 * match, REJECT gets its default. What it does not know is reported as not simulated.
 */
export type Built = { readonly rule: Rule } | { readonly error: string; readonly code: number } | { readonly unsupported: true };

const TARGETS = new Set(['ACCEPT', 'DROP', 'RETURN', 'REJECT', 'LOG', 'DNAT', 'SNAT', 'MASQUERADE']);
/** Real targets the simulator does not model (anything else that is not a chain: "Chain 'X' does not exist"). */
const OTHER_TARGETS = new Set(['QUEUE', 'NFQUEUE', 'MARK', 'CONNMARK', 'TCPMSS', 'NOTRACK', 'CT', 'REDIRECT', 'TPROXY', 'NFLOG', 'CLASSIFY', 'DSCP', 'TOS', 'TTL', 'SET', 'AUDIT', 'CHECKSUM', 'NETMAP', 'TRACE', 'CONNSECMARK', 'SECMARK', 'HMARK', 'IDLETIMER', 'LED', 'RATEEST', 'SYNPROXY', 'TEE']);
const NAT_TARGETS = new Set(['DNAT', 'SNAT', 'MASQUERADE']);
const MATCHES = new Set(['tcp', 'udp', 'conntrack', 'state', 'comment', 'addrtype', 'multiport']);
const PROTOS: Record<string, string> = { tcp: 'tcp', '6': 'tcp', udp: 'udp', '17': 'udp', icmp: 'icmp', '1': 'icmp', all: 'all', '0': 'all' };
const CT_ORDER = ['INVALID', 'NEW', 'RELATED', 'ESTABLISHED', 'UNTRACKED', 'SNAT', 'DNAT'];
/** Each match's and target's options, with their canonical names. */
const OPTIONS: Record<string, Record<string, string>> = {
  tcp: { dport: 'dport', 'destination-port': 'dport', sport: 'sport', 'source-port': 'sport' },
  udp: { dport: 'dport', 'destination-port': 'dport', sport: 'sport', 'source-port': 'sport' },
  conntrack: { ctstate: 'ctstate' },
  state: { state: 'state' },
  comment: { comment: 'comment' },
  addrtype: { 'dst-type': 'dst-type', 'src-type': 'src-type' },
  multiport: { dports: 'dports', 'destination-ports': 'dports', sports: 'sports', 'source-ports': 'sports', ports: 'ports' },
  REJECT: { 'reject-with': 'reject-with' },
  DNAT: { 'to-destination': 'to-destination', to: 'to-destination' },
  SNAT: { 'to-source': 'to-source', to: 'to-source' },
  MASQUERADE: { 'to-ports': 'to-ports' },
};

const fail = (msg: string): Built => ({ error: paramProblem(msg), code: 2 });

/** `10.1.2.3/8` → `10.0.0.0/8`, `1.2.3.4` → `1.2.3.4/32`; undefined for what is not an IPv4 address or network. */
function network(v: string): string | undefined {
  const [ip, mask] = v.split('/') as [string, string | undefined];
  if (!isIPv4(ip)) return undefined;
  let prefix = 32;
  if (mask !== undefined) {
    if (/^\d+$/.test(mask) && Number(mask) <= 32) prefix = Number(mask);
    else if (isIPv4(mask)) prefix = ipToInt(mask).toString(2).replace(/0+$/, '').length;
    else return undefined;
  }
  return prefix === 32 ? `${ip}/32` : cidrString({ base: ipToInt(ip) & maskOf(prefix), prefix });
}

function portNumber(p: string, proto: string): string | undefined {
  if (/^\d+$/.test(p) && Number(p) <= 65535) return String(Number(p));
  for (let n = 1; n <= 65535; n++) if (serviceName(n, proto === 'udp' ? 'udp' : 'tcp') === p) return String(n);
  return undefined;
}

function optionValue(owner: string, key: string, value: string, proto: string): string | undefined {
  if (key === 'dport' || key === 'sport') {
    const parts = value.split(':').map((p) => portNumber(p, owner));
    return parts.every((p) => p !== undefined) ? parts.join(':') : undefined;
  }
  if (key === 'dports' || key === 'sports' || key === 'ports') {
    const parts = value.split(',').map((p) => portNumber(p, proto));
    return parts.every((p) => p !== undefined) ? parts.join(',') : undefined;
  }
  if (key === 'ctstate' || key === 'state') {
    const states = value.toUpperCase().split(',');
    return states.every((x) => CT_ORDER.includes(x)) ? CT_ORDER.filter((x) => states.includes(x)).join(',') : undefined;
  }
  if (key === 'dst-type' || key === 'src-type') return value.toUpperCase();
  return value;
}

/** Builds the rule; `chainExists` answers for user chains a jump may name. */
export function buildRule(words: readonly RuleWord[], table: string, chainExists: (name: string) => boolean): Built {
  const r = emptyRule();
  let current: { owner: string; opts: Match['opts'] } | undefined;
  for (const w of words) {
    const param = (value: string) => ({ value, inv: w.inv });
    if (w.flag === '-s' || w.flag === '-d') {
      const net = network(w.value);
      if (!net) return /^[\d./]+$/.test(w.value) ? { unsupported: true } : fail(`host/network \`${w.value}' not found`);
      if (w.flag === '-s') r.src = param(net);
      else r.dst = param(net);
    } else if (w.flag === '-i') r.in = param(w.value);
    else if (w.flag === '-o') r.out = param(w.value);
    else if (w.flag === '-p') {
      const p = PROTOS[w.value.toLowerCase()];
      if (!p) return { unsupported: true };
      if (p !== 'all' || w.inv) r.proto = param(p);
    } else if (w.flag === '-m') {
      if (!MATCHES.has(w.value)) return { unsupported: true };
      const m: Match = { name: w.value, opts: [] };
      r.matches.push(m);
      current = { owner: m.name, opts: m.opts };
    } else if (w.flag === '-j' || w.flag === '-g') {
      const t = w.value;
      if (!TARGETS.has(t) && !chainExists(t)) return OTHER_TARGETS.has(t) ? { unsupported: true } : fail(`Chain '${t}' does not exist`);
      if (NAT_TARGETS.has(t) && table !== 'nat') return { unsupported: true };
      r.target = t;
      if (w.flag === '-g') r.goto = true;
      current = { owner: t, opts: r.targetOpts };
    } else if (w.flag.startsWith('--')) {
      const key = w.flag.slice(2);
      const proto = r.proto?.value ?? 'all';
      if ((!current || !OPTIONS[current.owner]?.[key]) && r.target === undefined && (proto === 'tcp' || proto === 'udp') && OPTIONS[proto]?.[key] && !r.matches.some((m) => m.name === proto)) {
        const m: Match = { name: proto, opts: [] };
        r.matches.push(m);
        current = { owner: proto, opts: m.opts };
      }
      const canonical = current ? OPTIONS[current.owner]?.[key] : undefined;
      // With no module loaded nobody knows the option; a loaded one may have options not modelled here.
      if (!current) return fail(`unknown option "${w.flag}"`);
      if (!canonical) return { unsupported: true };
      const value = optionValue(current.owner, canonical, w.value, proto);
      if (value === undefined) return { unsupported: true };
      current.opts.push({ key: canonical, value, inv: w.inv });
    } else return { unsupported: true };
  }
  if (r.target === 'REJECT' && !r.targetOpts.some((o) => o.key === 'reject-with')) r.targetOpts.push({ key: 'reject-with', value: 'icmp-port-unreachable', inv: false });
  return { rule: r };
}

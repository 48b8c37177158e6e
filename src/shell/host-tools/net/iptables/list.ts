import type { Chain } from '../../../../sim/kernel/iptables.js';
import { serviceName } from '../services.js';
import { type Match, type Param, parseSpec, type Rule } from './rule.js';

/**
 * `iptables -L` as iptables-nft 1.8.9 prints it: the chain header (policy, or how many rules
 * jump to a user chain), the column header, then one line per rule with the match and target
 * details each extension prints. `-n` prints protocol numbers, addresses and ports as numbers
 * (1.8.9 prints `0`/`6` where 1.8.7 printed `all`/`tcp`). Counters are always 0.
 */
export interface ListOptions {
  readonly numeric: boolean;
  readonly verbose: boolean;
  readonly exact: boolean;
  readonly lineNumbers: boolean;
}

const PROTO_NUMBERS: Record<string, number> = { all: 0, icmp: 1, tcp: 6, udp: 17 };

function protoText(p: Param | undefined, numeric: boolean): string {
  const name = p?.value ?? 'all';
  const num = PROTO_NUMBERS[name];
  return numeric && num !== undefined ? String(num) : name;
}

/** `10.0.0.0/8`, `172.17.0.3` (a /32 shows no mask), `anywhere` (0.0.0.0/0 without -n), inverted with `!`. */
function addrText(p: Param | undefined, numeric: boolean): string {
  const v = p?.value ?? '0.0.0.0/0';
  const text = v === '0.0.0.0/0' && !numeric ? 'anywhere' : v.endsWith('/32') ? v.slice(0, -3) : v;
  return `${p?.inv ? '!' : ' '}${text.padEnd(19)} `;
}

function ifaceText(p: Param | undefined, numeric: boolean, width: string): string {
  const name = `${p?.inv ? '!' : ''}${p?.value ?? (numeric ? '*' : 'any')}`;
  return width === 'in' ? ` ${name.padEnd(6)} ` : `${name.padEnd(6)} `;
}

function portName(port: string, proto: string, numeric: boolean): string {
  if (numeric || !/^\d+$/.test(port)) return port;
  return serviceName(Number(port), proto === 'udp' ? 'udp' : 'tcp') ?? port;
}

function portsText(label: string, value: string, inv: boolean, proto: string, numeric: boolean): string {
  const [a, b] = value.split(':') as [string, string | undefined];
  if (b === undefined) return ` ${label}:${inv ? '!' : ''}${portName(a, proto, numeric)}`;
  return ` ${label}s:${inv ? '!' : ''}${portName(a, proto, numeric)}:${portName(b, proto, numeric)}`;
}

function matchText(m: Match, numeric: boolean): string {
  const opt = (k: string) => m.opts.find((o) => o.key === k);
  switch (m.name) {
    case 'tcp':
    case 'udp': {
      let s = ` ${m.name}`;
      const sp = opt('sport');
      const dp = opt('dport');
      if (sp) s += portsText('spt', sp.value, sp.inv, m.name, numeric);
      if (dp) s += portsText('dpt', dp.value, dp.inv, m.name, numeric);
      return s;
    }
    case 'addrtype':
      return ` ADDRTYPE match${m.opts.map((o) => ` ${o.key === 'src-type' ? 'src-type' : 'dst-type'} ${o.inv ? '!' : ''}${o.value}`).join('')}`;
    case 'conntrack':
      return m.opts.map((o) => ` ${o.key}${o.inv ? ' !' : ''} ${o.value}`).join('');
    case 'state':
      return ` state ${opt('state')?.value ?? ''}`;
    case 'comment':
      return ` /* ${opt('comment')?.value ?? ''} */`;
    case 'multiport':
      return m.opts.map((o) => ` multiport ${o.key} ${o.value.split(',').map((p) => portName(p, 'tcp', numeric)).join(',')}`).join('');
    default:
      return '';
  }
}

function targetText(r: Rule, numeric: boolean): string {
  const opt = (k: string) => r.targetOpts.find((o) => o.key === k)?.value;
  switch (r.target) {
    case 'DNAT':
      return ` to:${opt('to-destination') ?? ''}`;
    case 'SNAT':
      return ` to:${opt('to-source') ?? ''}`;
    case 'MASQUERADE':
      return opt('to-ports') ? ` masq ports: ${opt('to-ports')}` : '';
    case 'REJECT':
      return ` reject-with ${opt('reject-with') ?? 'icmp-port-unreachable'}`;
    case 'LOG':
      return numeric ? ' LOG flags 0 level 4' : ' LOG level warn';
    default:
      return '';
  }
}

function counters(o: ListOptions): string {
  return o.exact ? `${'0'.padStart(8)} ${'0'.padStart(10)} ` : `${'0'.padStart(5)} ${'0'.padStart(5)} `;
}

/** One rule line (what `-L CHAIN N` prints alone). */
export function ruleLine(spec: string, num: number, o: ListOptions): string {
  const r = parseSpec(spec);
  let s = o.lineNumbers ? `${String(num).padEnd(4)} ` : '';
  if (o.verbose) s += counters(o);
  s += `${(r.target ?? '').padEnd(9)} `;
  s += `${r.proto?.inv ? '!' : ' '}${protoText(r.proto, o.numeric).padEnd(4)} `;
  s += '-- ';
  if (o.verbose) s += ifaceText(r.in, o.numeric, 'in') + ifaceText(r.out, o.numeric, 'out');
  s += addrText(r.src, o.numeric) + addrText(r.dst, o.numeric);
  s += r.matches.map((m) => matchText(m, o.numeric)).join('') + targetText(r, o.numeric);
  return `${s}\n`;
}

/** How many rules of the table jump (or go) to each chain. */
export function referenceCounts(chains: Iterable<Chain>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of chains) {
    for (const spec of c.rules) {
      const t = parseSpec(spec).target;
      if (t) counts.set(t, (counts.get(t) ?? 0) + 1);
    }
  }
  return counts;
}

/** A whole chain: header line, column line, rules. */
export function chainBlock(c: Chain, refs: number, o: ListOptions): string {
  let s = `Chain ${c.name}`;
  if (c.policy) s += ` (policy ${c.policy}${o.verbose ? ' 0 packets, 0 bytes' : ''})\n`;
  else s += ` (${refs} references)\n`;
  let head = o.lineNumbers ? 'num  ' : '';
  if (o.verbose) head += o.exact ? `${'pkts'.padStart(8)} ${'bytes'.padStart(10)} ` : ' pkts bytes ';
  head += 'target     prot opt ';
  if (o.verbose) head += 'in     out     ';
  head += 'source               destination         \n';
  s += head;
  c.rules.forEach((spec, i) => {
    s += ruleLine(spec, i + 1, o);
  });
  return s;
}

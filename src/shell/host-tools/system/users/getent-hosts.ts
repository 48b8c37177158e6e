import type { CommandResult } from '../../../command-result.js';

// `getent hosts [KEY…]` as glibc 2.35 answers it from /etc/hosts (nsswitch `hosts: files dns`,
// host.conf `multi on`; the simulated machine's DNS knows no other name, so "files" decides).
// getent.c: an address key → gethostbyaddr, else gethostbyname2 for AF_INET6, then AF_INET;
// no key → every entry through gethostent (AF_INET). Each address one line, "%-15s name aliases".

type Family = 4 | 6;

interface Entry {
  readonly family: Family;
  /** Address bytes as text: dotted quad, or eight hex groups (for comparing). */
  readonly key: string;
  readonly shown: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

interface HostEnt {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly addresses: readonly string[];
}

/** inet_pton(AF_INET): exactly four decimal parts of at most 255 (no leading-zero rules beyond that). */
function parseIPv4(text: string): string | undefined {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^[0-9]{1,3}$/.test(p) && Number(p) <= 255)) return undefined;
  return parts.map(Number).join('.');
}

/** inet_pton(AF_INET6) → eight 16-bit groups, or undefined. */
function parseIPv6(text: string): number[] | undefined {
  let head = text;
  // A dotted IPv4 tail (::ffff:1.2.3.4) stands for the last two groups.
  const colon = text.lastIndexOf(':');
  if (text.slice(colon + 1).includes('.')) {
    const quad = parseIPv4(text.slice(colon + 1));
    if (quad === undefined) return undefined;
    const [a = 0, b = 0, c = 0, d = 0] = quad.split('.').map(Number);
    head = `${text.slice(0, colon + 1)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = head.split('::');
  if (halves.length > 2) return undefined;
  const group = (s: string): number[] | undefined => {
    if (s === '') return [];
    const g = s.split(':');
    return g.every((x) => /^[0-9a-fA-F]{1,4}$/.test(x)) ? g.map((x) => parseInt(x, 16)) : undefined;
  };
  const left = group(halves[0] ?? '');
  const right = halves.length === 2 ? group(halves[1] ?? '') : [];
  if (left === undefined || right === undefined) return undefined;
  const given = left.length + right.length;
  if (halves.length === 2 ? given > 7 : given !== 8) return undefined;
  return [...left, ...Array<number>(8 - given).fill(0), ...right];
}

/** inet_ntop(AF_INET6): the longest run (of two or more) of zero groups becomes `::`. */
function formatIPv6(g: readonly number[]): string {
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    let j = i;
    while (j < 8 && g[j] === 0) j++;
    if (j - i > bestLen) [best, bestLen] = [i, j - i];
    i = j === i ? i + 1 : j;
  }
  // An IPv4-mapped or -compatible address keeps its dotted tail.
  const hex = (a: readonly number[]): string => a.map((x) => x.toString(16)).join(':');
  if (best === 0 && (bestLen === 6 || (bestLen === 5 && g[5] === 0xffff))) {
    const [hi = 0, lo = 0] = g.slice(6);
    return `::${bestLen === 5 ? 'ffff:' : ''}${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  }
  if (best < 0) return hex(g);
  return `${hex(g.slice(0, best))}::${hex(g.slice(best + bestLen))}`;
}

/** internal_getent's line parser for one family: other families' lines are skipped, but ::1 reads as 127.0.0.1. */
function entries(content: string, family: Family): Entry[] {
  const out: Entry[] = [];
  for (const raw of content.split('\n')) {
    const [addr, name, ...aliases] = raw.replace(/#.*/, '').split(/[ \t\r\f\v]+/).filter(Boolean);
    if (addr === undefined || name === undefined) continue;
    const v4 = parseIPv4(addr);
    const v6 = v4 === undefined ? parseIPv6(addr) : undefined;
    if (family === 4) {
      let ip = v4;
      if (ip === undefined && v6 !== undefined) {
        const mapped = v6.slice(0, 5).every((x) => x === 0) && v6[5] === 0xffff;
        const loopback = v6.slice(0, 7).every((x) => x === 0) && v6[7] === 1;
        const [hi = 0, lo = 0] = v6.slice(6);
        ip = mapped ? `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}` : loopback ? '127.0.0.1' : undefined;
      }
      if (ip !== undefined) out.push({ family, key: ip, shown: ip, name, aliases });
    } else if (v6 !== undefined) out.push({ family, key: v6.join(':'), shown: formatIPv6(v6), name, aliases });
  }
  return out;
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** gethostbyname2 from files with `multi on`: the first entry, plus every later entry's addresses and names. */
function byName(content: string, name: string, family: Family): HostEnt | undefined {
  const matching = entries(content, family).filter((e) => same(e.name, name) || e.aliases.some((a) => same(a, name)));
  const [first, ...rest] = matching;
  if (first === undefined) return undefined;
  const aliases = [...first.aliases];
  for (const e of rest) {
    aliases.push(...e.aliases);
    // glibc adds a different canonical name too, duplicates and all.
    if (e.name !== first.name) aliases.push(e.name);
  }
  return { name: first.name, aliases, addresses: matching.map((e) => e.shown) };
}

function byAddress(content: string, key: string, family: Family): HostEnt | undefined {
  const e = entries(content, family).find((x) => x.key === key);
  return e && { name: e.name, aliases: e.aliases, addresses: [e.shown] };
}

/** glibc's __nss_hostname_digits_dots: a name of digits and dots is an inet_aton address, named as typed. */
function digitsDots(key: string): HostEnt | undefined {
  if (!/^[0-9][0-9.]*$/.test(key) || key.endsWith('.')) return undefined;
  const parts = key.split('.').map((p) => (/^0[0-7]+$/.test(p) ? parseInt(p, 8) : /^(0|[1-9][0-9]*)$/.test(p) ? Number(p) : NaN));
  if (parts.length > 4 || parts.some((p) => Number.isNaN(p))) return undefined;
  const last = parts.pop() as number;
  if (parts.some((p) => p > 255) || last >= 256 ** (4 - parts.length)) return undefined;
  const value = parts.reduce((v, p, i) => v + p * 256 ** (3 - i), 0) + last;
  const ip = [24, 16, 8, 0].map((s) => Math.floor(value / 2 ** s) % 256).join('.');
  return { name: key, aliases: [], addresses: [ip] };
}

const line = (h: HostEnt): string => h.addresses.map((a) => `${a.padEnd(15)} ${[h.name, ...h.aliases].join(' ')}\n`).join('');

export function getentHosts(hostsFile: string, keys: readonly string[]): CommandResult {
  if (keys.length === 0) return { stdout: entries(hostsFile, 4).map((e) => line({ name: e.name, aliases: e.aliases, addresses: [e.shown] })).join(''), stderr: '', exitCode: 0 };
  let stdout = '';
  let exitCode = 0;
  for (const key of keys) {
    const v6 = parseIPv6(key);
    const v4 = parseIPv4(key);
    const host = v6 !== undefined ? byAddress(hostsFile, v6.join(':'), 6)
      : v4 !== undefined ? byAddress(hostsFile, v4, 4)
        : byName(hostsFile, key, 6) ?? digitsDots(key) ?? byName(hostsFile, key, 4);
    if (host === undefined) exitCode = 2;
    else stdout += line(host);
  }
  return { stdout, stderr: '', exitCode };
}

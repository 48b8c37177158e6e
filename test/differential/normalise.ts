// Makes the output of a real engine and of the simulator comparable byte for byte: what is random
// (IDs, random MACs, veth names, interface indexes, timings, dates, sizes, PIDs) becomes a numbered
// placeholder, numbered by first appearance, so that "the same ID twice" is still checked.
// One normaliser per replayed session: the numbering runs across all its lines.
import type { ReplayRecord } from '../../src/backend/replay.js';
import { alignedTable, renderTable } from './table.js';

export interface NormaliseOptions {
  /**
   * Literal replacements applied first, e.g. a development engine's data root
   * (`/var/lib/dlt-dev-docker` → `/var/lib/docker`), so its paths read as a default engine's.
   */
  readonly aliases?: readonly (readonly [string, string])[];
}

export interface Normaliser {
  text(s: string): string;
  record(r: ReplayRecord): ReplayRecord;
}

/** Numbers distinct values by first appearance: `<prefix1>`, `<prefix2>`… */
export class Numbering {
  private readonly seen = new Map<string, string>();
  constructor(private readonly prefix: string) {}
  get(key: string): string {
    let v = this.seen.get(key);
    if (v === undefined) {
      v = `<${this.prefix}${this.seen.size + 1}>`;
      this.seen.set(key, v);
    }
    return v;
  }
}

const IPV4 = /\b(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\b/g;
const MAC = /\b([0-9a-f]{2}(?::[0-9a-f]{2}){5})\b/g;
const BRIDGE_ID = /\b(8000)\.([0-9a-f]{12})\b/g;
// An EUI-64 link-local address, as the kernel derives it from a MAC: fe80::a:bff:fec:d.
const LINK_LOCAL = /\bfe80::([0-9a-f]{1,4}):([0-9a-f]{1,2})ff:fe([0-9a-f]{1,2}):([0-9a-f]{1,4})\b/g;
const VETH = /\bveth[0-9a-f]{7}\b/g;
const IF_PEER = /@if(\d+)\b/g;
// `7: veth1234567@if6: <…` (ip link/addr, bridge link) and `2: eth0    inet …` (ip -o).
const IF_INDEX_LINE = /^(\d+)(?=: [\w.@<>-]+(?:: <|\s+(?:inet6?|link)\b))/gm;
const ID64 = /\b[0-9a-f]{64}\b/g;
const ID12 = /\b[0-9a-f]{12}\b/g;
// RFC 3339 (inspect JSON, logs) and C's asctime-like dates (Apache's error log). The zero time
// Docker prints for "never" (0001-01-01T00:00:00Z) is not random: it stays.
const DATE_RFC3339 = /\b\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?/g;
const DATE_C = /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ \d]\d \d\d:\d\d:\d\d(?:\.\d+)? \d{4}\b/g;
// go-units HumanDuration, as `docker ps` CREATED/STATUS and `docker images` CREATED print it.
const DURATION = /\b(?:Less than a second|About a minute|About an hour|\d+ (?:second|minute|hour|day|week|month|year)s?)\b/g;
const PING_TIME = /\btime=\d+(?:\.\d+)? ms\b/g;
const PING_RTT = /\b(round-trip min\/avg\/max|rtt min\/avg\/max\/mdev) = [\d./]+ ms\b/g;
const PING_TOTAL_TIME = /(packet loss, time )\d+ms\b/g;
const SIZE = /\b\d+(?:\.\d+)?(?:B|kB|KB|MB|GB|TB|KiB|MiB|GiB)\b/g;
const JSON_SIZE = /("(?:Size|VirtualSize|SizeRw|SizeRootFs)": )\d+/g;
const JSON_PID = /("Pid": )[1-9]\d*/g;
const PID_EQ = /\bpid=\d+/g;
// ss pads its header's last column ("Process") to the widest users:(("…",pid=N…)) cell, so its
// trailing spaces follow the number of digits of a PID.
const SS_HEADER = /^(State\s.*Process) +$/gm;
// A default-bridge container copies the host's resolvers, which differ between machines.
const HOST_NAMESERVER = /^(nameserver )(?!127\.0\.0\.11$)(\S+)$/gm;
const LOOKUP_ON = /(lookup \S+ on )(\d+\.\d+\.\d+\.\d+:53)/g;

/** The IPv4 address Docker 20.10 derives a container MAC from (02:42 + the address), if it is one. */
function macIpv4(mac: string): string | undefined {
  const b = mac.split(':').map((h) => parseInt(h, 16));
  if (b[0] !== 0x02 || b[1] !== 0x42) return undefined;
  return b.slice(2).join('.');
}

function linkLocalToMac(g1: string, g2: string, g3: string, g4: string): string {
  const w1 = parseInt(g1, 16);
  const w4 = parseInt(g4, 16);
  const bytes = [(w1 >> 8) ^ 0x02, w1 & 0xff, parseInt(g2, 16), 0xff, 0xfe, parseInt(g3, 16), w4 >> 8, w4 & 0xff];
  const mac = [bytes[0], bytes[1], bytes[2], bytes[5], bytes[6], bytes[7]];
  return mac.map((x) => (x ?? 0).toString(16).padStart(2, '0')).join(':');
}

const BRCTL_HEADER = 'bridge name\tbridge id\t\tSTP enabled\tinterfaces';
const BRCTL_MORE = '\t\t\t\t\t\t\t';

/**
 * `brctl show` lists a bridge's interfaces sorted by name, and veth names are random: the order
 * is random too. Once normalised, list them by their number (first appearance) instead.
 */
function sortBrctlInterfaces(lines: string[]): string[] {
  if (!lines.includes(BRCTL_HEADER)) return lines;
  const out: string[] = [];
  const byNumber = (a: string, b: string) => Number(/\d+/.exec(a)?.[0] ?? 0) - Number(/\d+/.exec(b)?.[0] ?? 0) || a.localeCompare(b);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const row = /^(\S+\t\t\S+\t\S+\t\t)(\S+)$/.exec(line);
    if (!row) {
      out.push(line);
      continue;
    }
    const names = [row[2] ?? ''];
    while ((lines[i + 1] ?? '').startsWith(BRCTL_MORE)) names.push((lines[++i] ?? '').slice(BRCTL_MORE.length));
    names.sort(byNumber);
    out.push(`${row[1]}${names[0]}`, ...names.slice(1).map((n) => BRCTL_MORE + n));
  }
  return out;
}

const NSLOOKUP_ANSWER = 'Non-authoritative answer:\n';

/**
 * busybox nslookup sends its A and AAAA queries together and prints each answer block as it
 * arrives, so their order varies from run to run on a real engine. List blocks with records
 * first, then the empty ones, keeping their relative order.
 */
function orderNslookupAnswers(s: string): string {
  if (!s.startsWith('Server:\t') || s.split(NSLOOKUP_ANSWER).length < 3) return s;
  const [head, ...blocks] = s.split(NSLOOKUP_ANSWER);
  const filled = blocks.filter((b) => b.trim() !== '');
  const empty = blocks.filter((b) => b.trim() === '');
  return head + [...filled, ...empty].map((b) => NSLOOKUP_ANSWER + b).join('');
}

export function createNormaliser(o: NormaliseOptions = {}): Normaliser {
  const ids = new Numbering('id');
  const macs = new Numbering('mac');
  const veths = new Numbering('veth');
  const ifs = new Numbering('if');
  /** Every IPv4 address printed so far in this session (both sides print the same when they agree). */
  const addresses = new Set<string>();

  /**
   * A MAC stays when it is the one Docker 20.10 derives from a container's IPv4 address and that
   * address has been printed in this session (ip addr, inspect, network inspect print them
   * together): it is then deterministic and worth comparing. Bridge MACs (02:42 + random) and veth MACs
   * (kernel-random) are numbered.
   */
  const macToken = (mac: string, addresses: ReadonlySet<string>): string => {
    const ip = macIpv4(mac);
    return ip !== undefined && addresses.has(ip) ? mac : macs.get(mac);
  };

  const inline = (input: string, addresses: ReadonlySet<string>): string => {
    let s = input;
    s = s.replace(DATE_RFC3339, (d) => (d.startsWith('0001-01-01') ? d : '<date>'));
    s = s.replace(DATE_C, '<date>');
    s = s.replace(DURATION, '<duration>');
    s = s.replace(PING_TIME, 'time=<ms> ms');
    s = s.replace(PING_RTT, '$1 = <rtt> ms');
    s = s.replace(PING_TOTAL_TIME, '$1<ms>ms');
    s = s.replace(JSON_SIZE, '$1<size>');
    s = s.replace(SIZE, '<size>');
    s = s.replace(JSON_PID, '$1<pid>');
    s = s.replace(PID_EQ, 'pid=<pid>');
    s = s.replace(SS_HEADER, '$1');
    s = s.replace(HOST_NAMESERVER, '$1<host-dns>');
    s = s.replace(LOOKUP_ON, '$1<host-dns>:53');

    s = s.replace(BRIDGE_ID, (_all, prio: string, hex: string) => {
      const mac = hex.match(/../g)?.join(':') ?? hex;
      return `${prio}.${macToken(mac, addresses)}`;
    });
    s = s.replace(MAC, (mac) => (mac === '00:00:00:00:00:00' || mac === 'ff:ff:ff:ff:ff:ff' ? mac : macToken(mac, addresses)));
    s = s.replace(LINK_LOCAL, (all, a: string, b: string, c: string, d: string) => {
      const token = macToken(linkLocalToMac(a, b, c, d), addresses);
      return token.startsWith('<') ? `fe80::${token}` : all;
    });

    s = s.replace(VETH, (v) => veths.get(v));
    s = s.replace(IF_INDEX_LINE, (n) => ifs.get(n));
    s = s.replace(IF_PEER, (_all, n: string) => `@${ifs.get(n)}`);

    // A full ID and its 12-character short form are the same object: one number for both.
    s = s.replace(ID64, (id) => ids.get(id.slice(0, 12)));
    s = s.replace(ID12, (id) => ids.get(id));
    return s;
  };

  const text = (input: string): string => {
    let s = input;
    for (const [from, to] of o.aliases ?? []) s = s.split(from).join(to);
    for (const m of s.matchAll(IPV4)) addresses.add(m[0]);
    // Tables (`docker ps`, `docker images`, `docker network ls`) are aligned on their widest
    // cell, so a normalised cell changes the padding: re-render them, but only when the input was
    // aligned exactly as the docker CLI aligns (otherwise a misaligned table must still differ).
    const lines = s.split('\n');
    const out: string[] = [];
    for (let i = 0; i < lines.length; ) {
      const table = alignedTable(lines, i);
      if (table) {
        out.push(...renderTable(table.rows.map((row) => row.map((cell) => inline(cell, addresses)))));
        i = table.end;
      } else {
        out.push(inline(lines[i] ?? '', addresses));
        i += 1;
      }
    }
    return orderNslookupAnswers(sortBrctlInterfaces(out).join('\n'));
  };

  return {
    text,
    record: (r) => ({ cmd: r.cmd, stdout: text(r.stdout), stderr: text(r.stderr), exit: r.exit }),
  };
}

/** Normalises one session's records in order, with one numbering across all of them. */
export function normaliseRecords(records: readonly ReplayRecord[], o: NormaliseOptions = {}): ReplayRecord[] {
  const n = createNormaliser(o);
  return records.map((r) => n.record(r));
}

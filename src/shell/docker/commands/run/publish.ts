import type { PortBinding } from '../../../../sim/daemon/model.js';

/**
 * `-p` and `--expose` as the CLI parses them (go-connections' nat.ParsePortSpec and
 * ParsePortRange): `80`, `8080:80`, `127.0.0.1:8080:80`, `[::1]:8080:80`, `8080:80/udp`,
 * `127.0.0.1::80`, ranges `8000-8001:80-81`. Errors carry the library's exact text.
 */
export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

const err = <T>(error: string): Parsed<T> => ({ ok: false, error });

/** strconv.ParseUint(s, 10, 16)'s error text, or the number. */
function parseUint16(s: string): number | string {
  if (!/^\d+$/.test(s)) return `strconv.ParseUint: parsing ${JSON.stringify(s)}: invalid syntax`;
  const n = Number(s);
  if (n > 65535) return `strconv.ParseUint: parsing ${JSON.stringify(s)}: value out of range`;
  return n;
}

/** nat.ParsePortRange: `80` or `8000-8010`. */
export function parsePortRange(ports: string): Parsed<{ start: number; end: number }> {
  if (ports === '') return err('empty string specified for ports');
  if (!ports.includes('-')) {
    const n = parseUint16(ports);
    return typeof n === 'string' ? err(n) : { ok: true, value: { start: n, end: n } };
  }
  const [a = '', b = ''] = ports.split('-');
  const start = parseUint16(a);
  if (typeof start === 'string') return err(start);
  const end = parseUint16(b);
  if (typeof end === 'string') return err(end);
  if (end < start) return err(`invalid range specified for port: ${ports}`);
  return { ok: true, value: { start, end } };
}

/** nat.SplitProtoPort: `80/udp` → ['udp', '80']; `80` → ['tcp', '80']. */
export function splitProtoPort(raw: string): [string, string] {
  const parts = raw.split('/');
  if (raw === '' || (parts[0] ?? '') === '') return ['', ''];
  if (parts.length === 1) return ['tcp', raw];
  if ((parts[1] ?? '') === '') return ['tcp', parts[0] as string];
  return [parts[1] as string, parts[0] as string];
}

function splitParts(raw: string): [string, string, string] {
  const parts = raw.split(':');
  const n = parts.length;
  const containerPort = parts[n - 1] as string;
  if (n === 1) return ['', '', containerPort];
  if (n === 2) return ['', parts[0] as string, containerPort];
  if (n === 3) return [parts[0] as string, parts[1] as string, containerPort];
  return [parts.slice(0, n - 2).join(':'), parts[n - 2] as string, containerPort];
}

export function isIp(s: string): boolean {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(s)) return s.split('.').every((o) => Number(o) <= 255 && !(o.length > 1 && o.startsWith('0')));
  if (!s.includes(':') || !/^[0-9a-fA-F:.]+$/.test(s)) return false;
  const doubles = s.split('::').length - 1;
  if (doubles > 1) return false;
  const groups = s.split(':').filter((g) => g !== '');
  return groups.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g) || /^\d{1,3}(\.\d{1,3}){3}$/.test(g)) && (doubles === 1 ? groups.length < 8 : groups.length === 8);
}

/** One `-p` value → its bindings (one per container port of a range). */
export function parsePortSpec(raw: string): Parsed<PortBinding[]> {
  const [rawIp, hostPort, rest] = splitParts(raw);
  const [proto, containerPort] = splitProtoPort(rest);
  let ip = rawIp;
  if (ip.startsWith('[')) {
    if (!ip.endsWith(']')) return err(`invalid IP address ${ip}: address ${ip}:: missing ']' in address`);
    ip = ip.slice(1, -1);
  }
  if (ip !== '' && !isIp(ip)) return err(`invalid IP address: ${ip}`);
  if (containerPort === '') return err(`no port specified: ${raw}<empty>`);
  const cp = parsePortRange(containerPort);
  if (!cp.ok) return err(`invalid containerPort: ${containerPort}`);
  let hp = { start: 0, end: 0 };
  if (hostPort !== '') {
    const h = parsePortRange(hostPort);
    if (!h.ok) return err(`invalid hostPort: ${hostPort}`);
    hp = h.value;
  }
  const { start, end } = cp.value;
  if (hostPort !== '' && end - start !== hp.end - hp.start && end !== start) {
    return err(`invalid ranges specified for container and host Ports: ${containerPort} and ${hostPort}`);
  }
  const p = proto.toLowerCase();
  if (!['tcp', 'udp', 'sctp'].includes(p)) return err(`invalid proto: ${proto}`);
  if (p === 'sctp') return err(`dockerlings: sctp ports are not simulated yet — try it with --backend docker`);
  const out: PortBinding[] = [];
  for (let i = 0; i <= end - start; i++) {
    let host = hostPort === '' ? '' : String(hp.start + i);
    if (start === end && hp.start !== hp.end) host = `${hostPort === '' ? '' : hp.start}-${hp.end}`;
    out.push({ containerPort: start + i, proto: p as 'tcp' | 'udp', hostIp: ip, hostPort: host });
  }
  return { ok: true, value: out };
}

/** `--expose 80`, `--expose 8000-8010/udp` → `80/tcp`… */
export function parseExpose(raw: string): Parsed<string[]> {
  if (raw.includes(':')) return err(`invalid port format for --expose: ${raw}`);
  const [proto, port] = splitProtoPort(raw);
  const r = parsePortRange(port);
  if (!r.ok) return err(`invalid range format for --expose: ${raw}, error: ${r.error}`);
  const out: string[] = [];
  for (let i = r.value.start; i <= r.value.end; i++) out.push(`${i}/${proto}`);
  return { ok: true, value: out };
}

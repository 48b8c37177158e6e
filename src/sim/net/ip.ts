/** IPv4 arithmetic on plain numbers. */
export function ipToInt(ip: string): number {
  const p = ip.split('.').map(Number);
  return (((p[0] ?? 0) << 24) >>> 0) + ((p[1] ?? 0) << 16) + ((p[2] ?? 0) << 8) + (p[3] ?? 0);
}

export function intToIp(n: number): string {
  return [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

export interface Cidr {
  readonly base: number;
  readonly prefix: number;
}

export function parseCidr(s: string): Cidr | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(s);
  if (!m) return undefined;
  if ([1, 2, 3, 4].some((i) => Number(m[i]) > 255) || Number(m[5]) > 32) return undefined;
  const prefix = Number(m[5]);
  return { base: ipToInt(`${m[1]}.${m[2]}.${m[3]}.${m[4]}`), prefix };
}

export function isIPv4(s: string): boolean {
  return /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.test(s) && s.split('.').every((x) => Number(x) <= 255);
}

export const maskOf = (prefix: number): number => (prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0);

export const networkOf = (c: Cidr): number => (c.base & maskOf(c.prefix)) >>> 0;

export const broadcastOf = (c: Cidr): number => (networkOf(c) | (~maskOf(c.prefix) >>> 0)) >>> 0;

export const cidrString = (c: Cidr): string => `${intToIp(networkOf(c))}/${c.prefix}`;

export function contains(c: Cidr, ip: number): boolean {
  return ((ip & maskOf(c.prefix)) >>> 0) === networkOf(c);
}

export function overlaps(a: Cidr, b: Cidr): boolean {
  return contains(a, networkOf(b)) || contains(b, networkOf(a));
}

/** Docker 20.10's MAC for an IPv4 endpoint: 02:42 followed by the four address bytes. */
export function macFromIp(ip: string): string {
  return ['02', '42', ...ip.split('.').map((x) => Number(x).toString(16).padStart(2, '0'))].join(':');
}

/** An http:// URL as curl and wget take it: scheme optional, host, port, path. */
export interface HttpUrl {
  readonly scheme: string;
  readonly host: string;
  /** Host as typed, with ":port" when given (busybox wget prints it so). */
  readonly hostPort: string;
  readonly port: number;
  readonly path: string;
}

export function parseUrl(raw: string): HttpUrl | undefined {
  const m = /^(?:([a-zA-Z][a-zA-Z0-9+.-]*):\/\/)?([^/:?#]*)(?::(\d*))?([/?#].*)?$/.exec(raw);
  if (!m) return undefined;
  const scheme = (m[1] ?? 'http').toLowerCase();
  const host = m[2] ?? '';
  const port = m[3] ? Number(m[3]) : scheme === 'https' ? 443 : 80;
  const path = m[4] && m[4].startsWith('/') ? m[4] : `/${m[4] ?? ''}`;
  return { scheme, host, hostPort: m[3] ? `${host}:${m[3]}` : host, port, path };
}

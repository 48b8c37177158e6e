import { catalogueEnv } from '../../../sim/daemon/image-catalogue.js';
import type { Listener } from '../../../sim/daemon/model.js';
import type { HttpAnswer } from './http-answer.js';

/**
 * The status line and headers a server sends, for curl -I / -i. Only Apache httpd's are
 * modelled (the official image's It works! page: its size and the 2007 mtime Apache derives
 * the ETag from); other servers' headers are not simulated (undefined).
 */
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 7231 IMF-fixdate: "Sun, 22 Nov 2026 11:38:40 GMT". */
export function httpDate(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]}, ${p(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} GMT`;
}

export function headLines(l: Listener, a: HttpAnswer, now: number): string | undefined {
  if (l.program !== 'httpd') return undefined;
  const lines = [`HTTP/1.1 ${a.status} ${a.reason}`, `Date: ${httpDate(now)}`, `Server: Apache/${catalogueEnv('httpd', 'HTTPD_VERSION') ?? ''} (Unix)`];
  if (a.status === 200) lines.push('Last-Modified: Mon, 11 Jun 2007 18:53:14 GMT', 'ETag: "2d-432a5e4a73a80"', 'Accept-Ranges: bytes');
  lines.push(`Content-Length: ${Buffer.byteLength(a.body)}`, `Content-Type: text/html${a.status === 200 ? '' : '; charset=iso-8859-1'}`);
  return `${lines.join('\r\n')}\r\n\r\n`;
}

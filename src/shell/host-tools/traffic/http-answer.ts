import type { Listener } from '../../../sim/daemon/model.js';

/**
 * What a simulated web server answers a GET: the listener's page at / and /index.html,
 * its server's own 404 page elsewhere. A listener without an HTTP body speaks no HTTP.
 */
export interface HttpAnswer {
  readonly status: 200 | 404;
  readonly reason: string;
  readonly body: string;
}

// Apache httpd 2.4's and nginx's own 404 pages.
const NOT_FOUND: Readonly<Record<string, string>> = {
  httpd: '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n</body></html>\n',
  nginx: '<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx/1.27.2</center>\r\n</body>\r\n</html>\r\n',
};

export function httpGet(l: Listener, path: string): HttpAnswer | undefined {
  if (l.httpBody === undefined) return undefined;
  const p = path.replace(/[?#].*$/, '');
  if (p === '/' || p === '/index.html') return { status: 200, reason: 'OK', body: l.httpBody };
  return { status: 404, reason: 'Not Found', body: NOT_FOUND[l.program] ?? '' };
}

import { catalogueEnv } from '../../../sim/daemon/image-catalogue.js';
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
  nginx: `<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx/${catalogueEnv('nginx', 'NGINX_VERSION') ?? ''}</center>\r\n</body>\r\n</html>\r\n`,
};

/**
 * The registry (distribution 2.x) serves an API, not pages: `/` is its liveness route (200, no
 * body), `/v2/` the base check every client makes first (`{}`, no newline). Nothing can be pushed
 * in the simulator, so the catalog is empty (`{"repositories":[]}` plus json.Encoder's newline) and
 * every repository unknown (NAME_UNKNOWN for its tags); a path no route matches gets gorilla/mux's
 * 404. Not modelled: `/v2` without the slash (a 301 to `/v2/`), manifests and blobs.
 */
function registryGet(p: string): HttpAnswer {
  if (p === '/') return { status: 200, reason: 'OK', body: '' };
  if (p === '/v2/') return { status: 200, reason: 'OK', body: '{}' };
  if (p === '/v2/_catalog') return { status: 200, reason: 'OK', body: '{"repositories":[]}\n' };
  const tags = /^\/v2\/(.+)\/tags\/list$/.exec(p);
  if (tags) {
    const body = `${JSON.stringify({ errors: [{ code: 'NAME_UNKNOWN', message: 'repository name not known to registry', detail: { name: tags[1] } }] })}\n`;
    return { status: 404, reason: 'Not Found', body };
  }
  return { status: 404, reason: 'Not Found', body: '404 page not found\n' };
}

export function httpGet(l: Listener, path: string): HttpAnswer | undefined {
  if (l.httpBody === undefined) return undefined;
  const p = path.replace(/[?#].*$/, '');
  if (l.program === 'registry') return registryGet(p);
  if (p === '/' || p === '/index.html') return { status: 200, reason: 'OK', body: l.httpBody };
  return { status: 404, reason: 'Not Found', body: NOT_FOUND[l.program] ?? '' };
}

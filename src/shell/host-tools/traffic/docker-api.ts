import { type ApiValue, encodeJson } from '../../../sim/daemon/api-value.js';
import { API_VERSION, MIN_API_VERSION, versionJson } from '../../../sim/daemon/version-json.js';
import { getVolume, listVolumes, volumeJson } from '../../../sim/daemon/volumes.js';
import { EngineError } from '../../../sim/errors.js';
import type { SimHost } from '../../../sim/host.js';

/**
 * The Engine API behind /var/run/docker.sock, for `curl --unix-socket`: GET of the read-only
 * endpoints learners try, answered with the same JSON `docker` reads (compact, with Go's
 * trailing newline). Recorded with, e.g.:
 *   curl -s --unix-socket /var/run/docker.sock http://localhost/v1.41/containers/json?all=1
 *   curl -s --unix-socket /var/run/docker.sock http://localhost/nosuch   → {"message":"page not found"}
 *   curl -s --unix-socket /var/run/docker.sock http://localhost/v1.41/plugins   → []
 *   curl -s --unix-socket /var/run/docker.sock http://localhost/v1.41/volumes   → {"Volumes":[],"Warnings":null}
 * (the real engine lists volumes in Go map order, i.e. any order: here by name).
 */
export interface ApiResponse {
  readonly status: number;
  readonly body: string;
}

const json = (status: number, v: ApiValue): ApiResponse => ({ status, body: `${encodeJson(v)}\n` });
const message = (status: number, m: string): ApiResponse => json(status, { message: m });

const versionNumber = (v: string): number => {
  const [major = '0', minor = '0'] = v.split('.');
  return Number(major) * 1000 + Number(minor);
};

/** undefined: an endpoint or a query the simulator does not answer. */
export function engineGet(host: SimHost, target: string): ApiResponse | undefined {
  const [rawPath = '/', query = ''] = target.split('?');
  const params = new URLSearchParams(query);
  let path = rawPath.replace(/\/+$/, '') || '/';
  const versioned = /^\/v(\d+\.\d+)(\/.*)$/.exec(path);
  if (versioned) {
    const v = versioned[1] ?? '';
    if (versionNumber(v) > versionNumber(API_VERSION)) return message(400, `client version ${v} is too new. Maximum supported API version is ${API_VERSION}`);
    if (versionNumber(v) < versionNumber(MIN_API_VERSION)) return message(400, `client version ${v} is too old. Minimum supported API version is ${MIN_API_VERSION}, please upgrade your client to a newer version`);
    path = versioned[2] ?? '/';
  }
  if ([...params.keys()].some((k) => k !== 'all')) return undefined;
  const all = ['1', 'true', 'True'].includes(params.get('all') ?? '');
  const e = host.engine;
  try {
    if (path === '/_ping') return { status: 200, body: 'OK' };
    if (path === '/version') return json(200, versionJson());
    if (path === '/containers/json') return json(200, e.containerList(all));
    if (path === '/networks') return json(200, e.networkList());
    if (path === '/images/json') return json(200, e.imageList());
    if (path === '/volumes') return json(200, { Volumes: listVolumes(host.daemon).map(volumeJson), Warnings: null });
    const volume = /^\/volumes\/([^/]+)$/.exec(path);
    if (volume) return json(200, volumeJson(getVolume(host.daemon, decodeURIComponent(volume[1] ?? ''))));
    // No managed plugins are ever installed on the simulated host.
    if (path === '/plugins') return json(200, []);
    const container = /^\/containers\/([^/]+)\/json$/.exec(path);
    if (container) return json(200, e.containerInspect(decodeURIComponent(container[1] ?? '')));
    const network = /^\/networks\/([^/]+)$/.exec(path);
    if (network) return json(200, e.networkInspect(decodeURIComponent(network[1] ?? '')));
    const image = /^\/images\/(.+)\/json$/.exec(path);
    if (image) return json(200, e.imageInspect(decodeURIComponent(image[1] ?? '')));
    if (/^\/(info|events|containers\/[^/]+\/(logs|top|stats|changes)|system\/df)$/.test(path)) return undefined;
    return message(404, 'page not found');
  } catch (err) {
    if (err instanceof EngineError) return message(err.statusCode, err.message);
    throw err;
  }
}

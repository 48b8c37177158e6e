import type { ApiValue } from '../../../../sim/daemon/api-value.js';
import { getVolume, volumeJson } from '../../../../sim/daemon/volumes.js';
import type { SimHost } from '../../../../sim/host.js';

/** GET /volumes/{name}: the volume's JSON, or the daemon's "no such volume". */
export function volumeInspectJson(host: SimHost, name: string): ApiValue {
  return volumeJson(getVolume(host.daemon, name));
}

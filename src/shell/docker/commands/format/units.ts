/**
 * The little formatting helpers the CLI uses around its tables: go-units' sizes and
 * durations, stringid's short IDs, formatter.Ellipsis.
 */
import { humanDuration } from '../../../../sim/daemon/human-duration.js';

const DECIMAL = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];
const BINARY = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB', 'YiB'];

/** Go's %.*g: `precision` significant digits, no trailing zeros. */
function goG(x: number, precision: number): string {
  if (x === 0) return '0';
  const s = x.toPrecision(precision);
  return s.includes('e') ? s : String(Number(s));
}

/** units.HumanSizeWithPrecision: 4261550 → `4.26MB`. */
export function humanSize(bytes: number, precision = 3): string {
  let size = bytes;
  let i = 0;
  while (size >= 1000 && i < DECIMAL.length - 1) {
    size /= 1000;
    i++;
  }
  return `${goG(size, precision)}${DECIMAL[i]}`;
}

/** units.BytesSize (binary, 4 significant digits): `3.793GiB`. */
export function bytesSize(bytes: number): string {
  let size = bytes;
  let i = 0;
  while (size >= 1024 && i < BINARY.length - 1) {
    size /= 1024;
    i++;
  }
  return `${goG(size, 4)}${BINARY[i]}`;
}

/** `2 minutes ago`, as the CLI prints CREATED columns (go-units HumanDuration + " ago"). */
export function ago(now: number, then: number): string {
  return `${humanDuration(now - then)} ago`;
}

/** stringid.TruncateID: drops an algorithm prefix, keeps 12 characters. */
export function truncateId(id: string): string {
  const i = id.indexOf(':');
  const bare = i >= 0 ? id.slice(i + 1) : id;
  return bare.length > 12 ? bare.slice(0, 12) : bare;
}

/** formatter.Ellipsis for ASCII and wide text alike (counted in code points here). */
export function ellipsis(s: string, max: number): string {
  if (max <= 0) return '';
  const rs = [...s];
  if (max === 1) return rs[0] ?? '';
  if (rs.length <= max) return s;
  return `${rs.slice(0, max - 1).join('')}…`;
}

/** time.Time.String() of a Unix time in UTC: `2026-11-22 11:44:49 +0000 UTC`. */
export function goTimeString(ms: number): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} +0000 UTC`;
}

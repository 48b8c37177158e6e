// time.Time as templates see it: %v prints Time.String()
// ("2026-11-22 11:44:22.141402879 +0000 UTC"), json prints RFC 3339 with
// nanoseconds. Only UTC instants (…Z) and numeric offsets are modelled.
import type { CustomSpec } from './typed-decode.js';
import { GoNil, goStruct } from './values.js';
import type { GoStruct, GoValue } from './values.js';

const RFC3339 = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})$/;

/** Go's Time.String() for an RFC 3339 timestamp. */
export function goTimeString(rfc3339: string): string {
  const m = RFC3339.exec(rfc3339);
  if (!m) return rfc3339;
  const [, date, clock, frac = '', zone] = m as unknown as [string, string, string, string | undefined, string];
  const nanos = frac.replace(/0+$/, '');
  const offset = zone === 'Z' ? '+0000 UTC' : `${zone.replace(':', '')} ${zone.replace(':', '')}`;
  return `${date} ${clock}${nanos ? `.${nanos}` : ''} ${offset}`;
}

// Seconds from 0001-01-01 to 1970-01-01: time.Time's ext field counts from year 1.
const UNIX_TO_INTERNAL = 62135596800;

/**
 * A time.Time value from its RFC 3339 text (as the engine's JSON carries it). Its unexported
 * fields (wall = nanoseconds, ext = seconds since year 1, loc = nil for UTC) show only with
 * verbs that bypass String(), e.g. %d prints `{141402879 63930944662 0}`.
 */
export function goTime(rfc3339: string): GoStruct {
  const m = RFC3339.exec(rfc3339);
  const json = m ? rfc3339.replace(/\.(\d*?)0+(Z|[+-])/, (_, d: string, z: string) => (d ? `.${d}${z}` : z)) : rfc3339;
  const nanos = m ? Number((m[3] ?? '').padEnd(9, '0').slice(0, 9)) : 0;
  const seconds = m ? Math.floor(Date.parse(`${m[1]}T${m[2]}${m[4]}`) / 1000) + UNIX_TO_INTERNAL : 0;
  return goStruct(
    { wall: nanos, ext: seconds, loc: new GoNil('*time.Location') },
    { type: 'time.Time', stringer: () => goTimeString(rfc3339), marshalJSON: () => json },
  );
}

/** The zero time.Time (0001-01-01 00:00:00 +0000 UTC). */
export const zeroTime = (): GoStruct => goTime('0001-01-01T00:00:00Z');

export const timeSpec: CustomSpec = {
  kind: 'custom',
  name: 'time.Time',
  decode: (raw: GoValue) => (typeof raw === 'string' ? goTime(raw) : zeroTime()),
  zero: zeroTime,
};

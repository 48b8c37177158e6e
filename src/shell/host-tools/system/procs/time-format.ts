// How procps prints times. The simulated host keeps UTC, as a server usually does.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const pad2 = (n: number) => String(n).padStart(2, '0');

const stamps = new Map<string, string>();

/** STIME / START: the time today, the day this year (`Feb20`), else the year. */
export function startStamp(started: number, now: number): string {
  const key = `${Math.floor(started / 60000)}:${Math.floor(now / 86400000)}`;
  let v = stamps.get(key);
  if (v === undefined) {
    v = stampOf(started, now);
    if (stamps.size > 10000) stamps.clear();
    stamps.set(key, v);
  }
  return v;
}

function stampOf(started: number, now: number): string {
  const s = new Date(started);
  const n = new Date(now);
  if (s.getUTCFullYear() !== n.getUTCFullYear()) return String(s.getUTCFullYear());
  if (s.toISOString().slice(0, 10) !== n.toISOString().slice(0, 10)) return `${MONTHS[s.getUTCMonth()]}${pad2(s.getUTCDate())}`;
  return `${pad2(s.getUTCHours())}:${pad2(s.getUTCMinutes())}`;
}

/** `ps -o lstart`: `Sat Feb 21 11:00:00 2026`. */
export function longStamp(ms: number): string {
  const d = new Date(ms);
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())} ${d.getUTCFullYear()}`;
}

/** `ps -o start`: `11:00:00` today, else `Feb 20`. */
export function startClock(started: number, now: number): string {
  const d = new Date(started);
  if (now - started < 24 * 3600_000) return `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`;
  return `${MONTHS[d.getUTCMonth()]} ${pad2(d.getUTCDate())}`;
}

/** TIME: cumulative CPU as `[DD-]HH:MM:SS`. */
export function cpuTime(seconds: number): string {
  const days = Math.floor(seconds / 86400);
  const rest = seconds % 86400;
  const hms = `${pad2(Math.floor(rest / 3600))}:${pad2(Math.floor((rest % 3600) / 60))}:${pad2(rest % 60)}`;
  return days > 0 ? `${days}-${hms}` : hms;
}

/** BSD TIME (`ps aux`): `M:SS`. */
export function bsdTime(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${pad2(seconds % 60)}`;
}

/** ELAPSED: `[[DD-]HH:]MM:SS`. */
export function elapsed(seconds: number): string {
  const days = Math.floor(seconds / 86400);
  const h = Math.floor((seconds % 86400) / 3600);
  const ms = `${pad2(Math.floor((seconds % 3600) / 60))}:${pad2(seconds % 60)}`;
  if (days > 0) return `${days}-${pad2(h)}:${ms}`;
  return h > 0 ? `${pad2(h)}:${ms}` : ms;
}

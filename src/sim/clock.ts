/**
 * The simulated host's clock. Deterministic by default (tests, replay): it starts at a fixed
 * instant and moves on a little with every command, so "Up 2 seconds" style output is stable.
 */
export interface Clock {
  now(): number;
  /** Called once per command line; a real-time clock ignores it. */
  tick(ms: number): void;
  /**
   * Time the host waits through without anyone waiting for real (`sleep 15`): every clock
   * moves on by it, a real-time one too (it then runs that far ahead of the wall).
   */
  advance(ms: number): void;
}

/**
 * The simulated host's "now" when it boots: after the newest image of the catalogue was built
 * (image-catalogue.ts), so that `docker images` says "2 weeks ago", never a date in the future.
 */
export const SIM_EPOCH = Date.UTC(2026, 1, 21, 11, 0, 0);

export function steppingClock(start = SIM_EPOCH): Clock {
  let t = start;
  return { now: () => t, tick: (ms) => { t += ms; }, advance: (ms) => { t += ms; } };
}

export function wallClock(): Clock {
  let ahead = 0;
  return { now: () => Date.now() + ahead, tick: () => undefined, advance: (ms) => { ahead += ms; } };
}

/** Docker's RFC 3339 with nanoseconds: 2026-02-21T11:00:00.123456789Z. */
export function rfc3339Nano(ms: number, nanosExtra = 0): string {
  const iso = new Date(ms).toISOString(); // 2026-02-21T11:00:00.123Z
  const frac = (iso.slice(20, 23) + String(nanosExtra).padStart(6, '0')).replace(/0+$/, '');
  return `${iso.slice(0, 19)}${frac ? `.${frac}` : ''}Z`;
}

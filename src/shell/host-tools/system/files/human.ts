// Human-readable sizes as gnulib's human_readable (df -h, ls -h: rounded up, one decimal below
// 10) and busybox's make_human_readable_str (one decimal always once scaled) print them.

const UNITS = ['', 'K', 'M', 'G', 'T', 'P', 'E'];

/** gnulib with human_autoscale | human_ceiling: `392M`, `6.9G`, `4.0K`, `0`. */
export function gnuHumanCeil(bytes: number, base: 1024 | 1000 = 1024): string {
  if (bytes < base) return String(bytes);
  let exp = 0;
  let v = bytes;
  while (v >= base && exp < UNITS.length - 1) {
    v /= base;
    exp++;
  }
  const unit = (UNITS[exp] as string).replace('K', base === 1000 ? 'k' : 'K');
  if (v < 10) {
    const tenths = Math.ceil(v * 10 - 1e-9);
    if (tenths < 100) return `${Math.floor(tenths / 10)}.${tenths % 10}${unit}`;
    v = tenths / 10;
  }
  const whole = Math.ceil(v - 1e-9);
  if (whole >= base && exp < UNITS.length - 1) return `1.0${UNITS[exp + 1] as string}`;
  return `${whole}${unit}`;
}

/** busybox: `252.0G`, `64.0M`, `0`; bytes below 1024 print as they are. */
export function bbHuman(bytes: number): string {
  if (bytes === 0) return '0';
  let val = bytes;
  let idx = 0;
  let frac = 0;
  while (val >= 1024) {
    frac = Math.floor(((val % 1024) * 10 + 512) / 1024);
    val = Math.floor(val / 1024);
    idx++;
  }
  if (frac >= 10) {
    val++;
    frac = 0;
  }
  return idx === 0 ? String(val) : `${val}.${frac}${UNITS[idx] as string}`;
}

import type { Flavor } from '../tool-io.js';

// The N of `head -n N` / `tail -n N`: digits with an optional sign and size suffix.

export interface Count {
  readonly value: number;
  /** `-N` (head: all but the last N; tail: the same as N) */
  readonly minus: boolean;
  /** `+N` (tail: from line N on) */
  readonly plus: boolean;
}

// GNU xstrtoumax suffixes (coreutils' head/tail accept these); busybox knows b, k, m.
const GNU_SUFFIX: Readonly<Record<string, number>> = {
  '': 1, b: 512, kB: 1000, K: 1024, k: 1024, KiB: 1024, MB: 1000 ** 2, M: 1024 ** 2, MiB: 1024 ** 2,
  GB: 1000 ** 3, G: 1024 ** 3, GiB: 1024 ** 3, TB: 1000 ** 4, T: 1024 ** 4, TiB: 1024 ** 4,
};
const BUSYBOX_SUFFIX: Readonly<Record<string, number>> = { '': 1, b: 512, k: 1024, m: 1024 * 1024 };

/** undefined when the text is not a count this flavor accepts (busybox head has no `+`). */
export function parseCount(text: string, flavor: Flavor, allowPlus: boolean): Count | undefined {
  const m = /^([+-]?)([0-9]+)([A-Za-z]*)$/.exec(text);
  if (m === null) return undefined;
  const sign = m[1] ?? '';
  if (sign === '+' && flavor === 'busybox' && !allowPlus) return undefined;
  const multiplier = (flavor === 'gnu' ? GNU_SUFFIX : BUSYBOX_SUFFIX)[m[3] ?? ''];
  if (multiplier === undefined) return undefined;
  return { value: Number(m[2]) * multiplier, minus: sign === '-', plus: sign === '+' };
}

/**
 * The number as the error message shows it: without a leading `-` (`‘1x’` for `-n -1x`),
 * with a `+`, except busybox tail which drops that too.
 */
export function invalidCountMessage(tool: string, flavor: Flavor, kind: 'lines' | 'bytes', text: string): string {
  const shown = text.replace(flavor === 'busybox' && tool === 'tail' ? /^[+-]/ : /^-/, '');
  if (flavor === 'busybox') return `${tool}: invalid number '${shown}'`;
  return `${tool}: invalid number of ${kind}: ‘${shown}’`;
}

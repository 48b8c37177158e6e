import type { Tool } from '../tool-io.js';
import { quoteIfNeeded } from './gnu-quote.js';
import { errnoText, Inputs } from './files.js';
import { getopt, type OptionSpec } from './getopt.js';
import { busyboxHelp, notSimulated, usageError } from './usage.js';

const gnuSpec: OptionSpec = {
  short: 'clLmw',
  long: [
    { name: 'bytes', key: 'c', arg: 'none' },
    { name: 'chars', key: 'm', arg: 'none' },
    { name: 'lines', key: 'l', arg: 'none' },
    { name: 'words', key: 'w', arg: 'none' },
    { name: 'debug', key: 'debug', arg: 'none' },
    { name: 'files0-from', key: 'files0-from', arg: 'required' },
    { name: 'max-line-length', key: 'L', arg: 'none' },
    { name: 'total', key: 'total', arg: 'required' },
    { name: 'help', key: 'help', arg: 'none' },
    { name: 'version', key: 'version', arg: 'none' },
  ],
};
const busyboxSpec: OptionSpec = { short: 'cmlwL' };

/** Printed in this order whatever the order of the options. */
const ORDER = ['l', 'w', 'm', 'c', 'L'] as const;
type Counter = (typeof ORDER)[number];

function count(content: string): Record<Counter, number> {
  const lines = content.split('\n');
  return {
    l: lines.length - 1,
    w: content.split(/[ \t\n\v\f\r]+/).filter((w) => w !== '').length,
    m: [...content].length,
    c: Buffer.byteLength(content, 'utf8'),
    // Tabs advance to the next multiple of 8, as GNU and busybox both measure.
    L: Math.max(0, ...lines.map((l) => [...l].reduce((col, ch) => (ch === '\t' ? col + 8 - (col % 8) : col + 1), 0))),
  };
}

export const wc: Tool = (args, io) => {
  const busybox = io.flavor === 'busybox';
  if (busybox && args[0] === '--help') return { stdout: '', stderr: busyboxHelp('wc'), exitCode: 0 };
  const parsed = getopt('wc', args, busybox ? busyboxSpec : gnuSpec, io.flavor);
  if (!parsed.ok) return usageError('wc', io.flavor, parsed.message);
  const chosen = new Set<Counter>();
  for (const o of parsed.options) {
    if (!ORDER.includes(o.key as Counter)) return notSimulated('wc', o.typed);
    chosen.add(o.key as Counter);
  }
  const counters = ORDER.filter((k) => (chosen.size === 0 ? k === 'l' || k === 'w' || k === 'c' : chosen.has(k)));
  const names = parsed.operands.length === 0 ? ['-'] : parsed.operands;
  const inputs = new Inputs(io);
  const rows: { name: string | undefined; counts: number[] }[] = [];
  const total = counters.map(() => 0);
  let stderr = '';
  // GNU sizes its columns from the total size of the regular files (a pipe or directory
  // means at least 7), unless it prints one number for one input.
  let regularBytes = 0;
  let notRegular = false;
  for (const name of names) {
    const read = inputs.read(name);
    if (read.kind === 'error') {
      stderr += `wc: ${io.flavor === 'gnu' ? quoteIfNeeded(name) : name}: ${errnoText[read.code]}\n`;
      if (read.code !== 'EISDIR') continue;
      notRegular = true;
    } else if (name === '-') notRegular = true;
    else regularBytes += Buffer.byteLength(read.content, 'utf8');
    const counts = count(read.kind === 'file' ? read.content : '');
    const values = counters.map((k) => counts[k]);
    values.forEach((v, i) => (total[i] = (total[i] ?? 0) + (counters[i] === 'L' ? Math.max(0, v - (total[i] ?? 0)) : v)));
    rows.push({ name: parsed.operands.length === 0 ? undefined : name, counts: values });
  }
  if (names.length > 1) rows.push({ name: 'total', counts: total });
  const single = names.length === 1 && counters.length === 1;
  const width = busybox ? (single ? 1 : 9) : single ? 1 : Math.max(notRegular ? 7 : 1, String(regularBytes).length);
  const stdout = rows.map((r) => r.counts.map((v) => String(v).padStart(width)).join(' ') + (r.name === undefined ? '' : ` ${r.name}`) + '\n').join('');
  return { stdout, stderr, exitCode: stderr === '' ? 0 : 1 };
};

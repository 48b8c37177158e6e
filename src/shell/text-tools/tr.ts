import type { CommandResult } from '../command-result.js';
import type { Tool } from '../tool-io.js';
import { getopt, type OptionSpec } from './getopt.js';
import { complementOf, expandSet } from './tr-sets.js';
import { busyboxHelp, notSimulated, usageError } from './usage.js';

const gnuSpec: OptionSpec = {
  short: 'cCdst',
  long: [
    { name: 'complement', key: 'c', arg: 'none' },
    { name: 'delete', key: 'd', arg: 'none' },
    { name: 'squeeze-repeats', key: 's', arg: 'none' },
    { name: 'truncate-set1', key: 't', arg: 'none' },
    { name: 'help', key: 'help', arg: 'none' },
    { name: 'version', key: 'version', arg: 'none' },
  ],
};
const busyboxSpec: OptionSpec = { short: 'cCdst' };

const fail = (message: string): CommandResult => ({ stdout: '', stderr: `${message}\n`, exitCode: 1 });

export const tr: Tool = (args, io) => {
  const flavor = io.flavor;
  if (flavor === 'busybox' && args[0] === '--help') return { stdout: '', stderr: busyboxHelp('tr'), exitCode: 0 };
  const parsed = getopt('tr', args, flavor === 'busybox' ? busyboxSpec : gnuSpec, flavor);
  if (!parsed.ok) return usageError('tr', flavor, parsed.message);
  let complement = false;
  let del = false;
  let squeeze = false;
  let truncate = false;
  for (const o of parsed.options) {
    if (o.key === 'c' || o.key === 'C') complement = true;
    else if (o.key === 'd') del = true;
    else if (o.key === 's') squeeze = true;
    else if (o.key === 't') truncate = true;
    else return notSimulated('tr', o.typed);
  }
  const operands = parsed.operands;
  const needed = del && squeeze ? 2 : del || (squeeze && operands.length < 2) ? 1 : 2;
  if (operands.length === 0) return usageError('tr', flavor, flavor === 'gnu' ? 'tr: missing operand' : undefined);
  if (flavor === 'gnu') {
    const [first = ''] = operands;
    if (operands.length < needed) {
      const why = del ? 'both deleting and squeezing repeats' : 'translating';
      return usageError('tr', flavor, `tr: missing operand after ‘${first}’\nTwo strings must be given when ${why}.`);
    }
    if (operands.length > needed) {
      const extra = `tr: extra operand ‘${operands[needed] ?? ''}’`;
      const why = del && !squeeze ? '\nOnly one string may be given when deleting without squeezing repeats.' : '';
      return usageError('tr', flavor, extra + why);
    }
  } else if (operands.length < needed) {
    return { stdout: io.stdin, stderr: '', exitCode: 0 }; // busybox: nothing to translate to
  }
  const set1 = expandSet(operands[0] ?? '', flavor, false);
  if (!set1.ok) return fail(set1.message);
  const set2 = needed === 2 ? expandSet(operands[1] ?? '', flavor, true) : undefined;
  if (set2 !== undefined && !set2.ok) return fail(set2.message);
  const from = complement ? complementOf(set1.chars) : set1.chars;
  let to = set2?.ok === true ? set2.chars : [];
  if (set2?.ok === true && set2.repeat !== undefined) {
    const fill = Math.max(0, from.length - to.length);
    to = [...to.slice(0, set2.repeat.at), ...Array<string>(fill).fill(set2.repeat.char), ...to.slice(set2.repeat.at)];
  }
  const translating = !del && set2 !== undefined;
  if (translating && to.length === 0 && from.length > 0) {
    return fail(flavor === 'gnu' ? 'tr: when not truncating set1, string2 must be non-empty' : 'tr: STRING2 cannot be empty');
  }
  const map = new Map<string, string>();
  if (translating) {
    const limit = truncate ? Math.min(from.length, to.length) : from.length;
    // A shorter SET2 is padded with its last character.
    for (let i = 0; i < limit; i++) map.set(from[i] ?? '', to[Math.min(i, to.length - 1)] ?? '');
  }
  const deleted = new Set(del ? from : []);
  const squeezed = new Set(squeeze ? (set2 !== undefined ? to : from) : []);
  let out = '';
  let last: string | undefined;
  for (const ch of io.stdin) {
    if (deleted.has(ch)) continue;
    const mapped = map.get(ch) ?? ch;
    if (squeezed.has(mapped) && mapped === last) continue;
    out += mapped;
    last = mapped;
  }
  return { stdout: out, stderr: '', exitCode: 0 };
};

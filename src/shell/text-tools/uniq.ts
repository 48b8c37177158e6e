import type { CommandResult } from '../command-result.js';
import type { Tool } from '../tool-io.js';
import { quoteAlways, quoteIfNeeded } from './gnu-quote.js';
import { errnoText, Inputs, splitLines } from './files.js';
import { getopt, type LongOption, type OptionSpec } from './getopt.js';
import { busyboxHelp, notSimulated, usageError } from './usage.js';

const o = (name: string, key: string, arg: LongOption['arg'] = 'none'): LongOption => ({ name, key, arg });
const gnuSpec: OptionSpec = {
  short: '0123456789Dcdf:is:uw:z',
  long: [
    o('count', 'c'), o('repeated', 'd'), o('all-repeated', 'D', 'optional'), o('group', 'group', 'optional'),
    o('ignore-case', 'i'), o('unique', 'u'), o('skip-fields', 'f', 'required'), o('skip-chars', 's', 'required'),
    o('check-chars', 'w', 'required'), o('zero-terminated', 'z'), o('help', 'help'), o('version', 'version'),
  ],
};
const busyboxSpec: OptionSpec = { short: 'cduizf:s:w:' };

export const uniq: Tool = (args, io) => {
  const busybox = io.flavor === 'busybox';
  if (busybox && args[0] === '--help') return { stdout: '', stderr: busyboxHelp('uniq'), exitCode: 0 };
  const parsed = getopt('uniq', args, busybox ? busyboxSpec : gnuSpec, io.flavor);
  if (!parsed.ok) return usageError('uniq', io.flavor, parsed.message);
  let count = false;
  let onlyRepeated = false;
  let onlyUnique = false;
  let ignoreCase = false;
  for (const opt of parsed.options) {
    if (opt.key === 'c') count = true;
    else if (opt.key === 'd') onlyRepeated = true;
    else if (opt.key === 'u') onlyUnique = true;
    else if (opt.key === 'i') ignoreCase = true;
    else return notSimulated('uniq', opt.typed);
  }
  const [input = '-', output, extra] = parsed.operands;
  if (extra !== undefined) return usageError('uniq', io.flavor, busybox ? undefined : `uniq: extra operand ‘${extra}’`);
  if (output !== undefined) return notSimulated('uniq', 'OUTPUT (writing a file)');
  const read = new Inputs(io).read(input);
  if (read.kind === 'error') return readFailure(input, read.code, busybox);
  const same = (a: string, b: string): boolean => (ignoreCase ? a.toLowerCase() === b.toLowerCase() : a === b);
  let stdout = '';
  const lines = splitLines(read.content);
  for (let i = 0; i < lines.length; ) {
    let j = i + 1;
    while (j < lines.length && same(lines[i] ?? '', lines[j] ?? '')) j++;
    const n = j - i;
    if (!(onlyRepeated && n === 1) && !(onlyUnique && n > 1)) {
      stdout += `${count ? `${String(n).padStart(7)} ` : ''}${lines[i] ?? ''}\n`;
    }
    i = j;
  }
  return { stdout, stderr: '', exitCode: 0 };
};

function readFailure(name: string, code: keyof typeof errnoText, busybox: boolean): CommandResult {
  let message: string;
  if (code === 'EISDIR') message = busybox ? `uniq: ${name}: I/O error` : `uniq: error reading ${quoteAlways(name)}`;
  else message = busybox ? `uniq: can't open '${name}': ${errnoText[code]}` : `uniq: ${quoteIfNeeded(name)}: ${errnoText[code]}`;
  return { stdout: '', stderr: `${message}\n`, exitCode: 1 };
}

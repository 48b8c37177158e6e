import type { CommandResult } from '../../command-result.js';
import type { Program } from '../../program.js';
import { bbUsage } from './busybox-usage.js';
import { notSimulated, quoteName } from './common.js';

// sleep waits by moving the simulated host's clock on (nothing really waits): a swarm manager
// sees a node gone Down, a container's `sleep 5` ends, "Up 2 minutes" grows. Each sleep reads
// its intervals its own way: GNU coreutils (strtod, one suffix s/m/h/d, every bad operand
// named) and busybox 1.35 (parse_duration_str: integers with xatoul_sfx, a '.' through strtod).

const UNIT: Readonly<Record<string, number>> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };
const SPACE = '[ \\t\\n\\v\\f\\r]*';
const DECIMAL = new RegExp(`^${SPACE}([+-]?)((?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)([smhd]?)$`);
const HEX = new RegExp(`^${SPACE}([+-]?)0[xX]([0-9a-fA-F]*)\\.?([0-9a-fA-F]*)(?:[pP]([+-]?[0-9]+))?([smhd]?)$`);
const SPECIAL = new RegExp(`^${SPACE}([+-]?)(inf|infinity|nan(?:\\([0-9A-Za-z_]*\\))?)([smhd]?)$`, 'i');

/** GNU: a C strtod number (decimal, hex, inf), then at most one suffix; undefined when invalid. */
function gnuSeconds(arg: string): number | undefined {
  let sign: string;
  let value: number;
  let suffix: string;
  const hex = HEX.exec(arg);
  const dec = DECIMAL.exec(arg);
  const special = SPECIAL.exec(arg);
  if (hex !== null && `${hex[2] ?? ''}${hex[3] ?? ''}` !== '') {
    const [, s = '', int = '', frac = '', exp = '0', suf = ''] = hex;
    value = (parseInt(`${int}${frac}` || '0', 16) / 16 ** frac.length) * 2 ** Number(exp);
    [sign, suffix] = [s, suf];
  } else if (dec !== null) {
    [sign, value, suffix] = [dec[1] ?? '', Number(dec[2]), dec[3] ?? ''];
  } else if (special !== null) {
    const word = (special[2] ?? '').toLowerCase();
    [sign, value, suffix] = [special[1] ?? '', word.startsWith('inf') ? Infinity : NaN, special[3] ?? ''];
  } else return undefined;
  if (sign === '-') value = -value;
  // `0 <= s` is false for NaN and negatives (but -0 is fine).
  if (!(value >= 0)) return undefined;
  return value * (UNIT[suffix] ?? 1);
}

const gnuUsage = (message: string): CommandResult => ({ stdout: '', stderr: `${message}\nTry 'sleep --help' for more information.\n`, exitCode: 1 });

function gnuSleep(args: readonly string[], ctx: Parameters<Program>[1]): CommandResult {
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const name = a.slice(2).split('=')[0] ?? '';
      if (name !== '' && ('help'.startsWith(name) || 'version'.startsWith(name))) return notSimulated(`sleep ${a}`);
      return gnuUsage(`sleep: unrecognized option '${a}'`);
    }
    if (a.startsWith('-') && a !== '-') return gnuUsage(`sleep: invalid option -- '${a[1] ?? ''}'`);
    operands.push(a);
  }
  // Only no argument at all is "missing": `sleep --` sleeps for nothing.
  if (args.length === 0) return gnuUsage('sleep: missing operand');
  let total = 0;
  let stderr = '';
  for (const a of operands) {
    const seconds = gnuSeconds(a);
    if (seconds === undefined) stderr += `sleep: invalid time interval ${quoteName(a, ctx.env)}\n`;
    else total += seconds;
  }
  if (stderr !== '') return gnuUsage(stderr.slice(0, -1));
  return wait(total, ctx, args);
}

const ULONG_MAX = 18446744073709551615n;

/** busybox's xatoul_sfx with the duration suffixes: digits, then nothing or exactly one of s m h d. */
function busyboxWhole(text: string): number | string {
  const m = /^([0-9]+)(.*)$/s.exec(text);
  const mult = m === null ? undefined : UNIT[m[2] ?? ''];
  if (m === null || mult === undefined) return `sleep: invalid number '${text}'`;
  const n = BigInt(m[1] ?? '0');
  if (n > ULONG_MAX) return `sleep: invalid number '${text}'`;
  if (n * BigInt(mult) > ULONG_MAX) return `sleep: number ${text} is not in 0..${ULONG_MAX} range`;
  return Number(n) * mult;
}

function busyboxSleep(args: readonly string[], ctx: Parameters<Program>[1]): CommandResult {
  if (args.length === 0) return { stdout: '', stderr: bbUsage('sleep'), exitCode: 1 };
  if (args[0] === '--help') return { stdout: '', stderr: bbUsage('sleep'), exitCode: 0 };
  let total = 0;
  for (const a of args) {
    let seconds: number | string;
    if (a.includes('.')) {
      const number = /^[0-9.]*/.exec(a)?.[0] ?? '';
      // Without a leading digit or dot busybox writes before the argument (it then names the
      // previous argument glued to this one): nothing sensible to imitate.
      if (number === '') return notSimulated(`sleep ${a}`);
      if (!/^(?:[0-9]+\.?[0-9]*|\.[0-9]+)$/.test(number)) return { stdout: '', stderr: bbUsage('sleep'), exitCode: 1 };
      // It reads the suffix by overwriting the number's last character with '1'.
      const unit = busyboxWhole(`1${a.slice(number.length)}`);
      seconds = typeof unit === 'string' ? unit : Number(number) * unit;
    } else seconds = busyboxWhole(a);
    if (typeof seconds === 'string') return { stdout: '', stderr: `${seconds}\n`, exitCode: 1 };
    total += seconds;
  }
  return wait(total, ctx, args);
}

function wait(seconds: number, ctx: Parameters<Program>[1], args: readonly string[]): CommandResult {
  // A terminal would hang until ^C: the simulator cannot give the line back "later".
  if (!Number.isFinite(seconds)) return notSimulated(`sleep ${args.join(' ')}`);
  ctx.host.clock.advance(Math.round(seconds * 1000));
  return { stdout: '', stderr: '', exitCode: 0 };
}

export const sleep: Program = (args, ctx) => {
  if (ctx.flavor !== 'busybox') return gnuSleep(args, ctx);
  // busybox sleeps forever on a first argument starting with "inf", whatever follows.
  if (/^inf/i.test(args[0] ?? '')) return notSimulated(`sleep ${args.join(' ')}`);
  return busyboxSleep(args, ctx);
};

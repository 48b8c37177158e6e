// Sprintf's format-string interpreter (fmt's doPrintf): flags, width and
// precision (also from `*` arguments), explicit [n] indexes, and Go's
// in-band error notes such as %!d(MISSING) and %!(EXTRA int=1).
import type { Fmt } from './fmt-format.js';
import { typeOf } from './reflect.js';
import { GoNamed } from './values.js';
import type { GoValue } from './values.js';

export interface PrintfTarget {
  readonly f: Fmt;
  reordered: boolean;
  goodArgNum: boolean;
  printArg(arg: GoValue, verb: string): void;
}

const TOO_LARGE = 1e6;

function parsenum(s: string, start: number, end: number): { num: number; isnum: boolean; next: number } {
  if (start >= end) return { num: 0, isnum: false, next: end };
  let num = 0;
  let isnum = false;
  let i = start;
  for (; i < end && s[i] !== undefined && s[i] as string >= '0' && s[i] as string <= '9'; i++) {
    if (num > TOO_LARGE || num < -TOO_LARGE) return { num: 0, isnum: false, next: end };
    num = num * 10 + Number(s[i]);
    isnum = true;
  }
  return { num, isnum, next: i };
}

function parseArgNumber(format: string): { index: number; wid: number; ok: boolean } {
  if (format.length < 3) return { index: 0, wid: 1, ok: false };
  for (let i = 1; i < format.length; i++) {
    if (format[i] === ']') {
      const { num, isnum, next } = parsenum(format, 1, i);
      if (!isnum || next !== i) return { index: 0, wid: i + 1, ok: false };
      return { index: num - 1, wid: i + 1, ok: true };
    }
  }
  return { index: 0, wid: 1, ok: false };
}

function intFromArg(a: readonly GoValue[], argNum: number): { num: number; isInt: boolean; argNum: number } {
  let num = 0;
  let isInt = false;
  if (argNum < a.length) {
    const v = a[argNum] as GoValue;
    if (typeof v === 'number') {
      num = v;
      isInt = true;
    } else if (v instanceof GoNamed && (v.kind === 'int' || v.kind === 'uint')) {
      num = Number(v.value);
      isInt = true;
    }
    argNum++;
    if (num > TOO_LARGE || num < -TOO_LARGE) {
      num = 0;
      isInt = false;
    }
  }
  return { num, isInt, argNum };
}

export function doPrintf(p: PrintfTarget, format: string, a: readonly GoValue[]): void {
  const f = p.f;
  const end = format.length;
  let argNum = 0;
  let afterIndex = false;
  p.reordered = false;

  const argNumber = (i: number): void => {
    if (format.length <= i || format[i] !== '[') {
      afterIndex = false;
      return;
    }
    p.reordered = true;
    const { index, wid, ok } = parseArgNumber(format.slice(i));
    if (ok && index >= 0 && index < a.length) {
      argNum = index;
      pos = i + wid;
      afterIndex = true;
      return;
    }
    p.goodArgNum = false;
    pos = i + wid;
    afterIndex = ok;
  };

  let pos = 0;
  formatLoop: while (pos < end) {
    p.goodArgNum = true;
    const lasti = pos;
    while (pos < end && format[pos] !== '%') pos++;
    if (pos > lasti) f.write(format.slice(lasti, pos));
    if (pos >= end) break;
    pos++; // the %

    f.clearFlags();
    simpleFormat: for (; pos < end; pos++) {
      const c = format[pos] as string;
      switch (c) {
        case '#': f.sharp = true; break;
        case '0': f.zero = !f.minus; break; // only allow zero padding to the left
        case '+': f.plus = true; break;
        case '-': f.minus = true; f.zero = false; break;
        case ' ': f.space = true; break;
        default:
          // Fast path: a lower-case verb with no width, precision or index.
          if (c >= 'a' && c <= 'z' && argNum < a.length) {
            if (c === 'v') {
              f.sharpV = f.sharp;
              f.sharp = false;
              f.plusV = f.plus;
              f.plus = false;
            }
            p.printArg(a[argNum] as GoValue, c);
            argNum++;
            pos++;
            continue formatLoop;
          }
          break simpleFormat;
      }
    }

    argNumber(pos);

    if (pos < end && format[pos] === '*') {
      pos++;
      const r = intFromArg(a, argNum);
      f.wid = r.num;
      f.widPresent = r.isInt;
      argNum = r.argNum;
      if (!f.widPresent) f.write('%!(BADWIDTH)');
      if (f.wid < 0) {
        f.wid = -f.wid;
        f.minus = true;
        f.zero = false;
      }
      afterIndex = false;
    } else {
      const r = parsenum(format, pos, end);
      f.wid = r.num;
      f.widPresent = r.isnum;
      pos = r.next;
      if (afterIndex && f.widPresent) p.goodArgNum = false; // "%[3]2d"
    }

    if (pos + 1 < end && format[pos] === '.') {
      pos++;
      if (afterIndex) p.goodArgNum = false; // "%[3].2d"
      argNumber(pos);
      if (pos < end && format[pos] === '*') {
        pos++;
        const r = intFromArg(a, argNum);
        f.prec = r.num;
        f.precPresent = r.isInt;
        argNum = r.argNum;
        if (f.prec < 0) {
          f.prec = 0;
          f.precPresent = false;
        }
        if (!f.precPresent) f.write('%!(BADPREC)');
        afterIndex = false;
      } else {
        const r = parsenum(format, pos, end);
        f.prec = r.num;
        f.precPresent = r.isnum;
        pos = r.next;
        if (!f.precPresent) {
          f.prec = 0;
          f.precPresent = true;
        }
      }
    }

    if (!afterIndex) argNumber(pos);

    if (pos >= end) {
      f.write('%!(NOVERB)');
      break;
    }

    const verb = String.fromCodePoint(format.codePointAt(pos) as number);
    pos += verb.length;

    if (verb === '%') {
      f.write('%'); // takes no operand, ignores width and precision
    } else if (!p.goodArgNum) {
      f.write(`%!${verb}(BADINDEX)`);
    } else if (argNum >= a.length) {
      f.write(`%!${verb}(MISSING)`);
    } else {
      if (verb === 'v') {
        f.sharpV = f.sharp;
        f.sharp = false;
        f.plusV = f.plus;
        f.plus = false;
      }
      p.printArg(a[argNum] as GoValue, verb);
      argNum++;
    }
  }

  if (!p.reordered && argNum < a.length) {
    f.clearFlags();
    f.write('%!(EXTRA ');
    a.slice(argNum).forEach((arg, i) => {
      if (i > 0) f.write(', ');
      if (arg === null) {
        f.write('<nil>');
      } else {
        f.write(`${typeOf(arg)}=`);
        p.printArg(arg, 'v');
      }
    });
    f.write(')');
  }
}

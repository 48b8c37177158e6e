// The low-level half of Go's fmt (fmt/format.go): flags, width, precision,
// padding, and the formatting of integers, floats, strings, bools and runes.
import { formatFloat } from './float-format.js';
import { canBackquote, isPrint, quote, quoteRune, quoteToASCII } from './quote.js';

const LDIGITS = '0123456789abcdefx';
const UDIGITS = '0123456789ABCDEFX';

export class Fmt {
  buf = '';
  // flags
  plus = false;
  minus = false;
  sharp = false;
  space = false;
  zero = false;
  plusV = false;
  sharpV = false;
  wid = 0;
  widPresent = false;
  prec = 0;
  precPresent = false;

  clearFlags(): void {
    this.plus = this.minus = this.sharp = this.space = this.zero = this.plusV = this.sharpV = false;
    this.wid = this.prec = 0;
    this.widPresent = this.precPresent = false;
  }

  write(s: string): void {
    this.buf += s;
  }

  writePadding(n: number): void {
    if (n <= 0) return;
    this.buf += (this.zero && !this.minus ? '0' : ' ').repeat(n);
  }

  /** Pad to the width (counted in runes), left or right per the minus flag. */
  pad(s: string): void {
    if (!this.widPresent || this.wid === 0) {
      this.buf += s;
      return;
    }
    const width = this.wid - runeCount(s);
    if (!this.minus) {
      this.writePadding(width);
      this.buf += s;
    } else {
      this.buf += s;
      this.writePadding(width);
    }
  }

  padString(s: string): void {
    this.pad(s);
  }

  fmtBool(v: boolean): void {
    this.padString(v ? 'true' : 'false');
  }

  fmtUnicode(u: bigint): void {
    let s = u.toString(16).toUpperCase();
    let prec = 4;
    if (this.precPresent && this.prec > 4) prec = this.prec;
    s = `U+${s.padStart(prec, '0')}`;
    const r = Number(u);
    if (this.sharp && u <= 0x10ffffn && isPrint(r)) s += ` '${String.fromCodePoint(r)}'`;
    const oldZero = this.zero;
    this.zero = false;
    this.pad(s);
    this.zero = oldZero;
  }

  /** Integers: u is the two's-complement value; negative only when signed. */
  fmtInteger(value: bigint, base: number, isSigned: boolean, verb: string, upper: boolean): void {
    const digits = upper ? UDIGITS : LDIGITS;
    const negative = isSigned && value < 0n;
    let u = negative ? -value : value;
    let prec = 0;
    if (this.precPresent) {
      prec = this.prec;
      // Precision 0 and value 0 means "print nothing" but padding.
      if (prec === 0 && u === 0n) {
        const oldZero = this.zero;
        this.zero = false;
        this.writePadding(this.wid);
        this.zero = oldZero;
        return;
      }
    } else if (this.zero && !this.minus && this.widPresent) {
      prec = this.wid;
      if (negative || this.plus || this.space) prec--; // leave room for the sign
    }
    let s = '';
    const b = BigInt(base);
    while (u >= b) {
      s = digits[Number(u % b)] + s;
      u /= b;
    }
    s = digits[Number(u)] + s;
    while (s.length < prec) s = `0${s}`;
    if (this.sharp) {
      if (base === 2) s = `0b${s}`;
      else if (base === 8 && s[0] !== '0') s = `0${s}`;
      else if (base === 16) s = `0${digits[16]}${s}`;
    }
    if (verb === 'O') s = `0o${s}`;
    if (negative) s = `-${s}`;
    else if (this.plus) s = `+${s}`;
    else if (this.space) s = ` ${s}`;
    const oldZero = this.zero;
    this.zero = false; // zero padding was handled like a precision above
    this.pad(s);
    this.zero = oldZero;
  }

  /** fmt0x64: hex with a 0x prefix when leading0x (pointers, %#v of unsigned). */
  fmt0x64(v: bigint, leading0x: boolean): void {
    const sharp = this.sharp;
    this.sharp = leading0x;
    this.fmtInteger(v, 16, false, 'v', false);
    this.sharp = sharp;
  }

  fmtC(c: bigint): void {
    const r = c > 0x10ffffn || (c >= 0xd800n && c <= 0xdfffn) ? 0xfffd : Number(c);
    this.pad(String.fromCodePoint(r));
  }

  fmtQc(c: bigint): void {
    const r = c > 0x10ffffn ? 0xfffd : Number(c);
    this.pad(quoteRune(r, this.plus));
  }

  private truncateString(s: string): string {
    if (!this.precPresent) return s;
    return [...s].slice(0, this.prec).join('');
  }

  fmtS(s: string): void {
    this.padString(this.truncateString(s));
  }

  fmtQ(s: string): void {
    s = this.truncateString(s);
    if (this.sharp && canBackquote(s)) {
      this.padString(`\`${s}\``);
      return;
    }
    this.pad(this.plus ? quoteToASCII(s) : quote(s));
  }

  /** %x / %X of a string: hex of its UTF-8 bytes. */
  fmtSx(s: string, upper: boolean): void {
    const digits = upper ? UDIGITS : LDIGITS;
    const bytes = Buffer.from(s, 'utf8');
    let length = bytes.length;
    if (this.precPresent && this.prec < length) length = this.prec;
    let width = 2 * length;
    if (width > 0) {
      if (this.space) {
        if (this.sharp) width *= 2;
        width += length - 1;
      } else if (this.sharp) {
        width += 2;
      }
    } else {
      if (this.widPresent) this.writePadding(this.wid);
      return;
    }
    if (this.widPresent && this.wid > width && !this.minus) this.writePadding(this.wid - width);
    let out = this.sharp ? `0${digits[16]}` : '';
    for (let i = 0; i < length; i++) {
      if (this.space && i > 0) {
        out += ' ';
        if (this.sharp) out += `0${digits[16]}`;
      }
      const c = bytes[i] as number;
      out += (digits[c >> 4] as string) + (digits[c & 0xf] as string);
    }
    this.buf += out;
    if (this.widPresent && this.wid > width && this.minus) this.writePadding(this.wid - width);
  }

  fmtFloat(v: number, verb: string, prec: number): void {
    if (this.precPresent) prec = this.prec;
    let num = verb === 'x' || verb === 'X' ? hexFloat(v, verb === 'X') : formatFloat(v, verb, prec);
    if (num[0] === '-' || num[0] === '+') {
      // keep the sign
    } else {
      num = `+${num}`;
    }
    if (this.space && num[0] === '+' && !this.plus) num = ` ${num.slice(1)}`;
    // Infinities and NaN don't look like numbers: never pad them with zeros.
    if (num[1] === 'I' || num[1] === 'N') {
      const oldZero = this.zero;
      this.zero = false;
      if (num[1] === 'N' && !this.space && !this.plus) num = num.slice(1);
      this.pad(num);
      this.zero = oldZero;
      return;
    }
    if (this.plus || num[0] !== '+') {
      // Zero padding goes between the sign and the digits.
      if (this.zero && !this.minus && this.widPresent && this.wid > num.length) {
        this.buf += num[0];
        this.writePadding(this.wid - num.length);
        this.buf += num.slice(1);
        return;
      }
      this.pad(num);
      return;
    }
    this.pad(num.slice(1));
  }
}

export function runeCount(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** %x of a float64, shortest form only (e.g. 0x1.8p+01). */
function hexFloat(v: number, upper: boolean): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? '+Inf' : '-Inf';
  const neg = v < 0 || Object.is(v, -0);
  let s: string;
  if (v === 0) {
    s = '0x0p+00';
  } else {
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, Math.abs(v));
    const bits = view.getBigUint64(0);
    let e = Number((bits >> 52n) & 0x7ffn);
    let m = bits & ((1n << 52n) - 1n);
    if (e === 0) {
      // subnormal: normalise
      e = 1;
      while ((m & (1n << 52n)) === 0n) {
        m <<= 1n;
        e--;
      }
      m &= (1n << 52n) - 1n;
    }
    const exp = e - 1023;
    const frac = m.toString(16).padStart(13, '0').replace(/0+$/, '');
    const es = Math.abs(exp) < 10 ? `0${Math.abs(exp)}` : String(Math.abs(exp));
    s = `0x1${frac ? `.${frac}` : ''}p${exp < 0 ? '-' : '+'}${es}`;
  }
  if (upper) s = s.toUpperCase();
  return (neg ? '-' : '') + s;
}

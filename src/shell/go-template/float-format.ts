// strconv.FormatFloat(v, fmt, prec, 64) for fmt in e E f F g G b.
// Shortest digits come from JS (both languages pick the shortest round-trip
// digits closest to the value); fixed precision rounds the exact binary value
// half-to-even, as Go does (so %.0f of 2.5 is "2", not JS's "3").

interface Digits {
  /** Significant decimal digits, no trailing zeros ("" for zero). */
  d: string;
  /** Decimal point position: value = 0.d × 10^dp. */
  dp: number;
}

function shortest(x: number): Digits {
  if (x === 0) return { d: '', dp: 0 };
  const [mant, exp] = x.toExponential().split('e') as [string, string];
  const d = mant.replace('.', '').replace(/0+$/, '');
  return { d, dp: Number(exp) + 1 };
}

/** The exact decimal expansion of a finite positive double. */
function exact(x: number): Digits {
  if (x === 0) return { d: '', dp: 0 };
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  let e = Number((bits >> 52n) & 0x7ffn);
  let m = bits & ((1n << 52n) - 1n);
  if (e === 0) e = 1;
  else m |= 1n << 52n;
  e -= 1075; // value = m × 2^e
  let digits: string;
  let dp: number;
  if (e >= 0) {
    digits = (m << BigInt(e)).toString();
    dp = digits.length;
  } else {
    digits = (m * 5n ** BigInt(-e)).toString(); // m × 2^e = m × 5^-e / 10^-e
    dp = digits.length + e;
  }
  return trim({ d: digits, dp });
}

function trim(x: Digits): Digits {
  return { d: x.d.replace(/0+$/, ''), dp: x.d.replace(/0+$/, '') === '' ? 0 : x.dp };
}

/** Round to nd significant digits, half to even on the exact value (Go's decimal.Round). */
function round(x: Digits, nd: number): Digits {
  if (nd < 0 || nd >= x.d.length) return x;
  const next = x.d.charCodeAt(nd) - 48;
  let up: boolean;
  if (next === 5 && nd + 1 === x.d.length) up = nd > 0 && (x.d.charCodeAt(nd - 1) - 48) % 2 === 1;
  else up = next >= 5;
  if (!up) return trim({ d: x.d.slice(0, nd), dp: x.d.slice(0, nd) === '' ? 0 : x.dp });
  let i = nd - 1;
  while (i >= 0 && x.d[i] === '9') i--;
  if (i < 0) return { d: '1', dp: x.dp + 1 };
  return trim({ d: x.d.slice(0, i) + String.fromCharCode(x.d.charCodeAt(i) + 1), dp: x.dp });
}

function fmtE(neg: boolean, d: Digits, prec: number, e: string): string {
  let s = neg ? '-' : '';
  s += d.d.length > 0 ? d.d[0] : '0';
  if (prec > 0) s += `.${d.d.slice(1, prec + 1).padEnd(prec, '0')}`;
  let exp = d.d.length === 0 ? 0 : d.dp - 1;
  const sign = exp < 0 ? '-' : '+';
  exp = Math.abs(exp);
  return `${s}${e}${sign}${exp < 10 ? `0${exp}` : String(exp)}`;
}

function fmtF(neg: boolean, d: Digits, prec: number): string {
  let s = neg ? '-' : '';
  if (d.dp > 0) s += d.d.slice(0, d.dp).padEnd(d.dp, '0');
  else s += '0';
  if (prec > 0) {
    s += '.';
    for (let i = 1; i <= prec; i++) {
      const j = d.dp + i - 1;
      s += j >= 0 && j < d.d.length ? d.d[j] : '0';
    }
  }
  return s;
}

function fmtB(v: number): string {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, v);
  const bits = view.getBigUint64(0);
  const neg = bits >> 63n === 1n;
  let e = Number((bits >> 52n) & 0x7ffn);
  let m = bits & ((1n << 52n) - 1n);
  if (e === 0) e = 1;
  else m |= 1n << 52n;
  const exp = e - 1023 - 52;
  return `${neg ? '-' : ''}${m}p${exp >= 0 ? '+' : '-'}${Math.abs(exp)}`;
}

/** strconv.FormatFloat(v, fmt, prec, 64); prec < 0 means shortest. */
export function formatFloat(v: number, fmt: string, prec: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? '+Inf' : '-Inf';
  if (fmt === 'b') return fmtB(v);
  const neg = v < 0 || Object.is(v, -0);
  const x = Math.abs(v);
  const lower = fmt.toLowerCase();
  const isShortest = prec < 0;
  let d: Digits;
  if (isShortest) {
    d = shortest(x);
    if (lower === 'e') prec = Math.max(d.d.length - 1, 0);
    else if (lower === 'f') prec = Math.max(d.d.length - d.dp, 0);
    else prec = d.d.length;
  } else if (lower === 'f') {
    const e = exact(x);
    d = round(e, e.dp + prec);
  } else {
    let digits = prec;
    if (lower === 'e') digits++;
    else {
      if (prec === 0) prec = 1;
      digits = prec;
    }
    d = round(exact(x), digits);
  }
  const upper = fmt === 'E' || fmt === 'G';
  switch (lower) {
    case 'e': return fmtE(neg, d, prec, upper ? 'E' : 'e');
    case 'f': return fmtF(neg, d, prec);
    case 'g': {
      let eprec = prec;
      if (eprec > d.d.length && d.d.length >= d.dp) eprec = d.d.length;
      if (isShortest) eprec = 6; // %e when the exponent is < -4 or >= the precision (6 for shortest)
      const exp = d.dp - 1;
      if (exp < -4 || exp >= eprec) {
        if (prec > d.d.length) prec = d.d.length;
        return fmtE(neg, d, prec - 1, upper ? 'E' : 'e');
      }
      if (prec > d.dp) prec = d.d.length;
      return fmtF(neg, d, Math.max(prec - d.dp, 0));
    }
  }
  return `%${fmt}`;
}

/** encoding/json's float64 encoding: 'f' unless tiny or huge, then 'e' with a short exponent. */
export function formatJSONFloat(v: number): string {
  const abs = Math.abs(v);
  let fmt = 'f';
  if (abs !== 0 && (abs < 1e-6 || abs >= 1e21)) fmt = 'e';
  let s = formatFloat(v, fmt, -1);
  if (fmt === 'e') s = s.replace(/e([+-])0(\d)$/, 'e$1$2'); // e-07 → e-7
  return s;
}

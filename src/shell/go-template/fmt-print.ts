// The value-printing half of Go's fmt (fmt/print.go): Sprint, Sprintln,
// Sprintf, and how %v shows maps, structs, slices, pointers and nils.
import { Fmt } from './fmt-format.js';
import { doPrintf } from './fmt-printf.js';
import {
  INVALID, Iface, elementsOf, fieldValue, kindOf, mapKey, numberOf, stringOf, toAny, typeOf,
} from './reflect.js';
import type { RV } from './reflect.js';
import {
  GoComplex, GoFloat, GoMethod, GoNamed, GoNil, GoNumber, GoPtr, getStructInfo, isMap, isSlice, isStruct,
} from './values.js';
import type { GoValue } from './values.js';

const NIL_ANGLE = '<nil>';

/** fmt's pp: one print operation's state. */
class Printer {
  readonly f = new Fmt();
  /** The current operand as an interface value (`undefined`: none, i.e. Go's p.arg == nil). */
  private arg: GoValue | undefined;
  private hasArg = false;
  private value: RV = INVALID;
  private erroring = false;
  reordered = false;
  goodArgNum = true;

  printArg(arg: GoValue, verb: string): void {
    this.arg = arg;
    this.hasArg = arg !== null;
    this.value = INVALID;
    if (arg === null) {
      if (verb === 'T' || verb === 'v') this.f.padString(NIL_ANGLE);
      else this.badVerb(verb);
      return;
    }
    if (verb === 'T') {
      this.f.fmtS(typeOf(arg));
      return;
    }
    if (verb === 'p') {
      this.fmtPointer(arg, 'p');
      return;
    }
    if (typeof arg === 'boolean') this.fmtBool(arg, verb);
    else if (typeof arg === 'number') this.fmtInteger(BigInt(Math.trunc(arg)), true, verb);
    else if (typeof arg === 'string') this.fmtString(arg, verb);
    else if (arg instanceof GoFloat) this.fmtFloat(arg.value, verb);
    else if (arg instanceof GoComplex) this.fmtComplex(arg, verb);
    else if (!this.handleMethods(verb)) this.printValue(arg, verb, 0);
  }

  /** Stringer (and json.Number's String method) for the string-friendly verbs. */
  private handleMethods(verb: string): boolean {
    if (this.erroring || this.f.sharpV || !this.hasArg) return false;
    if (!'vsxXq'.includes(verb)) return false;
    const s = stringerOf(this.arg as GoValue);
    if (s === undefined) return false;
    this.fmtString(s, verb);
    return true;
  }

  printValue(value: RV, verb: string, depth: number): void {
    if (depth > 0 && value !== INVALID) {
      const dyn = toAny(value);
      this.arg = dyn;
      this.hasArg = dyn !== null;
      if (this.handleMethods(verb)) return;
    }
    this.arg = undefined;
    this.hasArg = false;
    this.value = value;
    const f = this.f;
    switch (kindOf(value)) {
      case 'invalid':
        if (depth === 0) f.fmtS('<invalid reflect.Value>');
        else if (verb === 'v') f.fmtS(NIL_ANGLE);
        else this.badVerb(verb);
        return;
      case 'bool': this.fmtBool(Boolean(value instanceof GoNamed ? value.value : value), verb); return;
      case 'int': this.fmtInteger(BigInt(Math.trunc(numberOf(value as GoValue))), true, verb); return;
      case 'uint': this.fmtInteger(BigInt(Math.trunc(numberOf(value as GoValue))), false, verb); return;
      case 'float': this.fmtFloat(numberOf(value as GoValue), verb); return;
      case 'complex': this.fmtComplex(value as GoComplex, verb); return;
      case 'string': this.fmtString(stringOf(value as GoValue), verb); return;
      case 'map': {
        if (f.sharpV) {
          f.write(typeOf(value));
          if (value instanceof GoNil) {
            f.write('(nil)');
            return;
          }
          f.write('{');
        } else {
          f.write('map[');
        }
        if (isMap(value)) {
          const elem = elementsOf(value);
          sortedKeys(value).forEach((k, i) => {
            if (i > 0) f.write(f.sharpV ? ', ' : ' ');
            this.printValue(mapKey(value, k), verb, depth + 1);
            f.write(':');
            this.printValue(elem(value.get(k) as GoValue), verb, depth + 1);
          });
        }
        f.write(f.sharpV ? '}' : ']');
        return;
      }
      case 'struct': {
        const s = value as Record<string, GoValue | GoMethod>;
        if (f.sharpV) f.write(typeOf(value));
        f.write('{');
        let i = 0;
        for (const [name, raw] of Object.entries(s)) {
          if (raw instanceof GoMethod) continue;
          if (i++ > 0) f.write(f.sharpV ? ', ' : ' ');
          if (f.plusV || f.sharpV) f.write(`${name}:`);
          const fv = fieldValue(raw) as RV;
          // Go's getField: a non-nil interface field prints as its dynamic value.
          this.printValue(fv instanceof Iface && fv.inner !== null ? fv.inner : fv, verb, depth + 1);
        }
        f.write('}');
        return;
      }
      case 'interface': {
        const inner = value instanceof Iface ? value.inner : null;
        if (inner === null) {
          if (f.sharpV) f.write(`${typeOf(value)}(nil)`);
          else f.write(NIL_ANGLE);
        } else {
          this.printValue(inner, verb, depth + 1);
        }
        return;
      }
      case 'slice': {
        if (f.sharpV) {
          f.write(typeOf(value));
          if (value instanceof GoNil) {
            f.write('(nil)');
            return;
          }
          f.write('{');
        } else {
          f.write('[');
        }
        if (isSlice(value)) {
          const elem = elementsOf(value);
          value.forEach((item, i) => {
            if (i > 0) f.write(f.sharpV ? ', ' : ' ');
            this.printValue(elem(item), verb, depth + 1);
          });
        }
        f.write(f.sharpV ? '}' : ']');
        return;
      }
      case 'ptr':
        // A pointer to a struct shows as &{...} at top level, as an address when nested.
        if (depth === 0 && value instanceof GoPtr) {
          f.write('&');
          this.printValue(value.target, verb, depth + 1);
          return;
        }
        this.fmtPointer(value as GoValue, verb);
        return;
      case 'func':
        this.fmtPointer(value as GoValue, verb);
        return;
    }
  }

  private badVerb(verb: string): void {
    this.erroring = true;
    const f = this.f;
    f.write(`%!${verb}(`);
    if (this.hasArg && this.arg !== undefined) {
      f.write(`${typeOf(this.arg)}=`);
      this.printArg(this.arg, 'v');
    } else if (this.value !== INVALID) {
      f.write(`${typeOf(this.value)}=`);
      this.printValue(this.value, 'v', 0);
    } else {
      f.write(NIL_ANGLE);
    }
    f.write(')');
    this.erroring = false;
  }

  private fmtBool(v: boolean, verb: string): void {
    if (verb === 't' || verb === 'v') this.f.fmtBool(v);
    else this.badVerb(verb);
  }

  private fmtInteger(v: bigint, isSigned: boolean, verb: string): void {
    const f = this.f;
    switch (verb) {
      case 'v':
        if (f.sharpV && !isSigned) f.fmt0x64(v, true);
        else f.fmtInteger(v, 10, isSigned, verb, false);
        return;
      case 'd': f.fmtInteger(v, 10, isSigned, verb, false); return;
      case 'b': f.fmtInteger(v, 2, isSigned, verb, false); return;
      case 'o': case 'O': f.fmtInteger(v, 8, isSigned, verb, false); return;
      case 'x': f.fmtInteger(v, 16, isSigned, verb, false); return;
      case 'X': f.fmtInteger(v, 16, isSigned, verb, true); return;
      case 'c': f.fmtC(v); return;
      case 'q': f.fmtQc(v); return;
      case 'U': f.fmtUnicode(v); return;
      default: this.badVerb(verb);
    }
  }

  private fmtFloat(v: number, verb: string): void {
    switch (verb) {
      case 'v': this.f.fmtFloat(v, 'g', -1); return;
      case 'b': case 'g': case 'G': case 'x': case 'X': this.f.fmtFloat(v, verb, -1); return;
      case 'f': case 'e': case 'E': this.f.fmtFloat(v, verb, 6); return;
      case 'F': this.f.fmtFloat(v, 'f', 6); return;
      default: this.badVerb(verb);
    }
  }

  private fmtComplex(v: GoComplex, verb: string): void {
    if (!'vbgGxXfFeE'.includes(verb)) {
      this.badVerb(verb);
      return;
    }
    const oldPlus = this.f.plus;
    this.f.write('(');
    this.fmtFloat(v.re, verb);
    this.f.plus = true; // the imaginary part always has a sign
    this.fmtFloat(v.im, verb);
    this.f.write('i)');
    this.f.plus = oldPlus;
  }

  private fmtString(v: string, verb: string): void {
    switch (verb) {
      case 'v':
        if (this.f.sharpV) this.f.fmtQ(v);
        else this.f.fmtS(v);
        return;
      case 's': this.f.fmtS(v); return;
      case 'x': this.f.fmtSx(v, false); return;
      case 'X': this.f.fmtSx(v, true); return;
      case 'q': this.f.fmtQ(v); return;
      default: this.badVerb(verb);
    }
  }

  private fmtPointer(value: GoValue, verb: string): void {
    const k = kindOf(value);
    if (k !== 'ptr' && k !== 'func' && k !== 'map' && k !== 'slice') {
      this.badVerb(verb);
      return;
    }
    const u = BigInt(value instanceof GoPtr ? value.address : value instanceof GoNil ? 0 : 0xc000100000);
    switch (verb) {
      case 'v':
        if (u === 0n) this.f.padString(NIL_ANGLE);
        else this.f.fmt0x64(u, !this.f.sharp);
        return;
      case 'p': this.f.fmt0x64(u, !this.f.sharp); return;
      case 'b': case 'o': case 'd': case 'x': case 'X': this.fmtInteger(u, false, verb); return;
      default: this.badVerb(verb);
    }
  }

  // --- Sprint / Sprintln / Sprintf ---

  doPrint(args: readonly GoValue[]): void {
    let prevString = false;
    args.forEach((arg, i) => {
      const isString = arg !== null && kindOf(arg) === 'string';
      // Add a space between two non-string operands.
      if (i > 0 && !isString && !prevString) this.f.write(' ');
      this.printArg(arg, 'v');
      prevString = isString;
    });
  }

  doPrintln(args: readonly GoValue[]): void {
    args.forEach((arg, i) => {
      if (i > 0) this.f.write(' ');
      this.printArg(arg, 'v');
    });
    this.f.write('\n');
  }

}

/** The String() result for values that have one. */
function stringerOf(v: GoValue): string | undefined {
  if (v instanceof GoNumber) return v.text;
  if (v instanceof GoNamed) return v.stringer?.();
  if (v instanceof GoPtr) return getStructInfo(v.target).stringer?.();
  if (isStruct(v)) return getStructInfo(v).stringer?.();
  return undefined;
}

/** Map keys in Go's fmtsort order (strings compare bytewise, i.e. by code point). */
export function sortedKeys(m: ReadonlyMap<string, unknown>): string[] {
  return [...m.keys()].sort(compareUTF8);
}

export function compareUTF8(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = (x[i] as string).codePointAt(0) as number - ((y[i] as string).codePointAt(0) as number);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

export function sprint(...args: GoValue[]): string {
  const p = new Printer();
  p.doPrint(args);
  return p.f.buf;
}

export function sprintln(...args: GoValue[]): string {
  const p = new Printer();
  p.doPrintln(args);
  return p.f.buf;
}

export function sprintf(format: string, ...args: GoValue[]): string {
  const p = new Printer();
  doPrintf(p, format, args);
  return p.f.buf;
}

/** fmt.Sprint of one value, for printing an RV that may be an interface-held value. */
export function sprintValue(v: RV): string {
  return sprint(toAny(v));
}

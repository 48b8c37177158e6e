import type { Flavor } from '../tool-io.js';

// tr's SET arguments expanded to character lists: escapes, ranges, [:classes:], [=c=],
// and (GNU only) the [c*] / [c*N] repeats of SET2.

const CLASSES: Readonly<Record<string, string>> = (() => {
  const range = (a: number, b: number): string => String.fromCharCode(...Array.from({ length: b - a + 1 }, (_, i) => a + i));
  const upper = range(65, 90);
  const lower = range(97, 122);
  const digit = range(48, 57);
  const punct = [...range(33, 126)].filter((c) => !/[A-Za-z0-9]/.test(c)).join('');
  return {
    alpha: upper + lower, upper, lower, digit, alnum: digit + upper + lower, xdigit: `${digit}ABCDEFabcdef`,
    space: '\t\n\v\f\r ', blank: '\t ', punct, print: range(32, 126), graph: range(33, 126), cntrl: `${range(0, 31)}\x7f`,
  };
})();

const ESCAPES: Readonly<Record<string, string>> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };

export type SetParse =
  | { readonly ok: true; readonly chars: string[]; readonly repeat: { readonly at: number; readonly char: string } | undefined }
  | { readonly ok: false; readonly message: string };

/** One element: a character with its escape decoded, and how many source characters it took. */
function element(text: string, i: number): { char: string; length: number } {
  const ch = text[i] ?? '';
  if (ch !== '\\' || i + 1 >= text.length) return { char: ch, length: 1 };
  const next = text[i + 1] ?? '';
  const octal = /^[0-7]{1,3}/.exec(text.slice(i + 1))?.[0];
  if (octal !== undefined) return { char: String.fromCharCode(parseInt(octal, 8) & 0xff), length: 1 + octal.length };
  return { char: ESCAPES[next] ?? next, length: 2 };
}

export function expandSet(text: string, flavor: Flavor, isSet2: boolean): SetParse {
  const chars: string[] = [];
  let repeat: { at: number; char: string } | undefined;
  for (let i = 0; i < text.length; ) {
    if (text[i] === '[') {
      const cls = /^\[:([a-z]+):\]/.exec(text.slice(i));
      if (cls !== null && CLASSES[cls[1] ?? ''] !== undefined) {
        chars.push(...(CLASSES[cls[1] ?? ''] ?? ''));
        i += cls[0].length;
        continue;
      }
      const equiv = /^\[=(.)=\]/.exec(text.slice(i));
      if (equiv !== null) {
        chars.push(equiv[1] ?? '');
        i += equiv[0].length;
        continue;
      }
      const rep = flavor === 'gnu' && isSet2 ? /^\[(\\?.)\*([0-9]*)\]/.exec(text.slice(i)) : null;
      if (rep !== null) {
        const c = element(rep[1] ?? '', 0).char;
        const n = rep[2] === '' ? 0 : Number(rep[2]);
        if (n === 0) repeat = { at: chars.length, char: c };
        else chars.push(...Array<string>(n).fill(c));
        i += rep[0].length;
        continue;
      }
    }
    const first = element(text, i);
    if (text[i + first.length] === '-' && i + first.length + 1 < text.length) {
      const last = element(text, i + first.length + 1);
      const a = first.char.charCodeAt(0);
      const b = last.char.charCodeAt(0);
      if (b < a) {
        if (flavor === 'gnu') {
          return { ok: false, message: `tr: range-endpoints of '${first.char}-${last.char}' are in reverse collating sequence order` };
        }
      } else for (let c = a; c <= b; c++) chars.push(String.fromCharCode(c));
      i += first.length + 1 + last.length;
      continue;
    }
    chars.push(first.char);
    i += first.length;
  }
  return { ok: true, chars, repeat };
}

/** Every byte value not in `set`, in order: tr -c. */
export function complementOf(set: readonly string[]): string[] {
  const has = new Set(set);
  return Array.from({ length: 256 }, (_, i) => String.fromCharCode(i)).filter((c) => !has.has(c));
}

import { graphemes } from '../text/wrap.js';

/**
 * The line being typed, and readline's editing commands on it as pure functions. The cursor is
 * an offset in UTF-16 units that always sits between two user-perceived characters, so a Hangul
 * syllable or an emoji is moved over and deleted as one.
 */
export interface Line {
  readonly text: string;
  readonly cursor: number;
}

export const EMPTY_LINE: Line = { text: '', cursor: 0 };

export const lineOf = (text: string): Line => ({ text, cursor: text.length });

/** The offsets between characters, 0 … text.length. */
function stops(text: string): number[] {
  const out = [0];
  let at = 0;
  for (const g of graphemes(text)) {
    at += g.length;
    out.push(at);
  }
  return out;
}

const before = (l: Line): number => {
  const s = stops(l.text);
  for (let i = s.length - 1; i >= 0; i--) if ((s[i] as number) < l.cursor) return s[i] as number;
  return 0;
};

const after = (l: Line): number => {
  for (const s of stops(l.text)) if (s > l.cursor) return s;
  return l.text.length;
};

/** How many characters come before the cursor (where it is on screen, in graphemes). */
export function cursorIndex(l: Line): number {
  return graphemes(l.text.slice(0, l.cursor)).length;
}

export function insert(l: Line, s: string): Line {
  return { text: l.text.slice(0, l.cursor) + s + l.text.slice(l.cursor), cursor: l.cursor + s.length };
}

export function backspace(l: Line): Line {
  if (l.cursor === 0) return l;
  const b = before(l);
  return { text: l.text.slice(0, b) + l.text.slice(l.cursor), cursor: b };
}

export function deleteForward(l: Line): Line {
  if (l.cursor >= l.text.length) return l;
  return { text: l.text.slice(0, l.cursor) + l.text.slice(after(l)), cursor: l.cursor };
}

export const left = (l: Line): Line => ({ ...l, cursor: before(l) });
export const right = (l: Line): Line => ({ ...l, cursor: after(l) });
export const home = (l: Line): Line => ({ ...l, cursor: 0 });
export const end = (l: Line): Line => ({ ...l, cursor: l.text.length });

const isWordChar = (c: string) => /[\p{L}\p{N}_]/u.test(c);

/** Alt+B: to the start of this or the previous word (letters and digits, as readline). */
export function wordLeft(l: Line): Line {
  let i = l.cursor;
  while (i > 0 && !isWordChar(l.text[i - 1] as string)) i--;
  while (i > 0 && isWordChar(l.text[i - 1] as string)) i--;
  return { ...l, cursor: i };
}

/** Alt+F: to the end of this or the next word. */
export function wordRight(l: Line): Line {
  let i = l.cursor;
  while (i < l.text.length && !isWordChar(l.text[i] as string)) i++;
  while (i < l.text.length && isWordChar(l.text[i] as string)) i++;
  return { ...l, cursor: i };
}

/** A change that removed text, which Ctrl+Y can put back. */
export interface Kill {
  readonly line: Line;
  readonly killed: string;
}

/** Ctrl+U: delete from the start of the line to the cursor. */
export function killToStart(l: Line): Kill {
  return { line: { text: l.text.slice(l.cursor), cursor: 0 }, killed: l.text.slice(0, l.cursor) };
}

/** Ctrl+K: delete from the cursor to the end of the line. */
export function killToEnd(l: Line): Kill {
  return { line: { text: l.text.slice(0, l.cursor), cursor: l.cursor }, killed: l.text.slice(l.cursor) };
}

/** Ctrl+W: delete the whitespace-separated word before the cursor (unix-word-rubout). */
export function killWordBack(l: Line): Kill {
  let i = l.cursor;
  while (i > 0 && /\s/.test(l.text[i - 1] as string)) i--;
  while (i > 0 && !/\s/.test(l.text[i - 1] as string)) i--;
  return { line: { text: l.text.slice(0, i) + l.text.slice(l.cursor), cursor: i }, killed: l.text.slice(i, l.cursor) };
}

/** Alt+D: delete to the end of the word after the cursor. */
export function killWordForward(l: Line): Kill {
  const to = wordRight(l).cursor;
  return { line: { text: l.text.slice(0, l.cursor) + l.text.slice(to), cursor: l.cursor }, killed: l.text.slice(l.cursor, to) };
}

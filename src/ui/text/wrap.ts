import stringWidth from 'string-width';
import type { Paint } from './style.js';

/**
 * Text layout by display width (string-width: Korean syllables and other wide characters take
 * two columns, escape sequences none), so nothing overlaps at any width.
 */
export function displayWidth(s: string): number {
  // Printable ASCII (most of what is typed and printed) is one column a character, and colour
  // sequences none: the common case needs no Unicode tables.
  const bare = s.includes('\u001b') ? s.replace(/\u001b\[[0-9;]*m/g, '') : s;
  if (/^[\x20-\x7e]*$/.test(bare)) return bare.length;
  return stringWidth(bare);
}

const graphemeWidths = new Map<string, number>();

/** The width of one grapheme, remembered: layout asks it for every character on screen. */
function graphemeWidth(g: string): number {
  if (g.length === 1 && g >= ' ' && g <= '~') return 1;
  let w = graphemeWidths.get(g);
  if (w === undefined) {
    w = stringWidth(g);
    if (graphemeWidths.size < 10_000) graphemeWidths.set(g, w);
  }
  return w;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The user-perceived characters of a string (a Hangul syllable, an emoji with its modifiers). */
export function graphemes(s: string): string[] {
  if (/^[\x20-\x7e]*$/.test(s)) return s.split('');
  return Array.from(segmenter.segment(s), (x) => x.segment);
}

const LEAD = /^((?:\u001b\[[0-9;]*m)*)( *)((?:[*-]|\d+\.) )?/;

/**
 * Wraps one line at `width` columns, at spaces where it can, with a hanging indent: the
 * continuation lines of an indented line or a list item start under its text, as a
 * typesetter would (`  * first words…` / `    more words`).
 */
export function wrapLine(line: string, width: number): string {
  if (displayWidth(line) <= width) return line;
  const m = LEAD.exec(line) as RegExpExecArray;
  const [all, codes = '', spaces = '', marker = ''] = m;
  const hang = spaces.length + marker.length;
  const inner = Math.max(10, width - hang);
  const body = codes + line.slice(all.length);
  const rows = wrapWords(body, inner);
  return rows.map((r, i) => (i === 0 ? spaces + marker + r : ' '.repeat(hang) + r)).join('\n');
}

// Which opening codes a closing code ends.
const CLOSES: Readonly<Record<string, (code: number) => boolean>> = {
  '0': () => true,
  '22': (c) => c === 1 || c === 2,
  '23': (c) => c === 3,
  '24': (c) => c === 4,
  '27': (c) => c === 7,
  '39': (c) => (c >= 30 && c <= 37) || (c >= 90 && c <= 97),
  '49': (c) => (c >= 40 && c <= 47) || (c >= 100 && c <= 107),
};

/**
 * Word wrap by display width, colour codes zero-width: breaks at spaces (dropping them at the
 * break), cuts a word longer than a line, and closes the styles open at a break and opens them
 * again on the next row, so every row stands alone. A word is everything between spaces,
 * colour codes included (`\u001b[33m>\u001b[39m가` is one word).
 */
function wrapWords(line: string, width: number): string[] {
  const rows: string[] = [];
  let open: number[] = [];
  let row = '';
  let col = 0;
  const apply = (codes: string) => {
    for (const m of codes.matchAll(/\u001b\[([0-9;]*)m/g)) {
      for (const c of (m[1] || '0').split(';')) {
        const closes = CLOSES[c];
        if (closes) open = open.filter((o) => !closes(o));
        else open.push(Number(c));
      }
    }
  };
  const breakRow = () => {
    rows.push(row + (open.length ? '\u001b[0m' : ''));
    row = open.map((c) => `\u001b[${c}m`).join('');
    col = 0;
  };
  for (const m of line.matchAll(/( *)([^ ]+)/g)) {
    const space = m[1] as string;
    const word = m[2] as string;
    const w = displayWidth(word);
    if (col > 0 && col + space.length + w > width) breakRow();
    else if (col > 0) {
      row += space;
      col += space.length;
    }
    if (w <= width - col) {
      row += word;
      col += w;
      apply(word);
      continue;
    }
    // Longer than a row: cut it, character by character (its colour codes kept whole).
    for (const part of word.split(/(\u001b\[[0-9;]*m)/)) {
      if (part.startsWith('\u001b')) {
        row += part;
        apply(part);
        continue;
      }
      for (const g of graphemes(part)) {
        const gw = graphemeWidth(g);
        if (col + gw > width && col > 0) breakRow();
        row += g;
        col += gw;
      }
    }
  }
  rows.push(row);
  return rows;
}

/** Wraps every line of a text (see wrapLine). */
export function wrapText(text: string, width: number): string {
  return text
    .split('\n')
    .map((l) => wrapLine(l, width))
    .join('\n');
}

/** Cuts a plain string to `width` columns, ending with `…` when it had to cut. */
export function truncate(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  let out = '';
  let w = 0;
  for (const g of graphemes(s)) {
    const gw = graphemeWidth(g);
    if (w + gw > width - 1) break;
    out += g;
    w += gw;
  }
  return `${out}…`;
}

/** Tabs to spaces at 8-column stops, as a terminal shows them. */
export function expandTabs(line: string): string {
  if (!line.includes('\t')) return line;
  let out = '';
  let col = 0;
  for (const g of graphemes(line)) {
    if (g === '\t') {
      const n = 8 - (col % 8);
      out += ' '.repeat(n);
      col += n;
    } else {
      out += g;
      col += graphemeWidth(g);
    }
  }
  return out;
}

// CSI sequences, OSC strings, and single-character escapes.
const ESCAPES = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g;
// C0 controls but tab and newline, DEL, C1 controls.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * A program's output as a terminal would leave it on screen, as plain text: escape sequences
 * dropped (the programs run without a terminal and print none anyway), `\r` (progress lines)
 * keeping what was written last, tabs expanded.
 */
export function sanitizeOutput(text: string): string {
  return text
    .replace(ESCAPES, '')
    .split('\n')
    .map((line) => {
      const parts = line.split('\r').filter((p) => p !== '');
      return expandTabs((parts[parts.length - 1] ?? '').replace(CONTROLS, ''));
    })
    .join('\n');
}

/** A run of text and how to paint it. */
export interface Segment {
  readonly text: string;
  readonly paint?: Paint;
}

/** Where a character lands on screen: its row and column (0-based). */
export interface Position {
  readonly row: number;
  readonly col: number;
}

/**
 * Lays segments out in rows of `width` columns as a terminal does (a wide character that does
 * not fit moves to the next row), painting each run. `mark` is an offset in graphemes into the
 * whole text; its position is returned, e.g. where the cursor goes. A mark just past a full
 * row is at the start of the next row, where a terminal puts its cursor.
 */
export function layoutRows(segments: readonly Segment[], width: number, mark = -1): { rows: string[]; mark: Position } {
  const rows: { text: string; paint: Paint | undefined }[][] = [[]];
  let col = 0;
  let index = 0;
  let at: Position = { row: 0, col: 0 };
  for (const seg of segments) {
    for (const g of graphemes(seg.text)) {
      const gw = graphemeWidth(g);
      if (col + gw > width) {
        rows.push([]);
        col = 0;
      }
      if (index === mark) at = { row: rows.length - 1, col };
      const row = rows[rows.length - 1] as { text: string; paint: Paint | undefined }[];
      const last = row[row.length - 1];
      if (last && last.paint === seg.paint) last.text += g;
      else row.push({ text: g, paint: seg.paint });
      col += gw;
      index++;
    }
  }
  if (mark >= index) {
    if (col >= width) {
      rows.push([]);
      col = 0;
    }
    at = { row: rows.length - 1, col };
  }
  return { rows: rows.map((r) => r.map((p) => (p.paint ? p.paint(p.text) : p.text)).join('')), mark: at };
}

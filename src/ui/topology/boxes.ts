import { displayWidth, wrapLine } from '../text/wrap.js';
import type { Paint } from '../text/style.js';

/**
 * Boxes in rows: the picture's one layout primitive. Each box may hang from a bus line (a
 * bridge, a macvlan parent, an overlay) by a connector with a label (the veth's host end);
 * boxes fill a row as far as the width allows and wrap into more rows, each under its own
 * stretch of the bus, so the picture stays readable at 60 columns.
 */
export interface Box {
  /** Lines of the connector's label, beside the bar that joins the box to the bus. */
  readonly connector?: readonly string[];
  readonly lines: readonly string[];
  /** Paint for the frame (a changed box is drawn in another colour). */
  readonly frame?: Paint;
}

export interface Bus {
  /** The bus's characters: horizontal run and the tee a connector hangs from. */
  readonly run: string;
  readonly tee: string;
  readonly paint: Paint;
}

export const GAP = 2;
const BAR_COL = 3; // where a connector's bar meets the box's top edge

const pad = (s: string, width: number): string => s + ' '.repeat(Math.max(0, width - displayWidth(s)));

/** Wraps a line to `width` columns (by display width, escape sequences kept). */
const fit = (line: string, width: number): string[] => wrapLine(line, width).split('\n');

/** One box as lines of exactly `w` columns: connector (if any), then the framed content. */
function draw(box: Box, w: number, withConnectors: boolean): string[] {
  const frame = box.frame ?? ((s: string) => s);
  const inner = w - 4;
  const out: string[] = [];
  if (withConnectors) {
    if (box.connector) {
      for (const l of box.connector.flatMap((c) => fit(c, w - BAR_COL - 2))) out.push(pad(`${' '.repeat(BAR_COL)}${frame('│')} ${l}`, w));
    } else out.push(' '.repeat(w));
  }
  const hang = withConnectors && box.connector;
  out.push(frame(hang ? `┌${'─'.repeat(BAR_COL - 1)}┴${'─'.repeat(w - BAR_COL - 2)}┐` : `┌${'─'.repeat(w - 2)}┐`));
  for (const l of box.lines.flatMap((c) => fit(c, inner))) out.push(`${frame('│')} ${pad(l, inner)} ${frame('│')}`);
  out.push(frame(`└${'─'.repeat(w - 2)}┘`));
  return out;
}

/** The box width for a set of boxes: wide enough for the widest line, at most the whole width. */
export function boxWidth(boxes: readonly Box[], width: number): number {
  let widest = 16;
  for (const b of boxes) {
    for (const l of b.lines) widest = Math.max(widest, displayWidth(l));
    for (const l of b.connector ?? []) widest = Math.max(widest, displayWidth(l) + BAR_COL - 2);
  }
  return Math.max(20, Math.min(width, widest + 4));
}

/**
 * Lays boxes out in rows within `width` columns. With a bus, each row starts with the bus
 * line, a tee above each box that has a connector. `boxW` imposes the boxes' width (a lab's
 * machine boxes, whose lines are drawn to fit it).
 */
export function layoutBoxes(boxes: readonly Box[], width: number, bus?: Bus, boxW?: number): string[] {
  if (boxes.length === 0) return [];
  // Two narrower boxes a row (their long lines wrapped) read better than a column of wide ones.
  const half = Math.floor((width - GAP) / 2);
  const natural = boxWidth(boxes, width);
  const w = boxW ?? (boxes.length > 1 && natural > half && half >= 26 ? half : natural);
  const perRow = Math.max(1, Math.floor((width + GAP) / (w + GAP)));
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i += perRow) {
    const row = boxes.slice(i, i + perRow);
    const withConnectors = bus !== undefined && row.some((b) => b.connector);
    if (bus && withConnectors) {
      let line = '';
      row.forEach((b, k) => {
        const seg = b.connector ? bus.run.repeat(BAR_COL) + bus.tee + bus.run.repeat(w - BAR_COL - 1) : bus.run.repeat(w);
        line += seg + (k < row.length - 1 ? bus.run.repeat(GAP) : '');
      });
      const rest = width - displayWidth(line);
      out.push(bus.paint(line + bus.run.repeat(Math.max(0, rest))));
    }
    const cols = row.map((b) => draw(b, w, withConnectors));
    const height = Math.max(...cols.map((c) => c.length));
    for (let y = 0; y < height; y++) {
      out.push(cols.map((c) => c[y] ?? ' '.repeat(w)).join(' '.repeat(GAP)).replace(/ +$/, ''));
    }
  }
  return out;
}

/** A section's heading: its words, then a rule to the full width (wrapped when the words are longer). */
export function heading(text: string, width: number, paint: Paint, rule = '─'): string[] {
  const lines = fit(text, width);
  const last = lines[lines.length - 1] ?? '';
  const room = width - displayWidth(last) - 1;
  if (rule !== ' ' && room >= 3) lines[lines.length - 1] = `${last} ${rule.repeat(room)}`;
  return lines.map((l) => paint(l));
}

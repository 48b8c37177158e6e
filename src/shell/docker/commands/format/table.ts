import { displayWidth } from '../../../go-template/index.js';

/**
 * Go's tabwriter as the CLI sets it for tables (minwidth 10, tabwidth 1, padding 3, spaces),
 * for the common case of rows that all have the same cells: every column but the last is as
 * wide as its widest cell plus 3, at least 10. The same bytes as tabwrite() for such input,
 * in a single pass (`docker ps` over a thousand containers stays fast).
 */
export function uniformTable(rows: readonly (readonly string[])[]): string {
  const width = (s: string) => (/^[\x20-\x7e]*$/.test(s) ? s.length : displayWidth(s));
  const columns = Math.max(0, ...rows.map((r) => r.length));
  const widths: number[] = [];
  for (let c = 0; c < columns - 1; c++) {
    let w = 0;
    for (const r of rows) w = Math.max(w, width(r[c] ?? ''));
    widths.push(Math.max(10, w + 3));
  }
  let out = '';
  for (const r of rows) {
    let line = '';
    for (let c = 0; c < r.length; c++) {
      const cell = r[c] as string;
      line += c < r.length - 1 ? cell + ' '.repeat(Math.max(0, (widths[c] ?? 0) - width(cell))) : cell;
    }
    out += `${line}\n`;
  }
  return out;
}

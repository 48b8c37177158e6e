// The docker CLI prints tables through Go's text/tabwriter with minwidth 10, padding 3 and
// spaces: every column but the last is as wide as its widest cell plus 3, at least 10.
const MIN_WIDTH = 10;
const PADDING = 3;

// A header: upper-case words (one space inside a title, "CONTAINER ID"), columns 3+ spaces apart.
const HEADER = /^[A-Z][A-Z0-9]*(?: [A-Z0-9]+)*(?: {3,}[A-Z][A-Z0-9]*(?: [A-Z0-9]+)*)+ *$/;

export interface Table {
  readonly rows: string[][];
  /** Index of the first line after the table. */
  readonly end: number;
}

export function renderTable(rows: readonly (readonly string[])[]): string[] {
  const columns = Math.max(0, ...rows.map((r) => r.length));
  const widths: number[] = [];
  for (let c = 0; c < columns - 1; c++) {
    widths.push(Math.max(MIN_WIDTH, ...rows.map((r) => (r[c] ?? '').length + PADDING)));
  }
  return rows.map((r) => r.map((cell, c) => (c < r.length - 1 ? cell.padEnd(widths[c] ?? 0) : cell)).join(''));
}

/**
 * The table starting at `lines[start]`, if that line is a header and the lines below it (up to a
 * blank line or the next header) are aligned exactly as the docker CLI aligns them.
 */
export function alignedTable(lines: readonly string[], start: number): Table | undefined {
  const header = lines[start];
  if (header === undefined || !HEADER.test(header)) return undefined;
  const starts = [0];
  for (const m of header.matchAll(/ {3,}(?=\S)/g)) starts.push((m.index ?? 0) + m[0].length);
  let end = start + 1;
  while (end < lines.length && (lines[end] ?? '') !== '' && !HEADER.test(lines[end] ?? '')) end += 1;
  const original = lines.slice(start, end);
  const rows = original.map((line) =>
    starts.map((s, c) => {
      const next = starts[c + 1];
      return next === undefined ? line.slice(s) : line.slice(s, next).trimEnd();
    }),
  );
  const rendered = renderTable(rows);
  return rendered.every((l, i) => l === original[i]) ? { rows, end } : undefined;
}

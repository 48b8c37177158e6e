// Go's text/tabwriter, in the variant docker/cli vendors
// (cli/command/formatter/tabwriter: cell widths by go-runewidth). Docker uses
//   NewWriter(out, 10, 1, 3, ' ', 0)  for `--format "table ..."` and default tables,
//   NewWriter(out, 20, 1, 3, ' ', 0)  for `docker top`, `docker context create/update`,
//   NewWriter(out, 20, 1, 1, ' ', 0)  for `docker version`.
// Escape sequences (0xff) and HTML filtering are not supported.

export const ALIGN_RIGHT = 4;
export const DISCARD_EMPTY_COLUMNS = 8;
export const TAB_INDENT = 16;
export const DEBUG = 32;

export interface TabwriterOptions {
  readonly minwidth: number;
  readonly tabwidth: number;
  readonly padding: number;
  readonly padchar: string;
  readonly flags: number;
}

/** docker's `--format "table ..."` writer: NewWriter(out, 10, 1, 3, ' ', 0). */
export const DOCKER_TABLE: TabwriterOptions = { minwidth: 10, tabwidth: 1, padding: 3, padchar: ' ', flags: 0 };
/** docker top, docker context create/update: NewWriter(out, 20, 1, 3, ' ', 0). */
export const DOCKER_WIDE_TABLE: TabwriterOptions = { minwidth: 20, tabwidth: 1, padding: 3, padchar: ' ', flags: 0 };
/** docker version: NewWriter(out, 20, 1, 1, ' ', 0). */
export const DOCKER_VERSION_TABLE: TabwriterOptions = { minwidth: 20, tabwidth: 1, padding: 1, padchar: ' ', flags: 0 };

interface Cell {
  size: number;
  width: number;
  htab: boolean;
}

const WIDE = [
  [0x1100, 0x115f], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf],
  [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe30, 0xfe4f], [0xff00, 0xff60], [0xffe0, 0xffe6], [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff], [0x20000, 0x3fffd],
] as const;

/** Display width as go-runewidth measures it (East Asian wide = 2, combining = 0). */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const r = ch.codePointAt(0) as number;
    if (r < 0x20 || (r >= 0x7f && r < 0xa0) || /\p{M}/u.test(ch) || (r >= 0x200b && r <= 0x200f) || r === 0xfeff) continue;
    w += WIDE.some(([lo, hi]) => r >= lo && r <= hi) ? 2 : 1;
  }
  return w;
}

class Writer {
  out = '';
  private buf = '';
  private pos = 0;
  private cell: Cell = { size: 0, width: 0, htab: false };
  private lines: Cell[][] = [[]];
  private widths: number[] = [];

  constructor(private readonly o: TabwriterOptions) {}

  write(text: string): void {
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (ch !== '\t' && ch !== '\v' && ch !== '\n' && ch !== '\f') continue;
      this.append(text.slice(n, i));
      this.updateWidth();
      n = i + 1;
      const ncells = this.terminateCell(ch === '\t');
      if (ch === '\n' || ch === '\f') {
        this.lines.push([]);
        // A one-cell line cannot affect later columns: flush what we have.
        if (ch === '\f' || ncells === 1) {
          this.flush();
          if (ch === '\f' && this.o.flags & DEBUG) this.out += '---\n';
        }
      }
    }
    this.append(text.slice(n));
  }

  flush(): void {
    if (this.cell.size > 0) this.terminateCell(false);
    this.format(0, 0, this.lines.length);
    this.buf = '';
    this.pos = 0;
    this.cell = { size: 0, width: 0, htab: false };
    this.lines = [[]];
    this.widths = [];
  }

  private append(s: string): void {
    this.buf += s;
    this.cell.size += s.length;
  }

  private updateWidth(): void {
    this.cell.width += displayWidth(this.buf.slice(this.pos));
    this.pos = this.buf.length;
  }

  private terminateCell(htab: boolean): number {
    this.cell.htab = htab;
    const line = this.lines[this.lines.length - 1] as Cell[];
    line.push(this.cell);
    this.cell = { size: 0, width: 0, htab: false };
    return line.length;
  }

  private writePadding(textw: number, cellw: number, useTabs: boolean): void {
    if (this.o.padchar === '\t' || useTabs) {
      if (this.o.tabwidth === 0) return;
      const w = Math.ceil(cellw / this.o.tabwidth) * this.o.tabwidth;
      this.out += '\t'.repeat(Math.ceil((w - textw) / this.o.tabwidth));
      return;
    }
    this.out += this.o.padchar.repeat(Math.max(cellw - textw, 0));
  }

  private writeLines(pos0: number, line0: number, line1: number): number {
    let pos = pos0;
    for (let i = line0; i < line1; i++) {
      const line = this.lines[i] as Cell[];
      let useTabs = (this.o.flags & TAB_INDENT) !== 0;
      line.forEach((c, j) => {
        if (j > 0 && this.o.flags & DEBUG) this.out += '|';
        if (c.size === 0) {
          if (j < this.widths.length) this.writePadding(c.width, this.widths[j] as number, useTabs);
          return;
        }
        useTabs = false;
        const text = this.buf.slice(pos, pos + c.size);
        pos += c.size;
        if ((this.o.flags & ALIGN_RIGHT) === 0) {
          this.out += text;
          if (j < this.widths.length) this.writePadding(c.width, this.widths[j] as number, false);
        } else {
          if (j < this.widths.length) this.writePadding(c.width, this.widths[j] as number, false);
          this.out += text;
        }
      });
      if (i + 1 === this.lines.length) {
        // The last buffered line has no newline yet: write the pending text.
        this.out += this.buf.slice(pos, pos + this.cell.size);
        pos += this.cell.size;
      } else {
        this.out += '\n';
      }
    }
    return pos;
  }

  /** Elastic tabstops: size each column block, recursing into the columns to its right. */
  private format(pos0: number, line0: number, line1: number): number {
    let pos = pos0;
    const column = this.widths.length;
    for (let t = line0; t < line1; t++) {
      if (column >= (this.lines[t] as Cell[]).length - 1) continue;
      pos = this.writeLines(pos, line0, t);
      line0 = t;
      let width = this.o.minwidth;
      let discardable = true;
      for (; t < line1; t++) {
        const line = this.lines[t] as Cell[];
        if (column >= line.length - 1) break;
        const c = line[column] as Cell;
        width = Math.max(width, c.width + this.o.padding);
        if (c.width > 0 || c.htab) discardable = false;
      }
      if (discardable && this.o.flags & DISCARD_EMPTY_COLUMNS) width = 0;
      this.widths.push(width);
      pos = this.format(pos, line0, t);
      this.widths.pop();
      line0 = t;
    }
    return this.writeLines(pos, line0, line1);
  }
}

/**
 * Align tab-separated text like Go's tabwriter (Write everything, then Flush).
 * `rows` are joined with tabs, each row ending in a newline. Defaults: DOCKER_TABLE.
 */
export function tabwrite(input: string | readonly (readonly string[])[], options: Partial<TabwriterOptions> = {}): string {
  const o = { ...DOCKER_TABLE, ...options };
  if (o.minwidth < 0 || o.tabwidth < 0 || o.padding < 0) throw new Error('negative minwidth, tabwidth, or padding');
  const flags = o.padchar === '\t' ? o.flags & ~ALIGN_RIGHT : o.flags; // tab padding forces left alignment
  const w = new Writer({ ...o, flags });
  w.write(typeof input === 'string' ? input : input.map((r) => `${r.join('\t')}\n`).join(''));
  w.flush();
  return w.out;
}

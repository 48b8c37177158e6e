/** One cell of a ps line: its text (already cut if it must be), the column's width and alignment. */
export interface Cell {
  readonly text: string;
  readonly width: number;
  readonly align: 'L' | 'R';
}

/**
 * Lays out one line as procps's show_one_proc does: each column should start one space after
 * the previous one's width ("correct"), but text wider than its column pushes the rest of the
 * line right ("actual"), and a right-aligned column after it gives back its padding first.
 * The last column gets no trailing padding.
 */
export function layoutLine(cells: readonly Cell[]): string {
  let correct = 0;
  let actual = 0;
  let dospace = 0;
  let out = '';
  for (const c of cells) {
    const leftpad = c.align === 'R' ? Math.max(0, c.width - c.text.length) : 0;
    let space = correct - actual + leftpad;
    if (space < 1) space = dospace;
    out += ' '.repeat(space) + c.text;
    actual += space + c.text.length;
    correct += c.width + 1;
    dospace = 1;
  }
  return out;
}

import { Marked, type Tokens } from 'marked';
import { markedTerminal } from 'marked-terminal';
import type { Style } from './style.js';
import { displayWidth, wrapText } from './wrap.js';

/**
 * Lesson prose (Markdown) for the terminal, rendered with marked-terminal and then wrapped by
 * display width (marked-terminal's own reflow counts UTF-16 units, which breaks Korean).
 * Soft line breaks of the source become spaces, so text reflows at any width; code blocks keep
 * their lines. Without colour, inline code keeps its backticks so it stays recognisable.
 */

// Marks the lines of code blocks so the wrapping pass leaves them as they are.
const CODE_LINE = '\uE000';

function makeRenderer(style: Style): Marked {
  const m = new Marked();
  const paint = style.color;
  m.use(
    markedTerminal({
      code: style.yellow,
      blockquote: (s: string) => style.gray(style.italic(s)),
      html: style.gray,
      heading: style.bold,
      firstHeading: (s: string) => style.bold(style.underline(s)),
      hr: (s: string) => s,
      listitem: (s: string) => s,
      table: (s: string) => s,
      paragraph: (s: string) => s,
      strong: style.bold,
      em: style.italic,
      codespan: paint ? style.yellow : (s: string) => `\`${s}\``,
      del: (s: string) => s,
      link: (s: string) => s,
      href: style.underline,
      // Soft line breaks inside a paragraph are spaces; the wrapping pass breaks lines again.
      text: (s: string) => s.replace(/\n/g, ' '),
      emoji: false,
      unescape: true,
      width: 80,
      showSectionPrefix: false,
      reflowText: false,
      tab: 2,
    }),
  );
  m.use({
    renderer: {
      // marked-terminal keeps only the raw text of a tight list item's text token: render its
      // inline tokens so `code` and **bold** in list items are styled too.
      text(token: Tokens.Text | Tokens.Escape) {
        if ('tokens' in token && token.tokens) return this.parser.parseInline(token.tokens);
        return false;
      },
      // No syntax highlighting by guessing (cli-highlight would guess a language for every
      // unlabelled block); a code block is one colour, indented, its lines kept.
      code(token: Tokens.Code) {
        const lines = token.text.replace(/\n+$/, '').split('\n');
        return `${lines.map((l) => `${CODE_LINE}    ${style.yellow(l)}`).join('\n')}\n\n`;
      },
      // Links as text and address, the same in every terminal (no OSC 8 guessing).
      link(token: Tokens.Link) {
        const text = this.parser.parseInline(token.tokens);
        return text === token.href ? style.underline(token.href) : `${text} (${style.underline(token.href)})`;
      },
      hr() {
        return `${CODE_LINE}${'─'.repeat(20)}\n\n`;
      },
      table(token: Tokens.Table) {
        const cell = (c: Tokens.TableCell) => undoMarkers(this.parser.parseInline(c.tokens));
        const head = token.header.map(cell);
        const rows = token.rows.map((r) => r.map(cell));
        return renderTable(head, rows, style);
      },
    },
  });
  return m;
}

/** What marked-terminal's own transforms undo after a block: its colon marker, HTML entities. */
function undoMarkers(s: string): string {
  return s
    .replaceAll('*#COLON|*', ':')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}

// The width of the render in progress: tables are laid out for it (see renderTable).
let tableWidth = 80;

/**
 * A table in box-drawing lines when it fits the width (columns sized by display width, so
 * Korean cells line up), else each row as a small block — the first cell, then `header: cell`
 * lines — which reads at any width. Drawn here rather than by marked-terminal's cli-table3,
 * which colours its borders whatever NO_COLOR says and knows nothing of the width.
 */
function renderTable(head: readonly string[], rows: readonly (readonly string[])[], style: Style): string {
  const cols = head.length;
  const widths = head.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const total = widths.reduce((a, b) => a + b, 0) + 3 * cols + 1;
  const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - displayWidth(s)));
  if (total <= tableWidth) {
    const line = (l: string, m: string, r: string) => `${CODE_LINE}${l}${widths.map((w) => '─'.repeat(w + 2)).join(m)}${r}`;
    const row = (cells: readonly string[], paint: (s: string) => string) => `${CODE_LINE}│${widths.map((w, i) => ` ${paint(pad(cells[i] ?? '', w))} `).join('│')}│`;
    return `${[line('┌', '┬', '┐'), row(head, style.bold), line('├', '┼', '┤'), ...rows.map((r) => row(r, (x) => x)), line('└', '┴', '┘')].join('\n')}\n\n`;
  }
  const blocks = rows.map((r) => [style.bold(r[0] ?? ''), ...head.slice(1).map((h, i) => `  ${style.dim(`${h}:`)} ${r[i + 1] ?? ''}`)].join('\n'));
  return `${blocks.join('\n\n')}\n\n`;
}

const renderers = new Map<boolean, Marked>();
const cache = new Map<string, string>();

/** Markdown → terminal text wrapped at `width` columns, no trailing blank lines. */
export function renderMarkdown(md: string, width: number, style: Style): string {
  const key = `${style.color ? 1 : 0}|${width}|${md}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  let m = renderers.get(style.color);
  if (!m) {
    m = makeRenderer(style);
    renderers.set(style.color, m);
  }
  tableWidth = width;
  const raw = (m.parse(md) as string).replace(/\n{3,}/g, '\n\n').replace(/\s+$/, '');
  const out = raw
    .split('\n')
    .map((l) => (l.startsWith(CODE_LINE) ? l.slice(1) : wrapText(l.replace(/ +$/, ''), width)))
    .join('\n');
  if (cache.size > 500) cache.clear();
  cache.set(key, out);
  return out;
}

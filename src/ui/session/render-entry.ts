import type { CheckReport } from '../../course/checker.js';
import type { Messages } from '../text/i18n.js';
import { renderTrail } from '../topology/notes.js';
import { renderTopology } from '../topology/picture.js';
import { renderTopologyPlain } from '../topology/plain.js';
import { renderMarkdown } from '../text/markdown.js';
import type { Style } from '../text/style.js';
import { displayWidth, layoutRows, type Segment, sanitizeOutput, truncate, wrapText } from '../text/wrap.js';
import type { Bar, LogEntry } from './log.js';

export interface RenderContext {
  readonly width: number;
  readonly style: Style;
  readonly msg: Messages;
  /** The plain mode: no rules or other decoration a screen reader would read out. */
  readonly plain?: boolean;
}

/** The prompt as bash colours it on Ubuntu: `user@host` green, the directory blue. */
export function promptSegments(prompt: string, style: Style): Segment[] {
  const m = /^([^@\s]+@[^:\s]+):(.*?)([$#])$/.exec(prompt);
  if (!m) return [{ text: `${prompt} ` }];
  return [{ text: m[1] as string, paint: style.promptUser }, { text: ':' }, { text: m[2] as string, paint: style.promptPath }, { text: `${m[3]} ` }];
}

/** `── Step 2/7 · Title ─────` across the width. */
function rule(label: string, ctx: RenderContext): string {
  if (ctx.plain) return ctx.style.bold(label);
  const text = truncate(label, ctx.width - 4);
  const rest = Math.max(0, ctx.width - displayWidth(text) - 4);
  return ctx.style.cyan(`── ${ctx.style.bold(text)} ${'─'.repeat(rest)}`);
}

function reportLines(reports: readonly CheckReport[], ctx: RenderContext): string[] {
  const { style, msg } = ctx;
  return reports.flatMap((r) => {
    const what = r.what === 'your command' ? msg.yourCommand : r.what;
    const head = `  ${r.ok ? style.green('✓') : style.red('✗')} ${what}`;
    return r.ok || !r.detail ? [head] : [head, wrapText(`      ${r.detail}`, ctx.width)];
  });
}

/** Lists in columns, as bash lists completions. */
function columns(items: readonly string[], width: number): string {
  const colWidth = Math.max(...items.map(displayWidth)) + 2;
  const perRow = Math.max(1, Math.floor(width / colWidth));
  const rows = Math.ceil(items.length / perRow);
  const out: string[] = [];
  for (let r = 0; r < rows; r++) {
    let line = '';
    for (let c = 0; c < perRow; c++) {
      const item = items[c * rows + r];
      if (item !== undefined) line += item + ' '.repeat(colWidth - displayWidth(item));
    }
    out.push(line.trimEnd());
  }
  return out.join('\n');
}

/** One log entry as terminal text (lines joined by `\n`, no trailing newline). */
export function renderEntry(e: LogEntry, ctx: RenderContext): string {
  const { style, msg, width } = ctx;
  switch (e.kind) {
    case 'banner':
      return [style.bold(style.magenta(wrapText(e.title, width))), ...(e.intro ? ['', renderMarkdown(e.intro, width, style)] : [])].join('\n');
    case 'step':
      return ['', rule(`${msg.stepOf(e.number, e.total)} · ${e.title}`, ctx), '', renderMarkdown(e.body, width, style), ''].join('\n');
    case 'command':
      return layoutRows([...promptSegments(e.prompt, style), { text: e.line }], width).rows.join('\n');
    case 'output':
      // An output that is one empty line is still a line on screen.
      if (e.stdout + e.stderr === '\n') return ' ';
      return [e.stdout, e.stderr]
        .filter((s) => s !== '')
        .map((s) => sanitizeOutput(s).replace(/\n$/, ''))
        .join('\n')
        .split('\n')
        // Long lines wrap at the last column, character by character, as in a terminal.
        .map((l) => (displayWidth(l) <= width ? l : layoutRows([{ text: l }], width).rows.join('\n')))
        .join('\n');
    case 'passed':
      return [style.green(style.bold(wrapText(msg.stepDone(e.number, e.total, e.title), width))), ...reportLines(e.reports, ctx)].join('\n');
    case 'checks':
      return reportLines(e.reports, ctx).join('\n');
    case 'diagnosis':
      return e.items
        .map((d) => {
          const head = wrapText(`${style.yellow('!')} ${d.text}`, width);
          return d.reveal ? `${head}\n${wrapText(`  ${msg.reveal} ${style.bold(d.reveal)}`, width)}` : head;
        })
        .join('\n');
    case 'hint': {
      const head = `${msg.hint(e.index + 1, e.total)}: `;
      const body = renderMarkdown(e.text || msg.noHints, Math.max(20, width - displayWidth(head)), style).split('\n');
      return body.map((l, i) => (i === 0 ? style.yellow(style.bold(head)) + l : ' '.repeat(displayWidth(head)) + l)).join('\n');
    }
    case 'solution':
      return [style.yellow(style.bold(`${msg.solution}:`)), ...e.lines.map((l) => `    ${style.yellow(l)}`)].join('\n');
    case 'complete':
      return ['', rule(msg.lessonDone(e.title), ctx), '', ...(e.recap ? [renderMarkdown(e.recap, width, style), ''] : []), wrapText(msg.lessonDoneNext, width)].join('\n');
    case 'notice':
      return wrapText(e.tone === 'warn' ? style.yellow(e.text) : style.dim(e.text), width);
    case 'help': {
      const rows = (pairs: readonly (readonly [string, string])[]) => {
        const w = Math.max(...pairs.map(([k]) => displayWidth(k))) + 2;
        return pairs.map(([k, v]) => wrapLine2(`  ${style.bold(k)}${' '.repeat(w - displayWidth(k))}`, v, width, w + 2));
      };
      return [...(e.lesson ? [style.bold(msg.helpTitle), ...rows(msg.help)] : []), style.bold(msg.keysTitle), ...rows(msg.helpKeys)].join('\n');
    }
    case 'candidates':
      return columns(e.items, width);
    case 'trail':
      return renderTrail(e.lines, e.source, { width, style, lang: e.lang }).replace(/\n$/, '');
    case 'network': {
      const o = { lang: e.lang, ...(e.previous ? { previous: e.previous } : {}) };
      return (ctx.plain ? renderTopologyPlain(e.graph, o) : renderTopology(e.graph, { ...o, width, style })).replace(/\n$/, '');
    }
  }
}

/** `key   text…` with the text wrapped under itself. */
function wrapLine2(head: string, text: string, width: number, indent: number): string {
  const body = wrapText(text, Math.max(20, width - indent)).split('\n');
  return body.map((l, i) => (i === 0 ? head + l : ' '.repeat(indent) + l)).join('\n');
}

/** The live bar: `Step 3/7 ▰▰▰▱▱▱▱ Who are you?`, cut to the width. */
export function renderBar(bar: Bar, ctx: RenderContext): string {
  const { style, msg, width } = ctx;
  if (bar.kind === 'sandbox') return style.bold(truncate(msg.sandboxBar(bar.backend), width));
  const number = bar.kind === 'complete' ? bar.total : bar.number - 1;
  const slots = Math.min(bar.total, 20);
  const filled = Math.round((number / Math.max(1, bar.total)) * slots);
  const meter = style.green('▰'.repeat(filled)) + style.dim('▱'.repeat(slots - filled));
  const label = bar.kind === 'complete' ? `${msg.lessonComplete} ✓` : msg.stepOf(bar.number, bar.total);
  const room = width - displayWidth(label) - slots - 2;
  const title = room > 3 ? ` ${truncate(bar.title, room - 1)}` : '';
  return `${style.bold(label)} ${meter}${style.bold(title)}`;
}

import { Box, Static, Text } from 'ink';
import type { Bar, LogEntry, Status } from '../session/log.js';
import { type RenderContext, promptSegments, renderBar, renderEntry } from '../session/render-entry.js';
import type { Line } from '../shell/line-editor.js';
import { cursorIndex } from '../shell/line-editor.js';
import { graphemes, layoutRows, type Position, wrapText } from '../text/wrap.js';

export interface ScreenProps {
  readonly entries: readonly LogEntry[];
  readonly bar: Bar;
  readonly status: Status;
  readonly prompt: string;
  readonly line: Line;
  readonly busy: boolean;
  readonly ctx: RenderContext;
  /** Only the log: the live part is gone (before the terminal is handed over or left). */
  readonly hidden?: boolean;
  /** The network picture's lines (F2, `:net`), drawn above the bar; none when it is closed. */
  readonly panel?: readonly string[];
}

/** The live part's lines and where the cursor is in them (row from its top). */
export function liveLines(p: Omit<ScreenProps, 'entries'>): { lines: string[]; cursor: Position } {
  const { style, width, msg } = p.ctx;
  const paintStatus = p.status.tone === 'warn' ? style.yellow : p.status.tone === 'ask' ? (s: string) => style.bold(style.cyan(s)) : p.status.tone === 'ok' ? style.green : style.dim;
  const statusText = width < 60 ? msg.narrow(width) : p.status.text;
  const status = wrapText(statusText, width).split('\n').map(paintStatus);
  // While a command runs there is no prompt: what is typed meanwhile waits, as in a terminal.
  const head = p.busy ? [] : promptSegments(p.prompt, style);
  const promptLength = head.reduce((n, s) => n + graphemes(s.text).length, 0);
  const input = layoutRows([...head, { text: p.line.text }], width, promptLength + cursorIndex(p.line));
  const panel = p.panel ?? [];
  const above = panel.length + 1 + status.length;
  return { lines: [...panel, renderBar(p.bar, p.ctx), ...status, ...input.rows], cursor: { row: above + input.mark.row, col: input.mark.col } };
}

/**
 * The lesson screen: the log (printed once, above, so the terminal's own scrollback holds long
 * outputs), then the live part: the network picture when open, the step bar, one status line, the prompt with the line being
 * typed. Everything is laid out here by display width, so frames are exact at any width.
 */
export function Screen(p: ScreenProps) {
  const live = liveLines(p);
  return (
    <>
      <Static items={p.entries as LogEntry[]} style={{ width: p.ctx.width }}>
        {(e, i) => <Text key={i}>{renderEntry(e, p.ctx)}</Text>}
      </Static>
      {p.hidden ? null : (
        <Box flexDirection="column" width={p.ctx.width}>
          <Text>{live.lines.join('\n')}</Text>
        </Box>
      )}
    </>
  );
}

import type { Context } from './grep-context.js';
import { lineMatches, matchesIn } from './grep-matcher.js';

// One file's lines through grep: which lines are selected, and what is printed for them and
// their context. GNU 3.8 (grep.c prtext/prpending) and busybox 1.35 (grep_file/print_line)
// differ in the corners: where `--` goes, -o with context, trailing context after -m.

export interface ScanOptions {
  readonly regex: RegExp;
  readonly invert: boolean;
  readonly onlyMatching: boolean;
  readonly lineNumbers: boolean;
  readonly maxCount: number | undefined;
  /** Print lines (not -c, -l, -L, -q): only then is there context. */
  readonly print: boolean;
  /** Stop at the first selected line (-q, -l, -L). */
  readonly firstOnly: boolean;
  readonly context: Context;
  /** `name` of `name:line` / `name-line`, or undefined without file names. */
  readonly name: string | undefined;
}

/** What carries over from file to file: whether anything was printed, and where. */
export interface ScanState {
  printed: boolean;
  /** busybox compares line numbers across files: its last printed line number. */
  lastLine: number;
}

export interface Scanned {
  readonly selected: number;
  readonly text: string;
}

export function scanGnu(lines: readonly string[], o: ScanOptions, state: ScanState): Scanned {
  const { after, before, separator } = o.context;
  let text = '';
  let selected = 0;
  let last = -1;
  let pending = 0;
  const emit = (i: number, sep: ':' | '-'): void => {
    const line = lines[i] ?? '';
    const prefix = `${o.name === undefined ? '' : `${o.name}${sep}`}${o.lineNumbers ? `${i + 1}${sep}` : ''}`;
    if (!o.onlyMatching) text += `${prefix}${line}\n`;
    // -o prints the matching parts of selected lines, or with -v those of context lines.
    else if ((sep === ':') !== o.invert) text += matchesIn(o.regex, line).map((m) => `${prefix}${m}\n`).join('');
    last = i;
  };
  for (const [i, line] of lines.entries()) {
    if (o.maxCount !== undefined && selected >= o.maxCount) {
      // After the last wanted line, its trailing context, whatever those lines are.
      if (pending-- > 0) emit(i, '-');
      else break;
      continue;
    }
    if (lineMatches(o.regex, line) !== o.invert) {
      selected++;
      if (o.firstOnly) break;
      if (!o.print) continue;
      const start = Math.max(i - before, last + 1);
      if (separator !== undefined && state.printed && (last < 0 || start !== last + 1)) text += `${separator}\n`;
      for (let j = start; j < i; j++) emit(j, '-');
      emit(i, ':');
      state.printed = true;
      pending = after;
    } else if (o.print && pending > 0) {
      emit(i, '-');
      pending--;
    }
  }
  return { selected, text };
}

export function scanBusybox(lines: readonly string[], o: ScanOptions, state: ScanState): Scanned {
  const { after, before } = o.context;
  let text = '';
  let matches = 0;
  let pending = 0;
  let held: number[] = [];
  const printLine = (i: number, deco: ':' | '-', shown: string): void => {
    if (o.context.separator !== undefined && state.printed && state.lastLine !== i) text += `${o.context.separator}\n`;
    state.printed = true;
    state.lastLine = i + 1;
    text += `${o.name === undefined ? '' : `${o.name}${deco}`}${o.lineNumbers ? `${i + 1}${deco}` : ''}`;
    // busybox imitates GNU's -ov (which prints nothing) by leaving out the line and its newline.
    if (!(o.invert && o.onlyMatching)) text += `${shown}\n`;
  };
  for (const [i, line] of lines.entries()) {
    if (lineMatches(o.regex, line) !== o.invert) {
      matches++;
      if (o.firstOnly) break;
      // With -m, a selected line past the count ends the file (so does -m 0 at the first line).
      if (o.maxCount !== undefined && matches > o.maxCount) break;
      if (o.print) {
        for (const j of held) printLine(j, '-', lines[j] ?? '');
        held = [];
        pending = after;
        if (!o.onlyMatching) printLine(i, ':', line);
        // Each match is printed on its own, each one a "line" for the separator's sake.
        else for (const m of matchesIn(o.regex, line)) printLine(i, ':', m);
      }
    } else if (pending > 0) {
      printLine(i, '-', line);
      pending--;
    } else if (before > 0) {
      held.push(i);
      if (held.length > before) held.shift();
    }
    if (o.maxCount !== undefined && pending === 0 && matches === o.maxCount) break;
  }
  return { selected: matches, text };
}

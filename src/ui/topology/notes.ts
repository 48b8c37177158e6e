import type { Diagnosis } from '../../course/diagnosis/index.js';
import { makeStyle, type Style } from '../text/style.js';
import { wrapLine } from '../text/wrap.js';

/**
 * The trail under a command and the diagnosis of a failed step, as text for the log: pure
 * strings, wrapped to the width with hanging indents, coloured only when a style is given.
 */
export interface NoteOptions {
  readonly width: number;
  readonly style?: Style;
  readonly lang?: string;
}

const WORDS = {
  en: { trail: 'under the hood', reconstructed: 'under the hood (reconstructed from the host before and after)', nothing: 'no change to the network', why: 'Why', try: 'Look' },
  ko: { trail: '내부에서 일어난 일', reconstructed: '내부에서 일어난 일 (전후의 호스트를 비교해 재구성)', nothing: '네트워크 변화 없음', why: '원인', try: '확인' },
} as const;

const words = (lang: string | undefined) => (lang === 'ko' ? WORDS.ko : WORDS.en);

/** The trail: a dim heading, then one `  · sentence` per event (`:explain` prints the same). */
export function renderTrail(lines: readonly string[], source: 'engine' | 'reconstructed', o: NoteOptions): string {
  const s = o.style ?? makeStyle(false);
  const w = words(o.lang);
  const out = wrapLine(`${source === 'engine' ? w.trail : w.reconstructed}:`, o.width).split('\n');
  for (const l of lines.length === 0 ? [w.nothing] : lines) {
    wrapLine(l, Math.max(10, o.width - 4)).split('\n').forEach((row, i) => out.push(`${i === 0 ? '  · ' : '    '}${row}`));
  }
  return `${out.map((l) => s.dim(l)).join('\n')}\n`;
}

/** Each diagnosis: `Why: text` (wrapped, hanging), then `Look: command` when it has one. */
export function renderDiagnosis(ds: readonly Diagnosis[], o: NoteOptions): string {
  const s = o.style ?? makeStyle(false);
  const w = words(o.lang);
  const out: string[] = [];
  for (const d of ds) {
    const rows = wrapLine(`${w.why}: ${d.text}`, Math.max(10, o.width - 2)).split('\n');
    rows.forEach((row, i) => out.push(i === 0 ? `${s.yellow(s.bold(`${w.why}:`))}${row.slice(w.why.length + 1)}` : `  ${row}`));
    if (d.reveal) out.push(`  ${s.dim(`${w.try}:`)} ${s.cyan(d.reveal)}`);
  }
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}

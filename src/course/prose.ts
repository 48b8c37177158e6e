import type { Problem } from './problems.js';

/**
 * A lesson's prose in one language (en.md, ko.md):
 *
 *   # Title
 *   intro…
 *   ## Step title {#step-id}
 *   body…
 *   ### Hints {#hints}
 *   - first hint
 *   - a more specific one
 *   ## Recap {#recap}
 *   recap…
 */
export interface StepProse {
  readonly id: string;
  readonly title: string;
  readonly body: string;
  readonly hints: readonly string[];
  readonly line: number;
}

export interface LessonProse {
  readonly title: string;
  readonly intro: string;
  readonly steps: ReadonlyMap<string, StepProse>;
  readonly recap: string;
}

const SECTION = /^##\s+(.*?)\s*\{#([a-z0-9][a-z0-9-]*)\}\s*$/;
const HINTS = /^###\s+.*\{#hints\}\s*$/;

export function parseProse(file: string, text: string): { prose?: LessonProse; problems: Problem[] } {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const problems: Problem[] = [];
  const titleAt = lines.findIndex((l) => /^#\s+\S/.test(l));
  if (titleAt < 0) return { problems: [{ file, line: 1, reason: 'no title: the file must start with "# Title"' }] };
  const title = (lines[titleAt] as string).replace(/^#\s+/, '').trim();
  const sections: { id: string; title: string; start: number; lines: string[] }[] = [];
  const intro: string[] = [];
  for (let i = titleAt + 1; i < lines.length; i++) {
    const l = lines[i] as string;
    const m = SECTION.exec(l);
    if (m) {
      if (sections.some((s) => s.id === m[2])) problems.push({ file, line: i + 1, reason: `section {#${m[2]}} appears twice` });
      sections.push({ id: m[2] as string, title: m[1] as string, start: i + 1, lines: [] });
    } else if (/^##\s/.test(l)) {
      problems.push({ file, line: i + 1, reason: 'a "##" heading needs an id: "## Title {#step-id}"' });
    } else if (sections.length > 0) (sections[sections.length - 1] as { lines: string[] }).lines.push(l);
    else intro.push(l);
  }
  const steps = new Map<string, StepProse>();
  let recap = '';
  for (const s of sections) {
    if (s.id === 'recap') {
      recap = s.lines.join('\n').trim();
      continue;
    }
    const hintsAt = s.lines.findIndex((l) => HINTS.test(l));
    const body = (hintsAt >= 0 ? s.lines.slice(0, hintsAt) : s.lines).join('\n').trim();
    const hints = hintsAt >= 0 ? listItems(s.lines.slice(hintsAt + 1)) : [];
    steps.set(s.id, { id: s.id, title: s.title, body, hints, line: s.start });
  }
  return { prose: { title, intro: intro.join('\n').trim(), steps, recap }, problems };
}

/** Markdown list items (`- x`, `* x`, `1. x`), continuation lines indented. */
function listItems(lines: readonly string[]): string[] {
  const items: string[] = [];
  for (const l of lines) {
    const m = /^\s*(?:[-*]|\d+\.)\s+(.*)$/.exec(l);
    if (m && !/^\s{2,}/.test(l)) items.push(m[1] as string);
    else if (items.length > 0 && l.trim() !== '') items[items.length - 1] += `\n${l.trim()}`;
  }
  return items.map((i) => i.trim());
}

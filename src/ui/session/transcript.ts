import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CheckReport } from '../../course/checker.js';

/** What a lesson's transcript keeps: commands with their outputs, checks, hints, steps. */
export type TranscriptItem =
  | { readonly kind: 'step'; readonly number: number; readonly total: number; readonly title: string }
  | { readonly kind: 'command'; readonly prompt: string; readonly line: string; readonly stdout: string; readonly stderr: string; readonly exit: number }
  | { readonly kind: 'interactive'; readonly prompt: string; readonly line: string; readonly exit: number }
  | { readonly kind: 'passed'; readonly number: number; readonly total: number; readonly title: string; readonly reports: readonly CheckReport[] }
  | { readonly kind: 'checks'; readonly reports: readonly CheckReport[] }
  | { readonly kind: 'diagnosis'; readonly items: readonly { readonly text: string; readonly reveal?: string }[] }
  | { readonly kind: 'hint'; readonly index: number; readonly total: number; readonly text: string }
  | { readonly kind: 'solution'; readonly lines: readonly string[] }
  | { readonly kind: 'complete'; readonly title: string };

export interface TranscriptHeader {
  readonly lesson: string;
  readonly lessonId: string;
  readonly backend: string;
  readonly lang: string;
  readonly at: Date;
  readonly progress: string;
}

/** A fence longer than any run of backticks in the text, so output cannot close it. */
function fence(text: string): string {
  const longest = Math.max(2, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length));
  return '`'.repeat(longest + 1);
}

function reports(rs: readonly CheckReport[]): string[] {
  return rs.map((r) => `- ${r.ok ? '✓' : '✗'} \`${r.what}\`${r.ok || !r.detail ? '' : `: ${r.detail}`}`);
}

/**
 * The transcript as Markdown a learner can send to an instructor: each step's commands in a
 * console block with what they printed and their exit code, then what was checked.
 */
export function transcriptMarkdown(h: TranscriptHeader, items: readonly TranscriptItem[]): string {
  const out: string[] = [
    `# dockerlings transcript: ${h.lesson}`,
    '',
    `- Lesson: \`${h.lessonId}\``,
    `- Backend: ${h.backend}`,
    `- Language: ${h.lang}`,
    `- Exported: ${h.at.toISOString()}`,
    `- Progress: ${h.progress}`,
  ];
  for (const it of items) {
    switch (it.kind) {
      case 'step':
        out.push('', `## Step ${it.number}/${it.total}: ${it.title}`);
        break;
      case 'command': {
        const body = `${it.prompt} ${it.line}\n${it.stdout}${it.stdout && !it.stdout.endsWith('\n') ? '\n' : ''}${it.stderr}${it.stderr && !it.stderr.endsWith('\n') ? '\n' : ''}`;
        const f = fence(body);
        out.push('', `${f}console`, body.replace(/\n$/, ''), f, `exit code ${it.exit}`);
        break;
      }
      case 'interactive':
        out.push('', '```console', `${it.prompt} ${it.line}`, '```', `(interactive, in the real terminal; exit code ${it.exit})`);
        break;
      case 'passed':
        out.push('', `**✓ Step ${it.number}/${it.total} done.** Checked:`, '', ...reports(it.reports));
        break;
      case 'checks':
        out.push('', 'Checked (`:check`):', '', ...reports(it.reports));
        break;
      case 'diagnosis':
        out.push('', ...it.items.map((d) => `> ! ${d.text.replace(/\n/g, ' ')}${d.reveal ? ` (\`${d.reveal}\`)` : ''}`));
        break;
      case 'hint':
        out.push('', `> Hint ${it.index + 1}/${it.total}: ${it.text.replace(/\n/g, ' ')}`);
        break;
      case 'solution':
        out.push('', '> Solution shown:', ...it.lines.map((l) => `> \`${l}\``));
        break;
      case 'complete':
        out.push('', `**★ Lesson complete: ${it.title}**`);
        break;
    }
  }
  return `${out.join('\n')}\n`;
}

/** `dockerlings-docker-group-20261122-101500.md` */
/**
 * Writes the transcript to `file` (relative to `dir`), or to its default name there when none is
 * given: the path written, or why not.
 */
export function writeTranscript(dir: string, file: string, h: TranscriptHeader, items: readonly TranscriptItem[]): { readonly path: string; readonly error?: string } {
  const path = resolve(dir, file || transcriptFileName(h.lessonId, h.at));
  try {
    writeFileSync(path, transcriptMarkdown(h, items));
    return { path };
  } catch (err) {
    return { path, error: err instanceof Error ? err.message : String(err) };
  }
}

export function transcriptFileName(lessonId: string, at: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const stamp = `${at.getFullYear()}${p(at.getMonth() + 1)}${p(at.getDate())}-${p(at.getHours())}${p(at.getMinutes())}${p(at.getSeconds())}`;
  return `dockerlings-${lessonId}-${stamp}.md`;
}

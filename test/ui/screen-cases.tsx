import { render } from 'ink-testing-library';
import { Screen, type ScreenProps } from '../../src/ui/app/screen.js';
import type { Bar, LogEntry, Status } from '../../src/ui/session/log.js';
import { messages } from '../../src/ui/text/i18n.js';
import { makeStyle } from '../../src/ui/text/style.js';

/** States of the lesson screen the frame tests pin (and the README shows). */
export interface ScreenCase {
  readonly entries: readonly LogEntry[];
  readonly bar: Bar;
  readonly status: Status;
  readonly line: string;
}

const prompt = 'learner@docker-host:~$';
const step3: LogEntry = {
  kind: 'step',
  number: 3,
  total: 7,
  title: 'Where is home?',
  body: 'Print your home directory: the shell keeps it in the variable `$HOME`, and **expands** it before `echo` runs.\n\n```\necho $HOME\n```',
};

export const hintState: ScreenCase = {
  entries: [step3, { kind: 'command', prompt, line: 'echo $HOEM' }, { kind: 'output', stdout: '\n', stderr: '' }, { kind: 'hint', index: 0, total: 2, text: '`echo` prints its arguments, after the shell expanded them.' }],
  bar: { kind: 'step', number: 3, total: 7, title: 'Where is home?' },
  status: { text: messages('en').notYet, tone: 'warn' },
  line: 'echo $HO',
};

export const completionState: ScreenCase = {
  entries: [
    { kind: 'command', prompt, line: 'echo $HOME' },
    { kind: 'output', stdout: '/home/learner\n', stderr: '' },
    { kind: 'passed', number: 3, total: 7, title: 'Where is home?', reports: [{ ok: true, what: 'your command', detail: '' }] },
    { kind: 'step', number: 4, total: 7, title: 'What is in /tmp?', body: 'List `/tmp`.' },
  ],
  bar: { kind: 'step', number: 4, total: 7, title: 'What is in /tmp?' },
  status: { text: messages('en').tips, tone: 'tip' },
  line: '',
};

export const koreanState: ScreenCase = {
  entries: [
    { kind: 'step', number: 1, total: 7, title: '메모 쓰기', body: '`/tmp/note`에 `hello`를 쓰세요. 셸은 `echo`가 실행되기 *전에* 파일을 쓰기용으로 엽니다. 그것이 `>`가 하는 일입니다.' },
    { kind: 'command', prompt, line: 'echo 안녕 > /tmp/note' },
  ],
  bar: { kind: 'step', number: 1, total: 7, title: '메모 쓰기' },
  status: { text: messages('ko').notYet, tone: 'warn' },
  line: 'echo 안녕하세요',
};

export function frame(c: ScreenCase, width: number, color: boolean, lang = 'en'): string {
  const props: ScreenProps = { entries: c.entries, bar: c.bar, status: c.status, prompt, line: { text: c.line, cursor: c.line.length }, busy: false, ctx: { width, style: makeStyle(color), msg: messages(lang) } };
  const { lastFrame, unmount } = render(<Screen {...props} />);
  const f = lastFrame() ?? '';
  unmount();
  return f;
}

/** Escape sequences made visible, so a coloured frame can be read (and written) in a test. */
export const visible = (s: string) => s.replaceAll('\u001b', '␛');

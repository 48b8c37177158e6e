import { describe, expect, it } from 'vitest';
import { ProgressStore } from '../../src/course/progress.js';
import { menuModel, progressBar } from '../../src/ui/menu/menu-model.js';
import { transcriptFileName, transcriptMarkdown } from '../../src/ui/session/transcript.js';
import { langFromEnv, messages } from '../../src/ui/text/i18n.js';
import { renderMarkdown } from '../../src/ui/text/markdown.js';
import { makeStyle, wantColor } from '../../src/ui/text/style.js';
import { displayWidth, layoutRows, sanitizeOutput, truncate, wrapLine } from '../../src/ui/text/wrap.js';
import { course, tempDir } from './helpers.js';

const plain = makeStyle(false);

describe('layout by display width', () => {
  it('counts a Hangul syllable as two columns', () => {
    expect(displayWidth('안녕 docker')).toBe(11);
    expect(truncate('도커 네트워크 기초', 10)).toBe('도커 네트…');
  });

  it('wraps with a hanging indent under list items and indented text', () => {
    expect(wrapLine('  * one two three four five six', 16)).toBe('  * one two\n    three four\n    five six');
    expect(wrapLine('가나다 라마바 사아자 차카타', 14)).toBe('가나다 라마바\n사아자 차카타');
  });

  it('closes a style at a break and opens it again on the next row; cuts a word longer than a row', () => {
    expect(wrapLine('aaa \u001b[33mbbb ccc\u001b[39m ddd', 8).split('\n')).toEqual(['aaa \u001b[33mbbb\u001b[0m', '\u001b[33mccc\u001b[39m ddd']);
    // Colour codes inside a word do not split it: `>` in colour, then 가.
    expect(wrapLine('abcdefgh \u001b[33m>\u001b[39m가', 10)).toBe('abcdefgh\n\u001b[33m>\u001b[39m가');
    expect(wrapLine('see /var/lib/docker/containers/abc', 14)).toBe('see\n/var/lib/docke\nr/containers/a\nbc');
  });

  it('lays out the input as a terminal does, and finds the cursor', () => {
    // A wide character that does not fit in the last column moves to the next row.
    expect(layoutRows([{ text: '12345' }, { text: '안녕' }], 6, 6)).toEqual({ rows: ['12345', '안녕'], mark: { row: 1, col: 2 } });
    // The cursor after a full row is at the start of the next one.
    expect(layoutRows([{ text: 'abcdef' }], 6, 6)).toEqual({ rows: ['abcdef', ''], mark: { row: 1, col: 0 } });
  });

  it('keeps what a terminal would show of program output', () => {
    expect(sanitizeOutput('a\tb\ndown 10%\rdown 100%\n\u001b[31mred\u001b[0m\u0007')).toBe('a       b\ndown 100%\nred');
  });
});

describe('Markdown', () => {
  it('reflows paragraphs, keeps code blocks, shows inline code without colour as `code`', () => {
    const md = 'Run this\ncommand, which lists\nthe containers:\n\n```\ndocker ps --format "{{.Names}}"\n```\n\n- a list item long enough to wrap\n- `id`';
    expect(renderMarkdown(md, 24, plain)).toBe('Run this command, which\nlists the containers:\n\n    docker ps --format "{{.Names}}"\n\n  * a list item long\n    enough to wrap\n  * `id`');
  });

  it('colours inline code, emphasis and code blocks when asked', () => {
    expect(JSON.stringify(renderMarkdown('**bold** and `code`', 40, makeStyle(true)))).toBe(JSON.stringify('\u001b[1mbold\u001b[22m and \u001b[33mcode\u001b[39m'));
  });

  it('wraps Korean by its width', () => {
    expect(renderMarkdown('`docker` 명령은 root 권한으로 실행되는 데몬에 보내는 요청입니다.', 30, plain)).toBe('`docker` 명령은 root 권한으로\n실행되는 데몬에 보내는\n요청입니다.');
  });
});

describe('colour and language', () => {
  it('honours NO_COLOR, --no-color and FORCE_COLOR, else colours a terminal', () => {
    expect(wantColor({}, false, true)).toBe(true);
    expect(wantColor({}, false, false)).toBe(false);
    expect(wantColor({ NO_COLOR: '1' }, false, true)).toBe(false);
    expect(wantColor({}, true, true)).toBe(false);
    expect(wantColor({ FORCE_COLOR: '1' }, false, false)).toBe(true);
    expect(wantColor({ TERM: 'dumb' }, false, true)).toBe(false);
  });

  it('takes the language from the locale', () => {
    expect(langFromEnv({ LANG: 'ko_KR.UTF-8' })).toBe('ko');
    expect(langFromEnv({ LANG: 'en_US.UTF-8', LC_ALL: 'ko_KR.UTF-8' })).toBe('ko');
    expect(langFromEnv({ LANG: 'C.UTF-8' })).toBe('en');
  });
});

describe('the lesson menu', () => {
  it('puts "continue where I left off" first, with each lesson’s completion and the course’s bar', () => {
    const store = new ProgressStore(`${tempDir()}/progress.json`).load();
    store.markStep('notes', 'simulator', 'write-note');
    store.markStep('notes', 'simulator', 'read-note');
    const m = menuModel(course, store, 'simulator', 'en', messages('en'), plain);
    expect(m.title).toBe('dockerlings · 0 of 2 lessons complete  ▱▱▱▱▱▱▱▱▱▱ 0%');
    expect(m.choices.map((c) => c.name)).toEqual(['Continue: Notes in files (step 3/7)', '…  1. Notes in files (2/7)', '   2. One more (0/1)', 'Free play: a shell on the simulated host, no lesson', 'Quit']);
    store.markStep('more', 'simulator', 'say');
    store.markComplete('more', 'simulator');
    const ko = menuModel(course, store, 'simulator', 'ko', messages('ko'), plain);
    expect(ko.title).toBe('dockerlings · 레슨 2개 중 1개 완료  ▰▰▰▰▰▱▱▱▱▱ 50%');
    expect(ko.choices[0]?.name).toBe('이어서 하기: 파일에 메모하기 (7단계 중 3단계)');
  });

  it('starts with the first lesson not done when nothing was left off', () => {
    const store = new ProgressStore(`${tempDir()}/progress.json`).load();
    expect(menuModel(course, store, 'simulator', 'en', messages('en'), plain).choices[0]?.name).toBe('Start: Notes in files');
    expect(progressBar(1, 4, plain)).toBe('▰▰▰▰ 100%');
  });
});

describe('the transcript', () => {
  it('fences output that contains backticks with a longer fence', () => {
    const md = transcriptMarkdown({ lesson: 'L', lessonId: 'l', backend: 'simulator', lang: 'en', at: new Date('2026-01-01T00:00:00Z'), progress: 'step 1 of 1' }, [{ kind: 'command', prompt: '$', line: 'cat x.md', stdout: '```\ncode\n```\n', stderr: '', exit: 0 }]);
    expect(md.split('\n').slice(8)).toEqual(['````console', '$ cat x.md', '```', 'code', '```', '````', 'exit code 0', '']);
  });

  it('is named after the lesson and the time', () => {
    expect(transcriptFileName('docker-group', new Date(2026, 10, 22, 10, 15, 0))).toBe('dockerlings-docker-group-20261122-101500.md');
  });
});

describe('Markdown tables', () => {
  const table = '| driver | `-p` |\n| --- | --- |\n| `container:<name>` | refused: publish on the owner |\n| `host` | 경고와 함께 무시됨 |';
  it('are drawn with lines when they fit, columns sized by display width', () => {
    expect(renderMarkdown(table, 60, plain)).toBe(
      [
        '┌────────────────────┬───────────────────────────────┐',
        '│ driver             │ `-p`                          │',
        '├────────────────────┼───────────────────────────────┤',
        '│ `container:<name>` │ refused: publish on the owner │',
        '│ `host`             │ 경고와 함께 무시됨            │',
        '└────────────────────┴───────────────────────────────┘',
      ].join('\n'),
    );
  });

  it('become one block a row when they do not', () => {
    expect(renderMarkdown(table, 40, plain)).toBe('`container:<name>`\n  `-p`: refused: publish on the owner\n\n`host`\n  `-p`: 경고와 함께 무시됨');
  });
});

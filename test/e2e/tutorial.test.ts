import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/ui/text/wrap.js';
import { tempDir } from '../ui/helpers.js';
import { bin, buildOnce, fixtureCourse } from './build.js';
import { haveTmux, Tmux } from './tmux.js';

// The built program in a real terminal (tmux): first run, the menu, a lesson, quitting, and
// coming back to find the progress kept. DOCKERLINGS_HOME keeps progress and history in a
// temporary directory.
let term: Tmux | undefined;
afterEach(() => term?.kill());
beforeAll(() => buildOnce(), 120_000);

describe.skipIf(!haveTmux)('the tutorial in a terminal', () => {
  it('first run, a lesson: wrong command, hint, solution; quit; start again where it was left', async () => {
    const home = tempDir('dl-e2e-');
    const env = { DOCKERLINGS_HOME: home, LANG: 'en_US.UTF-8', TERM: 'xterm-256color' };
    term = new Tmux();
    term.start([process.execPath, bin, '--lessons', fixtureCourse], env);

    // First run: the language (English first from LANG), then the backend if a real engine answers.
    await term.waitFor('Language / 언어');
    term.keys('Enter');
    const next = await term.waitFor(/Where should your commands run\?|Start: Notes in files/);
    if (next.includes('Where should your commands run?') && !next.includes('Start: Notes')) term.keys('Enter');

    // The menu: "Start" is first; Enter picks it.
    await term.waitFor('❯ Start: Notes in files');
    term.keys('Enter');
    let s = await term.waitFor('learner@docker-host:~$');
    expect(s).toContain('── Step 1/7 · Write a note');
    expect(s).toMatch(/Step 1\/7 ▱+ Write a note\n:hint for a hint · :help for commands and keys\nlearner@docker-host:~\$$/);

    // A wrong command shows its error, and the step stays open.
    term.type('cat /tmp/note');
    term.keys('Enter');
    s = await term.waitFor('Not done yet.');
    expect(s).toContain('learner@docker-host:~$ cat /tmp/note\ncat: /tmp/note: No such file or directory\n');

    term.type(':hint');
    term.keys('Enter');
    s = await term.waitFor('Hint 1/2');
    expect(s).toContain('learner@docker-host:~$ :hint\nHint 1/2: Use echo and >.');

    term.type('echo hello > /tmp/note');
    term.keys('Enter');
    s = await term.waitFor(/Step 2\/7 ▰▱+ Read it back\n/);
    expect(s).toContain('✓ Step 1/7 done: Write a note\n  ✓ cat /tmp/note\n\n── Step 2/7 · Read it back');

    // Ctrl+C on an empty line asks; y quits.
    term.keys('C-c');
    await term.waitFor('Quit dockerlings? Your progress is saved. (y/N)');
    term.keys('y');
    s = await term.waitFor('[exited 0]');
    expect(s).toContain('Bye! Your progress is saved.');
    term.kill();

    const progress = JSON.parse(readFileSync(join(home, 'progress.json'), 'utf8'));
    expect(progress.settings).toEqual({ lang: 'en', backend: 'simulator' });
    expect(progress.lessons.notes.simulator.steps).toEqual(['write-note']);

    // Again: no questions, the menu continues where it was left, and the history is kept.
    term = new Tmux();
    term.start([process.execPath, bin, '--lessons', fixtureCourse], env);
    s = await term.waitFor('❯ Continue: Notes in files (step 2/7)');
    expect(s).not.toContain('Language');
    term.keys('Enter');
    s = await term.waitFor(/── Step 2\/7 · Read it back[^]*learner@docker-host:~\$$/);
    expect(s).toMatch(/Step 2\/7 ▰▱+ Read it back\n/);
    term.keys('Up');
    await term.waitFor(/learner@docker-host:~\$ echo hello > \/tmp\/note$/);
    term.keys('C-u');
    term.type('cat /tmp/note');
    term.keys('Enter');
    s = await term.waitFor(/Step 3\/7 ▰▰▱+ Where is home\?\n/);
    expect(s).toContain('learner@docker-host:~$ cat /tmp/note\nhello\n✓ Step 2/7 done: Read it back');
    term.type(':quit');
    term.keys('Enter');
    await term.waitFor('[exited 0]');
  }, 90_000);

  it('reflows at 60 columns and keeps Korean aligned', async () => {
    const home = tempDir('dl-e2e-');
    term = new Tmux();
    term.start([process.execPath, bin, 'tutorial', '1', '--lessons', fixtureCourse, '--lang', 'ko', '--backend', 'simulator'], { DOCKERLINGS_HOME: home, TERM: 'xterm-256color' }, 60, 24);
    const s = await term.waitFor('learner@docker-host:~$');
    expect(s).toContain('── 7단계 중 1단계 · 메모 쓰기 ──────────────────────────────\n');
    // (In colour, inline code is yellow instead of between backticks; capture-pane drops colours.)
    expect(s).toContain('셸은 echo가 실행되기 전에 파일을 쓰기용으로 엽니다. 그것이\n>가 하는 일입니다.');
    for (const line of s.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(60);
    term.type('echo 안녕하세요');
    await term.waitFor('learner@docker-host:~$ echo 안녕하세요');
    term.keys('C-u');
    term.type(':quit');
    term.keys('Enter');
    await term.waitFor('[exited 0]');
  }, 60_000);
});

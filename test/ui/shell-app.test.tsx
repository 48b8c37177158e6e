import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { ShellApp } from '../../src/ui/app/shell-app.js';
import { makeStyle } from '../../src/ui/text/style.js';
import { lessonController, until } from './helpers.js';

// The whole screen driven by keys, as a learner types them (ink-testing-library's stdin).
const UP = '\u001b[A';
const DOWN = '\u001b[B';
const LEFT = '\u001b[D';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function mount(o: { sandbox?: boolean } = {}) {
  const h = lessonController(o);
  await h.controller.start();
  const app = render(<ShellApp controller={h.controller} history={h.history} style={makeStyle(false)} columns={60} />);
  cleanup = app.unmount;
  const frame = () => app.lastFrame() ?? '';
  /** The live part: the step bar, the status (one or two lines), the prompt. */
  const live = () => {
    const lines = frame().split('\n');
    const bar = lines.findLastIndex((l) => /^(Step \d|Free play)/.test(l));
    return lines.slice(bar);
  };
  /** The prompt line, with what is typed. */
  const prompt = () => frame().split('\n').at(-1);
  const type = async (s: string) => {
    app.stdin.write(s);
    await new Promise((r) => setTimeout(r, 20));
  };
  return { ...h, app, frame, live, prompt, type };
}

describe('the shell input', () => {
  it('runs a wrong command, shows its error, gives a hint, passes the step on the solution', async () => {
    const s = await mount();
    expect(s.live()).toEqual(['Step 1/7 ▱▱▱▱▱▱▱ Write a note', ':hint for a hint · :help for commands and keys', 'learner@docker-host:~$']);
    await s.type('cat /tmp/note\r');
    await until(() => s.frame().includes('No such file'), 'the error');
    expect(s.frame()).toContain('learner@docker-host:~$ cat /tmp/note\ncat: /tmp/note: No such file or directory\n');
    expect(s.live().slice(1, 3)).toEqual(['Not done yet. :hint for a hint, :check to see what is', 'checked.']);
    await s.type(':hint\r');
    await until(() => s.frame().includes('Hint 1/2'), 'the hint');
    expect(s.frame()).toContain('learner@docker-host:~$ :hint\nHint 1/2: Use `echo` and `>`.\n');
    await s.type('echo hello > /tmp/note\r');
    await until(() => s.frame().includes('✓ Step 1/7 done'), 'the step done');
    expect(s.frame()).toContain('✓ Step 1/7 done: Write a note\n  ✓ cat /tmp/note\n');
    expect(s.live()).toEqual(['Step 2/7 ▰▱▱▱▱▱▱ Read it back', ':hint for a hint · :help for commands and keys', 'learner@docker-host:~$']);
  });

  it('edits like readline: ↑/↓ history, Ctrl+A/E/U/W/K, Alt+B, Backspace, Delete', async () => {
    const s = await mount();
    await s.type('echo one\r');
    await s.type('echo two\r');
    await until(() => s.frame().includes('two\n'), 'the second command');
    await s.type(UP);
    expect(s.prompt()).toBe('learner@docker-host:~$ echo two');
    await s.type(UP);
    expect(s.prompt()).toBe('learner@docker-host:~$ echo one');
    await s.type(DOWN);
    await s.type(DOWN);
    expect(s.prompt()).toBe('learner@docker-host:~$');
    await s.type('ls -l /tmp');
    await s.type('\u0017'); // Ctrl+W
    expect(s.prompt()).toBe('learner@docker-host:~$ ls -l');
    await s.type('\u0001'); // Ctrl+A
    await s.type('x');
    expect(s.prompt()).toBe('learner@docker-host:~$ xls -l');
    await s.type('\u001b[3~'); // Delete
    await s.type('\u0005'); // Ctrl+E
    await s.type('\u007f'); // Backspace: the space Ctrl+W left
    expect(s.prompt()).toBe('learner@docker-host:~$ xs -l');
    await s.type('\u001bb'); // Alt+B
    await s.type('\u000b'); // Ctrl+K
    expect(s.prompt()).toBe('learner@docker-host:~$ xs -');
    await s.type('\u0015'); // Ctrl+U
    expect(s.prompt()).toBe('learner@docker-host:~$');
    await s.type('안녕하세요');
    await s.type(LEFT);
    await s.type('\u007f');
    expect(s.prompt()).toBe('learner@docker-host:~$ 안녕하요');
  });

  it('completes commands, docker subcommands, flags and names with Tab, and lists choices', async () => {
    const s = await mount({ sandbox: true });
    await s.type('docker netw\t');
    // (Ink trims the space completion added; the next words show it is there.)
    await until(() => s.prompt() === 'learner@docker-host:~$ docker network', 'docker network');
    await s.type('\t');
    await until(() => s.frame().includes('connect'), 'the subcommands');
    expect(s.frame()).toContain('learner@docker-host:~$ docker network\nconnect     disconnect  ls          rm\ncreate      inspect     prune\n');
    await s.type('insp\tbri\t');
    await until(() => s.prompt() === 'learner@docker-host:~$ docker network inspect bridge', 'the network name');
    await s.type('\u0015docker ps --al\t');
    await until(() => s.prompt() === 'learner@docker-host:~$ docker ps --all', 'the flag');
    await s.type('\u0015ls -l /var/r\t');
    await until(() => s.prompt() === 'learner@docker-host:~$ ls -l /var/run/', 'the directory');
  });

  it('cancels a line with Ctrl+C, and on an empty line asks before quitting', async () => {
    const s = await mount();
    await s.type('echo x');
    await s.type('\u0003');
    expect(s.frame()).toContain('learner@docker-host:~$ echo x^C\n');
    expect(s.prompt()).toBe('learner@docker-host:~$');
    await s.type('\u0003');
    expect(s.live()[1]).toBe('Quit dockerlings? Your progress is saved. (y/N)');
    await s.type('n');
    expect(s.live()[1]).toBe('Cancelled.');
    await s.type('\u0003');
    await s.type('y');
    await expect(s.controller.done).resolves.toBe('quit');
  });

  it('follows the terminal when it is resized', async () => {
    const h = lessonController();
    await h.controller.start();
    const app = render(<ShellApp controller={h.controller} history={h.history} style={makeStyle(false)} />);
    cleanup = app.unmount;
    app.stdin.write('echo 1234567890 1234567890 1234567890 1234567890 1234567890 1234567890 1234567890');
    await new Promise((r) => setTimeout(r, 20));
    expect(app.lastFrame()?.split('\n').slice(-2)).toEqual(['learner@docker-host:~$ echo 1234567890 1234567890 1234567890 1234567890 1234567890 1234567890 123456', '7890']);
    Object.defineProperty(app.stdout, 'columns', { value: 60, configurable: true });
    app.stdout.emit('resize');
    await new Promise((r) => setTimeout(r, 20));
    expect(app.lastFrame()?.split('\n').slice(-3)).toEqual([':hint for a hint · :help for commands and keys', 'learner@docker-host:~$ echo 1234567890 1234567890 1234567890', ' 1234567890 1234567890 1234567890 1234567890']);
  });

  it('keeps typed-ahead keys while a command runs', async () => {
    const s = await mount();
    await s.type('echo hello > /tmp/note\rcat /tmp/note\r');
    await until(() => s.frame().includes('✓ Step 2/7 done'), 'both steps');
  });
});

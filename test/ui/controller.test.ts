import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderEntry } from '../../src/ui/session/render-entry.js';
import { messages } from '../../src/ui/text/i18n.js';
import { makeStyle } from '../../src/ui/text/style.js';
import { lessonController, until } from './helpers.js';

const ctx = { width: 80, style: makeStyle(false), msg: messages('en') };
const kinds = (c: { state: { entries: readonly { kind: string }[] } }) => c.state.entries.map((e) => e.kind);

describe('the tutorial controller', () => {
  it('starts with the lesson, its intro and the first step', async () => {
    const { controller } = lessonController();
    await controller.start();
    expect(kinds(controller)).toEqual(['banner', 'step']);
    expect(controller.state.bar).toEqual({ kind: 'step', number: 1, total: 7, title: 'Write a note' });
    expect(controller.state.prompt).toBe('learner@docker-host:~$');
  });

  it('keeps the step open on a wrong command, with the output and a status that says so', async () => {
    const { controller } = lessonController();
    await controller.start();
    await controller.submit('cat /tmp/nothing');
    const [cmd, out] = controller.state.entries.slice(-2);
    expect(renderEntry(cmd!, ctx)).toBe('learner@docker-host:~$ cat /tmp/nothing');
    expect(renderEntry(out!, ctx)).toBe('cat: /tmp/nothing: No such file or directory');
    expect(controller.state.status).toEqual({ text: messages('en').notYet, tone: 'warn' });
  });

  it('passes a step at once, says what was checked, shows the next step and saves progress', async () => {
    const { controller, store } = lessonController();
    await controller.start();
    await controller.submit('echo hello > /tmp/note');
    const [passed, step] = controller.state.entries.slice(-2);
    expect(renderEntry(passed!, ctx)).toBe('✓ Step 1/7 done: Write a note\n  ✓ cat /tmp/note');
    expect(step).toMatchObject({ kind: 'step', number: 2, title: 'Read it back' });
    expect(JSON.parse(readFileSync(store.file, 'utf8')).lessons.notes.simulator.steps).toEqual(['write-note']);
  });

  it('gives hints, and shows the solution only after a yes', async () => {
    const { controller } = lessonController();
    await controller.start();
    await controller.submit(':hint');
    expect(renderEntry(controller.state.entries.at(-1)!, ctx)).toBe('Hint 1/2: Use `echo` and `>`.');
    await controller.submit(':solution');
    expect(controller.state.confirm).toBe('solution');
    await controller.submit('n');
    expect(controller.state.entries.at(-1)?.kind).toBe('command');
    await controller.submit(':solution');
    await controller.submit('y');
    expect(renderEntry(controller.state.entries.at(-1)!, ctx)).toBe('Solution:\n    echo hello > /tmp/note');
  });

  it('shows what :check checks', async () => {
    const { controller } = lessonController();
    await controller.start();
    await controller.submit(':check');
    expect(renderEntry(controller.state.entries.at(-1)!, ctx)).toBe('  ✗ cat /tmp/note\n      expected output "hello", got an error: "cat: /tmp/note: No such file or\n      directory"');
  });

  it('lists the runner commands and the keys for :help', async () => {
    const { controller } = lessonController();
    await controller.start();
    await controller.submit(':help');
    const help = renderEntry(controller.state.entries.at(-1)!, ctx);
    expect(help.split('\n').slice(0, 3)).toEqual(['Commands of the tutorial (type them at the prompt)', '  :hint           a hint; again for a more specific one', '  :solution       show the solution (asks first)']);
    expect(help).toContain('  Ctrl+W           delete the word before the cursor');
  });

  it('writes the transcript with :export', async () => {
    const { controller, dir } = lessonController();
    await controller.start();
    await controller.submit('cat /tmp/note');
    await controller.submit(':hint');
    await controller.submit('echo hello > /tmp/note');
    await controller.submit(':export notes.md');
    expect(renderEntry(controller.state.entries.at(-1)!, ctx)).toBe(`Transcript written to ${join(dir, 'notes.md')}`);
    expect(readFileSync(join(dir, 'notes.md'), 'utf8')).toBe(`# dockerlings transcript: Notes in files

- Lesson: \`notes\`
- Backend: simulator
- Language: en
- Exported: 2026-11-22T10:15:00.000Z
- Progress: step 2 of 7

## Step 1/7: Write a note

\`\`\`console
learner@docker-host:~$ cat /tmp/note
cat: /tmp/note: No such file or directory
\`\`\`
exit code 1

> Hint 1/2: Use \`echo\` and \`>\`.

\`\`\`console
learner@docker-host:~$ echo hello > /tmp/note
\`\`\`
exit code 0

**✓ Step 1/7 done.** Checked:

- ✓ \`cat /tmp/note\`

## Step 2/7: Read it back
`);
  });

  it('completes the lesson and says what next', async () => {
    const { controller } = lessonController();
    await controller.start();
    for (const l of ['echo hello > /tmp/note', 'cat /tmp/note', 'echo $HOME', 'ls /tmp', 'echo bye >> /tmp/note', 'wc -l /tmp/note', 'cat /tmp/note']) await controller.submit(l);
    expect(kinds(controller).slice(-2)).toEqual(['passed', 'complete']);
    expect(controller.state.bar).toEqual({ kind: 'complete', total: 7, title: 'Notes in files' });
    expect(renderEntry(controller.state.entries.at(-1)!, ctx).split('\n').slice(1, 3)).toEqual(['── ★ Lesson complete: Notes in files ' + '─'.repeat(43), '']);
  });

  it('asks before quitting on Ctrl+C at an empty line; a line with text is only cancelled', async () => {
    const { controller } = lessonController();
    await controller.start();
    controller.interrupt('echo hal');
    expect(renderEntry(controller.state.entries.at(-1)!, ctx)).toBe('learner@docker-host:~$ echo hal^C');
    controller.interrupt('');
    expect(controller.state.confirm).toBe('quit');
    controller.answer(false);
    expect(controller.state.status.text).toBe('Cancelled.');
    controller.interrupt('');
    controller.answer(true);
    await expect(controller.done).resolves.toBe('quit');
  });

  it('leaves a container shell on Ctrl+D, and asks to quit at the login shell', async () => {
    const { controller, backend } = lessonController({ sandbox: true });
    await controller.start();
    await controller.submit('docker run -it --name box busybox sh');
    expect(controller.state.prompt).toBe('/ #');
    controller.eof();
    await until(() => backend.depth?.() === 1);
    expect(controller.state.prompt).toBe('learner@docker-host:~$');
    controller.eof();
    expect(controller.state.confirm).toBe('quit');
  });

  it('hands the terminal to an interactive command on a backend that can, and says when it is back', async () => {
    const { History } = await import('../../src/ui/shell/history.js');
    const { ShellController } = await import('../../src/ui/session/controller.js');
    const ran: string[] = [];
    const backend = {
      kind: 'docker' as const,
      run: async () => ({ stdout: '', stderr: '', exitCode: 0 }),
      check: async () => ({ stdout: '', stderr: '', exitCode: 0 }),
      prompt: () => 'learner@host:~$',
      reset: async () => undefined,
      dispose: async () => undefined,
      runInteractive: async (line: string) => {
        ran.push(line);
        return 130;
      },
    };
    let handedOver = 0;
    const c = new ShellController({ backend, lang: 'en', history: new History(), handOver: (fn) => (handedOver++, fn()) });
    await c.submit('docker exec -it web sh');
    await c.submit('docker ps');
    expect(ran).toEqual(['docker exec -it web sh']);
    expect(handedOver).toBe(1);
    expect(c.state.entries.slice(0, 3).map((e) => renderEntry(e, ctx))).toEqual([
      'learner@host:~$ docker exec -it web sh',
      "(the terminal is handed to 'docker exec -it web sh'; dockerlings resumes when it\nends)",
      '(back in dockerlings; exit code 130)',
    ]);
  });

  it('puts the backend’s question to the learner while a command waits for it (plain mode reads the answer)', async () => {
    const { PassThrough } = await import('node:stream');
    const { History } = await import('../../src/ui/shell/history.js');
    const { ShellController } = await import('../../src/ui/session/controller.js');
    const { LineReader } = await import('../../src/ui/plain/line-reader.js');
    const { runPlain } = await import('../../src/ui/plain/plain-session.js');
    const box: { c?: InstanceType<typeof ShellController> } = {};
    const backend = {
      kind: 'docker' as const,
      // As the real backend does with confirmHostChange: ask, then run the line or not.
      run: async (line: string) => ((await box.c!.ask('This changes your machine itself. Run it? (y/N)')) ? { stdout: `ran ${line}\n`, stderr: '', exitCode: 0 } : { stdout: '', stderr: 'not run\n', exitCode: 1 }),
      check: async () => ({ stdout: '', stderr: '', exitCode: 0 }),
      prompt: () => 'learner@host:~$',
      reset: async () => undefined,
      dispose: async () => undefined,
    };
    const c = new ShellController({ backend, lang: 'en', history: new History() });
    box.c = c;
    const input = new PassThrough();
    const out = new PassThrough();
    let text = '';
    out.on('data', (d: Buffer) => (text += d.toString()));
    const done = runPlain(c, new LineReader(input, out, false), out, { ...ctx, plain: true });
    input.end('sudo usermod -aG docker learner\ny\nip link add v0 type veth\nn\n');
    await expect(done).resolves.toBe('quit');
    expect(text).toBe(
      [
        'learner@host:~$ sudo usermod -aG docker learner',
        'This changes your machine itself. Run it? (y/N)',
        'y',
        'ran sudo usermod -aG docker learner',
        'learner@host:~$ ip link add v0 type veth',
        'This changes your machine itself. Run it? (y/N)',
        'n',
        'Cancelled.',
        'not run',
        '',
      ].join('\n'),
    );
  });

  it(':lessons ends the lesson for the menu', async () => {
    const { controller } = lessonController();
    await controller.start();
    await controller.submit(':lessons');
    await expect(controller.done).resolves.toBe('lessons');
  });

  it('speaks Korean', async () => {
    const { controller } = lessonController({ lang: 'ko' });
    await controller.start();
    await controller.submit('echo hello > /tmp/note');
    expect(renderEntry(controller.state.entries.at(-2)!, { ...ctx, msg: messages('ko') })).toBe('✓ 7단계 중 1단계 완료: 메모 쓰기\n  ✓ cat /tmp/note');
  });
});

describe('a recognised mistake', () => {
  it('is said with a command that shows it', () => {
    const e = { kind: 'diagnosis' as const, items: [{ text: 'Your shell is not in the docker group yet: it started before you joined it.', reveal: 'id' }] };
    expect(renderEntry(e, ctx)).toBe('! Your shell is not in the docker group yet: it started before you joined it.\n  See for yourself: id');
  });
});

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../ui/helpers.js';
import { bin, buildOnce, fixtureCourse, root } from './build.js';

// The built program with stdin from a pipe: the plain line mode a script or a screen reader
// follows. Every command line is echoed after its prompt, so the output reads as a session.
beforeAll(() => buildOnce(), 120_000);

function run(input: string, args: readonly string[] = [], home = tempDir('dl-plain-')) {
  const env: NodeJS.ProcessEnv = { ...process.env, DOCKERLINGS_HOME: home, LANG: 'en_US.UTF-8' };
  delete env.NO_COLOR;
  const r = spawnSync(process.execPath, [bin, ...args, '--lessons', fixtureCourse], { input, env, encoding: 'utf8' });
  return { ...r, home };
}

describe('the plain mode', () => {
  it('is a transcript: menu, lesson, a wrong command, a hint, the solution, quit', () => {
    const r = run('1\ncat /tmp/note\n:hint\necho hello > /tmp/note\n:solution\ny\n:quit\n');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`
dockerlings · 0 of 2 lessons complete (0%)
  Enter: Start: Notes in files
     1. Notes in files (0/7)
     2. One more (0/1)
  s. Free play: a shell on the simulated host, no lesson
  q. Quit
Choose a lesson (its number; Enter for the first choice; q to quit): 1
Notes in files

A lesson for the tests of the screen: it writes a note and reads it back.

Step 1/7 · Write a note

Write \`hello\` into \`/tmp/note\`:

    echo hello > /tmp/note

The shell opens the file for writing before \`echo\` runs: that is what \`>\` does.

learner@docker-host:~$ cat /tmp/note
cat: /tmp/note: No such file or directory
Not done yet. :hint for a hint, :check to see what is checked.
learner@docker-host:~$ :hint
Hint 1/2: Use \`echo\` and \`>\`.
learner@docker-host:~$ echo hello > /tmp/note
✓ Step 1/7 done: Write a note
  ✓ cat /tmp/note

Step 2/7 · Read it back

Print the note with \`cat\`.

learner@docker-host:~$ :solution
Show the solution? (y/N)
y
Solution:
    cat /tmp/note
learner@docker-host:~$ :quit
Bye! Your progress is saved.
`);
    expect(JSON.parse(readFileSync(join(r.home, 'progress.json'), 'utf8')).lessons.notes.simulator.steps).toEqual(['write-note']);
  });

  it('continues where it was left, in Korean with --lang (remembered)', () => {
    const first = run('\necho hello > /tmp/note\n', ['--lang', 'ko']);
    const again = run('\n', [], first.home);
    expect(again.stdout.split('\n').slice(1, 3)).toEqual(['dockerlings · 레슨 2개 중 0개 완료 (0%)', '  Enter: 이어서 하기: 파일에 메모하기 (7단계 중 2단계)']);
    expect(again.stdout).toContain('\n7단계 중 2단계 · 다시 읽기\n');
    expect(again.stdout.endsWith('안녕히 가세요! 진행 상황은 저장되어 있습니다.\n')).toBe(true);
  });

  it('ends quietly at the end of its input', () => {
    const r = run('2\necho more\n');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('★ Lesson complete: One more');
  });
});

describe('the bundle', () => {
  // What `dockerlings --version` and `dockerlings list` load: the entry and the chunks it
  // imports statically, then list's chunk and its static imports. None may hold the screen.
  it('keeps Ink, React and marked-terminal out of --version and list', () => {
    const meta = JSON.parse(readFileSync(join(root, '.tmp', 'bundle-meta.json'), 'utf8')) as { outputs: Record<string, { imports: { path: string; kind: string }[]; inputs: Record<string, unknown>; entryPoint?: string }> };
    const closure = (start: string, seen = new Set<string>()): Set<string> => {
      if (seen.has(start)) return seen;
      seen.add(start);
      for (const i of meta.outputs[start]?.imports ?? []) if (i.kind === 'import-statement' && i.path.startsWith('dist/')) closure(i.path, seen);
      return seen;
    };
    const entry = 'dist/cli.js';
    const list = meta.outputs[entry]?.imports.find((i) => i.kind === 'dynamic-import' && i.path.includes('list-command'))?.path as string;
    expect(list).toBeDefined();
    const loaded = [...closure(entry), ...closure(list)];
    const inputs = loaded.flatMap((o) => Object.keys(meta.outputs[o]?.inputs ?? {}));
    expect(inputs.filter((i) => /node_modules\/(ink|react|react-reconciler|yoga-layout|marked|marked-terminal|@inquirer)\//.test(i))).toEqual([]);
    // --version loads only the entry and a few small chunks (usage, the error types).
    const versionBytes = [...closure(entry)].reduce((n, o) => n + ((meta.outputs[o] as { bytes?: number }).bytes ?? 0), 0);
    expect(versionBytes).toBeLessThan(20_000);
  });
});

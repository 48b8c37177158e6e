import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSimulatedBackend } from '../../src/backend/simulated.js';
import { loadCourse } from '../../src/course/loader.js';
import { ProgressStore } from '../../src/course/progress.js';
import { LessonRun } from '../../src/course/runner.js';

const course = loadCourse(join(import.meta.dirname, 'fixtures', 'good'));
const files = course.lessons[0]!;
const types = (events: readonly { type: string }[]) => events.map((e) => e.type);

describe('a lesson run', () => {
  it('shows output, keeps the step open on a wrong command, passes it on the right one', async () => {
    const run = new LessonRun(files, createSimulatedBackend({ kind: 'simulator' }), 'en');
    await run.start();
    const wrong = await run.submit('echo hullo > /tmp/note');
    expect(types(wrong)).toEqual(['output', 'step-status']);
    const right = await run.submit('echo hello > /tmp/note');
    expect(types(right)).toEqual(['output', 'step-passed']);
    expect(run.step?.id).toBe('read-note');
    const done = await run.submit('cat /tmp/note');
    expect(types(done)).toEqual(['output', 'step-passed', 'lesson-complete']);
    expect(run.complete).toBe(true);
  });

  it('names a classic mistake with the failed step, before any hint (diagnosis)', async () => {
    const run = new LessonRun(files, createSimulatedBackend({ kind: 'simulator' }), 'en');
    await run.start();
    const events = await run.submit('docker run -d --name quick ubuntu:16.04');
    const status = events.find((e) => e.type === 'step-status') as { diagnosis?: readonly { rule: string }[] } | undefined;
    expect(status?.diagnosis?.map((d) => d.rule)).toEqual(['exited-at-once']);
    // A failure no rule recognises carries no diagnosis field at all.
    const plain = (await run.submit('echo hullo > /tmp/note')).find((e) => e.type === 'step-status');
    expect(plain && 'diagnosis' in plain).toBe(false);
  });

  it('gives hints one by one, then stays on the last', async () => {
    const run = new LessonRun(files, createSimulatedBackend({ kind: 'simulator' }), 'ko');
    const texts = [];
    for (let i = 0; i < 3; i++) texts.push(((await run.submit(':hint'))[0] as { text: string }).text);
    expect(texts).toEqual(['Use `echo` and `>`.', '`echo hello > /tmp/note`', '`echo hello > /tmp/note`']);
  });

  it('skips by replaying the solution, so the next step finds the state it expects', async () => {
    const run = new LessonRun(files, createSimulatedBackend({ kind: 'simulator' }), 'en');
    expect(await run.submit(':skip')).toEqual([{ type: 'moved', step: 'read-note', why: 'skip' }]);
    expect(types(await run.submit('cat /tmp/note'))).toEqual(['output', 'step-passed', 'lesson-complete']);
  });

  it('saves progress after each step and resumes there on a new host', async () => {
    const store = new ProgressStore(join(mkdtempSync(join(tmpdir(), 'dl-run-')), 'progress.json')).load();
    const first = new LessonRun(files, createSimulatedBackend({ kind: 'simulator' }), 'en', store);
    await first.start();
    await first.submit('echo hello > /tmp/note');
    const resumed = new LessonRun(files, createSimulatedBackend({ kind: 'simulator' }), 'en', new ProgressStore(store.file).load());
    expect(resumed.step?.id).toBe('read-note');
    await resumed.start();
    expect(types(await resumed.submit('cat /tmp/note'))).toEqual(['output', 'step-passed', 'lesson-complete']);
  });

  it('answers an unknown runner command plainly', async () => {
    const run = new LessonRun(files, createSimulatedBackend({ kind: 'simulator' }), 'en');
    expect(await run.submit(':frobnicate')).toEqual([{ type: 'notice', text: 'Unknown command :frobnicate. Type :help for the list.' }]);
  });
});

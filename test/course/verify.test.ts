import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSimulatedBackend } from '../../src/backend/simulated.js';
import { loadCourse } from '../../src/course/loader.js';
import { formatVerdict, verifyLesson } from '../../src/course/verify.js';
import type { Lesson } from '../../src/course/loader.js';

const course = loadCourse(join(import.meta.dirname, 'fixtures', 'good'));
const sim = async () => createSimulatedBackend({ kind: 'simulator' });
const lesson = (id: string) => course.lessons.find((l) => l.spec.id === id) as Lesson;

describe('verify', () => {
  it('proves a lesson: the start fails its first check, each solution passes its step', async () => {
    const v = await verifyLesson(lesson('files'), 'simulator', sim);
    expect(formatVerdict(v)).toBe('✓ 01-files [simulator]\n    ✓ start state fails the first step\n    ✓ write-note\n    ✓ read-note\n');
  });

  it('compares with what the host reports through step variables', async () => {
    const v = await verifyLesson(lesson('vars'), 'simulator', sim);
    expect(v.ok).toBe(true);
  });

  it('fails a lesson whose solution does not do what its check wants, and says why', async () => {
    const broken: Lesson = { ...lesson('files'), spec: { ...lesson('files').spec, steps: [{ ...lesson('files').spec.steps[0]!, solution: 'echo bye > /tmp/note' }] } };
    const v = await verifyLesson(broken, 'simulator', sim);
    expect(formatVerdict(v)).toBe('✗ 01-files [simulator]\n    ✓ start state fails the first step\n    ✗ write-note\n        cat /tmp/note: expected output "hello", got "bye"\n');
  });

  it('fails a lesson that is already done before it starts', async () => {
    const trivial: Lesson = { ...lesson('files'), spec: { ...lesson('files').spec, steps: [{ id: 'x', solution: 'true', check: { run: 'echo hi', stdout: 'hi' } }] } };
    const v = await verifyLesson(trivial, 'simulator', sim);
    expect(v.ok).toBe(false);
    expect(v.startFails).toBe(false);
  });

  it('skips a lesson on a backend it does not name', async () => {
    const v = await verifyLesson(lesson('files'), 'docker', sim);
    expect(v.skipped).toBe('the lesson does not run on docker');
  });
});

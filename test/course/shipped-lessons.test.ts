import { describe, expect, it } from 'vitest';
import { createBackend } from '../../src/backend/factory.js';
import { defaultLessonsDir, inspectCourse } from '../../src/course/loader.js';
import { formatProblem } from '../../src/course/problems.js';
import { backendOptionsFor, formatVerdict, verifyLesson } from '../../src/course/verify.js';
import { ensureFixtureImages, realEngineStatus } from '../differential/real-engine.js';

// The course that ships: it lints clean, and every lesson is proved by replaying its
// solutions (passes) after its start state (fails), on each backend it names.
const { course, problems } = inspectCourse(defaultLessonsDir());
const realEngine = realEngineStatus();

describe('the shipped lessons', () => {
  it('lint clean', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  describe.each(course?.lessons ?? [])('$folder', (lesson) => {
    it.runIf(lesson.spec.backends.includes('simulator'))('verifies on the simulator', async () => {
      const v = await verifyLesson(lesson, 'simulator', () => createBackend(backendOptionsFor(lesson, 'simulator')));
      expect(formatVerdict(v)).not.toMatch(/✗/);
      expect(v.ok).toBe(true);
    });

    it.runIf(lesson.spec.backends.includes('docker') && realEngine.available)('verifies on the real engine', { timeout: 300_000 }, async () => {
      await ensureFixtureImages();
      const v = await verifyLesson(lesson, 'docker', () => createBackend(backendOptionsFor(lesson, 'docker')));
      expect(formatVerdict(v)).not.toMatch(/✗/);
      expect(v.ok).toBe(true);
    });
  });
});

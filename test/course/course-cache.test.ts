import { cpSync, readdirSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadCourseCached } from '../../src/course/course-cache.js';
import { loadCourse } from '../../src/course/loader.js';
import { tempDir } from '../ui/helpers.js';

const fixture = join(import.meta.dirname, '..', 'ui', 'fixtures', 'course');

describe('the course cache', () => {
  let home: string;
  beforeEach(() => {
    home = tempDir('dl-cache-');
    vi.stubEnv('DOCKERLINGS_HOME', home);
  });
  afterEach(() => vi.unstubAllEnvs());

  it('gives back what the loader read, prose maps included, from its JSON the second time', async () => {
    const direct = loadCourse(fixture);
    const first = await loadCourseCached(fixture);
    expect(readdirSync(join(home, 'cache'))).toHaveLength(1);
    const second = await loadCourseCached(fixture);
    expect(second).toEqual(direct);
    expect(second.lessons[0]?.prose.get('ko')?.steps.get('home')?.title).toBe('홈은 어디인가');
    expect(first).toEqual(second);
  });

  it('reads the lessons again when one of their files changed', async () => {
    const dir = join(tempDir('dl-course-'), 'course');
    cpSync(fixture, dir, { recursive: true });
    await loadCourseCached(dir);
    cpSync(join(fixture, '02-more', 'en.md'), join(dir, '01-notes', 'en.md'));
    const later = new Date(Date.now() + 5000);
    utimesSync(join(dir, '01-notes', 'en.md'), later, later);
    // The changed prose no longer matches the lesson: the loader runs and says so.
    await expect(loadCourseCached(dir)).rejects.toThrow(/no section for step write-note/);
  });
});

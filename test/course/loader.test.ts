import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectCourse } from '../../src/course/loader.js';
import { formatProblem } from '../../src/course/problems.js';

const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name);
const problemsOf = (name: string) =>
  inspectCourse(fixture(name)).problems.map((p) => formatProblem({ ...p, file: p.file.replace(/^.*fixtures\//, '') }));

describe('loading a lessons folder', () => {
  it('loads a valid course with its prose and hints in both languages', () => {
    const { course, problems } = inspectCourse(fixture('good'));
    expect(problems).toEqual([]);
    expect(course?.lessons.map((l) => l.spec.id)).toEqual(['files', 'vars']);
    const step = course?.lessons[0]?.prose.get('ko')?.steps.get('write-note');
    expect(step?.hints).toEqual(['Use `echo` and `>`.', '`echo hello > /tmp/note`']);
  });

  it('reports a YAML syntax error at its line', () => {
    // The parser notices the missing quote where the file ends.
    expect(problemsOf('bad-yaml')).toEqual(['bad-yaml/01-x/lesson.yaml:6: Missing closing "quote']);
  });

  it('reports schema problems at the line of the offending node', () => {
    expect(problemsOf('bad-schema')).toEqual([
      'bad-schema/01-x/lesson.yaml:9: steps.1.id: step ids are lowercase words joined by hyphens',
      'bad-schema/01-x/lesson.yaml:13: steps.1.check: Unrecognized key: "stout"',
    ]);
  });

  it('refuses a check that changes state', () => {
    expect(problemsOf('bad-mutating')).toEqual([
      "bad-mutating/01-x/lesson.yaml:7: check \"docker network create mynet\" is not read-only: 'docker network create' changes state",
      'bad-mutating/01-x/en.md:12: section {#ok-step} matches no step of lesson.yaml',
      'bad-mutating/01-x/ko.md:12: section {#ok-step} matches no step of lesson.yaml',
    ]);
  });

  it('reports missing prose, missing hints and stray sections per language', () => {
    expect(problemsOf('bad-prose')).toEqual([
      'bad-prose/01-x/en.md:5: step a has no hints: add "### Hints {#hints}" with at least one item',
      'bad-prose/01-x/en.md:1: no section for step b: add "## Title {#b}"',
      'bad-prose/01-x/en.md:9: section {#zzz} matches no step of lesson.yaml',
      'bad-prose/01-x/ko.md:1: missing: every lesson has prose in en, ko',
    ]);
  });

  it('reports a manifest entry without a lesson', () => {
    expect(problemsOf('bad-manifest')).toEqual(['bad-manifest/course.yaml:3: lesson folder 02-missing has no lesson.yaml']);
  });
});

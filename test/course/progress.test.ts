import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProgressStore } from '../../src/course/progress.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'dockerlings-progress-'));

describe('progress', () => {
  it('starts empty, records steps per backend and survives a reload', () => {
    const file = join(tmp(), 'sub', 'progress.json');
    const p = new ProgressStore(file).load();
    expect(p.notice).toBeUndefined();
    p.markStep('docker-group', 'simulator', 'see-denied');
    p.markStep('docker-group', 'simulator', 'see-denied');
    p.markComplete('docker-group', 'simulator', new Date('2026-01-02T03:04:05Z'));
    p.save();
    const again = new ProgressStore(file).load();
    expect(again.stepsDone('docker-group', 'simulator')).toEqual(['see-denied']);
    expect(again.stepsDone('docker-group', 'docker')).toEqual([]);
    expect(again.isComplete('docker-group', 'simulator')).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      version: 1, settings: {}, last: { lesson: 'docker-group', backend: 'simulator' },
      lessons: { 'docker-group': { simulator: { steps: ['see-denied'], completedAt: '2026-01-02T03:04:05.000Z' } } },
    });
  });

  it('writes atomically: no temporary file is left beside it', () => {
    const dir = tmp();
    const p = new ProgressStore(join(dir, 'progress.json')).load();
    p.markStep('a', 'docker', 's');
    p.save();
    expect(readdirSync(dir)).toEqual(['progress.json']);
  });

  it.each([
    ['not JSON', '{"version": 1, "less', /Unterminated string|Unexpected end/],
    ['a wrong shape', '{"version": 2, "lessons": {}}', /version: Invalid input/],
  ])('keeps a file with %s aside, says so, and starts fresh', (_name, content, reason) => {
    const dir = tmp();
    const file = join(dir, 'progress.json');
    writeFileSync(file, content);
    const p = new ProgressStore(file).load();
    expect(p.notice).toMatch(reason);
    expect(p.notice).toMatch(/It was kept as .*progress\.json\.corrupt-/);
    const aside = readdirSync(dir).find((f) => f.startsWith('progress.json.corrupt-')) as string;
    expect(readFileSync(join(dir, aside), 'utf8')).toBe(content);
    expect(existsSync(file)).toBe(false);
    expect(p.stepsDone('a', 'simulator')).toEqual([]);
  });

  it('resets one lesson or all progress, keeping the settings', () => {
    const p = new ProgressStore(join(tmp(), 'progress.json')).load();
    p.setting('lang', 'ko');
    p.markStep('a', 'simulator', 's1');
    p.markStep('b', 'simulator', 's1');
    p.reset('a');
    expect(p.stepsDone('a', 'simulator')).toEqual([]);
    expect(p.stepsDone('b', 'simulator')).toEqual(['s1']);
    p.reset();
    expect(p.snapshot).toEqual({ version: 1, settings: { lang: 'ko' }, lessons: {} });
  });
});

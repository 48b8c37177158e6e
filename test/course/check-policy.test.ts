import { mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPolicy, ConsentStore, grantCheckConsent, unsafeChecks } from '../../src/course/check-policy.js';
import { defaultLessonsDir, loadCourse } from '../../src/course/loader.js';

const unsafeDir = join(import.meta.dirname, '..', 'real', 'fixtures', 'drb-unsafe');
const consentFile = () => join(mkdtempSync(join(tmpdir(), 'drb-consent-')), 'check-consent.json');

describe('the check policy on a real engine', () => {
  const lesson = loadCourse(unsafeDir).lessons[0];
  if (!lesson) throw new Error('fixture missing');

  it('a custom folder with a check that writes still loads (lint reports it)', () => {
    expect(lesson.notReadOnly?.map((p) => p.reason)).toEqual([`check "touch /tmp/drb-check-ran" is not read-only: 'touch' is not a known read-only command`]);
    expect(unsafeChecks(lesson)).toEqual([{ step: 'look', line: 'touch /tmp/drb-check-ran', reason: "'touch' is not a known read-only command" }]);
  });

  it('is refused on docker with the reason, never on the simulator', () => {
    const store = new ConsentStore(consentFile()).load();
    expect(checkPolicy(lesson, 'simulator', store)).toEqual({ ok: true });
    const p = checkPolicy(lesson, 'docker', store);
    expect(p.ok).toBe(false);
    if (p.ok) return;
    expect(p.folder).toBe(realpathSync(unsafeDir));
    expect(p.reason).toBe(
      `Lesson drb-unsafe from ${realpathSync(unsafeDir)} has a check that would change your machine, not only look at it:\n` +
        `  touch /tmp/drb-check-ran   ('touch' is not a known read-only command)\n` +
        'Checks run after every command you type, on your real Docker engine. Allow them once for this folder, or take the lesson on the simulator (--backend simulator).',
    );
  });

  it('runs once the learner agreed for that folder, kept in a file; a new unsafe line asks again', () => {
    const file = consentFile();
    grantCheckConsent(lesson, new ConsentStore(file).load());
    expect(checkPolicy(lesson, 'docker', new ConsentStore(file).load())).toEqual({ ok: true });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ version: 1, folders: { [realpathSync(unsafeDir)]: { grantedAt: expect.any(String), lines: ['touch /tmp/drb-check-ran'] } } });
    const changed = { ...lesson, spec: { ...lesson.spec, steps: [{ ...lesson.spec.steps[0], id: 'look', solution: 'x', check: { run: 'rm -f /tmp/x' } }] } } as typeof lesson;
    expect(checkPolicy(changed, 'docker', new ConsentStore(file).load()).ok).toBe(false);
  });

  it('an unreadable consent file is no consent', () => {
    const file = consentFile();
    writeFileSync(file, '{ not json');
    expect(checkPolicy(lesson, 'docker', new ConsentStore(file).load()).ok).toBe(false);
  });

  it('the built-in course needs no consent', () => {
    const store = new ConsentStore(consentFile()).load();
    for (const l of loadCourse(defaultLessonsDir()).lessons) expect(checkPolicy(l, 'docker', store), l.folder).toEqual({ ok: true });
  });
});

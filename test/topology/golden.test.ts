import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSimulatedBackend } from '../../src/backend/simulated.js';
import { loadCourse } from '../../src/course/loader.js';
import { collectTopology } from '../../src/course/topology/collect.js';
import { diffTopology, isEmptyDiff } from '../../src/course/topology/diff.js';
import { backendOptionsFor, runSetup, solutionLines, stepsFor } from '../../src/course/verify.js';
import { makeStyle } from '../../src/ui/text/style.js';
import { renderTopology } from '../../src/ui/topology/picture.js';
import { renderTopologyPlain } from '../../src/ui/topology/plain.js';

/**
 * The picture of each shipped lesson's end state (its setup, then every step's solution,
 * replayed on the simulator), compared with the files in golden/ that a reviewer reads:
 *   <lesson>.60.txt, <lesson>.100.txt          no colour, 60 and 100 columns
 *   <lesson>.60.color.txt, <lesson>.100.color.txt   the same with colour (`cat` them in a terminal)
 *   <lesson>.plain.txt                          --plain, for screen readers
 *   <lesson>.steps.txt                          the picture after each step that changed it, what
 *                                               changed marked (100 columns, no colour)
 * A new lesson, or a deliberate change of the picture: UPDATE_GOLDEN=1 npx vitest run test/topology
 */
const GOLDEN = join(import.meta.dirname, 'golden');
const update = process.env.UPDATE_GOLDEN === '1';
const course = loadCourse();

/**
 * docker-proxy PIDs move whenever the simulated host runs one process more or less (a lesson's
 * setup, a check, the process model): written as N, so the files change only with the picture.
 */
const stable = (s: string): string => s.replace(/(pid|PID) \d+/g, '$1 N');

function golden(name: string, raw: string): void {
  const actual = stable(raw);
  const file = join(GOLDEN, name);
  if (update || !existsSync(file)) {
    if (!update) throw new Error(`no golden file ${name}: run UPDATE_GOLDEN=1 npx vitest run test/topology, then read it`);
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe("the picture of each shipped lesson's end state", () => {
  for (const lesson of course.lessons.filter((l) => l.spec.backends.includes('simulator'))) {
    it(`${lesson.folder}`, async () => {
      const backend = createSimulatedBackend(backendOptionsFor(lesson, 'simulator'));
      expect(await runSetup(lesson, backend)).toBeUndefined();
      let previous = await collectTopology(backend);
      const steps = [`### start (after the setup)\n\n${renderTopology(previous, { width: 100 })}`];
      for (const step of stepsFor(lesson, 'simulator')) {
        for (const line of solutionLines(step)) await backend.run(line);
        const now = await collectTopology(backend);
        if (isEmptyDiff(diffTopology(previous, now))) continue;
        steps.push(`### after step ${step.id}: ${solutionLines(step).join(' ; ')}\n\n${renderTopology(now, { width: 100, previous })}`);
        previous = now;
      }
      golden(`${lesson.folder}.steps.txt`, steps.join('\n'));
      const graph = previous;
      for (const width of [60, 100]) {
        const bare = renderTopology(graph, { width, lang: 'en' });
        for (const line of bare.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(width);
        golden(`${lesson.folder}.${width}.txt`, bare);
        golden(`${lesson.folder}.${width}.color.txt`, renderTopology(graph, { width, lang: 'en', style: makeStyle(true) }));
      }
      golden(`${lesson.folder}.plain.txt`, renderTopologyPlain(graph, { lang: 'en' }));
    });
  }
});

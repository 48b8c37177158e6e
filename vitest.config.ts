import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

// Tests never write progress, history or the real backend's records into the user's own
// data directory: unless a test says otherwise, DOCKERLINGS_HOME is a fresh temporary folder.
const home = process.env.DOCKERLINGS_HOME ?? mkdtempSync(join(tmpdir(), 'dockerlings-test-home-'));

// Two groups, run one after the other. The real-engine suites share one dockerd (and the
// differential suite restarts it before each scenario), so they run alone and one file at
// a time, after everything else.
const REAL_ENGINE = ['test/differential/differential.test.ts', 'test/differential/docker-backend.test.ts', 'test/course/shipped-lessons.test.ts', 'test/real/**/*.test.ts'];

export default defineConfig({
  test: {
    env: { DOCKERLINGS_HOME: home },
    testTimeout: 20_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts', 'test/**/*.test.tsx'], exclude: ['**/node_modules/**', ...REAL_ENGINE], sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: { name: 'real-engine', include: REAL_ENGINE, fileParallelism: false, sequence: { groupOrder: 1 } },
      },
    ],
  },
});

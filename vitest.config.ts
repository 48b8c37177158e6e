import { defineConfig } from 'vitest/config';

// Two groups, run one after the other. The real-engine suites share one dockerd (and the
// differential suite restarts it before each scenario), so they run alone and one file at
// a time, after everything else.
const REAL_ENGINE = ['test/differential/differential.test.ts', 'test/differential/docker-backend.test.ts', 'test/course/shipped-lessons.test.ts', 'test/real/**/*.test.ts'];

export default defineConfig({
  test: {
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

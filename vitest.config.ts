import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    testTimeout: 20_000,
    hookTimeout: 120_000,
    // The real-engine suites share one dockerd: never run two files against it at once.
    fileParallelism: true,
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e-test.ts'],
          environment: 'node',
          // A real Chromium against a running portal: launches and page loads take seconds, not milliseconds.
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // Files share one portal and one machine; running them one after another keeps Chromium's footprint small.
          fileParallelism: false,
        },
      },
    ],
  },
});

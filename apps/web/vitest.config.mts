import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', include: ['src/**/*.test.ts'], environment: 'node' },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e-test.ts'],
          environment: 'node',
          // Brings up `npm run demo` unless TESSERA_WEB_URL points at a running portal.
          globalSetup: ['test/e2e/demo-stack.ts'],
          // Fails a test that leaves a console error or a failed request behind (test/e2e/problems.ts).
          setupFiles: ['test/e2e/setup.ts'],
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

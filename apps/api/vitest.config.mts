import { createRequire } from 'node:module';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// SWC compiles the tests the way tsc compiles the app: decorators with metadata, which
// NestJS dependency injection needs and esbuild does not emit.
const plugins = [swc.vite({ module: { type: 'es6' }, jsc: { target: 'es2022' } })];

// graphql ships ESM and CommonJS builds; NestJS loads the CommonJS one, so tests must too,
// or the schema's types come from two "realms" and graphql-js refuses them.
const require = createRequire(import.meta.url);
const resolve = {
  alias: ['graphql', 'graphql-query-complexity'].map((name) => ({
    find: new RegExp(`^${name}$`),
    replacement: require.resolve(name),
  })),
};

export default defineConfig({
  plugins,
  resolve,
  test: {
    projects: [
      {
        plugins,
        resolve,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        plugins,
        resolve,
        test: {
          name: 'integration',
          include: ['test/**/*.int-test.ts'],
          environment: 'node',
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Suites own their databases, queue prefixes and topics, so files run in parallel.
          pool: 'forks',
          fileParallelism: true,
        },
      },
    ],
  },
});

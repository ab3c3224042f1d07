import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed GraphQL operations for the portal, generated offline from the API's committed SDL.
 * Operations are written inline with `graphql(...)` from '@/generated/graphql' in
 * `*.query.ts` and `*.actions.ts` files; `npm run codegen` (run by `build`) regenerates the
 * typed documents in src/generated/graphql, which are committed so typecheck and lint need no step first.
 */
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/generated/graphql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: {
        // The server sends documents as strings; no GraphQL AST library reaches the bundle.
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        strictScalars: true,
        scalars: {
          DateTime: 'string',
          JSON: 'unknown',
          JSONObject: 'Record<string, unknown>',
        },
      },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;

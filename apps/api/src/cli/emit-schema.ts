// Writes the GraphQL SDL built from the code to apps/api/schema.graphql.
import { writeFile } from 'node:fs/promises';
import { buildSchemaSdl, SCHEMA_FILE } from '../infra/graphql/schema-file';

buildSchemaSdl()
  .then((sdl) => writeFile(SCHEMA_FILE, sdl))
  .then(() => process.stdout.write(`wrote ${SCHEMA_FILE}\n`))
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });

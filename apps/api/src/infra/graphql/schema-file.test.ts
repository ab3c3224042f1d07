import { describe, expect, it } from 'vitest';
import { buildSchemaSdl, readSchemaFile, sdlDifferences } from './schema-file';

describe('the committed GraphQL schema file', () => {
  it('matches the schema the code builds (run `npm run schema:emit` after changing the API)', async () => {
    const [fromFile, fromCode] = await Promise.all([readSchemaFile(), buildSchemaSdl()]);
    expect(sdlDifferences(fromFile, fromCode)).toEqual([]);
  });

  it('reports a field the code has and the file lacks, and the reverse', async () => {
    const fromCode = await buildSchemaSdl();
    const staleFile = fromCode
      .replace(/^\s+workerHeartbeatAt: DateTime\n/m, '')
      .replace('type ApiInfo {', 'type ApiInfo {\n  uptimeSeconds: Int!');
    expect(staleFile).not.toBe(fromCode);
    expect(sdlDifferences(staleFile, fromCode)).toEqual(['+   workerHeartbeatAt: DateTime', '-   uptimeSeconds: Int!']);
  });
});

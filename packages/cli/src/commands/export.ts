import { writeFile } from 'node:fs/promises';
import { Document } from 'yaml';
import { ApiError, type GraphqlClient } from '../api-client';
import { EXIT, exitCodeForErrorCode, type ExitCode } from '../exit-codes';
import type { Io } from '../io';

export const EXPORT_QUERY = `
  query DataProductDescriptor($slug: String!) {
    dataProductDescriptor(slug: $slug)
  }`;

/** YAML in the key order the API gives (the standard's order), without folding long lines. */
export function descriptorYaml(document: Record<string, unknown>): string {
  return new Document(document).toString({ lineWidth: 0 });
}

/** `tessera export <product> [-o file]`: the product's descriptor as YAML. */
export async function exportCommand(
  options: { slug: string; output?: string },
  client: GraphqlClient,
  io: Io,
): Promise<ExitCode> {
  try {
    const data = await client.request<{ dataProductDescriptor: Record<string, unknown> | null }>(EXPORT_QUERY, {
      slug: options.slug,
    });
    if (!data.dataProductDescriptor) {
      io.err(`${options.slug}: no such data product`);
      return EXIT.REFUSED;
    }
    const text = descriptorYaml(data.dataProductDescriptor);
    if (options.output) {
      await writeFile(options.output, text);
      io.err(`wrote ${options.output}`);
    } else {
      text
        .trimEnd()
        .split('\n')
        .forEach((line) => io.out(line));
    }
    return EXIT.OK;
  } catch (error) {
    if (!(error instanceof ApiError)) {
      io.err(error instanceof Error ? error.message : String(error));
      return EXIT.FAILURE;
    }
    io.err(`${options.slug}: ${error.code ?? 'ERROR'}${error.reason ? ` ${error.reason}` : ''}: ${error.message}`);
    return exitCodeForErrorCode(error.code);
  }
}

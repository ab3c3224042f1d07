import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { AppModule } from '../../app.module';
import { loadConfig } from '../../config/app-config';

/** The committed SDL file that clients (the portal's codegen, the CLI) build against. */
export const SCHEMA_FILE = join(__dirname, '..', '..', '..', 'schema.graphql');

const HEADER = '# Generated from the code-first resolvers by `npm run schema:emit`. Do not edit by hand.\n\n';

/** Builds the API's schema from the code, as the running API would, and prints it sorted. */
export async function buildSchemaSdl(): Promise<string> {
  // A placeholder configuration: building the schema connects to nothing.
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: 'postgresql://schema@localhost/schema',
    REDIS_URL: 'redis://localhost:6379',
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), new FastifyAdapter(), {
    logger: false,
  });
  try {
    await app.init();
    const { schema } = app.get(GraphQLSchemaHost);
    return HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
  } finally {
    await app.close();
  }
}

export async function readSchemaFile(): Promise<string> {
  return readFile(SCHEMA_FILE, 'utf8');
}

/** Lines present on one side only, prefixed "+" (code) or "-" (file); empty when equal. */
export function sdlDifferences(fromFile: string, fromCode: string): string[] {
  const fileLines = fromFile.split('\n');
  const codeLines = fromCode.split('\n');
  const inFile = new Set(fileLines);
  const inCode = new Set(codeLines);
  const differences = [
    ...codeLines.filter((line) => !inFile.has(line)).map((line) => `+ ${line}`),
    ...fileLines.filter((line) => !inCode.has(line)).map((line) => `- ${line}`),
  ];
  if (differences.length === 0 && fromFile !== fromCode) differences.push('~ the same lines in a different order');
  return differences;
}

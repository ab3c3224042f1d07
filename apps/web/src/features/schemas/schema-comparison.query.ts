import 'server-only';
import { graphql } from '@/generated/graphql';
import type { SchemaComparisonQuery } from '@/generated/graphql/graphql';
import { requestGraphQL } from '@/lib/api';
import { GraphQLRequestError } from '@/lib/graphql';

const schemaComparisonQuery = graphql(`
  query SchemaComparison($portId: ID!, $from: Int!, $to: Int!) {
    compareSchemaVersions(portId: $portId, from: $from, to: $to) {
      format
      from {
        version
        contractVersion
      }
      to {
        version
        contractVersion
      }
      fields {
        path
        change
        aspects
        fromType
        toType
        fromDoc
        toDoc
      }
      changes {
        kind
        path
        message
        breaks
      }
    }
  }
`);

export type SchemaComparison = SchemaComparisonQuery['compareSchemaVersions'];

/** Two versions of a port's schema compared field by field; null when either version does not exist. */
export async function loadSchemaComparison(portId: string, from: number, to: number): Promise<SchemaComparison | null> {
  try {
    return (await requestGraphQL(schemaComparisonQuery, { portId, from, to })).compareSchemaVersions;
  } catch (error) {
    if (error instanceof GraphQLRequestError && (error.code === 'NOT_FOUND' || error.code === 'VALIDATION_FAILED')) {
      return null;
    }
    throw error;
  }
}

import { GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { ErrorCategory } from './domain-error';

/**
 * A list field costs its children times the page size asked for (first/last), so a client
 * cannot request 100 x 100 x 100 nested items under a flat depth limit.
 */
export const pageSizeEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const size = Number(args.first ?? args.last ?? 0);
  if (Number.isFinite(size) && size > 0) return 1 + childComplexity * size;
  return undefined;
};

/** The estimated cost of one operation, with variables applied. */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName?: string,
): number {
  return getComplexity({
    schema,
    query: document,
    variables: variables ?? {},
    operationName,
    estimators: [pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
  });
}

/**
 * Refuses an operation whose cost exceeds the limit. It runs before execution rather than as
 * a validation rule because the cost depends on variables, and mercurius caches validation.
 */
export function assertQueryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  maxCost: number,
  operationName?: string,
): void {
  const cost = queryCost(schema, document, variables, operationName);
  if (cost > maxCost) {
    throw new GraphQLError(`Query cost ${cost} exceeds the limit of ${maxCost}`, {
      extensions: { code: ErrorCategory.VALIDATION_FAILED, reason: 'QUERY_TOO_COSTLY', cost, maxCost },
    });
  }
}

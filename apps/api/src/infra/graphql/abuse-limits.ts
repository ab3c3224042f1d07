import {
  BREAK,
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  visit,
  type DocumentNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { ErrorCategory } from './domain-error';

/**
 * Refuses operations with more aliases than `max`: aliases let one small query ask for the
 * same expensive field hundreds of times, which depth limits do not see.
 */
export function aliasLimitRule(max: number): ValidationRule {
  return (context: ValidationContext) => {
    let aliases = 0;
    return {
      Field(node) {
        if (!node.alias) return;
        aliases += 1;
        if (aliases === max + 1) {
          context.reportError(
            new GraphQLError(`The operation uses more than ${max} aliases`, {
              nodes: [node],
              extensions: { code: ErrorCategory.VALIDATION_FAILED, reason: 'TOO_MANY_ALIASES', maxAliases: max },
            }),
          );
        }
      },
    };
  };
}

/** Introspection is for development tools; in production the schema is published as SDL instead. */
export function productionRules(production: boolean): ValidationRule[] {
  return production ? [NoSchemaIntrospectionCustomRule] : [];
}

/** "Did you mean …?" hints describe the schema to someone probing it; production drops them. */
export function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean .*\?$/s, '');
}

function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  // Variables come from JSON, so they are trees; the depth bound only guards the recursion.
  if (depth > 64 || typeof value !== 'object' || value === null) return false;
  return Object.entries(value).some(([key, item]) => key.includes('\u0000') || containsNul(item, depth + 1));
}

/**
 * Refuses NUL characters in any string argument or variable. No column can store one
 * (Postgres text refuses U+0000), so without this check such input would reach the database
 * and come back as an internal error instead of a validation error.
 */
export function assertNoNulCharacters(document: DocumentNode, variables: Record<string, unknown> | undefined): void {
  let found = containsNul(variables);
  if (!found)
    visit(document, {
      StringValue(node) {
        if (node.value.includes('\u0000')) {
          found = true;
          return BREAK;
        }
        return undefined;
      },
    });
  if (found)
    throw new GraphQLError('Text must not contain NUL (U+0000) characters', {
      extensions: { code: ErrorCategory.VALIDATION_FAILED, reason: 'NUL_CHARACTER' },
    });
}

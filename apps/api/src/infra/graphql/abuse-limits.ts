import { GraphQLError, NoSchemaIntrospectionCustomRule, type ValidationContext, type ValidationRule } from 'graphql';
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

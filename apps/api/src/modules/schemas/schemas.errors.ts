import { defineErrors, ErrorCategory } from '../../infra/graphql/domain-error';

/**
 * The schemas feature's reason codes. A port whose product is hidden from the viewer answers
 * OUTPUT_PORT_NOT_FOUND exactly like a missing one.
 */
export const schemasError = defineErrors({
  OUTPUT_PORT_NOT_FOUND: { category: ErrorCategory.NOT_FOUND, message: 'No such output port' },
  SCHEMA_VERSION_NOT_FOUND: { category: ErrorCategory.NOT_FOUND, message: 'No such schema version of this port' },
  REGISTRY_SUBJECT_NOT_FOUND: { category: ErrorCategory.NOT_FOUND, message: 'The registry has no such subject' },
  SCHEMA_INVALID: { category: ErrorCategory.VALIDATION_FAILED, message: 'The schema is not valid' },
  CONTRACT_VERSION_BACKWARDS: {
    category: ErrorCategory.VALIDATION_FAILED,
    message: "The contract version cannot go below the port's current contract version",
  },
  SCHEMA_FORMAT_MISMATCH: {
    category: ErrorCategory.VALIDATION_FAILED,
    message: "The schema's format differs from the format of the port's earlier versions",
  },
  REGISTRY_NOT_CONFIGURED: {
    category: ErrorCategory.VALIDATION_FAILED,
    message: 'The port is not a Kafka topic on a cluster with a schema registry',
  },
  SCHEMA_INCOMPATIBLE: {
    category: ErrorCategory.CONFLICT,
    message: "The schema breaks the port's compatibility mode",
  },
  REGISTRY_REFUSED: { category: ErrorCategory.CONFLICT, message: 'The schema registry refused the schema' },
  REGISTRY_SUBJECT_CONFLICT: {
    category: ErrorCategory.CONFLICT,
    message: 'The port already has schema versions from another subject',
  },
  DATA_PRODUCT_RETIRED: {
    category: ErrorCategory.CONFLICT,
    message: 'The data product is retired and can no longer change',
  },
  REGISTRY_UNAVAILABLE: {
    category: ErrorCategory.UNAVAILABLE,
    message: 'The schema registry cannot be reached; nothing was published, try again later',
  },
});

export type SchemasErrorReason = Parameters<typeof schemasError>[0];

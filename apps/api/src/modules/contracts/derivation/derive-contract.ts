import {
  ODCS_DEFAULT_API_VERSION,
  PRODUCT_STATUS_TO_ODPS_STATUS,
  type PortKind,
  type ProductStatus,
} from '@tessera/contracts';
import { parseSchema, type SchemaFormat } from '../../schemas/compatibility';
import { avroToOdcs } from './avro-to-odcs';
import { jsonSchemaToOdcs } from './json-schema-to-odcs';
import type { JsonObject } from './odcs-element';
import { protobufToOdcs } from './protobuf-to-odcs';

/** Everything Tessera knows about a port that its contract states. */
export interface ContractFacts {
  readonly productSlug: string;
  readonly productStatus: ProductStatus;
  readonly domainSlug: string;
  readonly teamSlug: string;
  readonly supportLinks: readonly JsonObject[];
  readonly portName: string;
  readonly portDescription: string;
  readonly portKind: PortKind;
  readonly contractVersion: string;
  /** The port's latest schema version. */
  readonly schema: { readonly format: SchemaFormat; readonly definition: string } | null;
  readonly objective: FreshnessFacts | null;
}

export interface FreshnessFacts {
  readonly warnAfterSeconds: number;
  readonly errorAfterSeconds: number;
  readonly targetPercent: number;
  readonly windowDays: number;
}

/** What Tessera contributes to a port's contract; see docs/data-contracts.md for the rules. */
export interface DerivedContract {
  /** Used where the document says nothing. */
  readonly defaults: {
    readonly apiVersion: string;
    readonly id: string;
    readonly name: string;
    readonly purpose: string;
    readonly support: readonly JsonObject[];
  };
  /** Always Tessera's. */
  readonly owned: {
    readonly version: string;
    readonly status: string;
    readonly domain: string;
    readonly dataProduct: string;
    readonly teamName: string;
  };
  /** The schema objects of the latest schema version; null: no version, the document's schema stands. */
  readonly schema: readonly JsonObject[] | null;
  /** The freshness SLA; null: no objective, the document's SLA stands. */
  readonly latency: JsonObject | null;
}

/** How the schema object of a port kind is stored in the source. */
const OBJECT_PHYSICAL_TYPE: Record<PortKind, string> = { KAFKA_TOPIC: 'topic', POSTGRES_TABLE: 'table' };

/** ODCS schema objects for a schema version; null when its top is not a record or an object. */
export function deriveOdcsSchema(
  schema: NonNullable<ContractFacts['schema']>,
  portKind: PortKind,
  fallbackName: string,
): JsonObject[] | null {
  const parsed = parseSchema(schema.format, schema.definition);
  if (!parsed.ok) return null;
  const physicalType = OBJECT_PHYSICAL_TYPE[portKind];
  switch (parsed.format) {
    case 'AVRO':
      return avroToOdcs(parsed.model, physicalType);
    case 'JSON':
      return jsonSchemaToOdcs(parsed.model, physicalType, fallbackName);
    case 'PROTOBUF':
      return protobufToOdcs(parsed.model, physicalType);
  }
}

const UNITS: readonly [seconds: number, unit: string][] = [
  [86_400, 'days'],
  [3_600, 'hours'],
  [60, 'minutes'],
  [1, 'seconds'],
];

function amount(value: number, unit: string): string {
  return `${value} ${value === 1 ? unit.slice(0, -1) : unit}`;
}

/**
 * The freshness objective as ODCS's `latency` (the standard's name for freshness): `value` is
 * the error threshold, the age past which the data is late and an incident opens; `valueExt`
 * the warning threshold; both in the largest unit that states them exactly.
 */
export function latencySla(objective: FreshnessFacts): JsonObject {
  const { warnAfterSeconds: warn, errorAfterSeconds: error } = objective;
  const [size, unit] = UNITS.find(([seconds]) => warn % seconds === 0 && error % seconds === 0) ?? [1, 'seconds'];
  return {
    property: 'latency',
    value: error / size,
    valueExt: warn / size,
    unit,
    description:
      `The newest data is at most ${amount(error / size, unit)} old ${objective.targetPercent}% of the time ` +
      `over ${objective.windowDays} days; the owning team is warned when it is ${amount(warn / size, unit)} old.`,
  };
}

/** Tessera's part of a port's contract. `schema` is passed in: deriving it costs a parse. */
export function deriveContract(facts: ContractFacts, schema: readonly JsonObject[] | null): DerivedContract {
  return {
    defaults: {
      apiVersion: ODCS_DEFAULT_API_VERSION,
      // The id input ports name the port by in descriptors (`contractId`).
      id: `${facts.productSlug}/${facts.portName}`,
      name: facts.portName,
      purpose: facts.portDescription,
      support: facts.supportLinks,
    },
    owned: {
      version: facts.contractVersion,
      status: PRODUCT_STATUS_TO_ODPS_STATUS[facts.productStatus],
      domain: facts.domainSlug,
      dataProduct: facts.productSlug,
      teamName: facts.teamSlug,
    },
    schema,
    latency: facts.objective ? latencySla(facts.objective) : null,
  };
}

import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { exportContract } from './contract-export';
import { contractView } from './contract-view';
import type { PortContractRecord } from './contracts.repository';
import { deriveContract, deriveOdcsSchema, type ContractFacts } from './derivation/derive-contract';
import type { JsonObject } from './derivation/odcs-element';
import type { DataContract } from './models/data-contract.model';

/** Derived schemas kept per schema text: versions are immutable, and parsing is the costly part. */
const SCHEMA_CACHE_SIZE = 200;

/**
 * Who reads the contract. ODCS `servers` say where the data lives (hosts, topics, databases):
 * connection details, which only the owning team, admins and approved subscribers may see.
 */
export interface ContractReader {
  readonly seesConnectionDetails: boolean;
}

/** The owning team's view (imports, descriptor applies): everything it stored. */
export const OWNING_TEAM: ContractReader = { seesConnectionDetails: true };

function forReader(document: JsonObject, reader: ContractReader): JsonObject {
  if (reader.seesConnectionDetails || !('servers' in document)) return document;
  const { servers: _servers, ...rest } = document;
  return rest;
}

/**
 * Turns stored contracts into exported ones. Stateless apart from a bounded cache of derived
 * schemas, which any replica can rebuild.
 */
@Injectable()
export class ContractExporter {
  private readonly logger = new Logger(ContractExporter.name);
  private readonly schemas = new Map<string, readonly JsonObject[] | null>();

  /** The exported contract of a port whose stored document is `document` ({} when none was imported). */
  exportDocument(document: JsonObject, facts: ContractFacts, reader: ContractReader): JsonObject {
    return forReader(exportContract(document, deriveContract(facts, this.derivedSchema(facts))), reader);
  }

  export(record: PortContractRecord, reader: ContractReader): JsonObject {
    return this.exportDocument(record.stored?.document ?? {}, record.facts, reader);
  }

  /** The GraphQL view of a port's exported contract. */
  toModel(record: PortContractRecord, reader: ContractReader): DataContract {
    const document = this.export(record, reader);
    return {
      portId: record.portId,
      contractId: String(document.id),
      apiVersion: String(document.apiVersion),
      version: String(document.version),
      status: String(document.status),
      name: typeof document.name === 'string' ? document.name : null,
      importedAt: record.stored?.updatedAt ?? null,
      document,
      ...contractView(document),
    };
  }

  private derivedSchema(facts: ContractFacts): readonly JsonObject[] | null {
    if (!facts.schema) return null;
    // Hashed, so the cache holds derived schemas and not up to 200 schema texts of 256 KiB.
    const digest = createHash('sha256').update(facts.schema.definition).digest('hex');
    const key = `${facts.schema.format}:${facts.portKind}:${facts.portName}:${digest}`;
    if (this.schemas.has(key)) return this.schemas.get(key) ?? null;
    let derived: readonly JsonObject[] | null = null;
    try {
      derived = deriveOdcsSchema(facts.schema, facts.portKind, facts.portName);
    } catch (error) {
      // A stored version always parsed once; failing now is a bug here, not the user's: export without it.
      this.logger.error(
        `Cannot derive the contract schema of port ${facts.productSlug}/${facts.portName}: ${String(error)}`,
      );
    }
    if (this.schemas.size >= SCHEMA_CACHE_SIZE) this.schemas.delete(this.schemas.keys().next().value as string);
    this.schemas.set(key, derived);
    return derived;
  }
}

import { Injectable } from '@nestjs/common';
import type { TransactionClient } from '../../audit/audit.service';
import type { RequestContext } from '../../identity/actor';
import type { ParsedSchema } from '../compatibility';
import { parseContractVersion } from '../contract-version';
import { checkAgainstHistory, type HistoricVersion } from '../schema-history';
import { SchemaVersionRecorder } from '../schema-version.recorder';
import { SchemasRepository, type PortWithProduct, type SchemaVersionRow } from '../schemas.repository';
import type { RegistryClient, RegistrySubjectVersion } from './registry-client';

/** A registry version Tessera could parse, ready to become a version of a port. */
export interface ParsedRegistryVersion {
  readonly registry: RegistrySubjectVersion;
  readonly parsed: ParsedSchema;
}

/**
 * Reads a subject's history and brings the versions a port lacks into it, in registry order:
 * for attaching a subject (REGISTRY_IMPORT) and for the drift job (REGISTRY_DRIFT). A version is
 * known when the port has its fingerprint; the numbering continues the port's own.
 */
@Injectable()
export class RegistryHistoryImporter {
  constructor(
    private readonly repository: SchemasRepository,
    private readonly recorder: SchemaVersionRecorder,
  ) {}

  /**
   * The subject's versions in registry order, leaving out the version numbers in `skip` (those
   * Tessera already holds); null when the subject does not exist. Deleted versions are gaps.
   */
  static async fetch(
    client: RegistryClient,
    subject: string,
    skip: ReadonlySet<number> = new Set(),
  ): Promise<RegistrySubjectVersion[] | null> {
    const latest = await client.latestVersion(subject);
    if (latest === null) return null;
    const versions: RegistrySubjectVersion[] = [];
    for (let number = 1; number <= latest; number++) {
      if (skip.has(number)) continue;
      const version = await client.version(subject, number);
      if (version) versions.push(version);
    }
    return versions;
  }

  /** Attaches a subject to the port: its missing versions come in, and the port uses the subject from now on. */
  async attach(
    tx: TransactionClient,
    request: RequestContext,
    port: PortWithProduct,
    subject: string,
    versions: readonly ParsedRegistryVersion[],
  ): Promise<SchemaVersionRow[]> {
    const imported = await this.importMissing(tx, request, port, versions, 'REGISTRY_IMPORT');
    if (port.registrySubject !== subject) {
      await this.repository.updatePortSchemaSettings(tx, port.id, { registrySubject: subject });
    }
    await this.recorder.subjectAttached(tx, request, port, subject, imported);
    return imported;
  }

  /** Records the versions the port does not have yet; returns the rows written. */
  async importMissing(
    tx: TransactionClient,
    request: RequestContext,
    port: PortWithProduct,
    versions: readonly ParsedRegistryVersion[],
    source: 'REGISTRY_IMPORT' | 'REGISTRY_DRIFT',
  ): Promise<SchemaVersionRow[]> {
    const rows = await this.repository.versionsOfPort(port.id, tx);
    const history: HistoricVersion[] = [...rows];
    const known = new Set(rows.map((row) => row.fingerprint));
    const subscribers = source === 'REGISTRY_DRIFT' ? await this.repository.approvedSubscribers(port.id, tx) : [];
    const contractVersion = parseContractVersion(port.contractVersion) ?? '1.0.0';
    const written: SchemaVersionRow[] = [];
    for (const { registry, parsed } of versions) {
      if (known.has(parsed.fingerprint)) continue;
      // Registered outside Tessera's governance: the changes are recorded, nothing is refused.
      const compatibility = checkAgainstHistory(port.compatibilityMode, parsed, history);
      const row = await this.recorder.record(tx, request, {
        port,
        number: (history.at(-1)?.version ?? 0) + 1,
        definition: registry.schema,
        parsed,
        contractVersion,
        source,
        verdict: compatibility.compatible ? 'COMPATIBLE' : 'BREAKING_UNGOVERNED',
        changes: compatibility.changes,
        breaking: !compatibility.compatible,
        overrideReason: null,
        registered: { id: registry.id, version: registry.version },
        subscribers,
      });
      known.add(parsed.fingerprint);
      history.push(row);
      written.push(row);
    }
    return written;
  }
}

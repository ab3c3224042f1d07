import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { AuditService, type TransactionClient } from '../audit/audit.service';
import type { RequestContext } from '../identity/actor';
import { TeamNotifier } from '../notifications/team-notifier';
import { schemaFields, type ParsedSchema, type SchemaChange } from './compatibility';
import { schemaSearchText } from './schema-search-text';
import { schemaVersionEvent } from './schema-version.event';
import { storedChanges } from './schema-version.mapper';
import {
  SchemasRepository,
  type PortSubscriber,
  type PortWithProduct,
  type SchemaVersionRow,
} from './schemas.repository';

/** How a version came to be, and what the audit log and the event call it. */
const ACTIONS = {
  TESSERA: 'schema_version.publish',
  REGISTRY_IMPORT: 'schema_version.import',
  REGISTRY_DRIFT: 'schema_version.drift',
} as const;

export interface VersionToRecord {
  readonly port: PortWithProduct;
  readonly number: number;
  readonly definition: string;
  readonly parsed: ParsedSchema;
  readonly contractVersion: string;
  readonly source: keyof typeof ACTIONS;
  /** COMPATIBLE, BREAKING_ALLOWED_MAJOR, BREAKING_OVERRIDDEN; for drift, COMPATIBLE or BREAKING_UNGOVERNED. */
  readonly verdict: string;
  readonly changes: readonly SchemaChange[];
  readonly breaking: boolean;
  readonly overrideReason: string | null;
  readonly registered: { readonly id: number; readonly version: number } | null;
  readonly subscribers: readonly PortSubscriber[];
}

/**
 * Writes a schema version and everything that goes with it, in the caller's transaction: the
 * port's format and contract version, the product's search text, the audit row (which writes
 * the `schema.version.published` event for published and drifted versions) and a notification
 * to every approved subscriber team (and, for drift, the owning team). Imported history is audited but neither announced nor
 * notified: it is the past of the subject, not a change.
 */
@Injectable()
export class SchemaVersionRecorder {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: SchemasRepository,
    private readonly audit: AuditService,
    private readonly notifier: TeamNotifier,
  ) {}

  async record(tx: TransactionClient, request: RequestContext, input: VersionToRecord): Promise<SchemaVersionRow> {
    const { port } = input;
    const row = await this.repository.createVersion(tx, {
      portId: port.id,
      version: input.number,
      format: input.parsed.format,
      definition: input.definition,
      fingerprint: input.parsed.fingerprint,
      contractVersion: input.contractVersion,
      source: input.source,
      registryId: input.registered?.id ?? null,
      registryVersion: input.registered?.version ?? null,
      changes: storedChanges(input.changes),
      breaking: input.breaking,
      overrideReason: input.overrideReason,
      publishedById: input.source === 'TESSERA' ? request.actor.userId : null,
      searchText: schemaSearchText(schemaFields(input.parsed)),
    });
    await this.repository.updatePortSchemaSettings(tx, port.id, {
      schemaFormat: input.parsed.format,
      contractVersion: input.contractVersion,
    });
    await this.repository.refreshSearchExtra(tx, port.product.id);
    const event = schemaVersionEvent(row, input);
    await this.audit.record(tx, request, {
      action: ACTIONS[input.source],
      entityType: 'schema_version',
      entityId: row.id,
      teamId: port.product.teamId,
      before: null,
      after: event,
    });
    if (input.source !== 'REGISTRY_IMPORT') await this.notifySubscribers(tx, input, row);
    return row;
  }

  /** The audit row of attaching a registry subject (each imported version has its own). */
  async subjectAttached(
    tx: TransactionClient,
    request: RequestContext,
    port: PortWithProduct,
    subject: string,
    imported: readonly SchemaVersionRow[],
  ): Promise<void> {
    await this.audit.record(tx, request, {
      action: 'output_port.attach_registry_subject',
      entityType: 'output_port',
      entityId: port.id,
      teamId: port.product.teamId,
      before: { registrySubject: port.registrySubject },
      after: { registrySubject: subject, importedVersions: imported.map((row) => row.version) },
    });
  }

  private async notifySubscribers(tx: TransactionClient, input: VersionToRecord, row: SchemaVersionRow) {
    const { port } = input;
    const breaking = input.changes.filter((change) => change.breaks !== 'NONE');
    const title = `${port.product.name} / ${port.name}: schema version ${row.version}${input.breaking ? ' (breaking)' : ''}`;
    const summary = [
      input.source === 'REGISTRY_DRIFT'
        ? `Version ${row.version} was registered in the schema registry outside Tessera.`
        : `Version ${row.version} (contract ${row.contractVersion}) was published: ${input.verdict.toLowerCase().replaceAll('_', ' ')}.`,
      input.overrideReason ? `Override reason: ${input.overrideReason}` : '',
      breaking.length > 0
        ? `${breaking.length} change(s) break readers or writers: ${breaking
            .slice(0, 5)
            .map((change) => change.message)
            .join(' ')}`
        : `${input.changes.length} change(s), none breaking.`,
    ]
      .filter((line) => line !== '')
      .join('\n');
    // Drift is the owners' to act on, so they hear of it too; subscribers hear of every new version.
    const teamIds = new Set(input.subscribers.map((subscriber) => subscriber.teamId));
    if (input.source === 'REGISTRY_DRIFT') teamIds.add(port.product.teamId);
    for (const teamId of teamIds) {
      await this.notifier.notify(tx, {
        teamId,
        type: 'schema.version.published',
        idempotencyKey: `schema-version:${row.id}`,
        title,
        summary,
        link: `${this.config.portalUrl}/products/${port.product.slug}`,
        product: { id: port.product.id, slug: port.product.slug, name: port.product.name },
        data: {
          portId: port.id,
          portName: port.name,
          version: row.version,
          contractVersion: row.contractVersion,
          verdict: input.verdict,
          breaking: row.breaking,
          changes: input.changes.map(({ path, kind, breaks, message }) => ({ path, kind, breaks, message })),
        },
      });
    }
  }
}

import { Injectable, Logger } from '@nestjs/common';
import type { TransactionClient } from '../audit/audit.service';
import { AuthorizationService } from '../authorization/authorization.service';
import type { Actor, RequestContext } from '../identity/actor';
import type { OutputPort } from '../products/models/ports.model';
import { toOutputPort } from '../products/product.mapper';
import type { CompatibilityResult, ParsedSchema, SchemaChange } from './compatibility';
import { goesBackwards, parseContractVersion } from './contract-version';
import type { PublishSchemaVersionCommand } from './dto/publish-schema-version.input';
import { publishVerdict, type PublishVerdict } from './publish-verdict';
import { SchemaRegistration } from './registry/schema-registration';
import { SchemaPortAccess } from './schema-port-access';
import { checkAgainstHistory, parseOrRefuse } from './schema-history';
import { toSchemaVersion } from './schema-version.mapper';
import { SchemaVersionRecorder } from './schema-version.recorder';
import { schemasError } from './schemas.errors';
import {
  SchemasRepository,
  type PortSubscriber,
  type PortWithProduct,
  type SchemaVersionRow,
} from './schemas.repository';

export interface PublishOutcome {
  readonly verdict: PublishVerdict;
  readonly dryRun: boolean;
  readonly created: boolean;
  readonly changes: readonly SchemaChange[];
  readonly impact: readonly PortSubscriber[];
  readonly schemaVersion: SchemaVersionRow | null;
  readonly outputPort: OutputPort;
}

/** What publishing a candidate would do, decided before anything is written. */
interface Assessment {
  readonly existing: SchemaVersionRow | null;
  readonly number: number;
  readonly contractVersion: string;
  readonly compatibility: CompatibilityResult;
  readonly verdict: PublishVerdict;
  readonly subscribers: PortSubscriber[];
}

/**
 * Publishing schema versions under breaking-change governance: a version that breaks the
 * port's compatibility mode is refused unless it comes with a new major contract version or a
 * team owner overrides it with a reason. Kafka ports with a registry register the version
 * too, and the registry's verdict is final. See docs/schema-versions.md.
 */
@Injectable()
export class SchemaPublishingService {
  private readonly logger = new Logger('SchemaPublishing');

  constructor(
    private readonly authorization: AuthorizationService,
    private readonly access: SchemaPortAccess,
    private readonly repository: SchemasRepository,
    private readonly registration: SchemaRegistration,
    private readonly recorder: SchemaVersionRecorder,
  ) {}

  async publish(request: RequestContext, input: PublishSchemaVersionCommand): Promise<PublishOutcome> {
    this.authorization.assert(request.actor, 'catalog.write');
    const parsed = parseOrRefuse(input.format, input.definition);
    if (input.dryRun) return this.dryRun(request.actor, input, parsed);
    return this.repository.transaction(async (tx) => {
      const port = await this.access.lockForChange(tx, request.actor, input.portId, 'schema.publish');
      const assessment = await this.assess(request.actor, port, input, parsed, tx);
      if (assessment.existing) {
        return outcomeOf(await this.portRow(port.id, tx), assessment, { dryRun: false, created: false });
      }
      if (assessment.verdict === 'REFUSED') throw refusal(port, assessment);
      const registered = await this.registration.register(port, parsed, input.definition, assessment, tx);
      const row = await this.recorder.record(tx, request, {
        port,
        number: assessment.number,
        definition: input.definition,
        parsed,
        contractVersion: assessment.contractVersion,
        source: 'TESSERA',
        verdict: assessment.verdict,
        changes: assessment.compatibility.changes,
        breaking: assessment.verdict !== 'COMPATIBLE',
        overrideReason: assessment.verdict === 'BREAKING_OVERRIDDEN' ? input.overrideReason : null,
        registered,
        subscribers: assessment.subscribers,
      });
      this.logger.log(`port ${port.id}: schema version ${row.version} published (${assessment.verdict})`);
      const outputPort = await this.portRow(port.id, tx);
      return { ...outcomeOf(outputPort, assessment, { dryRun: false, created: true }), schemaVersion: row };
    });
  }

  /** The verdict, the changes and the impact, from plain reads: nothing is locked, written or registered. */
  private async dryRun(
    actor: Actor,
    input: PublishSchemaVersionCommand,
    parsed: ParsedSchema,
  ): Promise<PublishOutcome> {
    const port = await this.access.visiblePort(actor, input.portId);
    this.authorization.assert(actor, 'schema.publish', { teamId: port.product.teamId, status: port.product.status });
    if (port.product.status === 'RETIRED') throw schemasError('DATA_PRODUCT_RETIRED');
    const assessment = await this.assess(actor, port, input, parsed);
    return outcomeOf(await this.portRow(port.id), assessment, { dryRun: true, created: false });
  }

  private async portRow(id: string, tx?: TransactionClient): Promise<OutputPort> {
    const row = await this.repository.findPortRow(id, tx);
    if (!row) throw schemasError('OUTPUT_PORT_NOT_FOUND');
    return toOutputPort(row);
  }

  private async assess(
    actor: Actor,
    port: PortWithProduct,
    input: PublishSchemaVersionCommand,
    parsed: ParsedSchema,
    tx?: TransactionClient,
  ): Promise<Assessment> {
    if (port.schemaFormat !== null && port.schemaFormat !== parsed.format) {
      throw schemasError(
        'SCHEMA_FORMAT_MISMATCH',
        `The port's schema versions are ${port.schemaFormat}; this schema is ${parsed.format}`,
        [{ path: 'format', message: `must be ${port.schemaFormat}` }],
      );
    }
    const history = await this.repository.versionsOfPort(port.id, tx);
    const subscribers = await this.repository.approvedSubscribers(port.id, tx);
    const existing = history.find((version) => version.fingerprint === parsed.fingerprint) ?? null;
    if (existing) {
      // The same schema again is the same version: report it as it was published.
      return {
        existing,
        number: existing.version,
        contractVersion: existing.contractVersion,
        compatibility: { compatible: !existing.breaking, changes: toSchemaVersion(existing).changes },
        verdict: storedVerdict(existing),
        subscribers,
      };
    }
    const contractVersion = this.contractVersionFor(port, input.contractVersion);
    const compatibility = checkAgainstHistory(port.compatibilityMode, parsed, history);
    const verdict = publishVerdict({
      compatibility,
      currentContractVersion: validOr(port.contractVersion, '0.0.0'),
      contractVersion,
      overrideReason: input.overrideReason,
    });
    if (verdict === 'BREAKING_OVERRIDDEN') {
      this.authorization.assert(actor, 'schema.overrideBreaking', {
        teamId: port.product.teamId,
        status: port.product.status,
      });
    }
    return {
      existing: null,
      number: (history.at(-1)?.version ?? 0) + 1,
      contractVersion,
      compatibility,
      verdict,
      subscribers,
    };
  }

  private contractVersionFor(port: PortWithProduct, requested: string | null): string {
    const current = parseContractVersion(port.contractVersion);
    if (requested === null) return current ?? '1.0.0';
    if (current !== null && goesBackwards(current, requested)) {
      throw schemasError(
        'CONTRACT_VERSION_BACKWARDS',
        `The contract version ${requested} is below the port's current contract version ${current}`,
        [{ path: 'contractVersion', message: `must be ${current} or higher` }],
      );
    }
    return requested;
  }
}

function validOr(version: string, fallback: string): string {
  return parseContractVersion(version) ?? fallback;
}

function storedVerdict(row: SchemaVersionRow): PublishVerdict {
  if (!row.breaking) return 'COMPATIBLE';
  return row.overrideReason !== null ? 'BREAKING_OVERRIDDEN' : 'BREAKING_ALLOWED_MAJOR';
}

function outcomeOf(
  outputPort: OutputPort,
  assessment: Assessment,
  flags: { dryRun: boolean; created: boolean },
): PublishOutcome {
  return {
    verdict: assessment.verdict,
    ...flags,
    changes: assessment.compatibility.changes,
    impact: assessment.subscribers,
    schemaVersion: assessment.existing,
    outputPort,
  };
}

/** SCHEMA_INCOMPATIBLE, with every change (and whom it breaks) in the error's extensions. */
function refusal(port: PortWithProduct, assessment: Assessment) {
  const breaking = assessment.compatibility.changes.filter((change) => change.breaks !== 'NONE');
  return schemasError(
    'SCHEMA_INCOMPATIBLE',
    `The schema breaks the port's ${port.compatibilityMode} compatibility mode: ${breaking
      .slice(0, 3)
      .map((change) => change.message)
      .join(
        ' ',
      )} Publish it with a new major contract version (above ${port.contractVersion}), or have a team owner override it with a reason.`,
    breaking.map((change) => ({ path: change.path, message: change.message })),
    {
      mode: port.compatibilityMode,
      contractVersion: port.contractVersion,
      changes: assessment.compatibility.changes,
      impact: assessment.subscribers,
    },
  );
}

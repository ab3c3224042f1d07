import { Injectable } from '@nestjs/common';
import { AuthorizationService } from '../authorization/authorization.service';
import type { RequestContext } from '../identity/actor';
import type { OutputPort } from '../products/models/ports.model';
import { toOutputPort } from '../products/product.mapper';
import type { AttachRegistrySubjectCommand } from './dto/attach-registry-subject.input';
import { defaultSubject, PortRegistries } from './registry/port-registries';
import { RegistryHistoryImporter, type ParsedRegistryVersion } from './registry/registry-history.importer';
import type { RegistrySubjectVersion } from './registry/registry-client';
import { SchemaPortAccess } from './schema-port-access';
import { parseOrRefuse } from './schema-history';
import { schemasError } from './schemas.errors';
import { SchemasRepository, type SchemaVersionRow } from './schemas.repository';

/**
 * Attaching an existing registry subject to a Kafka port: the subject's version history comes
 * in as the port's versions (source REGISTRY_IMPORT, numbered in registry order), and later
 * publishes and the drift job use that subject.
 */
@Injectable()
export class RegistryImportService {
  constructor(
    private readonly authorization: AuthorizationService,
    private readonly access: SchemaPortAccess,
    private readonly repository: SchemasRepository,
    private readonly registries: PortRegistries,
    private readonly importer: RegistryHistoryImporter,
  ) {}

  async attachSubject(
    request: RequestContext,
    input: AttachRegistrySubjectCommand,
  ): Promise<{ outputPort: OutputPort; subject: string; imported: SchemaVersionRow[] }> {
    const { actor } = request;
    this.authorization.assert(actor, 'catalog.write');
    const found = await this.access.visiblePort(actor, input.portId);
    this.authorization.assert(actor, 'schema.attachRegistrySubject', {
      teamId: found.product.teamId,
      status: found.product.status,
    });
    // Read from the registry before the transaction: nothing is locked while it answers.
    const registry = await this.registries.forPort({ ...found, registrySubject: input.subject });
    if (!registry) {
      throw schemasError('REGISTRY_NOT_CONFIGURED', undefined, [
        { path: 'portId', message: 'its cluster has no schema registry, or it is not a Kafka topic' },
      ]);
    }
    const history = await RegistryHistoryImporter.fetch(registry.client, input.subject);
    if (history === null) {
      throw schemasError('REGISTRY_SUBJECT_NOT_FOUND', `The registry has no subject ${input.subject}`, [
        { path: 'subject', message: 'no such subject' },
      ]);
    }
    const versions = history.map((version) => parseRegistryVersion(version));
    return this.repository.transaction(async (tx) => {
      const port = await this.access.lockForChange(tx, actor, input.portId, 'schema.attachRegistrySubject');
      const current = port.registrySubject ?? defaultSubject(String(port.location.topic));
      const hasVersions = (await this.repository.versionsOfPort(port.id, tx)).length > 0;
      if (hasVersions && current !== input.subject) {
        throw schemasError(
          'REGISTRY_SUBJECT_CONFLICT',
          `The port already has schema versions from subject ${current}; it cannot take the history of ${input.subject}`,
          [{ path: 'subject', message: `the port's subject is ${current}` }],
        );
      }
      const format = port.schemaFormat ?? versions[0]?.parsed.format;
      const stranger = versions.find((version) => version.parsed.format !== format);
      if (stranger) {
        throw schemasError(
          'SCHEMA_FORMAT_MISMATCH',
          `Version ${stranger.registry.version} of ${input.subject} is ${stranger.parsed.format}; the port's versions are ${format}`,
          [{ path: 'subject', message: 'mixes schema formats' }],
        );
      }
      const imported = await this.importer.attach(tx, request, port, input.subject, versions);
      const row = await this.repository.findPortRow(port.id, tx);
      if (!row) throw schemasError('OUTPUT_PORT_NOT_FOUND');
      return { outputPort: toOutputPort(row), subject: input.subject, imported };
    });
  }
}

/** A subject's version as a port version; one Tessera cannot parse is refused, naming the version. */
function parseRegistryVersion(version: RegistrySubjectVersion): ParsedRegistryVersion {
  return {
    registry: version,
    parsed: parseOrRefuse(version.format, version.schema, `Version ${version.version} of subject ${version.subject}`),
  };
}

import { Injectable, Logger } from '@nestjs/common';
import { ANONYMOUS, type RequestContext } from '../identity/actor';
import { parseSchema } from './compatibility';
import { PortRegistries } from './registry/port-registries';
import { RegistryHistoryImporter, type ParsedRegistryVersion } from './registry/registry-history.importer';
import { SchemasRepository } from './schemas.repository';

export interface DriftScan {
  readonly portsChecked: number;
  readonly versionsFound: number;
  /** Ports whose registry could not be read this time; the next run tries again. */
  readonly portsFailed: number;
}

/**
 * Finds versions registered in a port's registry subject outside Tessera and records them on
 * the port (source REGISTRY_DRIFT), with the diff, the `schema.version.published` event and a
 * notification to the owners and subscribers. Idempotent: a version already recorded (by
 * fingerprint) is never recorded again, so a retried or concurrent run adds nothing twice.
 */
@Injectable()
export class SchemaDriftService {
  private readonly logger = new Logger('SchemaDrift');

  constructor(
    private readonly repository: SchemasRepository,
    private readonly registries: PortRegistries,
    private readonly importer: RegistryHistoryImporter,
  ) {}

  async scanAll(requestId: string): Promise<DriftScan> {
    const portIds = await this.repository.portsWatchedForDrift();
    let versionsFound = 0;
    let portsFailed = 0;
    for (const portId of portIds) {
      try {
        versionsFound += await this.scanPort(portId, requestId);
      } catch (error) {
        portsFailed += 1;
        this.logger.warn(
          `drift check of port ${portId} failed: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
    return { portsChecked: portIds.length, versionsFound, portsFailed };
  }

  /** The number of drifted versions recorded for one port. */
  async scanPort(portId: string, requestId: string): Promise<number> {
    const port = await this.repository.findPort(portId);
    if (!port) return 0;
    const registry = await this.registries.forPort(port);
    if (!registry) return 0;
    const held = await this.repository.versionsOfPort(port.id);
    const knownNumbers = new Set(held.flatMap((row) => (row.registryVersion === null ? [] : [row.registryVersion])));
    const fetched = await RegistryHistoryImporter.fetch(registry.client, registry.subject, knownNumbers);
    if (!fetched || fetched.length === 0) return 0;
    const candidates: ParsedRegistryVersion[] = [];
    for (const version of fetched) {
      const parsed = parseSchema(version.format, version.schema);
      if (!parsed.ok) {
        this.logger.warn(`subject ${registry.subject} version ${version.version} does not parse; not recorded`);
      } else if (port.schemaFormat !== null && parsed.format !== port.schemaFormat) {
        this.logger.warn(
          `subject ${registry.subject} version ${version.version} is ${parsed.format}; the port is ${port.schemaFormat}`,
        );
      } else {
        candidates.push({ registry: version, parsed });
      }
    }
    if (candidates.length === 0) return 0;
    const request: RequestContext = { actor: ANONYMOUS, requestId };
    const written = await this.repository.transaction(async (tx) => {
      await this.repository.lockProduct(tx, port.product.id);
      // Under the lock, a publish that registered these versions has committed its rows: they are known now.
      const current = await this.repository.findPort(port.id, tx);
      if (!current || current.product.status === 'RETIRED') return [];
      return this.importer.importMissing(tx, request, current, candidates, 'REGISTRY_DRIFT');
    });
    if (written.length > 0) {
      this.logger.warn(
        `port ${port.id}: ${written.length} version(s) registered under ${registry.subject} outside Tessera recorded as drift`,
      );
    }
    return written.length;
  }
}

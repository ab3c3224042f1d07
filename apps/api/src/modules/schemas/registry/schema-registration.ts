import { Injectable, Logger } from '@nestjs/common';
import type { TransactionClient } from '../../audit/audit.service';
import type { CompatibilityMode, CompatibilityResult, ParsedSchema } from '../compatibility';
import type { PublishVerdict } from '../publish-verdict';
import { schemasError } from '../schemas.errors';
import type { PortWithProduct } from '../schemas.repository';
import { PortRegistries, type PortRegistry } from './port-registries';
import { RegistryRefusal, type RegisteredSchema } from './registry-client';

/**
 * Registers Tessera's schema versions in the registry of a Kafka port's cluster, under the
 * port's subject, with the subject's compatibility set to the port's mode. Runs only for a
 * version Tessera's own governance accepted; from there the registry's verdict is final, and
 * where it disagrees with the engine that is logged as an error (one of the two is wrong).
 */
@Injectable()
export class SchemaRegistration {
  private readonly logger = new Logger('SchemaRegistration');

  constructor(private readonly registries: PortRegistries) {}

  /** Null for ports without a registry: their versions live in Tessera only. */
  async register(
    port: PortWithProduct,
    parsed: ParsedSchema,
    definition: string,
    governance: { verdict: PublishVerdict; compatibility: CompatibilityResult },
    tx?: TransactionClient,
  ): Promise<RegisteredSchema | null> {
    const registry = await this.registries.forPort(port, tx);
    if (!registry) return null;
    const { client, subject } = registry;
    const mode = port.compatibilityMode;
    if ((await client.latestVersion(subject)) === null) {
      // A new subject has nothing to be compatible with; its mode is set once it exists.
      const registered = await this.registerOrRefuse(registry, port, parsed, definition, governance.compatibility);
      await client.setCompatibility(subject, mode);
      return registered;
    }
    await client.setCompatibility(subject, mode);
    if (governance.verdict === 'COMPATIBLE') {
      return this.registerOrRefuse(registry, port, parsed, definition, governance.compatibility);
    }
    // A breaking change Tessera allowed (new major, owner override): the registry would refuse it
    // under the port's mode, so the subject is opened (NONE) for this one registration.
    if (await client.isCompatible(subject, parsed.format, definition)) {
      this.logger.error(
        `registry disagreement on port ${port.id}, subject ${subject}: the engine finds the version breaking under ${mode} (${governance.compatibility.changes
          .filter((change) => change.breaks !== 'NONE')
          .map((change) => change.kind)
          .join(', ')}), the registry finds it compatible with its latest version`,
      );
    }
    await client.setCompatibility(subject, 'NONE');
    try {
      return await this.registerOrRefuse(registry, port, parsed, definition, governance.compatibility);
    } finally {
      await this.restoreMode(registry, mode);
    }
  }

  /** Keeps the subject's compatibility in step with the port's mode, when the subject exists. */
  async syncMode(port: PortWithProduct, mode: CompatibilityMode, tx?: TransactionClient): Promise<void> {
    const registry = await this.registries.forPort(port, tx);
    if (!registry || (await registry.client.latestVersion(registry.subject)) === null) return;
    await registry.client.setCompatibility(registry.subject, mode);
  }

  private async registerOrRefuse(
    registry: PortRegistry,
    port: PortWithProduct,
    parsed: ParsedSchema,
    definition: string,
    compatibility: CompatibilityResult,
  ): Promise<RegisteredSchema> {
    try {
      return await registry.client.register(registry.subject, parsed.format, definition);
    } catch (error) {
      if (!(error instanceof RegistryRefusal)) throw error;
      this.logger.error(
        `registry disagreement on port ${port.id}, subject ${registry.subject}: the engine accepts the version under ${port.compatibilityMode}, the registry refuses it (HTTP ${error.status}: ${error.message})`,
      );
      throw schemasError(
        'REGISTRY_REFUSED',
        `The schema registry refused the schema under subject ${registry.subject} (HTTP ${error.status}): ${error.message}. Nothing was published.`,
        [],
        {
          registry: { subject: registry.subject, status: error.status, message: error.message },
          changes: compatibility.changes,
        },
      );
    }
  }

  private async restoreMode(registry: PortRegistry, mode: CompatibilityMode): Promise<void> {
    try {
      await registry.client.setCompatibility(registry.subject, mode);
    } catch (error) {
      this.logger.error(
        `subject ${registry.subject} was left at compatibility NONE: restoring ${mode} failed (${error instanceof Error ? error.message : String(error)}); the next publish restores it`,
      );
    }
  }
}

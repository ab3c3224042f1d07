import { isDeepStrictEqual } from 'node:util';
import { Injectable } from '@nestjs/common';
import { isContractReference, type DataProductDescriptor } from '@tessera/contracts';
import type { FieldIssue } from '../../infra/graphql/domain-error';
import type { TransactionClient } from '../audit/audit.service';
import { ContractExporter, OWNING_TEAM, type ContractReader } from '../contracts/contract-exporter';
import { ContractWriter } from '../contracts/contract-writer';
import { ContractsRepository, type PortContractRecord } from '../contracts/contracts.repository';
import type { ContractFacts } from '../contracts/derivation/derive-contract';
import type { RequestContext } from '../identity/actor';
import type { OutputPortSnapshot, ProductSnapshot } from './descriptor-snapshot';
import type { StoredProduct } from './descriptors.repository';

/** What a descriptor apply knows of the stored ports' contracts, by port name. */
export type PortContracts = ReadonlyMap<string, PortContractRecord>;

/** The snapshot without contracts: they are planned and written apart from the port rows. */
export function withoutContracts(snapshot: ProductSnapshot): ProductSnapshot {
  return { ...snapshot, outputPorts: snapshot.outputPorts.map(({ contract: _contract, ...port }) => port) };
}

/** Contract facts of a port that exists, else those of a new port. */
const NEW_PORT = { contractVersion: '1.0.0', schema: null, objective: null } as const;

/**
 * The contracts of a descriptor's output ports. A contract is compared, shown in the diff and
 * exported as Tessera exports it (the document merged with the port's schema, SLA and so on),
 * so giving back an exported descriptor changes nothing, and a change Tessera would overwrite
 * anyway is no change.
 */
@Injectable()
export class DescriptorContracts {
  constructor(
    private readonly repository: ContractsRepository,
    private readonly exporter: ContractExporter,
    private readonly writer: ContractWriter,
  ) {}

  /** Contract references must be resolved (by the CLI, relative to the descriptor) before they reach the API. */
  unresolvedReferences(descriptor: DataProductDescriptor): FieldIssue[] {
    return (descriptor.outputPorts ?? []).flatMap((port, index) =>
      isContractReference(port.contract)
        ? [
            {
              path: `outputPorts.${index}.contract.$ref`,
              message: 'a contract file reference must be resolved before sending (the tessera CLI embeds the file)',
            },
          ]
        : [],
    );
  }

  async load(stored: StoredProduct | null, tx?: TransactionClient): Promise<PortContracts> {
    if (!stored) return new Map();
    const ids = [...stored.outputPorts.values()].map((port) => port.id);
    const records = await this.repository.findPortRecords(ids, tx);
    return new Map(
      [...stored.outputPorts].flatMap(([name, port]) => {
        const record = records.get(port.id);
        return record ? [[name, record] as const] : [];
      }),
    );
  }

  /**
   * The snapshot with each port's contract as exported, every port seen in the context of
   * `product` (the desired product when comparing, so a product change is not a contract change).
   * A reader who may not see connection details gets the contracts without their `servers`.
   */
  exported(
    snapshot: ProductSnapshot,
    product: ProductSnapshot,
    contracts: PortContracts,
    reader: ContractReader = OWNING_TEAM,
  ): ProductSnapshot {
    return {
      ...snapshot,
      outputPorts: snapshot.outputPorts.map((port) =>
        port.contract ? { ...port, contract: this.exportOne(port, product, contracts, reader) } : port,
      ),
    };
  }

  /** Ports whose exported contract differs (added, changed or removed), by name. */
  changedPorts(current: ProductSnapshot | null, desired: ProductSnapshot): string[] {
    const before = new Map((current?.outputPorts ?? []).map((port) => [port.name, port.contract ?? null]));
    return desired.outputPorts
      .filter((port) => !isDeepStrictEqual(before.get(port.name) ?? null, port.contract ?? null))
      .map((port) => port.name);
  }

  /** Stores the desired documents (as written) of the changed ports, each with its audit event. */
  async write(
    tx: TransactionClient,
    request: RequestContext,
    target: { teamId: string; portIds: ReadonlyMap<string, string> },
    desired: ProductSnapshot,
    changed: readonly string[],
    contracts: PortContracts,
  ): Promise<void> {
    for (const name of changed) {
      const portId = target.portIds.get(name);
      const port = desired.outputPorts.find((candidate) => candidate.name === name);
      if (!portId || !port) continue;
      const stored = contracts.get(name)?.stored ?? null;
      await this.writer.replace(tx, request, { portId, teamId: target.teamId, stored }, port.contract ?? null);
    }
  }

  private exportOne(
    port: OutputPortSnapshot,
    product: ProductSnapshot,
    contracts: PortContracts,
    reader: ContractReader,
  ) {
    const record = contracts.get(port.name)?.facts ?? NEW_PORT;
    // The port as `product` has it, so a changed port description is not also a contract change.
    const context = product.outputPorts.find((candidate) => candidate.name === port.name) ?? port;
    const facts: ContractFacts = {
      productSlug: product.slug,
      productStatus: product.status,
      domainSlug: product.domainSlug,
      teamSlug: product.teamSlug,
      supportLinks: product.supportLinks,
      portName: port.name,
      portDescription: context.description,
      portKind: context.kind,
      contractVersion: record.contractVersion,
      schema: record.schema,
      objective: record.objective,
    };
    return this.exporter.exportDocument(port.contract ?? {}, facts, reader);
  }
}

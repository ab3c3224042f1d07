import { Injectable } from '@nestjs/common';
import { parseDataContract } from '@tessera/contracts';
import { validateInput } from '../../infra/graphql/validate-input';
import type { TransactionClient } from '../audit/audit.service';
import { AuthorizationService } from '../authorization/authorization.service';
import type { Actor, RequestContext } from '../identity/actor';
import { ContractExporter, OWNING_TEAM } from './contract-exporter';
import { ContractWriter } from './contract-writer';
import { contractsError } from './contracts.errors';
import { ContractsRepository, type PortContractRecord } from './contracts.repository';
import { importDataContractSchema } from './dto/import-data-contract.input';
import type { DataContract } from './models/data-contract.model';

const portNotFound = () => contractsError('OUTPUT_PORT_NOT_FOUND');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Importing an ODCS document as a port's contract; reading and exporting it: ContractLoaders. */
@Injectable()
export class ContractsService {
  constructor(
    private readonly authorization: AuthorizationService,
    private readonly repository: ContractsRepository,
    private readonly exporter: ContractExporter,
    private readonly writer: ContractWriter,
  ) {}

  /**
   * Replaces the port's stored document; nothing is written for an invalid one
   * (CONTRACT_INVALID with the path, line and column of each problem) or an unchanged one.
   */
  async importContract(request: RequestContext, input: unknown): Promise<{ contract: DataContract; changed: boolean }> {
    this.authorization.assert(request.actor, 'catalog.write');
    const { portId, document, format } = validateInput(importDataContractSchema, input);
    const parsed = parseDataContract(document, format);
    if (!parsed.ok) throw contractsError('CONTRACT_INVALID', undefined, parsed.issues);
    return this.repository.transaction(async (tx) => {
      const record = await this.lockForChange(tx, request.actor, portId);
      const { changed, stored } = await this.writer.replace(tx, request, record, parsed.document);
      // Only the owning team's members and admins get here (contract.update).
      return { contract: this.exporter.toModel({ ...record, stored }, OWNING_TEAM), changed };
    });
  }

  private assertVisible(actor: Actor, record: PortContractRecord | undefined): asserts record is PortContractRecord {
    if (!record) throw portNotFound();
    this.authorization.assertVisible(
      actor,
      'product.read',
      { teamId: record.teamId, status: record.productStatus },
      portNotFound,
    );
  }

  /** Locks the port's product, then: visible (else NOT_FOUND), changeable by the actor (else FORBIDDEN), not retired. */
  private async lockForChange(tx: TransactionClient, actor: Actor, portId: string): Promise<PortContractRecord> {
    if (!UUID.test(portId) || !(await this.repository.lockProductOfPort(tx, portId))) throw portNotFound();
    const record = (await this.repository.findPortRecords([portId], tx)).get(portId);
    this.assertVisible(actor, record);
    this.authorization.assert(actor, 'contract.update', { teamId: record.teamId, status: record.productStatus });
    if (record.productStatus === 'RETIRED') throw contractsError('PRODUCT_RETIRED');
    return record;
  }
}

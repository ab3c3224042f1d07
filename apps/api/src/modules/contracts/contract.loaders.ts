import { Injectable } from '@nestjs/common';
import type { ContractFormat } from '@tessera/contracts';
import type DataLoader from 'dataloader';
import type { GraphqlContext } from '../../infra/graphql/loader-registry';
import { AuthorizationService } from '../authorization/authorization.service';
import { requestContextOf } from '../identity/request-context.decorator';
import { isId } from '../products/dto/validation';
import { ProductLoaders } from '../products/product.loaders';
import { contractJson, contractYaml } from './contract-export';
import { ContractExporter, type ContractReader } from './contract-exporter';
import { contractsError } from './contracts.errors';
import { ContractsRepository, type PortContractRecord } from './contracts.repository';
import type { DataContract } from './models/data-contract.model';

const portNotFound = () => contractsError('OUTPUT_PORT_NOT_FOUND');

/**
 * The read side of contracts: the contracts of the ports in one response, read together (the
 * port page, a product's ports), and the export query. What a reader sees of a contract
 * depends on whether it may see the port's connection details (ContractReader).
 */
@Injectable()
export class ContractLoaders {
  constructor(
    private readonly authorization: AuthorizationService,
    private readonly repository: ContractsRepository,
    private readonly exporter: ContractExporter,
    private readonly products: ProductLoaders,
  ) {}

  /** By output port id; the port was reached through a product the viewer may see. */
  async contractOfPort(context: GraphqlContext, portId: string): Promise<DataContract | null> {
    const record = await this.records(context).load(portId);
    return record ? this.exporter.toModel(record, await this.readerOf(context, record)) : null;
  }

  /** The contract as YAML or JSON text; NOT_FOUND for a missing port or one whose product is hidden. */
  async exportContract(context: GraphqlContext, portId: string, format: ContractFormat): Promise<string> {
    const { actor } = requestContextOf(context);
    this.authorization.assert(actor, 'catalog.read');
    const record = isId(portId) ? await this.records(context).load(portId) : null;
    if (!record) throw portNotFound();
    this.authorization.assertVisible(
      actor,
      'product.read',
      { teamId: record.teamId, status: record.productStatus },
      portNotFound,
    );
    const document = this.exporter.export(record, await this.readerOf(context, record));
    return format === 'JSON' ? contractJson(document) : contractYaml(document);
  }

  private records(context: GraphqlContext): DataLoader<string, PortContractRecord | null> {
    return context.loaders.get('contracts.recordByPortId', async (portIds: readonly string[]) => {
      const records = await this.repository.findPortRecords(portIds);
      return portIds.map((id) => records.get(id) ?? null);
    });
  }

  private async readerOf(context: GraphqlContext, record: PortContractRecord): Promise<ContractReader> {
    const port = { id: record.portId, ownerTeamId: record.teamId };
    return { seesConnectionDetails: await this.products.seesConnectionDetails(context, port) };
  }
}

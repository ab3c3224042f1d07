import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import type { GraphqlContext } from '../../infra/graphql/loader-registry';
import { ContractExporter } from './contract-exporter';
import { ContractsRepository } from './contracts.repository';
import type { DataContract } from './models/data-contract.model';

/** The contracts of the ports in one response, read together (the port page, a product's ports). */
@Injectable()
export class ContractLoaders {
  constructor(
    private readonly repository: ContractsRepository,
    private readonly exporter: ContractExporter,
  ) {}

  /** By output port id; the port was reached through a product the viewer may see. */
  contractOfPort(context: GraphqlContext): DataLoader<string, DataContract | null> {
    return context.loaders.get('contracts.contractByPortId', async (portIds: readonly string[]) => {
      const records = await this.repository.findPortRecords(portIds);
      return portIds.map((id) => {
        const record = records.get(id);
        return record ? this.exporter.toModel(record) : null;
      });
    });
  }
}

import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { ContractFormat } from '@tessera/contracts';
import type { GraphqlContext } from '../../infra/graphql/loader-registry';
import type { RequestContext } from '../identity/actor';
import { CurrentRequest } from '../identity/request-context.decorator';
import { OutputPort } from '../products/models/ports.model';
import { contractJson, contractYaml } from './contract-export';
import { ContractLoaders } from './contract.loaders';
import { ContractsService } from './contracts.service';
import { ImportDataContractInput } from './dto/import-data-contract.input';
import { DataContract, DataContractFormatEnum, ImportDataContractPayload } from './models/data-contract.model';

@Resolver(() => DataContract)
export class ContractsResolver {
  constructor(
    private readonly contracts: ContractsService,
    private readonly loaders: ContractLoaders,
  ) {}

  @Mutation(() => ImportDataContractPayload, {
    description:
      "Imports an ODCS document (YAML or JSON) as an output port's data contract, replacing the one stored; for the owning team's members. Fields Tessera does not model are kept and exported again.",
  })
  importDataContract(
    @CurrentRequest() request: RequestContext,
    @Args('input', { type: () => ImportDataContractInput, description: 'The port and the document.' })
    input: ImportDataContractInput,
  ): Promise<ImportDataContractPayload> {
    return this.contracts.importContract(request, input);
  }

  @Query(() => String, {
    description:
      "An output port's data contract as ODCS text: the imported document with the schema, SLA, team, product and version Tessera derives. NOT_FOUND when the port's product is hidden.",
  })
  exportDataContract(
    @Context() context: GraphqlContext,
    @Args('portId', { type: () => ID, description: 'The output port.' }) portId: string,
    @Args('format', { type: () => DataContractFormatEnum, defaultValue: 'YAML', description: 'YAML or JSON.' })
    format: ContractFormat,
  ): Promise<string> {
    return this.loaders.exportContract(context, portId, format);
  }

  @ResolveField(() => String, { description: 'The contract as ODCS YAML.' })
  yaml(@Parent() contract: DataContract): string {
    return contractYaml(contract.document);
  }

  @ResolveField(() => String, { description: 'The contract as ODCS JSON.' })
  json(@Parent() contract: DataContract): string {
    return contractJson(contract.document);
  }
}

/** `OutputPort.contract`, resolved here so the products module needs to know nothing of contracts. */
@Resolver(() => OutputPort)
export class OutputPortContractResolver {
  constructor(private readonly loaders: ContractLoaders) {}

  @ResolveField(() => DataContract, {
    nullable: true,
    description:
      "The port's data contract (ODCS v3.1): what its team imported, with what Tessera derives; a port without an imported document still has the derived part.",
  })
  contract(@Parent() port: OutputPort, @Context() context: GraphqlContext): Promise<DataContract | null> {
    return this.loaders.contractOfPort(context, port.id);
  }
}

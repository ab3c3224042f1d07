import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthorizationModule } from '../authorization/authorization.module';
import { ProductsModule } from '../products/products.module';
import { ContractExporter } from './contract-exporter';
import { ContractWriter } from './contract-writer';
import { ContractLoaders } from './contract.loaders';
import { ContractsRepository } from './contracts.repository';
import { ContractsResolver, OutputPortContractResolver } from './contracts.resolver';
import { ContractsService } from './contracts.service';

/** ODCS data contracts of output ports: import, export, and the contract part of descriptors. */
@Module({
  imports: [AuthorizationModule, AuditModule, ProductsModule],
  providers: [
    ContractsRepository,
    ContractExporter,
    ContractWriter,
    ContractsService,
    ContractLoaders,
    ContractsResolver,
    OutputPortContractResolver,
  ],
  exports: [ContractsRepository, ContractExporter, ContractWriter],
})
export class ContractsModule {}

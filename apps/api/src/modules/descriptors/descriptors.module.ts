import { Module } from '@nestjs/common';
import { ContractsModule } from '../contracts/contracts.module';
import { DescriptorContracts } from './descriptor-contracts';
import { DescriptorWriter } from './descriptor-writer';
import { DescriptorsRepository } from './descriptors.repository';
import { DescriptorsResolver } from './descriptors.resolver';
import { DescriptorsService } from './descriptors.service';

@Module({
  imports: [ContractsModule],
  providers: [DescriptorsRepository, DescriptorWriter, DescriptorContracts, DescriptorsService, DescriptorsResolver],
  exports: [DescriptorsService],
})
export class DescriptorsModule {}

import { Module } from '@nestjs/common';
import { DescriptorWriter } from './descriptor-writer';
import { DescriptorsRepository } from './descriptors.repository';
import { DescriptorsResolver } from './descriptors.resolver';
import { DescriptorsService } from './descriptors.service';

@Module({
  providers: [DescriptorsRepository, DescriptorWriter, DescriptorsService, DescriptorsResolver],
  exports: [DescriptorsService],
})
export class DescriptorsModule {}

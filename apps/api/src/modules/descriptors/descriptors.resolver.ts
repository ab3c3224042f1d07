import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { RequestContext } from '../identity/actor';
import { toDataProduct } from '../products/product.mapper';
import { CurrentRequest } from '../identity/request-context.decorator';
import { ApplyDataProductDescriptorInput } from './dto/apply-data-product-descriptor.input';
import {
  ApplyDataProductDescriptorPayload,
  type DescriptorChangeKind,
  type DescriptorOutcome,
} from './models/apply-data-product-descriptor.payload';
import { DescriptorsService } from './descriptors.service';

@Resolver()
export class DescriptorsResolver {
  constructor(private readonly descriptors: DescriptorsService) {}

  @Mutation(() => ApplyDataProductDescriptorPayload, {
    description:
      'Applies a data product descriptor: creates or updates the product, its ports, lineage and lifecycle in one transaction. Applying the same descriptor again changes nothing.',
  })
  async applyDataProductDescriptor(
    @CurrentRequest() request: RequestContext,
    @Args('input') input: ApplyDataProductDescriptorInput,
  ): Promise<ApplyDataProductDescriptorPayload> {
    const result = await this.descriptors.apply(request, {
      descriptor: input.descriptor,
      dryRun: input.dryRun ?? false,
    });
    return {
      outcome: result.outcome as DescriptorOutcome,
      changes: result.changes.map((change) => ({ ...change, kind: change.kind as DescriptorChangeKind })),
      dataProduct: result.dataProduct && toDataProduct(result.dataProduct),
    };
  }

  @Query(() => GraphQLJSONObject, {
    nullable: true,
    description:
      'A data product as its ODPS descriptor, unknown fields included, as `applyDataProductDescriptor` takes it back. Port locations only for readers allowed to see connection details.',
  })
  dataProductDescriptor(
    @CurrentRequest() request: RequestContext,
    @Args('slug', { description: 'The product slug (the descriptor id).' }) slug: string,
  ): Promise<Record<string, unknown>> {
    return this.descriptors.export(request, slug);
  }
}

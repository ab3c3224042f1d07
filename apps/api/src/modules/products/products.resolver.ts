import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../../infra/graphql/loader-registry';
import type { ConnectionShape } from '../../infra/graphql/pagination';
import type { RequestContext } from '../identity/actor';
import { CurrentRequest } from '../identity/request-context.decorator';
import { Domain } from '../organisation/models/domain.model';
import { Team } from '../organisation/models/team.model';
import {
  CreateDataProductInput,
  createDataProductSchema,
  type CreateDataProductCommand,
} from './dto/create-data-product.input';
import { DataProductsArgs } from './dto/data-products.args';
import {
  DeprecateDataProductInput,
  deprecateDataProductSchema,
  type DeprecateDataProductCommand,
} from './dto/deprecate-data-product.input';
import {
  PublishDataProductInput,
  publishDataProductSchema,
  type PublishDataProductCommand,
} from './dto/publish-data-product.input';
import {
  RetireDataProductInput,
  retireDataProductSchema,
  type RetireDataProductCommand,
} from './dto/retire-data-product.input';
import {
  TransferProductOwnershipInput,
  transferProductOwnershipSchema,
  type TransferProductOwnershipCommand,
} from './dto/transfer-product-ownership.input';
import {
  UpdateDataProductInput,
  updateDataProductSchema,
  type UpdateDataProductCommand,
} from './dto/update-data-product.input';
import { ZodValidationPipe } from './dto/validation';
import { LifecycleService } from './lifecycle.service';
import { DataProductConnection } from './models/data-product-connection.model';
import { DataProduct } from './models/data-product.model';
import {
  CreateDataProductPayload,
  DeprecateDataProductPayload,
  PublishDataProductPayload,
  RetireDataProductPayload,
  TransferProductOwnershipPayload,
  UpdateDataProductPayload,
} from './models/payloads.model';
import { InputPort, OutputPort } from './models/ports.model';
import { ProductLoaders } from './product.loaders';
import { ProductsService } from './products.service';

/** Data products: queries, description and lifecycle mutations, and the fields that lead elsewhere. */
@Resolver(() => DataProduct)
export class ProductsResolver {
  constructor(
    private readonly products: ProductsService,
    private readonly lifecycle: LifecycleService,
    private readonly loaders: ProductLoaders,
  ) {}

  @Query(() => DataProduct, {
    nullable: true,
    description:
      'One data product, by id or by slug (give exactly one). Missing and hidden products are NOT_FOUND alike.',
  })
  dataProduct(
    @CurrentRequest() request: RequestContext,
    @Args('id', { type: () => ID, nullable: true, description: 'The product id.' }) id?: string | null,
    @Args('slug', { type: () => String, nullable: true, description: 'The product slug.' }) slug?: string | null,
  ): Promise<DataProduct | null> {
    return this.products.get(request.actor, { id, slug });
  }

  @Query(() => DataProductConnection, { description: 'Data products the viewer can see, filtered and paged.' })
  dataProducts(
    @CurrentRequest() request: RequestContext,
    @Args() args: DataProductsArgs,
  ): Promise<ConnectionShape<DataProduct>> {
    return this.products.list(request.actor, args);
  }

  @Mutation(() => CreateDataProductPayload, {
    description: 'Registers a data product, as a DRAFT of one of your teams.',
  })
  async createDataProduct(
    @CurrentRequest() request: RequestContext,
    @Args(
      'input',
      { type: () => CreateDataProductInput, description: 'What to change.' },
      new ZodValidationPipe(createDataProductSchema),
    )
    input: CreateDataProductCommand,
  ): Promise<CreateDataProductPayload> {
    return { dataProduct: await this.products.create(request, input) };
  }

  @Mutation(() => UpdateDataProductPayload, { description: "Changes a data product's description and settings." })
  async updateDataProduct(
    @CurrentRequest() request: RequestContext,
    @Args(
      'input',
      { type: () => UpdateDataProductInput, description: 'What to change.' },
      new ZodValidationPipe(updateDataProductSchema),
    )
    input: UpdateDataProductCommand,
  ): Promise<UpdateDataProductPayload> {
    return { dataProduct: await this.products.update(request, input) };
  }

  @Mutation(() => PublishDataProductPayload, {
    description: 'Publishes a draft or a deprecated product; team owners only.',
  })
  async publishDataProduct(
    @CurrentRequest() request: RequestContext,
    @Args(
      'input',
      { type: () => PublishDataProductInput, description: 'What to change.' },
      new ZodValidationPipe(publishDataProductSchema),
    )
    input: PublishDataProductCommand,
  ): Promise<PublishDataProductPayload> {
    return { dataProduct: await this.lifecycle.publish(request, input) };
  }

  @Mutation(() => DeprecateDataProductPayload, {
    description: 'Deprecates a published product with a sunset date; team owners only.',
  })
  async deprecateDataProduct(
    @CurrentRequest() request: RequestContext,
    @Args(
      'input',
      { type: () => DeprecateDataProductInput, description: 'What to change.' },
      new ZodValidationPipe(deprecateDataProductSchema),
    )
    input: DeprecateDataProductCommand,
  ): Promise<DeprecateDataProductPayload> {
    return { dataProduct: await this.lifecycle.deprecate(request, input) };
  }

  @Mutation(() => RetireDataProductPayload, { description: 'Retires a deprecated product; team owners only.' })
  async retireDataProduct(
    @CurrentRequest() request: RequestContext,
    @Args(
      'input',
      { type: () => RetireDataProductInput, description: 'What to change.' },
      new ZodValidationPipe(retireDataProductSchema),
    )
    input: RetireDataProductCommand,
  ): Promise<RetireDataProductPayload> {
    return { dataProduct: await this.lifecycle.retire(request, input) };
  }

  @Mutation(() => TransferProductOwnershipPayload, {
    description: 'Moves a data product to another team; platform admins only. Audited with the reason.',
  })
  transferProductOwnership(
    @CurrentRequest() request: RequestContext,
    @Args(
      'input',
      { type: () => TransferProductOwnershipInput, description: 'What to change.' },
      new ZodValidationPipe(transferProductOwnershipSchema),
    )
    input: TransferProductOwnershipCommand,
  ): Promise<TransferProductOwnershipPayload> {
    return this.products.transferOwnership(request, input);
  }

  @ResolveField(() => Domain, { description: 'The business area the product belongs to.' })
  async domain(@Parent() product: DataProduct, @Context() context: GraphqlContext): Promise<Domain | null> {
    return this.loaders.domain(context).load(product.domainId);
  }

  @ResolveField(() => Team, { description: 'The team that owns the product.' })
  async team(@Parent() product: DataProduct, @Context() context: GraphqlContext): Promise<Team | null> {
    return this.loaders.team(context).load(product.teamId);
  }

  @ResolveField(() => DataProduct, {
    nullable: true,
    description: 'What to use instead, once deprecated; null if there is none or it is hidden from you.',
  })
  async replacement(@Parent() product: DataProduct, @Context() context: GraphqlContext): Promise<DataProduct | null> {
    if (product.replacementId === null) return null;
    return this.loaders.visibleProduct(context).load(product.replacementId);
  }

  @ResolveField(() => [OutputPort], { description: 'How consumers read the product, by name.' })
  outputPorts(@Parent() product: DataProduct, @Context() context: GraphqlContext): Promise<OutputPort[]> {
    return this.loaders.outputPortsOf(context).load(product.id);
  }

  @ResolveField(() => [InputPort], { description: "The other products' output ports this product reads (lineage)." })
  inputPorts(@Parent() product: DataProduct, @Context() context: GraphqlContext): Promise<InputPort[]> {
    return this.loaders.inputPortsOf(context).load(product.id);
  }
}

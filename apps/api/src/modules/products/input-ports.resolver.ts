import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../../infra/graphql/loader-registry';
import type { RequestContext } from '../identity/actor';
import { CurrentRequest } from '../identity/request-context.decorator';
import { AddInputPortInput, addInputPortSchema, type AddInputPortCommand } from './dto/add-input-port.input';
import {
  RemoveInputPortInput,
  removeInputPortSchema,
  type RemoveInputPortCommand,
} from './dto/remove-input-port.input';
import { ZodValidationPipe } from './dto/validation';
import { DataProduct } from './models/data-product.model';
import { AddInputPortPayload, RemoveInputPortPayload } from './models/payloads.model';
import { InputPort, OutputPort } from './models/ports.model';
import { ProductLoaders } from './product.loaders';
import { productsError } from './products.errors';
import { PortsService } from './ports.service';

/** Input ports: the lineage edges between products. */
@Resolver(() => InputPort)
export class InputPortsResolver {
  constructor(
    private readonly ports: PortsService,
    private readonly loaders: ProductLoaders,
  ) {}

  @Mutation(() => AddInputPortPayload, {
    description: "Records that a product of your team reads another product's output port.",
  })
  addInputPort(
    @CurrentRequest() request: RequestContext,
    @Args(
      'input',
      { type: () => AddInputPortInput, description: 'What to change.' },
      new ZodValidationPipe(addInputPortSchema),
    )
    input: AddInputPortCommand,
  ): Promise<AddInputPortPayload> {
    return this.ports.addInputPort(request, input);
  }

  @Mutation(() => RemoveInputPortPayload, { description: 'Removes a lineage edge of a product of your team.' })
  removeInputPort(
    @CurrentRequest() request: RequestContext,
    @Args(
      'input',
      { type: () => RemoveInputPortInput, description: 'What to change.' },
      new ZodValidationPipe(removeInputPortSchema),
    )
    input: RemoveInputPortCommand,
  ): Promise<RemoveInputPortPayload> {
    return this.ports.removeInputPort(request, input);
  }

  @ResolveField(() => DataProduct, { description: 'The consuming product.' })
  async product(@Parent() inputPort: InputPort, @Context() context: GraphqlContext): Promise<DataProduct> {
    // Input ports are reached through their (visible) product or as consumers of visible products only.
    const product = await this.loaders.visibleProduct(context).load(inputPort.productId);
    if (!product) throw productsError('DATA_PRODUCT_NOT_FOUND');
    return product;
  }

  @ResolveField(() => OutputPort, {
    nullable: true,
    description: 'The output port read; null when its product is hidden from you (another team’s draft).',
  })
  sourcePort(@Parent() inputPort: InputPort, @Context() context: GraphqlContext): Promise<OutputPort | null> {
    return this.loaders.visibleOutputPort(context).load(inputPort.sourcePortId);
  }
}

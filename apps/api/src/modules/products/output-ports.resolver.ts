import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../../infra/graphql/loader-registry';
import type { RequestContext } from '../identity/actor';
import { CurrentRequest } from '../identity/request-context.decorator';
import { AddOutputPortInput, addOutputPortSchema, type AddOutputPortCommand } from './dto/add-output-port.input';
import {
  RemoveOutputPortInput,
  removeOutputPortSchema,
  type RemoveOutputPortCommand,
} from './dto/remove-output-port.input';
import {
  UpdateOutputPortInput,
  updateOutputPortSchema,
  type UpdateOutputPortCommand,
} from './dto/update-output-port.input';
import { ZodValidationPipe } from './dto/validation';
import { DataProduct } from './models/data-product.model';
import { AddOutputPortPayload, RemoveOutputPortPayload, UpdateOutputPortPayload } from './models/payloads.model';
import { InputPort, OutputPort, PortConnectionDetails } from './models/ports.model';
import { ProductLoaders } from './product.loaders';
import { productsError } from './products.errors';
import { PortsService } from './ports.service';

/** Output ports: lookup, changes, and the fields leading to their product, connection and consumers. */
@Resolver(() => OutputPort)
export class OutputPortsResolver {
  constructor(
    private readonly ports: PortsService,
    private readonly loaders: ProductLoaders,
  ) {}

  @Query(() => OutputPort, {
    nullable: true,
    description: 'One output port; NOT_FOUND when missing or when its product is hidden.',
  })
  async outputPort(
    @Context() context: GraphqlContext,
    @Args('id', { type: () => ID, description: 'The output port id.' }) id: string,
  ): Promise<OutputPort | null> {
    return this.loaders.outputPort(context, id);
  }

  @Mutation(() => AddOutputPortPayload, { description: 'Adds an output port to a product of your team.' })
  addOutputPort(
    @CurrentRequest() request: RequestContext,
    @Args(
      'input',
      { type: () => AddOutputPortInput, description: 'What to change.' },
      new ZodValidationPipe(addOutputPortSchema),
    )
    input: AddOutputPortCommand,
  ): Promise<AddOutputPortPayload> {
    return this.ports.addOutputPort(request, input);
  }

  @Mutation(() => UpdateOutputPortPayload, { description: "Changes an output port's name, description or location." })
  updateOutputPort(
    @CurrentRequest() request: RequestContext,
    @Args(
      'input',
      { type: () => UpdateOutputPortInput, description: 'What to change.' },
      new ZodValidationPipe(updateOutputPortSchema),
    )
    input: UpdateOutputPortCommand,
  ): Promise<UpdateOutputPortPayload> {
    return this.ports.updateOutputPort(request, input);
  }

  @Mutation(() => RemoveOutputPortPayload, {
    description: 'Removes an output port that no product reads (else PORT_IN_USE).',
  })
  removeOutputPort(
    @CurrentRequest() request: RequestContext,
    @Args(
      'input',
      { type: () => RemoveOutputPortInput, description: 'What to change.' },
      new ZodValidationPipe(removeOutputPortSchema),
    )
    input: RemoveOutputPortCommand,
  ): Promise<RemoveOutputPortPayload> {
    return this.ports.removeOutputPort(request, input);
  }

  @ResolveField(() => DataProduct, { description: 'The product the port belongs to.' })
  async product(@Parent() port: OutputPort, @Context() context: GraphqlContext): Promise<DataProduct> {
    // A port is only ever reached through a visible product, so its product is visible too.
    const product = await this.loaders.visibleProduct(context).load(port.productId);
    if (!product) throw productsError('DATA_PRODUCT_NOT_FOUND');
    return product;
  }

  @ResolveField(() => PortConnectionDetails, {
    nullable: true,
    description:
      'Where and how to read the port; null unless you are in the owning team, an admin or an approved subscriber.',
  })
  async connectionDetails(
    @Parent() port: OutputPort,
    @Context() context: GraphqlContext,
  ): Promise<PortConnectionDetails | null> {
    const product = await this.loaders.visibleProduct(context).load(port.productId);
    if (!product) return null;
    const visible = await this.loaders.seesConnectionDetails(context, { id: port.id, ownerTeamId: product.teamId });
    return visible ? { kind: port.kind, location: port.location } : null;
  }

  @ResolveField(() => [InputPort], { description: 'The input ports reading this port, of products you can see.' })
  consumers(@Parent() port: OutputPort, @Context() context: GraphqlContext): Promise<InputPort[]> {
    return this.loaders.visibleConsumers(context).load(port.id);
  }
}

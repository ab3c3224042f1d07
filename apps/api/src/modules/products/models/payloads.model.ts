import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DataProduct } from './data-product.model';
import { InputPort, OutputPort } from './ports.model';

@ObjectType({ description: 'The result of createDataProduct.' })
export class CreateDataProductPayload {
  @Field(() => DataProduct, { description: 'The new product, a DRAFT.' })
  dataProduct!: DataProduct;
}

@ObjectType({ description: 'The result of updateDataProduct.' })
export class UpdateDataProductPayload {
  @Field(() => DataProduct, { description: 'The product as it is now.' })
  dataProduct!: DataProduct;
}

@ObjectType({ description: 'The result of publishDataProduct.' })
export class PublishDataProductPayload {
  @Field(() => DataProduct, { description: 'The product, now PUBLISHED.' })
  dataProduct!: DataProduct;
}

@ObjectType({ description: 'The result of deprecateDataProduct.' })
export class DeprecateDataProductPayload {
  @Field(() => DataProduct, { description: 'The product, now DEPRECATED.' })
  dataProduct!: DataProduct;
}

@ObjectType({ description: 'The result of retireDataProduct.' })
export class RetireDataProductPayload {
  @Field(() => DataProduct, { description: 'The product, now RETIRED.' })
  dataProduct!: DataProduct;
}

@ObjectType({ description: 'The result of addOutputPort.' })
export class AddOutputPortPayload {
  @Field(() => OutputPort, { description: 'The new port.' })
  outputPort!: OutputPort;

  @Field(() => DataProduct, { description: 'The product it belongs to.' })
  dataProduct!: DataProduct;
}

@ObjectType({ description: 'The result of updateOutputPort.' })
export class UpdateOutputPortPayload {
  @Field(() => OutputPort, { description: 'The port as it is now.' })
  outputPort!: OutputPort;

  @Field(() => DataProduct, { description: 'The product it belongs to.' })
  dataProduct!: DataProduct;
}

@ObjectType({ description: 'The result of removeOutputPort.' })
export class RemoveOutputPortPayload {
  @Field(() => ID, { description: 'The id of the removed port.' })
  removedOutputPortId!: string;

  @Field(() => DataProduct, { description: 'The product it belonged to.' })
  dataProduct!: DataProduct;
}

@ObjectType({ description: 'The result of addInputPort.' })
export class AddInputPortPayload {
  @Field(() => InputPort, { description: 'The new lineage edge.' })
  inputPort!: InputPort;

  @Field(() => DataProduct, { description: 'The consuming product.' })
  dataProduct!: DataProduct;
}

@ObjectType({ description: 'The result of removeInputPort.' })
export class RemoveInputPortPayload {
  @Field(() => ID, { description: 'The id of the removed input port.' })
  removedInputPortId!: string;

  @Field(() => DataProduct, { description: 'The consuming product.' })
  dataProduct!: DataProduct;
}

@ObjectType({ description: 'The result of transferProductOwnership.' })
export class TransferProductOwnershipPayload {
  @Field(() => DataProduct, { description: 'The product, now owned by the new team.' })
  dataProduct!: DataProduct;

  @Field(() => ID, { description: 'The team that owned it before.' })
  previousTeamId!: string;
}

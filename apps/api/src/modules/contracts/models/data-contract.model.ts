import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CONTRACT_FORMATS, type ContractFormat } from '@tessera/contracts';
import { GraphQLJSONObject } from 'graphql-scalars';

export const DataContractFormatEnum = Object.fromEntries(CONTRACT_FORMATS.map((format) => [format, format])) as {
  [Key in ContractFormat]: Key;
};
registerEnumType(DataContractFormatEnum, {
  name: 'DataContractFormat',
  description: 'How a data contract is written: YAML or JSON.',
});

@ObjectType({
  description: 'A service-level property of a contract (ODCS slaProperties), such as latency or retention.',
})
export class DataContractSlaProperty {
  @Field({ description: 'The property: latency, retention, frequency, availability...' })
  property!: string;

  @Field(() => String, { nullable: true, description: 'The agreed value, as text.' })
  value!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The extended value; for the latency Tessera derives, the warning threshold.',
  })
  valueExt!: string | null;

  @Field(() => String, { nullable: true, description: 'The unit of the value, such as days or minutes.' })
  unit!: string | null;

  @Field(() => String, { nullable: true, description: 'The schema element(s) the property applies to.' })
  element!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it matters: regulatory, analytics or operational.' })
  driver!: string | null;

  @Field(() => String, { nullable: true, description: 'The property in words.' })
  description!: string | null;
}

@ObjectType({ description: 'A data quality rule of a contract, with the schema element it is attached to.' })
export class DataContractQualityRule {
  @Field({ description: 'The schema element: an object (`OrderPlaced`) or a property (`OrderPlaced.customer.email`).' })
  element!: string;

  @Field(() => String, { nullable: true, description: 'The name of the rule.' })
  name!: string | null;

  @Field(() => String, { nullable: true, description: 'What the rule checks.' })
  description!: string | null;

  @Field({ description: 'text, library, sql or custom.' })
  type!: string;

  @Field(() => String, { nullable: true, description: 'The quality dimension: accuracy, completeness, uniqueness...' })
  dimension!: string | null;

  @Field(() => String, { nullable: true, description: 'The library metric, such as nullValues or rowCount.' })
  metric!: string | null;

  @Field(() => String, { nullable: true, description: 'info, warning, error...' })
  severity!: string | null;

  @Field(() => GraphQLJSONObject, {
    description: 'The whole rule as the contract states it (thresholds, query, engine).',
  })
  rule!: Record<string, unknown>;
}

@ObjectType({ description: 'The terms of use of a contract.' })
export class DataContractTerms {
  @Field(() => String, { nullable: true, description: 'What the data is for.' })
  purpose!: string | null;

  @Field(() => String, { nullable: true, description: 'How the data may and should be used.' })
  usage!: string | null;

  @Field(() => String, { nullable: true, description: 'Technical, compliance and legal limits on its use.' })
  limitations!: string | null;

  @Field(() => String, { nullable: true, description: 'What using it costs, such as "1.5 USD per gigabyte".' })
  billing!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'How long before a change to the terms takes effect (custom property noticePeriod).',
  })
  noticePeriod!: string | null;
}

@ObjectType({ description: 'Where to get help with the data of a contract.' })
export class DataContractSupportChannel {
  @Field({ description: 'A channel name or identifier.' })
  channel!: string;

  @Field(() => String, { nullable: true, description: 'Where it is.' })
  url!: string | null;

  @Field(() => String, { nullable: true, description: 'The tool: slack, email, teams, ticket...' })
  tool!: string | null;

  @Field(() => String, { nullable: true, description: 'interactive, announcements, issues or notifications.' })
  scope!: string | null;

  @Field(() => String, { nullable: true, description: 'What it is for.' })
  description!: string | null;
}

@ObjectType({
  description:
    "An output port's data contract in the shape of the Open Data Contract Standard v3.1: the document its team imported, with the schema, SLA, team, product and version Tessera derives.",
})
export class DataContract {
  @Field(() => ID, { description: 'The output port the contract belongs to.' })
  portId!: string;

  @Field({ description: 'The ODCS id of the contract; `<product slug>/<port name>` unless the document gives one.' })
  contractId!: string;

  @Field({ description: 'The ODCS version the document follows, such as v3.1.0.' })
  apiVersion!: string;

  @Field({ description: 'The contract version: the port contract version (semver).' })
  version!: string;

  @Field({ description: 'The contract status, from the product lifecycle: draft, active, deprecated, retired.' })
  status!: string;

  @Field(() => String, { nullable: true, description: 'The name of the contract.' })
  name!: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When a document was last imported; null when the contract is only what Tessera derives.',
  })
  importedAt!: Date | null;

  @Field(() => GraphQLJSONObject, { description: 'The exported contract as JSON data, unknown fields included.' })
  document!: Record<string, unknown>;

  @Field(() => [DataContractSlaProperty], { description: 'Service levels, the derived latency first.' })
  slaProperties!: DataContractSlaProperty[];

  @Field(() => [DataContractQualityRule], { description: 'Data quality rules, from every schema element.' })
  qualityRules!: DataContractQualityRule[];

  @Field(() => DataContractTerms, { description: 'Terms of use.' })
  terms!: DataContractTerms;

  @Field(() => [DataContractSupportChannel], { description: 'Support channels.' })
  support!: DataContractSupportChannel[];
}

@ObjectType({ description: 'The result of importDataContract.' })
export class ImportDataContractPayload {
  @Field(() => DataContract, { description: 'The contract as exported now.' })
  contract!: DataContract;

  @Field({ description: 'False when the document was the one already stored: nothing was written.' })
  changed!: boolean;
}

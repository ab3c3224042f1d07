import { Field, ID, ObjectType } from '@nestjs/graphql';
import { OutputPort } from '../../products/models/ports.model';
import { FreshnessObjective } from './freshness-objective.model';
import { Incident } from './incident.model';

@ObjectType({ description: 'The result of setFreshnessObjective.' })
export class SetFreshnessObjectivePayload {
  @Field(() => FreshnessObjective, { description: 'The objective as it is now.' })
  objective!: FreshnessObjective;

  @Field(() => OutputPort, { description: 'The port it belongs to.' })
  outputPort!: OutputPort;
}

@ObjectType({ description: 'The result of removeFreshnessObjective.' })
export class RemoveFreshnessObjectivePayload {
  @Field(() => ID, { description: 'The id of the removed objective.' })
  removedObjectiveId!: string;

  @Field(() => OutputPort, { description: 'The port it belonged to.' })
  outputPort!: OutputPort;
}

@ObjectType({ description: 'The result of acknowledgeIncident.' })
export class AcknowledgeIncidentPayload {
  @Field(() => Incident, { description: 'The incident, now ACKNOWLEDGED.' })
  incident!: Incident;
}

@ObjectType({ description: 'A producer-reported freshness heartbeat of an output port.' })
export class FreshnessHeartbeat {
  @Field(() => ID, { description: 'The output port.' })
  portId!: string;

  @Field({ description: 'The data time the producer reported.' })
  lastUpdatedAt!: Date;

  @Field({ description: 'When Tessera received it.' })
  receivedAt!: Date;
}

@ObjectType({ description: 'The result of reportFreshness.' })
export class ReportFreshnessPayload {
  @Field(() => FreshnessHeartbeat, { description: 'The latest heartbeat of the port as stored.' })
  heartbeat!: FreshnessHeartbeat;
}

@ObjectType({ description: 'The result of setFreshnessAlerts.' })
export class SetFreshnessAlertsPayload {
  @Field(() => ID, { description: 'The subscription.' })
  subscriptionId!: string;

  @Field({ description: "Whether the consumer team now receives the port's freshness alerts." })
  enabled!: boolean;
}

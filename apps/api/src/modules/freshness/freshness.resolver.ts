import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../../infra/graphql/loader-registry';
import type { RequestContext } from '../identity/actor';
import { CurrentRequest } from '../identity/request-context.decorator';
import { ZodValidationPipe } from '../products/dto/validation';
import {
  SetFreshnessObjectiveInput,
  setFreshnessObjectiveSchema,
  type SetFreshnessObjectiveCommand,
} from './dto/set-freshness-objective.input';
import {
  AcknowledgeIncidentInput,
  acknowledgeIncidentSchema,
  RemoveFreshnessObjectiveInput,
  removeFreshnessObjectiveSchema,
  ReportFreshnessInput,
  reportFreshnessSchema,
  type AcknowledgeIncidentCommand,
  type RemoveFreshnessObjectiveCommand,
  type ReportFreshnessCommand,
} from './dto/simple-inputs';
import {
  SetFreshnessAlertsInput,
  setFreshnessAlertsSchema,
  type SetFreshnessAlertsCommand,
} from './dto/set-freshness-alerts.input';
import { AlertOptInsService } from './alert-opt-ins.service';
import { FreshnessLoaders } from './freshness.loaders';
import { HeartbeatsService } from './heartbeats.service';
import { IncidentsService } from './incidents.service';
import { Incident } from './models/incident.model';
import {
  AcknowledgeIncidentPayload,
  RemoveFreshnessObjectivePayload,
  ReportFreshnessPayload,
  SetFreshnessAlertsPayload,
  SetFreshnessObjectivePayload,
} from './models/payloads.model';
import { ObjectivesService } from './objectives.service';

/** Freshness mutations (objectives, heartbeats, acknowledging incidents) and the incident lookup. */
@Resolver()
export class FreshnessResolver {
  constructor(
    private readonly objectives: ObjectivesService,
    private readonly heartbeats: HeartbeatsService,
    private readonly incidents: IncidentsService,
    private readonly optIns: AlertOptInsService,
    private readonly loaders: FreshnessLoaders,
  ) {}

  @Mutation(() => SetFreshnessAlertsPayload, {
    description:
      "A consumer team opts in to (or out of) the freshness incidents of a port it subscribes to (the consumer team's members).",
  })
  setFreshnessAlerts(
    @CurrentRequest() request: RequestContext,
    @Args(
      'input',
      { type: () => SetFreshnessAlertsInput, description: 'Which subscription, and whether to alert.' },
      new ZodValidationPipe(setFreshnessAlertsSchema),
    )
    input: SetFreshnessAlertsCommand,
  ): Promise<SetFreshnessAlertsPayload> {
    return this.optIns.setAlerts(request, input);
  }

  @Mutation(() => SetFreshnessObjectivePayload, {
    description:
      'Sets the freshness objective of an output port of your team (creates or replaces it) and schedules its checks.',
  })
  setFreshnessObjective(
    @CurrentRequest() request: RequestContext,
    @Args(
      'input',
      { type: () => SetFreshnessObjectiveInput, description: 'What to set.' },
      new ZodValidationPipe(setFreshnessObjectiveSchema),
    )
    input: SetFreshnessObjectiveCommand,
  ): Promise<SetFreshnessObjectivePayload> {
    return this.objectives.setObjective(request, input);
  }

  @Mutation(() => RemoveFreshnessObjectivePayload, {
    description:
      'Removes the freshness objective of an output port of your team, with its schedule, history and incidents.',
  })
  removeFreshnessObjective(
    @CurrentRequest() request: RequestContext,
    @Args(
      'input',
      { type: () => RemoveFreshnessObjectiveInput, description: 'Which objective.' },
      new ZodValidationPipe(removeFreshnessObjectiveSchema),
    )
    input: RemoveFreshnessObjectiveCommand,
  ): Promise<RemoveFreshnessObjectivePayload> {
    return this.objectives.removeObjective(request, input);
  }

  @Mutation(() => ReportFreshnessPayload, {
    description:
      'A producer reports the time of its newest data (PUSH checks); needs the freshness:report scope and the owning team. REST: POST /api/v1/ports/{id}/heartbeat.',
  })
  async reportFreshness(
    @CurrentRequest() request: RequestContext,
    @Args(
      'input',
      { type: () => ReportFreshnessInput, description: 'The port and its data time.' },
      new ZodValidationPipe(reportFreshnessSchema),
    )
    input: ReportFreshnessCommand,
  ): Promise<ReportFreshnessPayload> {
    return { heartbeat: await this.heartbeats.report(request, input) };
  }

  @Mutation(() => AcknowledgeIncidentPayload, {
    description: 'Acknowledges an incident of your team with a note; reminders stop until it resolves.',
  })
  acknowledgeIncident(
    @CurrentRequest() request: RequestContext,
    @Args(
      'input',
      { type: () => AcknowledgeIncidentInput, description: 'Which incident, and the note.' },
      new ZodValidationPipe(acknowledgeIncidentSchema),
    )
    input: AcknowledgeIncidentCommand,
  ): Promise<AcknowledgeIncidentPayload> {
    return this.incidents.acknowledge(request, input);
  }

  @Query(() => Incident, { description: 'One incident; NOT_FOUND when missing or when its product is hidden.' })
  incident(
    @Context() context: GraphqlContext,
    @Args('id', { type: () => ID, description: 'The incident id.' }) id: string,
  ): Promise<Incident> {
    return this.loaders.incident(context, id);
  }
}

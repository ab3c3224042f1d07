import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../../infra/graphql/loader-registry';
import { ConnectionArgs, type ConnectionShape } from '../../infra/graphql/pagination';
import { productVisibility } from '../authorization/policy';
import { User } from '../organisation/models/user.model';
import { Team } from '../organisation/models/team.model';
import { DataProduct } from '../products/models/data-product.model';
import { OutputPort } from '../products/models/ports.model';
import { IncidentsArgs, WindowArgs } from './dto/freshness.args';
import { freshnessError } from './freshness.errors';
import { FreshnessLoaders } from './freshness.loaders';
import { errorBudget, timeline, windowOf } from './metrics';
import {
  FreshnessBudget,
  FreshnessObjective,
  FreshnessResultConnection,
  FreshnessTimelineSegment,
  type FreshnessResult,
} from './models/freshness-objective.model';
import { Incident, IncidentConnection } from './models/incident.model';

function windowDays(args: WindowArgs, objective: FreshnessObjective): number {
  const days = args.days ?? objective.windowDays;
  if (!Number.isInteger(days) || days < 1 || days > 90) throw freshnessError('INVALID_TIMELINE_DAYS');
  return days;
}

/** `OutputPort.freshnessObjective`: the port is reached through a visible product, so its objective is visible. */
@Resolver(() => OutputPort)
export class OutputPortFreshnessResolver {
  constructor(private readonly loaders: FreshnessLoaders) {}

  @ResolveField(() => FreshnessObjective, {
    nullable: true,
    description: "The port's freshness objective and its current state; null when none is set.",
  })
  freshnessObjective(
    @Parent() port: OutputPort,
    @Context() context: GraphqlContext,
  ): Promise<FreshnessObjective | null> {
    return this.loaders.objectiveOfPort(context).load(port.id);
  }
}

/** The objective's port, timeline, error budget, history and incidents. */
@Resolver(() => FreshnessObjective)
export class FreshnessObjectiveResolver {
  constructor(private readonly loaders: FreshnessLoaders) {}

  @ResolveField(() => OutputPort, { description: 'The output port the objective is about.' })
  async outputPort(@Parent() objective: FreshnessObjective, @Context() context: GraphqlContext): Promise<OutputPort> {
    const port = await this.loaders.visiblePort(context).load(objective.portId);
    if (!port) throw freshnessError('OUTPUT_PORT_NOT_FOUND');
    return port;
  }

  @ResolveField(() => [FreshnessTimelineSegment], {
    description:
      'The status over the last `days` days as consecutive segments covering the window exactly (UNKNOWN where no check covered).',
  })
  async timeline(
    @Parent() objective: FreshnessObjective,
    @Args() args: WindowArgs,
    @Context() context: GraphqlContext,
  ): Promise<FreshnessTimelineSegment[]> {
    const days = windowDays(args, objective);
    const runs = await this.loaders.runsInWindow(context, days).load(objective.id);
    return timeline(runs, windowOf(days, this.loaders.now(context)), {
      openRunGraceSeconds: 2 * objective.intervalSeconds,
    });
  }

  @ResolveField(() => FreshnessBudget, {
    description: 'Share of time within the objective, error budget left and burn rate over the last `days` days.',
  })
  async budget(
    @Parent() objective: FreshnessObjective,
    @Args() args: WindowArgs,
    @Context() context: GraphqlContext,
  ): Promise<FreshnessBudget> {
    const days = windowDays(args, objective);
    const window = windowOf(days, this.loaders.now(context));
    const runs = await this.loaders.runsInWindow(context, days).load(objective.id);
    const segments = timeline(runs, window, { openRunGraceSeconds: 2 * objective.intervalSeconds });
    return { days, ...errorBudget(segments, window, objective.targetPercent) };
  }

  @ResolveField(() => FreshnessResultConnection, {
    description: 'The check history as status runs (one row per change, not per check), newest first.',
  })
  history(
    @Parent() objective: FreshnessObjective,
    @Args() args: ConnectionArgs,
  ): Promise<ConnectionShape<FreshnessResult>> {
    return this.loaders.historyPage(objective.id, args);
  }

  @ResolveField(() => IncidentConnection, { description: "The objective's incidents, open and past, newest first." })
  incidents(@Parent() objective: FreshnessObjective, @Args() args: IncidentsArgs): Promise<ConnectionShape<Incident>> {
    return this.loaders.incidents({ objectiveId: objective.id }, args.status ?? null, args);
  }

  @ResolveField(() => Incident, { nullable: true, description: 'The unresolved incident, if any (at most one).' })
  openIncident(@Parent() objective: FreshnessObjective, @Context() context: GraphqlContext): Promise<Incident | null> {
    return this.loaders.openIncident(context).load(objective.id);
  }
}

/** Where an incident belongs, and who acknowledged it. */
@Resolver(() => Incident)
export class IncidentFieldsResolver {
  constructor(private readonly loaders: FreshnessLoaders) {}

  @ResolveField(() => FreshnessObjective, { description: 'The objective in trouble.' })
  async objective(@Parent() incident: Incident, @Context() context: GraphqlContext): Promise<FreshnessObjective> {
    const objective = await this.loaders.visibleObjective(context).load(incident.objectiveId);
    if (!objective) throw freshnessError('INCIDENT_NOT_FOUND');
    return objective;
  }

  @ResolveField(() => OutputPort, { description: 'The output port concerned.' })
  async outputPort(@Parent() incident: Incident, @Context() context: GraphqlContext): Promise<OutputPort> {
    const port = await this.loaders.visiblePort(context).load(incident.portId);
    if (!port) throw freshnessError('INCIDENT_NOT_FOUND');
    return port;
  }

  @ResolveField(() => DataProduct, { description: 'The data product concerned.' })
  async dataProduct(@Parent() incident: Incident, @Context() context: GraphqlContext): Promise<DataProduct> {
    const product = await this.loaders.visibleProduct(context).load(incident.productId);
    if (!product) throw freshnessError('INCIDENT_NOT_FOUND');
    return product;
  }

  @ResolveField(() => User, { nullable: true, description: 'Who acknowledged it (null for a team token).' })
  acknowledgedBy(@Parent() incident: Incident, @Context() context: GraphqlContext): Promise<User | null> | null {
    return incident.acknowledgedById ? this.loaders.user(context).load(incident.acknowledgedById) : null;
  }
}

/** `DataProduct.incidents`: the product is visible, so are its incidents. */
@Resolver(() => DataProduct)
export class ProductIncidentsResolver {
  constructor(private readonly loaders: FreshnessLoaders) {}

  @ResolveField(() => IncidentConnection, {
    description: "Freshness incidents of the product's output ports, open and past, newest first.",
  })
  incidents(@Parent() product: DataProduct, @Args() args: IncidentsArgs): Promise<ConnectionShape<Incident>> {
    return this.loaders.incidents({ productId: product.id }, args.status ?? null, args);
  }
}

/** `Team.openIncidents`: the owner's inbox. */
@Resolver(() => Team)
export class TeamIncidentsResolver {
  constructor(private readonly loaders: FreshnessLoaders) {}

  @ResolveField(() => IncidentConnection, {
    description: "Unresolved freshness incidents of the team's products you can see, newest first.",
  })
  openIncidents(
    @Parent() team: Team,
    @Args() args: ConnectionArgs,
    @Context() context: GraphqlContext,
  ): Promise<ConnectionShape<Incident>> {
    return this.loaders.incidents(
      { teamId: team.id, visibility: productVisibility(this.loaders.actorOf(context)) },
      ['OPEN', 'ACKNOWLEDGED'],
      args,
    );
  }
}

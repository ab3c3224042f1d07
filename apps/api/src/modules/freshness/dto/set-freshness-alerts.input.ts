import { Field, ID, InputType } from '@nestjs/graphql';
import { z } from 'zod';

@InputType({
  description:
    "A consumer team opts in to (or out of) the freshness incidents of a port it subscribes to; alerts go to the team's channels while the subscription is APPROVED.",
})
export class SetFreshnessAlertsInput {
  @Field(() => ID, { description: "The consumer team's subscription to the port." })
  subscriptionId!: string;

  @Field({ description: 'true to receive breach, check-failure, reminder and recovery alerts; false to stop.' })
  enabled!: boolean;
}

export const setFreshnessAlertsSchema = z.object({ subscriptionId: z.guid('not a valid id'), enabled: z.boolean() });
export type SetFreshnessAlertsCommand = z.output<typeof setFreshnessAlertsSchema>;

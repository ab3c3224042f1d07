import { Injectable } from '@nestjs/common';
import { expireSubscriptionsJob, type PayloadOf } from '@tessera/contracts';
import type { Job } from 'bullmq';
import type { JobProcessor } from '../../infra/queue/job-processor';
import { GrantJobs } from './grant-jobs';
import { SubscriptionExpiry } from './subscription-expiry.service';

type Payload = PayloadOf<typeof expireSubscriptionsJob>;

/** Runs `access.expire-subscriptions` on its schedule; the grants of expired subscriptions are removed by their own jobs. */
@Injectable()
export class ExpireSubscriptionsProcessor implements JobProcessor<Payload> {
  readonly definition = expireSubscriptionsJob;

  constructor(
    private readonly expiry: SubscriptionExpiry,
    private readonly jobs: GrantJobs,
  ) {}

  async process(_payload: Payload, job: Job): Promise<{ warned: number; grantsToRemove: number }> {
    const { warned, grantIds } = await this.expiry.run(`job:${job.name}:${job.id ?? ''}`);
    await this.jobs.enqueue(grantIds);
    return { warned, grantsToRemove: grantIds.length };
  }
}

import { Injectable } from '@nestjs/common';
import { provisionGrantJob, type PayloadOf } from '@tessera/contracts';
import { UnrecoverableError } from 'bullmq';
import type { JobProcessor } from '../../infra/queue/job-processor';
import { GrantProvisioning, type ProvisioningOutcome } from './grant-provisioning.service';
import { isProvisioningError } from './provisioners';

type Payload = PayloadOf<typeof provisionGrantJob>;

/**
 * Runs `access.provision-grant`. A retryable failure (broker or database unreachable) is
 * thrown for BullMQ to retry with backoff; a permanent one (no principal, missing table) stops
 * the retries at once. Either way the grant shows FAILED with the error, and reconciliation
 * keeps retrying it, so a fix made later (a principal set, a broker back) needs nobody to act.
 */
@Injectable()
export class ProvisionGrantProcessor implements JobProcessor<Payload> {
  readonly definition = provisionGrantJob;

  constructor(private readonly provisioning: GrantProvisioning) {}

  async process(payload: Payload): Promise<ProvisioningOutcome> {
    try {
      return await this.provisioning.converge(payload.grantId);
    } catch (error) {
      if (isProvisioningError(error) && !error.retryable)
        throw new UnrecoverableError(`${error.code}: ${error.message}`);
      throw error;
    }
  }
}

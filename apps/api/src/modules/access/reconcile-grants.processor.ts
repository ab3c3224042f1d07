import { Injectable, Logger } from '@nestjs/common';
import { reconcileGrantsJob, type PayloadOf } from '@tessera/contracts';
import type { JobProcessor } from '../../infra/queue/job-processor';
import { GrantJobs } from './grant-jobs';
import { GrantProvisioning, type VerificationOutcome } from './grant-provisioning.service';
import { GrantsRepository } from './grants.repository';

type Payload = PayloadOf<typeof reconcileGrantsJob>;

/** Grants changed this recently are still with the job enqueued after their commit. */
const SWEEP_GRACE_MS = 10_000;
const BATCH = 200;

export interface ReconciliationReport {
  readonly enqueued: number;
  readonly verified: Record<VerificationOutcome, number>;
}

/**
 * Runs `access.reconcile-grants` on its schedule: re-enqueues grants with work left (PENDING
 * ones whose job was lost, FAILED ones, whatever the error: the cause may have been fixed
 * since), then inspects active grants, least recently verified first, and restores drifted ones.
 */
@Injectable()
export class ReconcileGrantsProcessor implements JobProcessor<Payload> {
  readonly definition = reconcileGrantsJob;
  private readonly logger = new Logger('ReconcileGrants');

  constructor(
    private readonly grants: GrantsRepository,
    private readonly provisioning: GrantProvisioning,
    private readonly jobs: GrantJobs,
  ) {}

  async process(): Promise<ReconciliationReport> {
    const swept = await this.grants.idsToSweep(new Date(Date.now() - SWEEP_GRACE_MS), BATCH);
    await this.jobs.enqueue(swept);
    const verified: Record<VerificationOutcome, number> = { intact: 0, restored: 0, failed: 0, skipped: 0 };
    for (const grantId of await this.grants.idsToVerify(BATCH)) {
      // A grant busy with its own job is checked on a later run.
      const outcome = await this.provisioning.verify(grantId).catch((): VerificationOutcome => 'skipped');
      verified[outcome] += 1;
    }
    if (swept.length > 0 || verified.restored > 0 || verified.failed > 0) {
      this.logger.log(
        `re-enqueued ${swept.length}, restored ${verified.restored}, could not check ${verified.failed} grant(s)`,
      );
    }
    return { enqueued: swept.length, verified };
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { z } from 'zod';
import { emptyOutcome, errorOutcome, okOutcome, type CheckOptions, type CheckOutcome } from '../check-outcome';
import { CheckAborted, DeadlineExceeded } from '../deadline';
import { describeError, runCheck, type FreshnessChecker } from '../freshness-checker';
import { HEARTBEAT_STORE, type HeartbeatStore } from './heartbeat-store';

export const pushTargetSchema = z.object({
  kind: z.literal('PUSH'),
  portId: z.string().min(1),
});
export type PushTarget = z.infer<typeof pushTargetSchema>;

/** The PUSH checker's error codes (besides CommonCheckError). */
export const PushCheckError = {
  HEARTBEAT_STORE_UNAVAILABLE: 'HEARTBEAT_STORE_UNAVAILABLE',
} as const;

/**
 * PUSH: the producer reports freshness itself; the check reads the latest reported
 * `lastUpdatedAt`. No heartbeat yet is EMPTY, which evaluators count as stale.
 */
@Injectable()
export class PushChecker implements FreshnessChecker<PushTarget> {
  readonly kind = 'PUSH';
  readonly targetSchema = pushTargetSchema;

  constructor(@Inject(HEARTBEAT_STORE) private readonly store: HeartbeatStore) {}

  check(target: PushTarget, options: CheckOptions): Promise<CheckOutcome> {
    return runCheck(
      options,
      async () => {
        const heartbeat = await this.store.latestHeartbeat(target.portId);
        if (!heartbeat) return emptyOutcome({ reason: 'no heartbeat reported yet' });
        return okOutcome(heartbeat.lastUpdatedAt, { receivedAt: heartbeat.receivedAt.toISOString() });
      },
      (error) =>
        error instanceof DeadlineExceeded || error instanceof CheckAborted
          ? undefined
          : errorOutcome(PushCheckError.HEARTBEAT_STORE_UNAVAILABLE, describeError(error)),
    );
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

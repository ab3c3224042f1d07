import { Injectable, Logger } from '@nestjs/common';
import { PrincipalDirectory } from '../connections/principal-directory';
import { grantSpecFor, portConnection, type PortConnection } from './grant-spec';
import { handOverCreated, recordsToRemove } from './held-bindings';
import { GrantsRepository, type GrantTarget } from './grants.repository';
import { ProvisioningLock } from './provisioning-lock';
import {
  GrantProvisionerRegistry,
  isProvisioningError,
  provisioningError,
  ProvisioningErrorCode,
  type GrantSpec,
  type ProvisioningError,
} from './provisioners';

export type ProvisioningOutcome = 'granted' | 'removed' | 'unchanged' | 'gone';
export type VerificationOutcome = 'intact' | 'restored' | 'failed' | 'skipped';

/** Anything a provisioner did not classify is shown as a generic failure: driver messages may name hosts. */
function asProvisioningError(error: unknown): ProvisioningError {
  if (isProvisioningError(error)) return error;
  return provisioningError(ProvisioningErrorCode.PROVISIONING_FAILED, undefined, error);
}

/**
 * Makes grants real. `converge` brings one grant to its desired state (GRANT: create the ACLs
 * or privileges and record them; REVOKE: remove exactly the recorded ones); `verify` checks an
 * active grant and restores what drifted. Both run under the team-and-connection lock and
 * re-read the grant inside it, so whatever ran before them is seen.
 */
@Injectable()
export class GrantProvisioning {
  private readonly logger = new Logger('GrantProvisioning');

  constructor(
    private readonly grants: GrantsRepository,
    private readonly registry: GrantProvisionerRegistry,
    private readonly principals: PrincipalDirectory,
    private readonly lock: ProvisioningLock,
  ) {}

  /**
   * Throws the ProvisioningError of a failed attempt after recording it on the grant (FAILED,
   * with code and message); the job decides from `retryable` whether to try again.
   */
  async converge(grantId: string): Promise<ProvisioningOutcome> {
    const first = await this.grants.findTarget(grantId);
    if (!first) return 'gone';
    return this.lock.withLock(lockKey(first), async () => {
      let outcome: ProvisioningOutcome = 'unchanged';
      // A revocation may arrive while the grant is being made: one more pass then removes it.
      for (let pass = 0; pass < 2; pass += 1) {
        const target = await this.grants.findTarget(grantId);
        if (!target) return 'gone';
        const done = target.desired === 'GRANT' ? target.grant.status === 'ACTIVE' : target.grant.status === 'REMOVED';
        if (done) return outcome;
        outcome = await this.attempt(target);
      }
      return outcome;
    });
  }

  /** Reconciliation of one active grant: inspect the recorded grants, restore the missing ones. */
  async verify(grantId: string): Promise<VerificationOutcome> {
    const first = await this.grants.findTarget(grantId);
    if (!first) return 'skipped';
    return this.lock.withLock(lockKey(first), async () => {
      const target = await this.grants.findTarget(grantId);
      if (!target || target.desired !== 'GRANT' || target.grant.status !== 'ACTIVE') return 'skipped';
      try {
        const inspections = await this.registry.inspect(target.records);
        const missing = inspections.filter((inspection) => !inspection.present).map((inspection) => inspection.record);
        if (missing.length > 0) {
          await this.registry.restore(missing);
          this.logger.warn(`grant ${grantId}: restored ${missing.length} binding(s) that had drifted away`);
        }
        await this.grants.markVerified(grantId, new Date());
        return missing.length > 0 ? 'restored' : 'intact';
      } catch (error) {
        await this.grants.markVerificationFailed(grantId, asProvisioningError(error).toFailure(), new Date());
        return 'failed';
      }
    });
  }

  private async attempt(target: GrantTarget): Promise<ProvisioningOutcome> {
    try {
      if (target.desired === 'REVOKE') {
        // Read under the team-and-connection lock: no grant of the team there changes meanwhile.
        const others = await this.grants.otherActiveGrants(target.grant.id, target.consumerTeam.id);
        await this.registry.revoke(recordsToRemove(target.records, others));
        for (const grant of handOverCreated(target.records, others)) {
          await this.grants.replaceRecords(grant.id, grant.records);
        }
        await this.grants.markRemoved(target.grant.id, new Date());
        return 'removed';
      }
      const records = await this.registry.grant(await this.specFor(target));
      await this.grants.markGranted(target.grant.id, records, new Date());
      return 'granted';
    } catch (error) {
      const failure = asProvisioningError(error);
      await this.grants.markFailed(target.grant.id, target.desired, failure.toFailure(), new Date());
      throw failure;
    }
  }

  /** The spec from the port's location as it is now and the team's principal on its connection. */
  private async specFor(target: GrantTarget): Promise<GrantSpec> {
    const connection = portConnection(target.port.kind, target.port.location);
    const principal = await this.principals.principalFor(target.consumerTeam.id, {
      kind: connection.connectionKind,
      name: connection.name,
    });
    if (!principal) {
      throw provisioningError(
        ProvisioningErrorCode.PRINCIPAL_MISSING,
        `Team "${target.consumerTeam.slug}" has no ${connection.principalKind === 'KAFKA_PRINCIPAL' ? 'Kafka principal' : 'Postgres role'} for "${connection.name}"; set one, and the grant is retried`,
      );
    }
    return grantSpecFor(target.port, { teamSlug: target.consumerTeam.slug, principal: principal.name });
  }
}

/** Per consumer team and connection; a location that does not parse (the grant will fail) locks the grant alone. */
function lockKey(target: GrantTarget): string {
  let connection: PortConnection;
  try {
    connection = portConnection(target.port.kind, target.port.location);
  } catch {
    return `grant:${target.grant.id}`;
  }
  return `${target.consumerTeam.id}:${connection.connectionKind}:${connection.name}`;
}

import { groupBy } from './group-by';
import type {
  GrantInspection,
  GrantProvisioner,
  GrantRecord,
  GrantSpec,
  ProvisionedPortKind,
} from './grant-provisioner';
import { provisioningError, ProvisioningErrorCode } from './provisioning.errors';

/**
 * The provisioners by port kind. Callers (subscription jobs, reconciliation) hand it specs
 * and stored records of any kind; it routes each to its kind's provisioner, so adding a
 * kind means registering one more provisioner and nothing else changes.
 */
export class GrantProvisionerRegistry {
  /**
   * Seen through the union of all kinds: safe, because every provisioner parses what it is
   * given at run time and refuses specs and records of another kind.
   */
  private readonly byKind = new Map<string, GrantProvisioner>();

  constructor(provisioners: readonly GrantProvisioner[]) {
    for (const provisioner of provisioners) {
      if (this.byKind.has(provisioner.portKind)) {
        throw new Error(`Two grant provisioners registered for port kind ${provisioner.portKind}`);
      }
      this.byKind.set(provisioner.portKind, provisioner);
    }
  }

  get portKinds(): ProvisionedPortKind[] {
    return [...this.byKind.keys()] as ProvisionedPortKind[];
  }

  supports(portKind: string): portKind is ProvisionedPortKind {
    return this.byKind.has(portKind);
  }

  grant(spec: GrantSpec): Promise<GrantRecord[]> {
    return this.provisionerFor(spec.portKind).grant(spec);
  }

  async revoke(records: readonly GrantRecord[]): Promise<void> {
    for (const [kind, ofKind] of groupBy(records, (record) => record.portKind)) {
      await this.provisionerFor(kind).revoke(ofKind);
    }
  }

  async restore(records: readonly GrantRecord[]): Promise<void> {
    for (const [kind, ofKind] of groupBy(records, (record) => record.portKind)) {
      await this.provisionerFor(kind).restore(ofKind);
    }
  }

  /** Inspections in the order of the records given, whatever their kinds. */
  async inspect(records: readonly GrantRecord[]): Promise<GrantInspection[]> {
    const present = new Map<GrantRecord, boolean>();
    for (const [kind, ofKind] of groupBy(records, (record) => record.portKind)) {
      const inspections = await this.provisionerFor(kind).inspect(ofKind);
      ofKind.forEach((record, index) => present.set(record, inspections[index]?.present ?? false));
    }
    return records.map((record) => ({ record, present: present.get(record) ?? false }));
  }

  private provisionerFor(portKind: string): GrantProvisioner {
    const provisioner = this.byKind.get(portKind);
    if (!provisioner) {
      throw provisioningError(
        ProvisioningErrorCode.UNSUPPORTED_PORT_KIND,
        `Access to ${portKind} ports cannot be provisioned`,
      );
    }
    return provisioner;
  }
}

import type { HeldGrant } from './grants.repository';
import type { GrantRecord } from './provisioners';

/**
 * A consumer team's grants can hold the same binding: a Kafka group-prefix ACL, a Postgres
 * schema USAGE shared by the tables of one schema, or everything of a port whose subscription
 * was ended and asked for again. ACLs and privileges are not counted, so removing a binding
 * removes it for every grant that holds it. These pure functions decide what a removal may
 * touch and who owns what it leaves.
 */

/** What a record grants, whoever made it: the binding without a grant's bookkeeping flags. */
export function bindingKey(record: GrantRecord): string {
  const {
    shared: _shared,
    newlyGranted: _newlyGranted,
    ...binding
  } = record as GrantRecord & { shared?: boolean; newlyGranted?: boolean };
  return JSON.stringify(Object.entries(binding).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The records of a grant being removed that no other active grant of the team holds. */
export function recordsToRemove(records: readonly GrantRecord[], others: readonly HeldGrant[]): GrantRecord[] {
  const held = new Set(others.flatMap((grant) => grant.records.map(bindingKey)));
  return records.filter((record) => !held.has(bindingKey(record)));
}

/**
 * The bindings a removed grant created (`newlyGranted`) that others keep become the creation
 * of the oldest grant holding each, so the last grant to go removes them instead of leaving
 * them behind. Returns the grants whose records change, with their new records.
 */
export function handOverCreated(records: readonly GrantRecord[], others: readonly HeldGrant[]): HeldGrant[] {
  const created = new Set(records.filter((record) => 'newlyGranted' in record && record.newlyGranted).map(bindingKey));
  const changed: HeldGrant[] = [];
  for (const grant of others) {
    if (created.size === 0) break;
    let adopted = false;
    const updated = grant.records.map((record) => {
      if (!('newlyGranted' in record) || record.newlyGranted || !created.has(bindingKey(record))) return record;
      created.delete(bindingKey(record));
      adopted = true;
      return { ...record, newlyGranted: true };
    });
    if (adopted) changed.push({ id: grant.id, records: updated });
  }
  return changed;
}

import type { AuditService, TransactionClient } from '../audit/audit.service';
import type { RequestContext } from '../identity/actor';
import type { ChannelRow } from './channels.repository';

export type ChannelAuditAction =
  | 'notification_channel.create'
  | 'notification_channel.update'
  | 'notification_channel.delete'
  | 'notification_channel.enable'
  | 'notification_channel.disable'
  | 'notification_channel.rotate_secret'
  | 'notification_channel.test';

/** The audit row of a channel change, in its transaction; snapshots never hold secrets. */
export function recordChannelChange(
  audit: AuditService,
  tx: TransactionClient,
  request: RequestContext,
  action: ChannelAuditAction,
  row: ChannelRow,
  before: unknown,
  after: unknown,
): Promise<void> {
  return audit.record(tx, request, {
    action,
    entityType: 'notification_channel',
    entityId: row.id,
    teamId: row.teamId,
    before,
    after,
  });
}

import { Injectable } from '@nestjs/common';
import type { TransactionClient } from '../audit/audit.service';
import { DeliveriesRepository } from './deliveries.repository';
import { toStoredNotification } from './notification-types';
import { TeamNotifier, type TeamNotification } from './team-notifier';

/**
 * TeamNotifier on Postgres: one delivery row per enabled channel, written in the caller's
 * transaction. A statement trigger NOTIFYs `tessera_deliveries` at commit and the worker's
 * dispatcher enqueues the deliveries; the sweep job picks up any it missed, so a committed
 * notification is never lost and a rolled-back one is never sent. A malformed notification
 * (empty title, a key over 500 characters) throws: a bug in the caller, and its change rolls back.
 */
@Injectable()
export class PostgresTeamNotifier extends TeamNotifier {
  constructor(private readonly deliveries: DeliveriesRepository) {
    super();
  }

  async notify(transaction: TransactionClient, notification: TeamNotification): Promise<void> {
    await this.deliveries.insertForTeam(transaction, toStoredNotification(notification, new Date()));
  }
}

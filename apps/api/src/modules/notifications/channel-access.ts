import { Injectable } from '@nestjs/common';
import { OutboundLookupError, OutboundUrlRefusedError } from '../../infra/outbound/destination';
import { OutboundHttpClient } from '../../infra/outbound/outbound-http.client';
import type { TransactionClient } from '../audit/audit.service';
import { AuthorizationService } from '../authorization/authorization.service';
import type { Actor } from '../identity/actor';
import { isId } from '../products/dto/validation';
import { ChannelsRepository, type ChannelRow } from './channels.repository';
import { notificationsError } from './notifications.errors';

const channelNotFound = () => notificationsError('CHANNEL_NOT_FOUND');

/** The checks every channel use case starts with, shared by the channel services. */
@Injectable()
export class ChannelAccess {
  constructor(
    private readonly authorization: AuthorizationService,
    private readonly channels: ChannelsRepository,
    private readonly outbound: OutboundHttpClient,
  ) {}

  /** A channel the actor may read, or CHANNEL_NOT_FOUND (the same for missing and hidden). */
  async findVisible(actor: Actor, id: string): Promise<ChannelRow> {
    const row = isId(id) ? await this.channels.findById(id) : null;
    return this.assertVisible(actor, row);
  }

  /** Locks the channel for the transaction, then checks visibility (NOT_FOUND) and `channel.manage` (FORBIDDEN). */
  async lockForChange(tx: TransactionClient, actor: Actor, id: string): Promise<ChannelRow> {
    const row = this.assertVisible(actor, await this.channels.lockById(tx, id));
    this.authorization.assert(actor, 'channel.manage', { teamId: row.teamId });
    return row;
  }

  /**
   * The outbound policy at creation: an http(s) URL whose every address is public, unless the
   * admin allow-list names the host. The same check runs again at every delivery.
   */
  async assertCallable(url: string): Promise<void> {
    try {
      await this.outbound.check(url);
    } catch (error) {
      const reason =
        error instanceof OutboundUrlRefusedError
          ? error.reason
          : error instanceof OutboundLookupError
            ? `${error.hostname} does not resolve`
            : null;
      if (reason === null) throw error;
      throw notificationsError('OUTBOUND_URL_REFUSED', `Tessera may not call this URL: ${reason}`, [
        { path: 'url', message: reason },
      ]);
    }
  }

  private assertVisible(actor: Actor, row: ChannelRow | null): ChannelRow {
    if (row === null) throw channelNotFound();
    this.authorization.assertVisible(actor, 'channel.read', { teamId: row.teamId }, channelNotFound);
    return row;
  }
}

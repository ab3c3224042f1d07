import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { AuthorizationService } from '../authorization/authorization.service';
import type { Actor, RequestContext } from '../identity/actor';
import { ChannelAccess } from './channel-access';
import { ChannelSecrets, newSigningSecret } from './channel-secrets';
import { readSettings } from './channel-settings';
import { recordChannelChange } from './channel-audit';
import { channelSnapshot, toNotificationChannel } from './channel.mapper';
import { ChannelsRepository, isUniqueViolation } from './channels.repository';
import type { DeleteNotificationChannelPayload } from './models/payloads.model';
import type { CreateNotificationChannelCommand } from './dto/create-notification-channel.input';
import type { UpdateNotificationChannelCommand } from './dto/update-notification-channel.input';
import type { ChannelIdCommand } from './dto/channel-actions.inputs';
import type { NotificationChannel } from './models/notification-channel.model';
import { notificationsError } from './notifications.errors';

/** Registering, reading, changing and deleting a team's notification channels. */
@Injectable()
export class ChannelsService {
  constructor(
    private readonly authorization: AuthorizationService,
    private readonly access: ChannelAccess,
    private readonly channels: ChannelsRepository,
    private readonly secrets: ChannelSecrets,
    private readonly audit: AuditService,
  ) {}

  async get(actor: Actor, id: string): Promise<NotificationChannel> {
    this.authorization.assert(actor, 'catalog.read');
    return toNotificationChannel(await this.access.findVisible(actor, id));
  }

  /** A WEBHOOK channel gets a signing secret, returned here and never again. */
  async create(
    request: RequestContext,
    input: CreateNotificationChannelCommand,
  ): Promise<{ notificationChannel: NotificationChannel; signingSecret: string | null }> {
    this.authorization.assert(request.actor, 'channel.manage', { teamId: input.teamId });
    if (!(await this.channels.findTeam(input.teamId)))
      throw notificationsError('TEAM_NOT_FOUND', undefined, [{ path: 'teamId', message: 'no such team' }]);
    if (input.url !== undefined) await this.access.assertCallable(input.url);

    const id = randomUUID();
    const signingSecret = input.kind === 'WEBHOOK' ? newSigningSecret() : null;
    const settings =
      input.kind === 'EMAIL'
        ? { to: input.recipients ?? [] }
        : input.kind === 'WEBHOOK'
          ? { url: input.url, secretCreatedAt: new Date().toISOString() }
          : { url: input.url };
    return this.channels.transaction(async (tx) => {
      const row = await this.withUniqueName(() =>
        this.channels.create(tx, {
          id,
          teamId: input.teamId,
          kind: input.kind,
          name: input.name,
          settings,
          secrets: signingSecret ? this.secrets.seal(id, { current: signingSecret }) : null,
        }),
      );
      await recordChannelChange(
        this.audit,
        tx,
        request,
        'notification_channel.create',
        row,
        null,
        channelSnapshot(row),
      );
      return { notificationChannel: toNotificationChannel(row), signingSecret };
    });
  }

  /** A changed URL is checked like a new one; a field of another kind is refused. */
  async update(request: RequestContext, input: UpdateNotificationChannelCommand): Promise<NotificationChannel> {
    const { actor } = request;
    this.authorization.assert(actor, 'catalog.write');
    const current = await this.access.findVisible(actor, input.id);
    this.authorization.assert(actor, 'channel.manage', { teamId: current.teamId });
    if (current.kind === 'EMAIL' && input.url !== undefined)
      throw notificationsError('FIELD_NOT_FOR_KIND', undefined, [
        { path: 'url', message: 'an EMAIL channel has no URL' },
      ]);
    if (current.kind !== 'EMAIL' && input.recipients !== undefined)
      throw notificationsError('FIELD_NOT_FOR_KIND', undefined, [
        { path: 'recipients', message: `a ${current.kind} channel has no recipients` },
      ]);
    if (input.url !== undefined) await this.access.assertCallable(input.url);

    return this.channels.transaction(async (tx) => {
      const row = await this.access.lockForChange(tx, actor, input.id);
      const settings = readSettings(row.kind, row.settings);
      const { kind: _kind, ...stored } = settings;
      const nextSettings =
        settings.kind === 'EMAIL'
          ? { ...stored, to: input.recipients ?? settings.to }
          : { ...stored, url: input.url ?? settings.url };
      const nameChanged = input.name !== undefined && input.name !== row.name;
      const settingsChanged = JSON.stringify(nextSettings) !== JSON.stringify(stored);
      if (!nameChanged && !settingsChanged) return toNotificationChannel(row);
      const updated = await this.withUniqueName(() =>
        this.channels.update(tx, row.id, {
          ...(nameChanged ? { name: input.name } : {}),
          ...(settingsChanged ? { settings: nextSettings } : {}),
        }),
      );
      await recordChannelChange(
        this.audit,
        tx,
        request,
        'notification_channel.update',
        updated,
        channelSnapshot(row),
        channelSnapshot(updated),
      );
      return toNotificationChannel(updated);
    });
  }

  /** Deletes the channel and its delivery history; deliveries still queued are dropped by the worker. */
  async delete(request: RequestContext, input: ChannelIdCommand): Promise<DeleteNotificationChannelPayload> {
    this.authorization.assert(request.actor, 'catalog.write');
    return this.channels.transaction(async (tx) => {
      const row = await this.access.lockForChange(tx, request.actor, input.id);
      await this.channels.delete(tx, row.id);
      await recordChannelChange(
        this.audit,
        tx,
        request,
        'notification_channel.delete',
        row,
        channelSnapshot(row),
        null,
      );
      return { deletedNotificationChannelId: row.id };
    });
  }

  /** The team's channel names are unique; a clash is CHANNEL_NAME_TAKEN. */
  private async withUniqueName<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isUniqueViolation(error))
        throw notificationsError('CHANNEL_NAME_TAKEN', undefined, [{ path: 'name', message: 'already taken' }]);
      throw error;
    }
  }
}

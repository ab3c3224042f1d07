import { Inject, Injectable } from '@nestjs/common';
import { TESSERA_VERSION } from '@tessera/contracts';
import type { AppConfig } from '../../../config/app-config';
import { APP_CONFIG } from '../../../config/config.module';
import { OutboundHttpClient } from '../../../infra/outbound/outbound-http.client';
import { activeSecrets, ChannelSecrets } from '../channel-secrets';
import { readSettings } from '../channel-settings';
import type { DeliveryToSend } from '../deliveries.repository';
import type { StoredNotification } from '../notification-types';
import { emailMessage } from '../rendering/email-message';
import { slackMessage } from '../rendering/slack-message';
import { webhookBody } from '../rendering/webhook-body';
import { EmailTransport } from './email-transport';
import { postJson } from './http-delivery';
import type { SendOutcome } from './send-outcome';
import { SIGNATURE_HEADER, signatureHeader, TIMESTAMP_HEADER } from './webhook-signature';

/** Renders a delivery for its channel's kind and makes one attempt to send it. */
@Injectable()
export class ChannelSender {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbound: OutboundHttpClient,
    private readonly email: EmailTransport,
    private readonly secrets: ChannelSecrets,
  ) {}

  send(delivery: DeliveryToSend, notification: StoredNotification): Promise<SendOutcome> {
    const { channel } = delivery;
    const settings = readSettings(channel.kind, channel.settings);
    const common = {
      'user-agent': `Tessera-Notifications/${TESSERA_VERSION}`,
      'idempotency-key': delivery.idempotencyKey,
    };
    const timeoutMs = this.config.notifications.timeoutMs;
    switch (settings.kind) {
      case 'WEBHOOK': {
        const body = JSON.stringify(
          webhookBody(
            delivery.id,
            notification,
            { id: channel.teamId, slug: channel.team.slug },
            this.config.portalUrl,
          ),
        );
        const timestamp = Math.floor(Date.now() / 1000);
        const secrets = channel.secrets
          ? activeSecrets(this.secrets.open(channel.id, channel.secrets), new Date())
          : [];
        const headers: Record<string, string> = {
          ...common,
          'tessera-event': notification.type,
          'tessera-delivery': delivery.id,
          [TIMESTAMP_HEADER.toLowerCase()]: String(timestamp),
        };
        if (secrets.length > 0) headers[SIGNATURE_HEADER.toLowerCase()] = signatureHeader(secrets, timestamp, body);
        return postJson(this.outbound, settings.url, headers, body, timeoutMs);
      }
      case 'SLACK': {
        const body = JSON.stringify(slackMessage(notification, { name: channel.team.name }, this.config.portalUrl));
        return postJson(this.outbound, settings.url, common, body, timeoutMs);
      }
      case 'EMAIL':
        return this.email.send(
          settings.to,
          emailMessage(notification, { teamName: channel.team.name, channelName: channel.name }, this.config.portalUrl),
          { messageId: `<${delivery.id}@tessera>`, idempotencyKey: delivery.idempotencyKey },
        );
    }
  }
}

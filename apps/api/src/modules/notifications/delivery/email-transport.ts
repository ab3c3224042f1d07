import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import type { AppConfig } from '../../../config/app-config';
import { APP_CONFIG } from '../../../config/config.module';
import type { EmailMessage } from '../rendering/email-message';
import type { SendOutcome } from './send-outcome';

/** SMTP through nodemailer; the server is the admin's (SMTP_URL), so no outbound URL checks apply. */
@Injectable()
export class EmailTransport implements OnModuleDestroy {
  private transporter: Transporter | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async send(
    recipients: readonly string[],
    message: EmailMessage,
    headers: { messageId: string; idempotencyKey: string },
  ): Promise<SendOutcome> {
    const smtp = this.config.notifications.smtp;
    if (!smtp) return { kind: 'failed', statusCode: null, error: 'SMTP_NOT_CONFIGURED: set SMTP_URL to deliver email' };
    this.transporter ??= createTransport({
      url: smtp.url,
      connectionTimeout: this.config.notifications.timeoutMs,
      greetingTimeout: this.config.notifications.timeoutMs,
      socketTimeout: this.config.notifications.timeoutMs,
    });
    try {
      await this.transporter.sendMail({
        from: smtp.from,
        to: [...recipients],
        subject: message.subject,
        text: message.text,
        html: message.html,
        // The same Message-ID on every attempt, so mail clients fold repeats together.
        messageId: headers.messageId,
        headers: { 'X-Tessera-Idempotency-Key': headers.idempotencyKey },
      });
      return { kind: 'delivered', statusCode: null };
    } catch (error) {
      const responseCode = (error as { responseCode?: unknown }).responseCode;
      return {
        kind: 'failed',
        statusCode: typeof responseCode === 'number' ? responseCode : null,
        error: `SMTP: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
  }

  onModuleDestroy(): void {
    this.transporter?.close();
  }
}

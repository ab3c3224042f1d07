import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { Client } from 'pg';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { EventPublisher } from './event-publisher';
import { OutboxRepository } from './outbox.repository';

const MAX_BACKOFF_MS = 30_000;
const CLEANUP_INTERVAL_MS = 3_600_000;

/**
 * The outbox relay, in the worker. Claims batches with FOR UPDATE SKIP LOCKED (any number of
 * relays may run), publishes them, and marks them published only after Kafka acknowledged
 * them, in the same transaction that holds the claim: a crash before the commit republishes
 * the batch (same event ids), never loses it. Wakes on LISTEN/NOTIFY, polls as a fallback,
 * and backs off while Kafka or the registry is away.
 */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('OutboxRelay');
  private stopped = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private listener: Client | undefined;
  private cleanupTimer: NodeJS.Timeout | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxRepository,
    private readonly publisher: EventPublisher,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.publisher.configured) {
      this.logger.warn('Kafka or the schema registry is not configured: catalog events stay in the outbox');
      return;
    }
    void this.listen();
    this.cleanupTimer = setInterval(() => void this.cleanup(), CLEANUP_INTERVAL_MS);
    this.cleanupTimer.unref();
    this.loop = this.run();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearInterval(this.cleanupTimer);
    this.wake?.();
    await this.loop;
    await this.publisher.close();
    await this.listener?.end().catch(() => undefined);
  }

  /** Publishes one batch; returns how many events it published. */
  async relayOnce(): Promise<number> {
    await this.publisher.ready();
    let claimed: string[] = [];
    try {
      return await this.outbox.transaction(async (tx) => {
        const rows = await this.outbox.claimBatch(tx, this.config.events.batchSize);
        claimed = rows.map((row) => row.id);
        if (rows.length === 0) return 0;
        await this.publisher.publish(rows);
        await this.outbox.markPublished(tx, claimed, new Date());
        return rows.length;
      }, 60_000);
    } catch (error) {
      if (claimed.length > 0)
        await this.outbox
          .recordFailure(claimed, error instanceof Error ? error.message : String(error))
          .catch(() => undefined);
      throw error;
    }
  }

  private async run(): Promise<void> {
    let backoffMs = 500;
    while (!this.stopped) {
      try {
        const published = await this.relayOnce();
        backoffMs = 500;
        if (published === 0) await this.idle(this.config.events.pollIntervalMs);
      } catch (error) {
        this.logger.warn(
          `publishing failed, retrying in ${backoffMs} ms: ${error instanceof Error ? error.message : String(error)}`,
        );
        await this.publisher.reset();
        await this.idle(backoffMs);
        backoffMs = Math.min(backoffMs * 2, MAX_BACKOFF_MS);
      }
    }
  }

  private idle(ms: number): Promise<void> {
    if (this.stopped) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(finish, ms);
      function finish() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = finish;
    });
  }

  /** LISTEN on a connection of its own; reconnects after errors. NOTIFY arrives at commit. */
  private async listen(): Promise<void> {
    while (!this.stopped) {
      const client = new Client({ connectionString: this.config.database.url });
      this.listener = client;
      try {
        await client.connect();
        client.on('notification', () => this.wake?.());
        await client.query('LISTEN tessera_outbox');
        await new Promise<void>((resolve) => {
          client.once('error', () => resolve());
          client.once('end', () => resolve());
        });
      } catch (error) {
        this.logger.warn(`LISTEN failed, polling meanwhile: ${error instanceof Error ? error.message : String(error)}`);
      }
      await client.end().catch(() => undefined);
      if (!this.stopped) await new Promise((resolve) => setTimeout(resolve, 2_000));
    }
  }

  private async cleanup(): Promise<void> {
    const cutoff = new Date(Date.now() - this.config.events.retentionHours * 3_600_000);
    const removed = await this.outbox.deletePublishedBefore(cutoff).catch(() => 0);
    if (removed > 0) this.logger.log(`removed ${removed} published events older than ${cutoff.toISOString()}`);
  }
}

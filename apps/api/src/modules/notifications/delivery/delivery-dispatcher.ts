import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { Client } from 'pg';
import type { AppConfig } from '../../../config/app-config';
import { APP_CONFIG } from '../../../config/config.module';
import { DeliveriesRepository, type DeliveryKey } from '../deliveries.repository';
import { DeliveryQueue } from './delivery-queue';

const BATCH = 500;
const RECONNECT_DELAY_MS = 2_000;

/**
 * Enqueues deliveries as soon as they commit: it LISTENs on `tessera_deliveries` (a trigger
 * NOTIFYs at commit) and enqueues every never-attempted delivery. Every worker runs one;
 * job id = delivery id makes their overlap harmless. Whatever it misses (no worker listening
 * at commit time, Redis down) the sweep job enqueues later.
 */
@Injectable()
export class DeliveryDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('NotificationDispatcher');
  private stopped = false;
  private listener: Client | undefined;
  private running: Promise<void> | undefined;
  private again = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly deliveries: DeliveriesRepository,
    private readonly queue: DeliveryQueue,
  ) {}

  onApplicationBootstrap(): void {
    void this.listen();
    this.wake();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    await this.listener?.end().catch(() => undefined);
    await this.running;
  }

  /** Enqueues every never-attempted delivery; returns how many it found. */
  async dispatchOnce(): Promise<number> {
    let total = 0;
    let after: DeliveryKey | null = null;
    for (;;) {
      const page = await this.deliveries.newIds(BATCH, after);
      await this.queue.enqueue(page.map((row) => row.id));
      total += page.length;
      if (page.length < BATCH) return total;
      after = page.at(-1)!;
    }
  }

  /** Coalesces wake-ups: at most one dispatch runs, and one more follows if woken meanwhile. */
  private wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.dispatchOnce()
      .then(() => undefined)
      .catch((error: unknown) =>
        this.logger.warn(
          `dispatching failed (the sweep retries): ${error instanceof Error ? error.message : String(error)}`,
        ),
      )
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  /** LISTEN on a connection of its own; reconnects after errors. */
  private async listen(): Promise<void> {
    while (!this.stopped) {
      const client = new Client({ connectionString: this.config.database.url });
      this.listener = client;
      try {
        await client.connect();
        client.on('notification', () => this.wake());
        await client.query('LISTEN tessera_deliveries');
        // Deliveries committed while not listening.
        this.wake();
        await new Promise<void>((resolve) => {
          client.once('error', () => resolve());
          client.once('end', () => resolve());
        });
      } catch (error) {
        if (!this.stopped)
          this.logger.warn(
            `LISTEN failed, the sweep covers meanwhile: ${error instanceof Error ? error.message : String(error)}`,
          );
      }
      await client.end().catch(() => undefined);
      if (!this.stopped) await new Promise((resolve) => setTimeout(resolve, RECONNECT_DELAY_MS));
    }
  }
}

import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceEnvironment } from '../support/environment';
import { eventually } from '../support/eventually';
import { builtEntry, startUntil } from '../support/processes';
import { TEST_SECRETS_KEY } from '../support/test-config';
import { HttpReceiver } from './receivers';
import { FAST_DELIVERY, NotificationWorld, notification, type Member } from './world';

/**
 * Real worker processes (the built dist/worker.js), killed with SIGKILL: no shutdown hook
 * runs, the job's lock is simply left to expire, as when a machine dies.
 */
describe('a worker killed during a delivery', () => {
  let world: NotificationWorld;
  let receiver: HttpReceiver;
  let member: Member;
  const workers: ChildProcess[] = [];

  function startWorker(): Promise<ChildProcess> {
    const services = serviceEnvironment();
    const env = {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      DATABASE_URL: world.database.url,
      DATABASE_POOL_SIZE: '4',
      REDIS_URL: services.redisUrl,
      QUEUE_PREFIX: world.config.redis.queuePrefix,
      KAFKA_BROKERS: services.kafkaBrokers,
      SCHEMA_REGISTRY_URL: services.schemaRegistryUrl,
      SECRETS_KEY: TEST_SECRETS_KEY,
      OUTBOUND_ALLOWED_HOSTS: '127.0.0.1,localhost',
      ...FAST_DELIVERY,
    };
    return startUntil(process.execPath, [builtEntry('worker')], env, /processing \d+ job type/).then((child) => {
      workers.push(child);
      return child;
    });
  }

  async function kill(child: ChildProcess): Promise<void> {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  beforeAll(async () => {
    receiver = await HttpReceiver.start();
    world = await NotificationWorld.start('crash');
    member = await world.member();
  });

  afterAll(async () => {
    await Promise.all(workers.map(kill));
    await world.close();
    await receiver.close();
  });

  it('delivers after a restart, and the receiver processes the idempotency key once', async () => {
    // The first request is held open: the worker is mid-delivery when it dies.
    receiver.answer((request) =>
      request.path === '/crash' && receiver.requestsTo('/crash').length === 0 ? 'hold' : { status: 200 },
    );
    const channel = await world.createChannel(member, { kind: 'WEBHOOK', url: receiver.url('/crash') });
    const first = await startWorker();
    const alert = notification(member.teamId);
    await world.notify(alert);
    await eventually(
      () => Promise.resolve(receiver.requestsTo('/crash').length),
      (count) => count === 1,
    );

    await kill(first);
    expect((await world.deliveriesOf(channel.id))[0]?.status).toBe('PENDING');

    await startWorker();
    const [delivery] = await world.finishedDeliveries(channel.id, 1, 120_000);
    expect(delivery).toMatchObject({ status: 'DELIVERED', lastStatusCode: 200 });

    const requests = receiver.requestsTo('/crash');
    expect(requests.length).toBeGreaterThanOrEqual(2);
    expect(requests[0]!.answered).toBe('held');
    expect(new Set(requests.map((request) => request.headers['idempotency-key']))).toEqual(
      new Set([alert.idempotencyKey]),
    );
    expect(receiver.acceptedKeys('/crash')).toEqual([alert.idempotencyKey]);
  }, 180_000);

  it('loses nothing committed while no worker runs: the next worker sends it', async () => {
    await Promise.all(workers.map(kill));
    const channel = await world.createChannel(member, { kind: 'WEBHOOK', url: receiver.url('/later') });
    const alert = notification(member.teamId);
    await world.notify(alert);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(receiver.requestsTo('/later')).toHaveLength(0);

    await startWorker();
    const [delivery] = await world.finishedDeliveries(channel.id, 1, 60_000);
    expect(delivery).toMatchObject({ status: 'DELIVERED', attempts: 1 });
    expect(receiver.acceptedKeys('/later')).toEqual([alert.idempotencyKey]);
  }, 120_000);
});

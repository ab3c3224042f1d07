import { Kafka, logLevel, type Admin } from 'kafkajs';

/** The SASL/PLAIN users of the local broker (scripts/services.sh); admin is a super user. */
export const SASL_USERS = {
  admin: 'admin-secret',
  alice: 'alice-secret',
  bob: 'bob-secret',
} as const;
export type SaslUser = keyof typeof SASL_USERS;

/** The listener where ACLs are enforced (KAFKA_BROKERS is the unauthenticated one). */
export function saslBrokers(): string[] {
  const brokers = process.env.KAFKA_SASL_BROKERS;
  if (!brokers) {
    throw new Error('KAFKA_SASL_BROKERS is not set: run `eval "$(scripts/services.sh env)"` first');
  }
  return brokers.split(',');
}

export function saslCredentials(user: SaslUser, password: string = SASL_USERS[user]) {
  return { mechanism: 'plain' as const, username: user, password };
}

/** A client as `user` on the SASL listener (the shared broker's, unless `brokers` names another). */
export function kafkaAs(user: SaslUser, brokers: string[] = saslBrokers()): Kafka {
  return new Kafka({
    clientId: `access-test-${user}`,
    brokers,
    sasl: saslCredentials(user),
    logLevel: logLevel.NOTHING,
    retry: { retries: 0 },
  });
}

export async function connectedAdmin(brokers?: string[]): Promise<Admin> {
  const admin = kafkaAs('admin', brokers).admin();
  await admin.connect();
  return admin;
}

/** What a consumer got: the record values, or the error types (outermost first) it died of. */
export type ConsumeOutcome = { readonly values: string[] } | { readonly refusal: string[] };

function errorTypes(error: unknown): string[] {
  const types: string[] = [];
  let current: unknown = error;
  while (current !== null && typeof current === 'object' && types.length < 10) {
    const link = current as { type?: unknown; name?: unknown; cause?: unknown; originalError?: unknown };
    types.push(String(link.type ?? link.name));
    current = link.cause ?? link.originalError;
  }
  return types;
}

/** Whether the consumer was refused by the authorizer (topic or group authorization). */
export function refusedByAuthorizer(outcome: ConsumeOutcome): boolean {
  return 'refusal' in outcome && outcome.refusal.some((type) => type.endsWith('_AUTHORIZATION_FAILED'));
}

/**
 * Consumes the topic from the beginning as `user` in `groupId` until `expected` records
 * arrived, or reports why the consumer failed. No retries: a refusal is the answer.
 */
export async function consumeAs(
  user: SaslUser,
  topic: string,
  groupId: string,
  expected: number,
  timeoutMs = 15_000,
  brokers?: string[],
): Promise<ConsumeOutcome> {
  const consumer = kafkaAs(user, brokers).consumer({
    groupId,
    retry: { retries: 0, restartOnFailure: () => Promise.resolve(false) },
  });
  try {
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    return await new Promise<ConsumeOutcome>((resolve) => {
      const values: string[] = [];
      const timer = setTimeout(() => resolve({ refusal: [`TIMEOUT after ${values.length} records`] }), timeoutMs);
      const finish = (outcome: ConsumeOutcome) => {
        clearTimeout(timer);
        resolve(outcome);
      };
      consumer.on(consumer.events.CRASH, (event) => finish({ refusal: errorTypes(event.payload.error) }));
      consumer
        .run({
          eachMessage: ({ message }) => {
            values.push(String(message.value));
            if (values.length >= expected) finish({ values });
            return Promise.resolve();
          },
        })
        .catch((error: unknown) => finish({ refusal: errorTypes(error) }));
    });
  } catch (error) {
    return { refusal: errorTypes(error) };
  } finally {
    await consumer.disconnect().catch(() => undefined);
  }
}

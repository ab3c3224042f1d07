'use server';

import { refresh } from 'next/cache';
import { z } from 'zod';
import { graphql } from '@/generated/graphql';
import { requestGraphQL } from '@/lib/api';
import { formValues, invalidForm, mutationResult } from '../forms/action-result';
import type { FormState } from '../forms/form-state';

const registerKafkaMutation = graphql(`
  mutation RegisterKafkaCluster($input: RegisterKafkaClusterInput!) {
    registerKafkaCluster(input: $input) {
      kafkaCluster {
        id
        name
      }
    }
  }
`);

const registerRegistryMutation = graphql(`
  mutation RegisterSchemaRegistry($input: RegisterSchemaRegistryInput!) {
    registerSchemaRegistry(input: $input) {
      schemaRegistry {
        id
        name
      }
    }
  }
`);

const registerPostgresMutation = graphql(`
  mutation RegisterPostgresDatabase($input: RegisterPostgresDatabaseInput!) {
    registerPostgresDatabase(input: $input) {
      postgresDatabase {
        id
        name
      }
    }
  }
`);

const testConnectionMutation = graphql(`
  mutation TestConnection($input: TestConnectionInput!) {
    testConnection(input: $input) {
      ok
      message
      checks {
        step
        ok
        message
      }
    }
  }
`);

const removeConnectionMutation = graphql(`
  mutation RemoveConnection($input: RemoveConnectionInput!) {
    removeConnection(input: $input) {
      removedConnectionId
    }
  }
`);

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optionalText = z.preprocess(blankToUndefined, z.string().trim().optional());
const name = z.string().trim().min(1, 'Give the connection the name port locations use, such as "main"');

const kafkaSchema = z.object({
  name,
  description: optionalText,
  brokers: z
    .string()
    .transform((text) => text.split(/[\s,]+/).filter(Boolean))
    .pipe(z.array(z.string()).min(1, 'Enter at least one broker, host:port')),
  ssl: z.preprocess((value) => value === 'on', z.boolean()),
  registryName: optionalText,
  saslMechanism: z.preprocess(blankToUndefined, z.enum(['PLAIN', 'SCRAM_SHA_256', 'SCRAM_SHA_512']).optional()),
  saslUsername: optionalText,
  saslPassword: optionalText,
});

const registrySchema = z.object({
  name,
  description: optionalText,
  url: z.url({ protocol: /^https?$/, error: 'Enter the registry’s http(s) URL' }),
  username: optionalText,
  password: optionalText,
});

const postgresSchema = z.object({
  name,
  description: optionalText,
  host: z.string().trim().min(1, 'Enter the host'),
  port: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(65535, 'A port number').optional()),
  database: z.string().trim().min(1, 'Enter the database name'),
  ssl: z.enum(['DISABLE', 'REQUIRE', 'VERIFY_FULL']),
  readOnlyUser: z.string().trim().min(1, 'Enter the read-only user freshness checks connect as'),
  readOnlyPassword: z.string().min(1, 'Enter the read-only user’s password'),
  provisioningUser: optionalText,
  provisioningPassword: optionalText,
});

/** Secrets never go back into the form after an error. */
function withoutSecrets(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !/password/i.test(key)));
}

export async function registerKafkaCluster(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const parsed = kafkaSchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, withoutSecrets(values));
  const { saslMechanism, saslUsername, saslPassword, registryName, ...cluster } = parsed.data;
  return mutationResult(async () => {
    const { registerKafkaCluster: registered } = await requestGraphQL(registerKafkaMutation, {
      input: {
        ...cluster,
        registryName: registryName ?? null,
        sasl:
          saslMechanism && saslUsername
            ? { mechanism: saslMechanism, username: saslUsername, password: saslPassword ?? null }
            : null,
      },
    });
    refresh();
    return { status: 'success', message: `Kafka cluster ${registered.kafkaCluster.name} registered.` };
  }, withoutSecrets(values));
}

export async function registerSchemaRegistry(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const parsed = registrySchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, withoutSecrets(values));
  return mutationResult(async () => {
    const { registerSchemaRegistry: registered } = await requestGraphQL(registerRegistryMutation, {
      input: { ...parsed.data, username: parsed.data.username ?? null, password: parsed.data.password ?? null },
    });
    refresh();
    return { status: 'success', message: `Schema registry ${registered.schemaRegistry.name} registered.` };
  }, withoutSecrets(values));
}

export async function registerPostgresDatabase(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const parsed = postgresSchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, withoutSecrets(values));
  return mutationResult(async () => {
    const { registerPostgresDatabase: registered } = await requestGraphQL(registerPostgresMutation, {
      input: {
        ...parsed.data,
        port: parsed.data.port ?? null,
        provisioningUser: parsed.data.provisioningUser ?? null,
        provisioningPassword: parsed.data.provisioningPassword ?? null,
      },
    });
    refresh();
    return { status: 'success', message: `Postgres database ${registered.postgresDatabase.name} registered.` };
  }, withoutSecrets(values));
}

/** Connects for real and reports each step; a failing connection is an answer, not an error. */
export async function testConnection(id: string, _previous: FormState): Promise<FormState> {
  return mutationResult(async () => {
    const { testConnection: tested } = await requestGraphQL(testConnectionMutation, { input: { id } });
    const steps = tested.checks.map((check) => `${check.ok ? '✓' : '✗'} ${check.step}: ${check.message}`).join(' · ');
    if (!tested.ok) return { status: 'error', message: `Not working: ${tested.message}. ${steps}` };
    return { status: 'success', message: `Working. ${steps}` };
  });
}

export async function removeConnection(id: string, _previous: FormState): Promise<FormState> {
  return mutationResult(async () => {
    await requestGraphQL(removeConnectionMutation, { input: { id } });
    refresh();
    return { status: 'success', message: 'Connection removed.' };
  });
}

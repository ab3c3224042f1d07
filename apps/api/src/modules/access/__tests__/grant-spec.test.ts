import { describe, expect, it } from 'vitest';
import { provisioningConnectionString } from '../directory-connections';
import { grantSpecFor, kafkaPrincipal, portConnection } from '../grant-spec';
import { ProvisioningError } from '../provisioners';

describe('the grant spec of a port', () => {
  it('grants a Kafka topic to the team principal with its consumer-group prefix', () => {
    expect(
      grantSpecFor(
        { kind: 'KAFKA_TOPIC', location: { cluster: 'main', topic: 'orders.v1' } },
        { teamSlug: 'analytics', principal: 'User:analytics' },
      ),
    ).toEqual({
      portKind: 'KAFKA_TOPIC',
      location: { cluster: 'main', topic: 'orders.v1' },
      consumer: { teamSlug: 'analytics', principal: 'User:analytics' },
    });
  });

  it('grants a Postgres table to the team role', () => {
    expect(
      grantSpecFor(
        { kind: 'POSTGRES_TABLE', location: { database: 'warehouse', schema: 'sales', table: 'orders' } },
        { teamSlug: 'analytics', principal: 'analytics_reader' },
      ),
    ).toEqual({
      portKind: 'POSTGRES_TABLE',
      location: { database: 'warehouse', schema: 'sales', table: 'orders' },
      consumer: { role: 'analytics_reader' },
    });
  });

  it('names the connection and principal kind a location needs', () => {
    expect(portConnection('KAFKA_TOPIC', { cluster: 'main', topic: 't' })).toEqual({
      connectionKind: 'KAFKA_CLUSTER',
      principalKind: 'KAFKA_PRINCIPAL',
      name: 'main',
    });
    expect(portConnection('POSTGRES_TABLE', { database: 'dw', schema: 's', table: 't' })).toMatchObject({
      connectionKind: 'POSTGRES_DATABASE',
      name: 'dw',
    });
  });

  it('refuses a location that does not match the kind as INVALID_GRANT', () => {
    expect(() => portConnection('KAFKA_TOPIC', { database: 'dw' })).toThrow(ProvisioningError);
    expect(() => portConnection('KAFKA_TOPIC', { database: 'dw' })).toThrow(/location is invalid/);
  });

  it('completes a bare Kafka principal name and keeps a full one', () => {
    expect(kafkaPrincipal('alice')).toBe('User:alice');
    expect(kafkaPrincipal('User:alice')).toBe('User:alice');
  });
});

describe('the provisioning connection string of a database', () => {
  const settings = {
    id: 'id',
    name: 'warehouse',
    host: 'db.internal',
    port: 5433,
    database: 'dw prod',
    ssl: 'VERIFY_FULL' as const,
    readOnly: { user: 'reader', password: 'r' },
    provisioning: { user: 'owner@corp', password: 'p@ss:/word' },
  };

  it('uses the provisioning credentials, encoded, and the SSL mode', () => {
    const url = new URL(provisioningConnectionString(settings));
    expect([url.hostname, url.port, decodeURIComponent(url.pathname.slice(1))]).toEqual([
      'db.internal',
      '5433',
      'dw prod',
    ]);
    expect([decodeURIComponent(url.username), decodeURIComponent(url.password)]).toEqual(['owner@corp', 'p@ss:/word']);
    expect(url.searchParams.get('sslmode')).toBe('verify-full');
  });

  it('refuses a database without provisioning credentials as CONNECTION_NOT_CONFIGURED', () => {
    expect(() => provisioningConnectionString({ ...settings, provisioning: null })).toThrow(
      expect.objectContaining({ code: 'CONNECTION_NOT_CONFIGURED' }) as Error,
    );
  });
});

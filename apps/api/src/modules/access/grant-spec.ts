import { PORT_KINDS, type PortKind } from '@tessera/contracts';
import { provisioningError, ProvisioningErrorCode, type GrantSpec, type ProvisionedPortKind } from './provisioners';

/** The connection a port's location names, and the kind of principal a consumer needs on it. */
export interface PortConnection {
  readonly connectionKind: 'KAFKA_CLUSTER' | 'POSTGRES_DATABASE';
  readonly principalKind: 'KAFKA_PRINCIPAL' | 'POSTGRES_ROLE';
  readonly name: string;
}

type ParsedLocation =
  | { readonly kind: 'KAFKA_TOPIC'; readonly location: { cluster: string; topic: string } }
  | { readonly kind: 'POSTGRES_TABLE'; readonly location: { database: string; schema: string; table: string } };

function parseLocation(kind: PortKind, location: unknown): ParsedLocation {
  const parsed = PORT_KINDS[kind].location.safeParse(location);
  if (!parsed.success) {
    throw provisioningError(
      ProvisioningErrorCode.INVALID_GRANT,
      `The port's ${PORT_KINDS[kind].label} location is invalid`,
    );
  }
  return { kind, location: parsed.data } as ParsedLocation;
}

export function portConnection(kind: PortKind, location: unknown): PortConnection {
  const parsed = parseLocation(kind, location);
  return parsed.kind === 'KAFKA_TOPIC'
    ? { connectionKind: 'KAFKA_CLUSTER', principalKind: 'KAFKA_PRINCIPAL', name: parsed.location.cluster }
    : { connectionKind: 'POSTGRES_DATABASE', principalKind: 'POSTGRES_ROLE', name: parsed.location.database };
}

/**
 * Kafka ACLs name principals as `User:<name>`; a team may have registered the bare name, so it
 * is completed here rather than refused (the provisioner still refuses the wildcard `User:*`).
 */
export function kafkaPrincipal(name: string): string {
  return name.includes(':') ? name : `User:${name}`;
}

/** What to grant: the port's location and the consumer team's identity on its connection. */
export function grantSpecFor(
  port: { readonly kind: PortKind; readonly location: unknown },
  consumer: { readonly teamSlug: string; readonly principal: string },
): GrantSpec {
  const parsed = parseLocation(port.kind, port.location);
  if (parsed.kind === 'KAFKA_TOPIC') {
    return {
      portKind: 'KAFKA_TOPIC',
      location: parsed.location,
      consumer: { teamSlug: consumer.teamSlug, principal: kafkaPrincipal(consumer.principal) },
    };
  }
  return { portKind: 'POSTGRES_TABLE', location: parsed.location, consumer: { role: consumer.principal } };
}

export function isProvisionedKind(kind: string): kind is ProvisionedPortKind {
  return kind === 'KAFKA_TOPIC' || kind === 'POSTGRES_TABLE';
}

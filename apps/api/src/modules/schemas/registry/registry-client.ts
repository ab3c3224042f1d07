import createRegistryApi, { type SchemaRegistryAPIClient } from '@kafkajs/confluent-schema-registry/dist/api';
import type { SchemaRegistrySettings } from '../../connections/connection-directory';
import type { CompatibilityMode, SchemaFormat } from '../compatibility';
import { schemasError } from '../schemas.errors';

/** One version of a registry subject, as the registry stores it. */
export interface RegistrySubjectVersion {
  readonly subject: string;
  readonly version: number;
  readonly id: number;
  readonly format: SchemaFormat;
  readonly schema: string;
}

export interface RegisteredSchema {
  readonly id: number;
  readonly version: number;
}

/** What the registry answered, when it answered: an HTTP status and its message. */
export class RegistryRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'RegistryRefusal';
  }
}

interface ResponseLike {
  data(): unknown;
}

const REQUEST_TIMEOUT_MS = 5_000;

/**
 * A Confluent-compatible schema registry (Apicurio's ccompat API, Confluent, Karapace) reached
 * through @kafkajs/confluent-schema-registry's API client. Every failure is sorted into one of
 * three: the registry refused (RegistryRefusal with its status), the subject or version does not
 * exist (null results), or the registry cannot be reached (REGISTRY_UNAVAILABLE).
 */
export class RegistryClient {
  private readonly api: SchemaRegistryAPIClient;

  constructor(readonly settings: SchemaRegistrySettings) {
    this.api = createRegistryApi({
      host: settings.url,
      clientId: 'tessera',
      // One quick retry for a blip; a registry that is down must fail the publish fast.
      retry: { retries: 1, initialRetryTimeInSecs: 0.1, maxRetryTimeInSecs: 1 },
      ...(settings.username !== undefined
        ? { auth: { username: settings.username, password: settings.password ?? '' } }
        : {}),
    });
  }

  /** The latest version number of a subject, or null when the subject does not exist. */
  async latestVersion(subject: string): Promise<number | null> {
    const data = await this.call<{ version?: number }>(() =>
      this.api.Subject.latestVersion({ subject, timeout: REQUEST_TIMEOUT_MS }),
    );
    return data === null ? null : (data.version ?? null);
  }

  /** One version of a subject, or null when it does not exist (deleted versions leave gaps). */
  async version(subject: string, version: number): Promise<RegistrySubjectVersion | null> {
    const data = await this.call<{ version: number; id: number; schema: string; schemaType?: string }>(() =>
      this.api.Subject.version({ subject, version, timeout: REQUEST_TIMEOUT_MS }),
    );
    if (data === null) return null;
    return {
      subject,
      version: data.version,
      id: data.id,
      format: formatOf(data.schemaType),
      schema: data.schema,
    };
  }

  /** Sets the subject's compatibility (PUT /config/<subject>). */
  async setCompatibility(subject: string, mode: CompatibilityMode): Promise<void> {
    await this.required(() =>
      this.api.Subject.updateConfig({ subject, body: { compatibility: mode }, timeout: REQUEST_TIMEOUT_MS }),
    );
  }

  /** The registry's own verdict on a candidate against the subject's latest version. */
  async isCompatible(subject: string, format: SchemaFormat, schema: string): Promise<boolean> {
    const data = await this.required<{ is_compatible?: boolean }>(() =>
      this.api.Subject.compatible({ subject, body: bodyOf(format, schema), timeout: REQUEST_TIMEOUT_MS }),
    );
    return data.is_compatible === true;
  }

  /**
   * Registers a schema under a subject; the same schema registered again returns the existing
   * version. Refusals (409 incompatible, 422 invalid) come back as RegistryRefusal.
   */
  async register(subject: string, format: SchemaFormat, schema: string): Promise<RegisteredSchema> {
    const registered = await this.required<{ id: number }>(() =>
      this.api.Subject.register({ subject, body: bodyOf(format, schema), timeout: REQUEST_TIMEOUT_MS }),
    );
    const found = await this.required<{ id: number; version: number }>(() =>
      this.api.Subject.registered({ subject, body: bodyOf(format, schema), timeout: REQUEST_TIMEOUT_MS }),
    );
    return { id: registered.id, version: found.version };
  }

  private async required<T>(request: () => Promise<ResponseLike>): Promise<T> {
    const data = await this.call<T>(request);
    if (data === null) throw new RegistryRefusal(404, 'The registry has no such subject or version');
    return data;
  }

  /** The response's data, or null for a 404; anything else unexpected is sorted as above. */
  private async call<T>(request: () => Promise<ResponseLike>): Promise<T | null> {
    try {
      return (await request()).data() as T;
    } catch (error) {
      const status = (error as { status?: unknown }).status;
      const message = error instanceof Error ? error.message : String(error);
      if (typeof status !== 'number' || isTransportFailure(status, message)) {
        throw schemasError(
          'REGISTRY_UNAVAILABLE',
          `The schema registry ${this.settings.name} cannot be reached (${message}); nothing was published, try again later`,
        );
      }
      if (status === 404) return null;
      throw new RegistryRefusal(status, message.replace(/^tessera - /, ''));
    }
  }
}

/**
 * The client library turns a failed connection or a timeout into a response with status 400
 * and no registry error body ("Error, status 400: connect ECONNREFUSED ..."), a registry that
 * answers 5xx is unhealthy, and 401/403 means Tessera's credentials for it are wrong: all of
 * these are "cannot publish now", not a verdict on the schema.
 */
function isTransportFailure(status: number, message: string): boolean {
  if (status >= 500 || status === 408 || status === 401 || status === 403) return true;
  return status === 400 && message.includes('Error, status 400');
}

function formatOf(schemaType: string | undefined): SchemaFormat {
  if (schemaType === 'JSON' || schemaType === 'PROTOBUF') return schemaType;
  return 'AVRO';
}

/** Confluent's request body: AVRO is the default and is sent without a schemaType. */
function bodyOf(format: SchemaFormat, schema: string): { schema: string; schemaType?: string } {
  return format === 'AVRO' ? { schema } : { schema, schemaType: format };
}

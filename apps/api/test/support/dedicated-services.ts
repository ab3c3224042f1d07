import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePorts } from './ports';

const run = promisify(execFile);
const SERVICES_SCRIPT = join(__dirname, '..', '..', '..', '..', 'scripts', 'services.sh');

type Service = 'redis' | 'kafka' | 'registry';

/**
 * Private instances of Redis, Kafka and the schema registry, started by the project's own services script on
 * ports and in a data folder of this suite's own, so a test can stop them for real without
 * disturbing suites that share the main instances.
 */
export class DedicatedServices {
  private constructor(
    private readonly dataDir: string,
    private readonly env: NodeJS.ProcessEnv,
    readonly redisUrl: string,
    readonly kafkaBrokers: string,
    /** The SASL_PLAINTEXT listener (PLAIN users admin, alice, bob; StandardAuthorizer), for ACL tests. */
    readonly kafkaSaslBrokers: string,
    /** Apicurio's Confluent-compatible API root (in-memory storage: a restart starts empty). */
    readonly schemaRegistryUrl: string,
  ) {}

  static async create(): Promise<DedicatedServices> {
    const dataDir = await mkdtemp(join(tmpdir(), 'tessera-services-'));
    const [redis, kafka, sasl, controller, registry] = await freePorts(5);
    const env = {
      ...process.env,
      TESSERA_DATA_DIR: dataDir,
      TESSERA_REDIS_PORT: String(redis),
      TESSERA_KAFKA_PORT: String(kafka),
      TESSERA_KAFKA_SASL_PORT: String(sasl),
      TESSERA_KAFKA_CONTROLLER_PORT: String(controller),
      TESSERA_REGISTRY_PORT: String(registry),
      TESSERA_SKIP_CHROMIUM: '1',
    };
    return new DedicatedServices(
      dataDir,
      env,
      `redis://127.0.0.1:${redis}`,
      `127.0.0.1:${kafka}`,
      `127.0.0.1:${sasl}`,
      `http://127.0.0.1:${registry}/apis/ccompat/v7`,
    );
  }

  async up(...services: Service[]): Promise<void> {
    await run('bash', [SERVICES_SCRIPT, 'up', ...services], { env: this.env, timeout: 240_000 });
  }

  async down(...services: Service[]): Promise<void> {
    await run('bash', [SERVICES_SCRIPT, 'down', ...services], { env: this.env, timeout: 120_000 });
  }

  async destroy(): Promise<void> {
    await this.down('redis', 'kafka', 'registry').catch(() => undefined);
    await rm(this.dataDir, { recursive: true, force: true });
  }
}

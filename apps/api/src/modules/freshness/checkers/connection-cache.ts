import { createHash } from 'node:crypto';

interface Entry<Resource> {
  readonly fingerprint: string;
  readonly resource: Resource;
  lastUsedAt: number;
}

export interface ConnectionCacheOptions<Config, Resource> {
  readonly open: (config: Config) => Resource;
  readonly close: (resource: Resource) => Promise<void>;
  /** A resource unused for this long is closed on a later acquire. */
  readonly idleMs: number;
}

/**
 * One client (Kafka cluster, Postgres pool, registry client) per monitored connection, so
 * 10,000 checks a minute reuse a handful of sockets instead of opening one per check.
 * Keyed by the connection's id; a changed configuration (a rotated password) replaces the
 * client. Idle clients are closed lazily on acquire, so there is no timer to leak.
 */
export class ConnectionCache<Config extends { readonly id: string }, Resource> {
  private readonly entries = new Map<string, Entry<Resource>>();
  private lastSweepAt = Date.now();
  private closed = false;

  constructor(private readonly options: ConnectionCacheOptions<Config, Resource>) {}

  get size(): number {
    return this.entries.size;
  }

  acquire(config: Config): Resource {
    if (this.closed) throw new Error('the checker is shut down');
    const now = Date.now();
    this.sweepIdle(now);
    const fingerprint = createHash('sha256').update(JSON.stringify(config)).digest('hex');
    const existing = this.entries.get(config.id);
    if (existing?.fingerprint === fingerprint) {
      existing.lastUsedAt = now;
      return existing.resource;
    }
    if (existing) this.closeQuietly(existing.resource);
    const resource = this.options.open(config);
    this.entries.set(config.id, { fingerprint, resource, lastUsedAt: now });
    return resource;
  }

  /** Closes every client; later acquires fail. */
  async closeAll(): Promise<void> {
    this.closed = true;
    const resources = [...this.entries.values()].map((entry) => entry.resource);
    this.entries.clear();
    await Promise.all(resources.map((resource) => this.options.close(resource).catch(() => undefined)));
  }

  private sweepIdle(now: number): void {
    if (now - this.lastSweepAt < this.options.idleMs / 2) return;
    this.lastSweepAt = now;
    for (const [id, entry] of this.entries) {
      if (now - entry.lastUsedAt < this.options.idleMs) continue;
      this.entries.delete(id);
      this.closeQuietly(entry.resource);
    }
  }

  private closeQuietly(resource: Resource): void {
    void this.options.close(resource).catch(() => undefined);
  }
}

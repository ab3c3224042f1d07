import DataLoader from 'dataloader';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../modules/identity/actor';

/**
 * Request-scoped DataLoaders. Each request gets its own registry, so batching and caching
 * never leak between users; a loader is created the first time a resolver asks for it.
 */
export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<Key, Value>(
    name: string,
    batch: DataLoader.BatchLoadFn<Key, Value>,
    options?: DataLoader.Options<Key, Value>,
  ): DataLoader<Key, Value> {
    let loader = this.loaders.get(name) as DataLoader<Key, Value> | undefined;
    if (!loader) {
      loader = new DataLoader(batch, options);
      this.loaders.set(name, loader);
    }
    return loader;
  }
}

/** What every resolver receives as its GraphQL context. */
export interface GraphqlContext {
  readonly requestId: string;
  readonly loaders: LoaderRegistry;
  readonly request: FastifyRequest;
  readonly reply: FastifyReply;
  /** Set once per request by the AuthGuard, before any resolver runs. */
  actor?: Actor;
  /** The pending resolution, shared by the guard runs of one request's root fields. */
  actorPromise?: Promise<Actor>;
}

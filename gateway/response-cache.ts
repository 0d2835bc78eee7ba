import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { LRUCache } from 'lru-cache';
import type { CacheObserver } from '../platform/metrics';
import type { GatewayContext } from './context';
import { copy, INCOMING_OPERATION, mergeKey } from './dedup';

interface Entry {
  response: GatewayGraphQLResponse;
  /** When it was fetched (ms): served until `ttlMs` after that, never later. */
  at: number;
}

export interface ResponseCacheOptions {
  /** The staleness bound: an answer is never served more than this long after it was fetched (ms). */
  ttlMs: number;
  /** Answers kept at most (least recently used dropped first). */
  maxEntries: number;
  /** Told of each cacheable read: served from the cache or not (metrics). */
  observe?: CacheObserver;
  now?: () => number;
}

/**
 * A response cache for one subgraph's public reads: a read by an anonymous caller (the same
 * operation, variables and forwarded headers as `MergingDataSource`'s key) is answered from the
 * cache while its answer is younger than `ttlMs`. `invalidate()` drops every answer at once (the
 * gateway calls it on the subgraph's change events and after any mutation sent to it), and an
 * answer fetched while an invalidation happened is not kept, so nothing older than the latest
 * invalidation is ever served; `ttlMs` bounds staleness when an event is missed. Answers with
 * errors, and reads by any other principal, are never cached.
 */
export class CachingDataSource implements GraphQLDataSource<GatewayContext> {
  private readonly entries: LRUCache<string, Entry>;
  /** Bumped by every invalidation: an answer fetched across one is not kept. */
  private generation = 0;
  private readonly now: () => number;

  constructor(
    private readonly inner: GraphQLDataSource<GatewayContext>,
    private readonly options: ResponseCacheOptions,
  ) {
    this.entries = new LRUCache({ max: options.maxEntries });
    this.now = options.now ?? Date.now;
  }

  /** Answers kept now. */
  get size(): number {
    return this.entries.size;
  }

  /** Drops every kept answer; reads in flight now are not kept either. */
  invalidate(): void {
    this.generation++;
    this.entries.clear();
  }

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const key = mergeKey(options);
    if (key === null && options.kind === INCOMING_OPERATION) {
      // A mutation: what it changes must not be served from before it, nor from reads racing it.
      this.invalidate();
      try {
        return await this.inner.process(options);
      } finally {
        this.invalidate();
      }
    }
    // A health check, or a read by a signed-in caller: never kept.
    if (key === null || options.context?.principal?.kind !== 'anonymous') return this.inner.process(options);
    const kept = this.entries.get(key);
    const fresh = kept !== undefined && this.now() - kept.at < this.options.ttlMs;
    this.options.observe?.(fresh);
    if (fresh) return copy(kept.response);
    const generation = this.generation;
    const at = this.now();
    const response = await this.inner.process(options);
    if (generation === this.generation && !response.errors?.length) {
      this.entries.set(key, { response: copy(response), at });
    }
    return response;
  }
}

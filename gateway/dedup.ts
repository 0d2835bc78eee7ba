import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { CacheObserver } from '../platform/metrics';
import type { GatewayContext } from './context';
import { PROPAGATED_HEADERS } from './data-sources';

/** `GraphQLDataSourceRequestKind.INCOMING_OPERATION` (the enum is not exported by @apollo/gateway's index). */
export const INCOMING_OPERATION = 'incoming operation';

/** A subgraph read: the planner's fetches are `query …` or `{ … }`; anything else (mutations) is never merged. */
const READ = /^\s*(query\b|\{)/;

/**
 * Everything a subgraph's answer to a read depends on: the operation, its variables, the caller's
 * principal (the subgraph's authorization decides on it alone) and the client headers a subgraph
 * sees. Null for what must never be merged (mutations, health checks).
 */
export function mergeKey(options: GraphQLDataSourceProcessOptions<GatewayContext>): string | null {
  if (options.kind !== INCOMING_OPERATION) return null;
  const { request, context } = options;
  if (!request.query || !READ.test(request.query)) return null;
  const headers = context?.incomingHeaders;
  return [
    request.query,
    request.operationName ?? '',
    JSON.stringify(request.variables ?? {}),
    JSON.stringify(context?.principal ?? null),
    headers ? PROPAGATED_HEADERS.map((h) => headers[h] ?? '').join('\u0001') : '',
  ].join('\u0000');
}

/** Its own copy of a shared answer: the gateway merges later fetches into the data it gets. */
export function copy(response: GatewayGraphQLResponse): GatewayGraphQLResponse {
  return response.data == null ? { ...response } : { ...response, data: structuredClone(response.data) };
}

interface InFlight {
  answer: Promise<GatewayGraphQLResponse>;
  followers: number;
}

/**
 * Identical in-flight subgraph reads are merged: while one is running, the same read (same
 * operation, variables, principal and forwarded headers — so the same authorization and the same
 * answer) waits for it instead of being sent again, and each caller gets its own copy of the
 * answer (or the same error). Only reads in flight are shared: nothing is kept once answered, so
 * no answer is ever older than the request that asked for it. Mutations are never merged.
 */
export class MergingDataSource implements GraphQLDataSource<GatewayContext> {
  private readonly inFlight = new Map<string, InFlight>();

  constructor(
    private readonly inner: GraphQLDataSource<GatewayContext>,
    private readonly observe?: CacheObserver,
  ) {}

  /** Reads running now (each possibly awaited by several requests). */
  get running(): number {
    return this.inFlight.size;
  }

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const key = mergeKey(options);
    if (key === null) return this.inner.process(options);
    const running = this.inFlight.get(key);
    this.observe?.(running !== undefined);
    if (running) {
      running.followers++;
      return copy(await running.answer);
    }
    const entry: InFlight = { answer: this.inner.process(options), followers: 0 };
    this.inFlight.set(key, entry);
    try {
      const answer = await entry.answer;
      return entry.followers > 0 ? copy(answer) : answer;
    } finally {
      if (this.inFlight.get(key) === entry) this.inFlight.delete(key);
    }
  }
}

import { LocalGraphQLDataSource, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { Fetcher } from '@apollo/utils.fetcher';
import { execute, parse, validate, validateSchema, type DocumentNode, type GraphQLError } from 'graphql';
import { LRUCache } from 'lru-cache';
import { PRINCIPAL_HEADER, REQUEST_ID_HEADER, signPrincipal } from '../platform/auth/signing';
import { unavailableAfterFetchError } from '../platform/errors';
import type { SubgraphName } from '../platform/config';
import type { CacheObserver } from '../platform/metrics';
import {
  createLimiter,
  OverloadedError,
  subgraphOverloaded,
  type Limiter,
  type LimiterOptions,
  type LimiterStats,
} from '../platform/overload';
import type { Subgraph } from '../subgraphs/types';
import type { GatewayContext } from './context';

/** Headers from the client request that subgraphs may see. */
export const PROPAGATED_HEADERS = ['accept-language', 'user-agent', 'x-client-name', 'x-client-version'];
const PRINCIPAL_TTL_SECONDS = 60;

/**
 * Operation texts an embedded data source keeps parsed and validated. The gateway sends each
 * subgraph the few operations its query plans produce, over and over; a few hundred covers a
 * storefront's plans many times, and the bound keeps a flood of distinct texts from growing it.
 */
export const DOCUMENT_CACHE_SIZE = 500;

/**
 * Embedded mode: the subgraph runs in the gateway process. The gateway context is turned into
 * the subgraph's own context (fresh DataLoaders per subgraph request), exactly as a standalone
 * subgraph would build it from the forwarded headers, so both modes see the same principal.
 *
 * It answers exactly as `graphql()` would, but parses and validates each operation text once:
 * parse plus validation was 42% of the gateway's CPU on the five-subgraph journey. Only valid
 * documents are cached (a document's validity against a fixed schema never changes); a text that
 * fails to parse or validate is checked again on each call and answers its errors every time.
 */
export class EmbeddedSubgraphDataSource extends LocalGraphQLDataSource<GatewayContext> {
  private readonly documents: LRUCache<string, DocumentNode>;

  constructor(
    private readonly subgraph: Subgraph,
    cacheSize = DOCUMENT_CACHE_SIZE,
    private readonly observe?: CacheObserver,
  ) {
    super(subgraph.schema);
    this.documents = new LRUCache({ max: cacheSize });
  }

  /** How many operation texts are held parsed and validated. */
  get cachedDocuments(): number {
    return this.documents.size;
  }

  override async process({
    request,
    context,
  }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const prepared = this.prepare(request.query!);
    if ('errors' in prepared) return { errors: prepared.errors } as GatewayGraphQLResponse;
    const meta = context?.principal
      ? { principal: context.principal, requestId: context.requestId }
      : { principal: { kind: 'service' as const, service: 'gateway' }, requestId: 'gateway-internal' };
    return (await execute({
      schema: this.schema,
      document: prepared.document,
      variableValues: request.variables,
      operationName: request.operationName,
      contextValue: this.subgraph.createContext(meta),
    })) as GatewayGraphQLResponse;
  }

  /** The steps `graphql()` takes before executing, with the same errors, done once per valid text. */
  private prepare(source: string): { document: DocumentNode } | { errors: readonly GraphQLError[] } {
    const cached = this.documents.get(source);
    this.observe?.(cached !== undefined);
    if (cached !== undefined) return { document: cached };
    const schemaErrors = validateSchema(this.schema);
    if (schemaErrors.length > 0) return { errors: schemaErrors };
    let document: DocumentNode;
    try {
      document = parse(source);
    } catch (error) {
      return { errors: [error as GraphQLError] };
    }
    const errors = validate(this.schema, document);
    if (errors.length > 0) return { errors };
    this.documents.set(source, document);
    return { document };
  }
}

/** A fetch with a hard per-request timeout; Node's fetch keeps connections alive by default. */
export function timeoutFetcher(timeoutMs: number): Fetcher {
  return ((url: string, init?: RequestInit) =>
    fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) })) as unknown as Fetcher;
}

/**
 * Distributed mode: the subgraph is its own HTTP server. The principal is forwarded signed
 * (so the subgraph can verify it), with the request id and a short list of client headers.
 * A subgraph that is down or slower than the timeout yields a SUBGRAPH_UNAVAILABLE error
 * naming it, and the gateway returns whatever the other subgraphs produced.
 *
 * At most `limits.maxConcurrent` fetches are in flight to one subgraph, so a slow subgraph cannot
 * take every socket and every request with it; a fetch that finds the bounded queue full, or waits
 * past its bound, is not sent and yields OVERLOADED naming the subgraph instead (the timeout
 * starts once a slot is held).
 */
export class RemoteSubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly limiter: Limiter;

  constructor(
    readonly serviceName: SubgraphName,
    url: string,
    private readonly secret: string,
    timeoutMs: number,
    limits: LimiterOptions,
  ) {
    super({ url, fetcher: timeoutFetcher(timeoutMs) });
    this.limiter = createLimiter(limits);
  }

  /** Fetches in flight to this subgraph, waiting for a slot, and refused since start. */
  load(): LimiterStats {
    return this.limiter.stats();
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    let release: () => void;
    try {
      release = await this.limiter.acquire();
    } catch (error) {
      if (error instanceof OverloadedError) throw subgraphOverloaded(this.serviceName, error.reason);
      throw error;
    }
    try {
      return await super.process(options);
    } finally {
      release();
    }
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http!.headers;
    const principal = context?.principal ?? { kind: 'service' as const, service: 'gateway' };
    headers.set(PRINCIPAL_HEADER, signPrincipal(principal, this.secret, 'subgraph', PRINCIPAL_TTL_SECONDS));
    if (context?.requestId) headers.set(REQUEST_ID_HEADER, context.requestId);
    for (const name of PROPAGATED_HEADERS) {
      const value = context?.incomingHeaders?.[name];
      if (value) headers.set(name, value);
    }
  }

  override didEncounterError(error: Error): void {
    throw unavailableAfterFetchError(this.serviceName, error);
  }
}

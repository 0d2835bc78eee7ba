import { LocalGraphQLDataSource, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { Fetcher } from '@apollo/utils.fetcher';
import { graphql } from 'graphql';
import { PRINCIPAL_HEADER, REQUEST_ID_HEADER, signPrincipal } from '../platform/auth/signing';
import { unavailableAfterFetchError } from '../platform/errors';
import type { SubgraphName } from '../platform/config';
import type { Subgraph } from '../subgraphs/types';
import type { GatewayContext } from './context';

/** Headers from the client request that subgraphs may see. */
const PROPAGATED_HEADERS = ['accept-language', 'user-agent', 'x-client-name', 'x-client-version'];
const PRINCIPAL_TTL_SECONDS = 60;

/**
 * Embedded mode: the subgraph runs in the gateway process. The gateway context is turned into
 * the subgraph's own context (fresh DataLoaders per subgraph request), exactly as a standalone
 * subgraph would build it from the forwarded headers, so both modes see the same principal.
 */
export class EmbeddedSubgraphDataSource extends LocalGraphQLDataSource<GatewayContext> {
  constructor(private readonly subgraph: Subgraph) {
    super(subgraph.schema);
  }

  override async process({
    request,
    context,
  }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const meta = context?.principal
      ? { principal: context.principal, requestId: context.requestId }
      : { principal: { kind: 'service' as const, service: 'gateway' }, requestId: 'gateway-internal' };
    return graphql({
      schema: this.schema,
      source: request.query!,
      variableValues: request.variables,
      operationName: request.operationName,
      contextValue: this.subgraph.createContext(meta),
    }) as Promise<GatewayGraphQLResponse>;
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
 */
export class RemoteSubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    readonly serviceName: SubgraphName,
    url: string,
    private readonly secret: string,
    timeoutMs: number,
  ) {
    super({ url, fetcher: timeoutFetcher(timeoutMs) });
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

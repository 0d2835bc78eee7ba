import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { GatewayContext } from '../../gateway/context';

/** A subgraph the test answers by hand: each call waits until `answer` or `fail` is called. */
export function heldSubgraph() {
  const calls: { query: string; resolve: (r: GatewayGraphQLResponse) => void; reject: (e: Error) => void }[] = [];
  return {
    calls,
    source: {
      process: (o: GraphQLDataSourceProcessOptions<GatewayContext>) =>
        new Promise<GatewayGraphQLResponse>((resolve, reject) =>
          calls.push({ query: o.request.query!, resolve, reject }),
        ),
    },
  };
}

export const ANON = { kind: 'anonymous' } as const;
export function read(
  query: string,
  variables: Record<string, unknown> = {},
  principal: object = ANON,
  headers: Record<string, string> = {},
): GraphQLDataSourceProcessOptions<GatewayContext> {
  const context = {
    principal,
    incomingHeaders: headers,
    requestId: Math.random().toString(),
  } as unknown as GatewayContext;
  return {
    kind: 'incoming operation',
    request: { query, variables },
    context,
    incomingRequestContext: {} as never,
  } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>;
}

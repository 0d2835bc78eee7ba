import { GraphQLError } from 'graphql';
import { signPrincipal, PRINCIPAL_HEADER, REQUEST_ID_HEADER } from './auth/signing';
import { ErrorCode, isTransportFailure, subgraphUnavailable, unavailableAfterFetchError } from './errors';

/**
 * Cross-subgraph calls, declared once and bound twice.
 *
 * A subgraph that offers operations to others declares them in its `api.ts`: a TypeScript
 * interface (every operation takes one input object, or none, and returns a promise) plus, per
 * operation, the GraphQL operation on the owner's OWN public schema that performs it and how to
 * read its answer. The owner implements the interface with its application service; that object
 * is the in-process binding (embedded mode, and tests). `bindRemote` turns the same declaration
 * into the HTTP binding (distributed mode): the owner's GraphQL API, called as the signed
 * internal service principal, with a timeout, one error mapping, and an idempotency key on every
 * mutation so that a retry after a timeout or a dropped connection cannot apply it twice.
 */
export type Operation = (input: never) => Promise<unknown>;
/** An interface whose every member is an operation (interfaces qualify; no index signature needed). */
export type ServiceApi<T> = { [K in keyof T]: Operation };

type InputOf<F> = F extends (input: infer I) => Promise<unknown> ? I : never;
type OutputOf<F> = F extends (input: never) => Promise<infer O> ? O : never;

export interface RemoteOperation<I, O> {
  /** A GraphQL operation on the owner's schema; a `mutation` must declare `idempotencyKey`. */
  document: string;
  /** Variables for `document` (default: none). */
  variables?: (input: I) => Record<string, unknown>;
  /** Reads the operation's result from `data`; a typed business failure is mapped here too. */
  result: (data: Record<string, unknown>) => O;
  /** The caller's idempotency key (sent as a variable by `variables` and as `idempotency-key`). */
  idempotencyKey?: (input: I) => string;
}

export type RemoteOperations<T extends ServiceApi<T>> = {
  [K in keyof T]: RemoteOperation<InputOf<T[K]>, OutputOf<T[K]>>;
};

export interface ServiceInterface<T extends ServiceApi<T>> {
  /** The owning subgraph. */
  owner: string;
  operations: RemoteOperations<T>;
}

export class ServiceInterfaceError extends Error {}

/** Declares `owner`'s service interface; refuses a mutation without an idempotency key. */
export function declareServiceInterface<T extends ServiceApi<T>>(
  owner: string,
  operations: RemoteOperations<T>,
): ServiceInterface<T> {
  for (const [name, op] of Object.entries(operations) as [string, RemoteOperation<unknown, unknown>][]) {
    if (/^\s*mutation\b/.test(op.document) && !op.idempotencyKey) {
      throw new ServiceInterfaceError(`${owner}.${name} is a mutation and must declare an idempotency key`);
    }
  }
  return { owner, operations };
}

export interface RemoteTransport {
  url: string;
  /** Signs the internal service principal. */
  secret: string;
  /** The calling subgraph: the principal is `service:<caller>`. */
  caller: string;
  timeoutMs: number;
  /** Extra attempts after a transport failure (only for queries and keyed mutations). Default 1. */
  retries?: number;
  /** For tests: the fetch to use. */
  fetch?: typeof fetch;
}

/** Error codes a callee may answer that the caller should see as they are (not as an outage). */
const PASS_THROUGH = new Set<string>([ErrorCode.BAD_USER_INPUT, ErrorCode.NOT_FOUND, ErrorCode.FORBIDDEN]);

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } & Record<string, unknown> }[];
}

/** The HTTP binding of a declared service interface. */
export function bindRemote<T extends ServiceApi<T>>(iface: ServiceInterface<T>, transport: RemoteTransport): T {
  const doFetch = transport.fetch ?? fetch;
  const retries = transport.retries ?? 1;

  async function once(op: RemoteOperation<unknown, unknown>, input: unknown, requestId: string): Promise<unknown> {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      [PRINCIPAL_HEADER]: signPrincipal(
        { kind: 'service', service: transport.caller },
        transport.secret,
        'subgraph',
        60,
      ),
      [REQUEST_ID_HEADER]: requestId,
    };
    if (op.idempotencyKey) headers['idempotency-key'] = op.idempotencyKey(input);
    let res: Response;
    let body: GraphQLBody;
    try {
      res = await doFetch(transport.url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: op.document, variables: op.variables?.(input) ?? {} }),
        signal: AbortSignal.timeout(transport.timeoutMs),
      });
      body = (await res.json()) as GraphQLBody;
    } catch (err) {
      throw err instanceof SyntaxError ? subgraphUnavailable(iface.owner, 'answer is not JSON') : err;
    }
    const first = body.errors?.[0];
    if (first?.extensions?.code && PASS_THROUGH.has(first.extensions.code)) {
      throw new GraphQLError(first.message, { extensions: { ...first.extensions } });
    }
    if (!res.ok || !body.data || first) {
      throw subgraphUnavailable(iface.owner, `answered ${res.status}: ${first?.message ?? 'no data'}`);
    }
    return op.result(body.data);
  }

  const bound: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const [name, op] of Object.entries(iface.operations) as [string, RemoteOperation<unknown, unknown>][]) {
    const retriable = !/^\s*mutation\b/.test(op.document) || Boolean(op.idempotencyKey);
    bound[name] = async (input: unknown) => {
      const requestId = `${transport.caller}-${name}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
      for (let attempt = 0; ; attempt++) {
        try {
          return await once(op, input, requestId);
        } catch (err) {
          if (!isTransportFailure(err)) throw err;
          if (!retriable || attempt >= retries) throw unavailableAfterFetchError(iface.owner, err);
        }
      }
    };
  }
  return bound as unknown as T;
}

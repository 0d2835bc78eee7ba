import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/**
 * The catalogue of thrown errors: unexpected and auth failures surface as `GraphQLError`
 * with `extensions.code`. Expected business failures are NOT thrown; they are typed union
 * members in each subgraph's schema (e.g. `IdentifierInUseError`).
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  SUBGRAPH_UNAVAILABLE: 'SUBGRAPH_UNAVAILABLE',
  /** Refused for overload (HTTP 503 with `Retry-After`, or one subgraph's fetch with no free slot): retry later. */
  OVERLOADED: 'OVERLOADED',
  /** An operation over a limit (depth, aliases, directives, tokens, cost): refused before execution. */
  LIMIT_EXCEEDED: 'LIMIT_EXCEEDED',
  /** The caller's cost budget is spent for now: retry once it refills (`extensions.cost.throttleStatus`). */
  THROTTLED: 'THROTTLED',
  /** A partner ran an operation not registered for it (`npm run safelist`). */
  OPERATION_NOT_SAFELISTED: 'OPERATION_NOT_SAFELISTED',
  /** A partner key's operation selects a field outside the key's field contract (`extensions.fields`). */
  FIELD_NOT_IN_CONTRACT: 'FIELD_NOT_IN_CONTRACT',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export function badInput(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, ...(field ? { field } : {}) } });
}

export function notFound(entity: string, id: string): GraphQLError {
  return new GraphQLError(`${entity} "${id}" not found`, {
    extensions: { code: ErrorCode.NOT_FOUND, entity, id },
  });
}

export function unauthenticated(message = 'authentication required'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED } });
}

export function forbidden(message = 'not allowed'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN } });
}

export function subgraphUnavailable(serviceName: string, reason: string): GraphQLError {
  return new GraphQLError(`subgraph "${serviceName}" is unavailable: ${reason}`, {
    extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE, serviceName },
  });
}

/**
 * The one mapping of a failed call to another service (fetch rejected: refused, reset, DNS, timed
 * out) to SUBGRAPH_UNAVAILABLE naming that service. Node's fetch reports a timeout as
 * `TimeoutError` (AbortSignal.timeout) or `AbortError` (an aborted controller), and the socket
 * error code in `cause.code`.
 */
export function unavailableAfterFetchError(serviceName: string, error: unknown): GraphQLError {
  const e = error as Error & { cause?: { code?: string } };
  const reason =
    e?.name === 'TimeoutError' || e?.name === 'AbortError' ? 'timed out' : (e?.cause?.code ?? e?.message ?? 'failed');
  return subgraphUnavailable(serviceName, reason);
}

/** True when `error` is a transport failure (not an answer), so an idempotent call may be retried. */
export function isTransportFailure(error: unknown): boolean {
  // Duck-typed: fetch's errors may come from another realm (a test VM), where instanceof fails.
  return typeof (error as Error | null)?.name === 'string' && !(error instanceof GraphQLError);
}

const KNOWN_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  // Codes produced by graphql-js / Apollo Server / the gateway for client mistakes.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'DOWNSTREAM_SERVICE_ERROR',
]);

/**
 * Apollo `formatError`: keeps catalogued errors as they are (minus stack traces) and masks
 * anything else to INTERNAL_SERVER_ERROR so internals never reach a client.
 */
export function maskError(
  formatted: GraphQLFormattedError,
  onMasked?: (formatted: GraphQLFormattedError) => void,
): GraphQLFormattedError {
  const extensions = { ...(formatted.extensions ?? {}) };
  delete extensions.stacktrace;
  delete extensions.exception;
  const code = typeof extensions.code === 'string' ? extensions.code : undefined;
  if (code && KNOWN_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    return { ...formatted, extensions };
  }
  if (code === undefined && isGraphQLValidationMessage(formatted.message)) {
    return { ...formatted, extensions: { ...extensions, code: 'GRAPHQL_VALIDATION_FAILED' } };
  }
  onMasked?.(formatted);
  return {
    message: 'Internal server error',
    extensions: {
      code: ErrorCode.INTERNAL_SERVER_ERROR,
      ...(extensions.serviceName ? { serviceName: extensions.serviceName } : {}),
    },
    ...(formatted.path ? { path: formatted.path } : {}),
  };
}

function isGraphQLValidationMessage(message: string): boolean {
  return /^(Variable "\$|Argument "|Field "|Unknown argument|Cannot query field)/.test(message);
}

import type { FormattedExecutionResult } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

/**
 * The first message of a subscription, with the real graphql-ws client (no retries) connecting
 * with `headers.authorization` in `connection_init`; the subscription is closed after it.
 */
export async function firstMessage(
  httpUrl: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string>,
): Promise<FormattedExecutionResult<Record<string, unknown>>> {
  const client = createClient({
    url: httpUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    connectionParams: headers.authorization ? { authorization: headers.authorization } : {},
  });
  try {
    const subscription = client.iterate<Record<string, unknown>>({ query, variables });
    const first = await subscription.next();
    await subscription.return?.();
    if (first.done) throw new Error('the subscription completed without a message');
    return first.value as FormattedExecutionResult<Record<string, unknown>>;
  } finally {
    await client.dispose();
  }
}

import { CloseCode, handleProtocols, makeServer, type ServerOptions } from 'graphql-ws';
import type { WebSocket, WebSocketServer } from 'ws';
import type { Logger } from '../../platform/logger';
import { textOf } from './serialised';

/** What each connection's graphql-ws context carries: its socket and the address it came from (not the request). */
export interface SocketExtra {
  socket: WebSocket;
  clientAddress: string;
}

/** How often every open socket is pinged; one that has not answered the previous ping by then is dropped. */
const KEEPALIVE_MS = 12_000;

/** Stands in for a payload that is already JSON while graphql-ws frames the message. */
const MARK = '\u0000graphql-ws-payload\u0000';
const MARK_JSON = JSON.stringify(MARK);

/**
 * graphql-ws's protocol server (`makeServer`) on the sockets of a `ws` server: what
 * `graphql-ws/use/ws` does, with three differences that matter at tens of thousands of sockets.
 *
 * - **One serialisation per message.** A `next` payload that carries its JSON text (`serialised.ts`:
 *   a shared subscription's message, written once for every subscriber) is framed around that
 *   text instead of being stringified again per socket. graphql-ws frames a message with
 *   `JSON.stringify(message, jsonMessageReplacer)` and hands the string to `send` in the same
 *   synchronous step: the replacer swaps such a payload for a mark and keeps its text, and `send`
 *   puts the text where the mark is (the payload is the message's last field).
 * - **No request kept per connection**: only its socket and client address.
 * - **One keepalive timer for all sockets** instead of one per socket.
 */
export function serveGraphqlWs(
  wss: WebSocketServer,
  options: ServerOptions<Record<string, unknown> | undefined, SocketExtra>,
  logger: Logger,
  keepAliveMs = KEEPALIVE_MS,
): { dispose(): Promise<void> } {
  let pendingText: string | null = null;
  const server = makeServer<Record<string, unknown> | undefined, SocketExtra>({
    ...options,
    jsonMessageReplacer: (key, value: unknown) => {
      if (key === 'payload' && value && typeof value === 'object') {
        const text = textOf(value);
        if (text !== undefined) {
          pendingText = text;
          return MARK;
        }
      }
      return value;
    },
  });
  wss.options.handleProtocols = handleProtocols;

  const alive = new WeakMap<WebSocket, boolean>();
  const keepalive = setInterval(() => {
    for (const socket of wss.clients) {
      if (alive.get(socket) === false) {
        socket.terminate();
        continue;
      }
      alive.set(socket, false);
      if (socket.readyState === socket.OPEN) socket.ping();
    }
  }, keepAliveMs);
  keepalive.unref();

  const internalError = (socket: WebSocket, err: unknown) => {
    logger.error({ err: (err as Error)?.message ?? String(err) }, 'graphql-ws connection failed');
    socket.close(CloseCode.InternalServerError, 'Internal server error');
  };

  wss.on('connection', (socket, request) => {
    alive.set(socket, true);
    socket.on('pong', () => alive.set(socket, true));
    socket.once('error', (err) => internalError(socket, err));
    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: (data) => {
          if (pendingText !== null) {
            const at = data.lastIndexOf(MARK_JSON);
            if (at >= 0) data = data.slice(0, at) + pendingText + data.slice(at + MARK_JSON.length);
            pendingText = null;
          }
          return new Promise<void>((resolve, reject) => {
            if (socket.readyState !== socket.OPEN) return resolve();
            socket.send(data, (err) => (err ? reject(err) : resolve()));
          });
        },
        close: (code, reason) => socket.close(code, reason),
        onMessage: (cb) =>
          socket.on('message', (message) => {
            cb(String(message)).catch((err: unknown) => internalError(socket, err));
          }),
      },
      { socket, clientAddress: request.socket.remoteAddress ?? 'unknown' },
    );
    socket.once('close', (code, reason) => {
      void closed(code, String(reason));
    });
  });

  return {
    async dispose() {
      clearInterval(keepalive);
      for (const client of wss.clients) client.close(1001, 'Going away');
      wss.removeAllListeners();
      await new Promise<void>((resolve, reject) => wss.close((err) => (err ? reject(err) : resolve())));
    },
  };
}

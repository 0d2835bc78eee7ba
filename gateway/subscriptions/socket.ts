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

/**
 * The keepalive interval is covered in steps this far apart, each pinging its share of the sockets:
 * at 10,000 sockets and 12 s, 240 steps of about 42 pings (about 1 ms of work each).
 */
const KEEPALIVE_STEP_MS = 50;

/**
 * Which sockets to ping on each step of the keepalive: every open socket once per `steps` steps
 * (one interval), a slice per step. A socket whose turn comes again without an answer to
 * its previous ping, sent at least a whole interval before, is dropped (one pinged less than that
 * ago, when sockets that closed moved it forward in the round, is left for its next turn). Sockets
 * that connect during a round wait for the next one.
 */
export class KeepaliveSweep<S extends object> {
  /** Sockets pinged and not answered yet: the step of the ping. */
  private readonly waiting = new WeakMap<S, number>();
  /** Steps taken since the start. */
  private taken = 0;
  private round: S[] = [];
  /** Steps of the current round taken so far. */
  private step: number;

  constructor(private readonly steps: number) {
    this.step = steps;
  }

  /** The socket answered a ping (or just connected). */
  answered(socket: S): void {
    this.waiting.delete(socket);
  }

  /** One step: pings (or drops) the next slice of this round, starting a round over `clients` after the last step of one. */
  tick(clients: Iterable<S>, act: { ping(socket: S): void; drop(socket: S): void }): void {
    if (this.step >= this.steps) {
      this.round = [...clients];
      this.step = 0;
    }
    const n = this.round.length;
    const from = Math.floor((this.step * n) / this.steps);
    const to = Math.floor((++this.step * n) / this.steps);
    const now = this.taken++;
    for (let i = from; i < to; i++) {
      const socket = this.round[i]!;
      const pinged = this.waiting.get(socket);
      if (pinged === undefined) {
        this.waiting.set(socket, now);
        act.ping(socket);
      } else if (now - pinged >= this.steps) {
        act.drop(socket);
      }
    }
    if (this.step >= this.steps) this.round = []; // holds no socket between rounds
  }
}

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
 * - **One keepalive timer for all sockets** instead of one per socket, pinging a slice of them at
 *   a time (`KeepaliveSweep`): pinging 10,000 sockets at once held the event loop for about 240 ms
 *   every interval, and made every client answer at the same moment.
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

  const steps = Math.max(1, Math.round(keepAliveMs / KEEPALIVE_STEP_MS));
  const sweep = new KeepaliveSweep<WebSocket>(steps);
  const keepalive = setInterval(
    () =>
      sweep.tick(wss.clients, {
        ping: (socket) => {
          if (socket.readyState === socket.OPEN) socket.ping();
        },
        drop: (socket) => socket.terminate(),
      }),
    keepAliveMs / steps,
  );
  keepalive.unref();

  const internalError = (socket: WebSocket, err: unknown) => {
    logger.error({ err: (err as Error)?.message ?? String(err) }, 'graphql-ws connection failed');
    socket.close(CloseCode.InternalServerError, 'Internal server error');
  };

  wss.on('connection', (socket, request) => {
    sweep.answered(socket);
    socket.on('pong', () => sweep.answered(socket));
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

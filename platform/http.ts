import type { ApolloServer, BaseContext, HTTPGraphQLResponse } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { REQUEST_ID_HEADER } from './auth/signing';
import type { Logger } from './logger';
import { overloadedBody, RETRY_AFTER_SECONDS } from './overload';

export const GRAPHQL_PATH = '/graphql';
const MAX_BODY_BYTES = 1_000_000;

export interface HttpAppOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  /**
   * Builds the request context; throw a GraphQLError with `extensions.http.status` to refuse.
   * `requestId` is the caller's valid `x-request-id` or a new one; it is echoed in the response.
   */
  context: (req: IncomingMessage, requestId: string) => Promise<TContext>;
  /** `/readyz`: ready plus details for operators. */
  readiness: () => Promise<{ ready: boolean; details?: Record<string, unknown> }>;
  /**
   * Checks the operation text before Apollo parses it (the token limit); a returned error is
   * answered as a 400 at once.
   */
  checkSource?: (source: string) => { message: string; extensions: Record<string, unknown> } | null;
  /** More paths served by their own handler (the gateway's SSE subscriptions). */
  routes?: Record<string, (req: IncomingMessage, res: ServerResponse) => Promise<void>>;
  /** Runs around Apollo's handling of each GraphQL request (the tracing span); absent: nothing. */
  around?: (run: () => Promise<HTTPGraphQLResponse>) => Promise<HTTPGraphQLResponse>;
  /**
   * Admission control: GraphQL requests served at once (body read, executed, answered); one more
   * is answered 503 with `Retry-After` and OVERLOADED before its body is read. Health checks and
   * subscriptions (WebSocket upgrades, `routes`) are not counted. Unset: no limit.
   */
  maxInFlight?: number;
  /** Headers set on every response (a cluster worker names itself). */
  responseHeaders?: Record<string, string>;
  logger: Logger;
}

export interface HttpApp {
  server: Server;
  listen(port: number, host: string): Promise<AddressInfo>;
  /** Stops accepting, lets in-flight requests finish within `graceMs`, then closes what is left. */
  close(graceMs: number): Promise<void>;
  /** GraphQL requests being served now, and those refused for overload since start. */
  load(): { inFlight: number; refused: number };
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The caller's `x-request-id` when it is safe to log and forward, else a fresh UUID. */
export function requestIdFrom(req: IncomingMessage): string {
  const given = req.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

class BodyError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        // Answer at once and drop the connection once the answer is out; the rest is not read.
        req.removeAllListeners('data');
        reject(new BodyError(413, `request body exceeds ${MAX_BODY_BYTES} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The operation text of a POST body or a GET query string, if there is one. */
function operationText(body: unknown, url: URL): string | undefined {
  const query = body && typeof body === 'object' ? (body as { query?: unknown }).query : url.searchParams.get('query');
  return typeof query === 'string' ? query : undefined;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(payload),
  });
  res.end(payload);
}

function graphqlError(res: ServerResponse, status: number, message: string, code: string): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] });
}

/**
 * A small node:http integration for Apollo Server (what `startStandaloneServer` does, plus
 * health endpoints and graceful shutdown), shared by the gateway and standalone subgraphs.
 */
export function createHttpApp<TContext extends BaseContext>(opts: HttpAppOptions<TContext>): HttpApp {
  let closing = false;
  let inFlight = 0;
  let refused = 0;

  async function handleGraphQL(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown = undefined;
    if (req.method === 'POST') {
      const raw = await readBody(req);
      const type = headers.get('content-type') ?? '';
      if (type.includes('application/json')) {
        try {
          body = raw.length > 0 ? JSON.parse(raw) : undefined;
        } catch {
          throw new BodyError(400, 'request body is not valid JSON');
        }
      } else {
        body = raw;
      }
    }
    const requestId = requestIdFrom(req);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    const source = operationText(body, url);
    const refusal = source === undefined ? null : (opts.checkSource?.(source) ?? null);
    if (refusal) return sendJson(res, 400, { errors: [refusal] });
    const run = () =>
      opts.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
        context: () => opts.context(req, requestId),
      });
    const result = opts.around ? await opts.around(run) : await run();
    for (const [key, value] of result.headers) res.setHeader(key, value);
    res.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (url.pathname === '/readyz') {
      if (closing) return sendJson(res, 503, { status: 'shutting-down' });
      const { ready, details } = await opts.readiness();
      return sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'not-ready', ...(details ?? {}) });
    }
    if (url.pathname === GRAPHQL_PATH) {
      if (closing) res.setHeader('connection', 'close');
      if (opts.maxInFlight !== undefined) {
        if (inFlight >= opts.maxInFlight) {
          refused++;
          res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
          return sendJson(res, 503, overloadedBody());
        }
        inFlight++;
        // 'close' follows the answer, or a client that went away: the slot is freed either way.
        res.once('close', () => inFlight--);
      }
      return handleGraphQL(req, res, url);
    }
    const route = opts.routes?.[url.pathname];
    if (route) return route(req, res);
    return graphqlError(res, 404, `not found: use ${GRAPHQL_PATH}`, 'NOT_FOUND');
  }

  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(opts.responseHeaders ?? {})) res.setHeader(name, value);
    handle(req, res).catch((err: unknown) => {
      if (err instanceof BodyError) {
        if (err.status === 413) {
          res.setHeader('connection', 'close');
          res.once('finish', () => req.socket.destroySoon());
        }
        return graphqlError(res, err.status, err.message, 'BAD_REQUEST');
      }
      opts.logger.error({ err }, 'unhandled HTTP error');
      if (!res.headersSent) graphqlError(res, 500, 'Internal server error', 'INTERNAL_SERVER_ERROR');
      else res.end();
    });
  });
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;

  return {
    server,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve(server.address() as AddressInfo);
        });
      });
    },
    load: () => ({ inFlight, refused }),
    async close(graceMs) {
      closing = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const timer = setTimeout(() => server.closeAllConnections(), graceMs);
      timer.unref();
      await closed;
      clearTimeout(timer);
    },
  };
}

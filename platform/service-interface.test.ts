import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PRINCIPAL_HEADER, verifyPrincipal } from './auth/signing';
import { ErrorCode } from './errors';
import { bindRemote, declareServiceInterface, ServiceInterfaceError } from './service-interface';

interface Stock {
  level(input: { sku: string }): Promise<number>;
  reserve(input: { sku: string; key: string }): Promise<string>;
}

const SECRET = 'service-interface-test-secret';
const STOCK = declareServiceInterface<Stock>('catalog', {
  level: {
    document: 'query Level($sku: String!) { level(sku: $sku) }',
    variables: ({ sku }) => ({ sku }),
    result: (data) => data.level as number,
  },
  reserve: {
    document: 'mutation Reserve($sku: String!, $key: String!) { reserve(sku: $sku, key: $key) }',
    variables: ({ sku, key }) => ({ sku, key }),
    idempotencyKey: ({ key }) => key,
    result: (data) => data.reserve as string,
  },
});

interface Seen {
  headers: IncomingMessage['headers'];
  body: { query: string; variables: Record<string, unknown> };
}

/** A real HTTP server whose answers the test scripts; `handler` returns [status, body] or 'drop'. */
async function server(handler: (seen: Seen, n: number) => [number, unknown] | 'drop' | 'hang') {
  const seen: Seen[] = [];
  const srv: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      const entry = { headers: req.headers, body: JSON.parse(raw) as Seen['body'] };
      seen.push(entry);
      const answer = handler(entry, seen.length);
      if (answer === 'drop') return req.socket.destroy();
      if (answer === 'hang') return;
      res.writeHead(answer[0], { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer[1]));
    });
  });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(srv.address() as AddressInfo).port}/graphql`;
  return {
    seen,
    url,
    close: () => new Promise<void>((r) => (srv.closeAllConnections(), srv.close(() => r()))),
  };
}

const transport = (url: string) => ({ url, secret: SECRET, caller: 'orders', timeoutMs: 300 });

async function codeOf(p: Promise<unknown>): Promise<{ code: unknown; message: string }> {
  try {
    await p;
  } catch (err) {
    const e = err as { extensions?: { code?: unknown }; message: string };
    return { code: e.extensions?.code, message: e.message };
  }
  throw new Error('expected a failure');
}

describe('service interfaces', () => {
  it('refuses to declare a mutation without an idempotency key', () => {
    expect(() =>
      declareServiceInterface<{ go(input: { a: string }): Promise<boolean> }>('x', {
        go: { document: 'mutation Go { go }', result: () => true },
      }),
    ).toThrow(ServiceInterfaceError);
  });

  it('calls the owner as the signed service principal and reads the declared result', async () => {
    const s = await server(() => [200, { data: { level: 7 } }]);
    try {
      const stock = bindRemote(STOCK, transport(s.url));
      expect(await stock.level({ sku: 'A' })).toBe(7);
      const [req] = s.seen;
      expect(req!.body).toEqual({ query: STOCK.operations.level.document, variables: { sku: 'A' } });
      const principal = verifyPrincipal(String(req!.headers[PRINCIPAL_HEADER]), SECRET, 'subgraph');
      expect(principal).toEqual({ kind: 'service', service: 'orders' });
      expect(req!.headers['idempotency-key']).toBeUndefined();
    } finally {
      await s.close();
    }
  });

  it('retries a keyed mutation after a dropped connection with the same key, once', async () => {
    const s = await server((_, n) => (n === 1 ? 'drop' : [200, { data: { reserve: 'res_1' } }]));
    try {
      const stock = bindRemote(STOCK, transport(s.url));
      expect(await stock.reserve({ sku: 'A', key: 'k-1' })).toBe('res_1');
      expect(s.seen.map((r) => r.headers['idempotency-key'])).toEqual(['k-1', 'k-1']);
      expect(s.seen.map((r) => r.body.variables.key)).toEqual(['k-1', 'k-1']);
      expect(s.seen[0]!.headers['x-request-id']).toBe(s.seen[1]!.headers['x-request-id']);
    } finally {
      await s.close();
    }
  });

  it('maps a hung owner to SUBGRAPH_UNAVAILABLE "timed out" after the retry', async () => {
    const s = await server(() => 'hang');
    try {
      const failure = await codeOf(bindRemote(STOCK, transport(s.url)).level({ sku: 'A' }));
      expect(failure).toEqual({
        code: ErrorCode.SUBGRAPH_UNAVAILABLE,
        message: 'subgraph "catalog" is unavailable: timed out',
      });
      expect(s.seen).toHaveLength(2);
    } finally {
      await s.close();
    }
  });

  it('maps a refused connection to SUBGRAPH_UNAVAILABLE with the socket error', async () => {
    const s = await server(() => [200, {}]);
    await s.close();
    const failure = await codeOf(bindRemote(STOCK, transport(s.url)).level({ sku: 'A' }));
    expect(failure).toEqual({
      code: ErrorCode.SUBGRAPH_UNAVAILABLE,
      message: 'subgraph "catalog" is unavailable: ECONNREFUSED',
    });
  });

  it('passes the owner’s input and not-found errors through unchanged, without retrying', async () => {
    const s = await server(() => [
      200,
      {
        data: null,
        errors: [{ message: 'Variant "A" not found', extensions: { code: 'NOT_FOUND', entity: 'Variant' } }],
      },
    ]);
    try {
      const failure = await codeOf(bindRemote(STOCK, transport(s.url)).level({ sku: 'A' }));
      expect(failure).toEqual({ code: ErrorCode.NOT_FOUND, message: 'Variant "A" not found' });
      expect(s.seen).toHaveLength(1);
    } finally {
      await s.close();
    }
  });

  it('turns an owner failure (5xx, masked error, no data) into SUBGRAPH_UNAVAILABLE', async () => {
    const s = await server((_, n) =>
      n === 1
        ? [500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }]
        : [200, { data: null }],
    );
    try {
      const stock = bindRemote(STOCK, transport(s.url));
      expect((await codeOf(stock.level({ sku: 'A' }))).code).toBe(ErrorCode.SUBGRAPH_UNAVAILABLE);
      expect((await codeOf(stock.level({ sku: 'A' }))).message).toBe(
        'subgraph "catalog" is unavailable: answered 200: no data',
      );
    } finally {
      await s.close();
    }
  });
});

import WebSocket from 'ws';
import type { Principal } from '../platform/auth/principal';
import { startEmbeddedGateway, type EmbeddedGateway } from './support/embedded';
import { bearer } from './support/http';

/**
 * Abuse of the graphql-ws protocol on the gateway's socket, with a raw WebSocket (no client
 * library smoothing anything over): each is answered by closing that one socket with the
 * protocol's close code, and the gateway keeps serving everyone else.
 */
const KIOSK: Principal = { kind: 'device', deviceId: 'kiosk_p', locationId: 'loc_store_01' };
const SUBSCRIBE = {
  query: 'subscription { stockChanged(skus: ["SKU-0001-41-FOR"], locationIds: ["loc_store_01"]) { kind sequence } }',
};

let gw: EmbeddedGateway;
beforeAll(async () => {
  gw = await startEmbeddedGateway({ subscriptions: { connectionInitTimeoutMs: 300, maxPerConnection: 20 } });
});
afterAll(() => gw.stop());

/** A raw socket speaking graphql-transport-ws; resolves with the close code once the server closes it. */
async function session(script: (ws: WebSocket, next: () => Promise<Record<string, unknown>>) => Promise<void>) {
  const ws = new WebSocket(gw.url.replace(/^http/, 'ws'), 'graphql-transport-ws');
  const inbox: Record<string, unknown>[] = [];
  let wake: (() => void) | null = null;
  ws.on('message', (data) => {
    inbox.push(JSON.parse(String(data)) as Record<string, unknown>);
    wake?.();
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: String(reason) })),
  );
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  const next = async () => {
    while (inbox.length === 0) await new Promise<void>((r) => ((wake = r), setTimeout(r, 50)));
    return inbox.shift()!;
  };
  await script(ws, next);
  return closed;
}
const send = (ws: WebSocket, message: unknown) => ws.send(JSON.stringify(message));
const init = (ws: WebSocket) =>
  send(ws, { type: 'connection_init', payload: { authorization: bearer(KIOSK).authorization } });

it.each([
  [
    '4400 for a message that is not the protocol',
    async (ws: WebSocket) => {
      ws.send('{"type": "no-such-message"}');
    },
    4400,
  ],
  [
    '4400 for a message that is not JSON',
    async (ws: WebSocket) => {
      ws.send('not json at all');
    },
    4400,
  ],
  [
    '4401 for subscribing before the connection is acknowledged',
    async (ws: WebSocket) => {
      send(ws, { type: 'subscribe', id: '1', payload: SUBSCRIBE });
    },
    4401,
  ],
  [
    '4403 for a forged token',
    async (ws: WebSocket) => {
      send(ws, { type: 'connection_init', payload: { authorization: 'Bearer forged.token.here' } });
    },
    4403,
  ],
  ['4408 for a connection that never says connection_init', async () => undefined, 4408],
  [
    '4409 for a second subscription under an id in use',
    async (ws: WebSocket, next: () => Promise<Record<string, unknown>>) => {
      init(ws);
      expect(await next()).toMatchObject({ type: 'connection_ack' });
      send(ws, { type: 'subscribe', id: 'same', payload: SUBSCRIBE });
      expect(await next()).toMatchObject({ type: 'next', id: 'same' });
      send(ws, { type: 'subscribe', id: 'same', payload: SUBSCRIBE });
    },
    4409,
  ],
  [
    '4429 for a second connection_init',
    async (ws: WebSocket, next: () => Promise<Record<string, unknown>>) => {
      init(ws);
      expect(await next()).toMatchObject({ type: 'connection_ack' });
      init(ws);
    },
    4429,
  ],
] as const)('closes with %s', async (_name, script, code) => {
  const closed = await session(script);
  expect(closed.code).toBe(code);
});

it('after all that, a well-behaved client is served', async () => {
  const closed = session(async (ws, next) => {
    init(ws);
    expect(await next()).toMatchObject({ type: 'connection_ack' });
    send(ws, { type: 'subscribe', id: 'ok', payload: SUBSCRIBE });
    expect(await next()).toMatchObject({
      type: 'next',
      id: 'ok',
      payload: { data: { stockChanged: { kind: 'SNAPSHOT', sequence: 1 } } },
    });
    ws.close(1000);
  });
  expect((await closed).code).toBe(1000);
});

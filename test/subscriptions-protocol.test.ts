import WebSocket from 'ws';
import type { Principal } from '../platform/auth/principal';
import { startEmbeddedGateway, type EmbeddedGateway } from './support/embedded';
import { bearer, postGraphQL } from './support/http';

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
  gw = await startEmbeddedGateway({
    subscriptions: { connectionInitTimeoutMs: 300, maxPerConnection: 500, maxBufferedBytes: 256 * 1024 },
  });
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

it('a client that stops reading is closed alone (1008) once its unsent messages pass the bound; others are served on time', async () => {
  const products = await postGraphQL<{ products: { edges: { node: { variants: { sku: string }[] } }[] } }>(
    gw.url,
    '{ products(first: 50) { edges { node { variants { sku } } } } }',
  );
  const skus = products.body.data!.products.edges.flatMap((e) => e.node.variants.map((v) => v.sku)).slice(0, 50);
  const locationIds = ['loc_store_01', 'loc_store_02', 'loc_store_03', 'loc_store_04'];
  const big = {
    query: `subscription($skus: [String!]!, $locationIds: [ID!]!) { stockChanged(skus: $skus, locationIds: $locationIds) {
      kind sequence levels { sku locationId onHand available committed reserved damaged safetyStock qualityControl sequence updatedAt } } }`,
    variables: { skus, locationIds },
  };
  // A well-behaved kiosk on another connection.
  const kiosk = await session(async (ws, next) => {
    init(ws);
    await next();
    send(ws, { type: 'subscribe', id: 'k', payload: SUBSCRIBE });
    expect(await next()).toMatchObject({ type: 'next', payload: { data: { stockChanged: { kind: 'SNAPSHOT' } } } });
    const slow = await session(async (flooded, nextFlooded) => {
      init(flooded);
      await nextFlooded();
      // It stops reading, then asks for ~300 snapshots of 200 positions each (~15 MB).
      (flooded as unknown as { _socket: { pause(): void } })._socket.pause();
      for (let i = 0; i < 300; i++) send(flooded, { type: 'subscribe', id: `s${i}`, payload: big });
      await new Promise((r) => setTimeout(r, 1500));
      // Meanwhile the kiosk's stream goes on.
      const res = await postGraphQL<{ recordCarryOut: { __typename: string } }>(
        gw.url,
        `mutation { recordCarryOut(input: { sku: "SKU-0001-41-FOR", locationId: "loc_store_01", quantity: 1, sourceEventId: "slow-${Date.now()}" }) { __typename } }`,
        undefined,
        bearer({ kind: 'device', deviceId: 'pos_p', locationId: 'loc_store_01' }),
      );
      expect(res.body.data?.recordCarryOut.__typename).toBe('InventoryMovement');
      expect(await next()).toMatchObject({ type: 'next', payload: { data: { stockChanged: { kind: 'CHANGE' } } } });
      (flooded as unknown as { _socket: { resume(): void } })._socket.resume();
    });
    expect(slow.code).toBe(1008);
    ws.close(1000);
  });
  expect(kiosk.code).toBe(1000);
}, 30_000);

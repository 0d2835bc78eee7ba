import type { FormattedExecutionResult } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { Principal } from '../platform/auth/principal';
import { processEnv } from '../platform/config';
import { startEmbeddedGateway, type EmbeddedGateway } from './support/embedded';
import { bearer, postGraphQL } from './support/http';
import { startThrowawayRedis, type ThrowawayRedis } from './support/redis-server';
import { inCi, onPath } from './support/services';

/**
 * Subscriptions across gateway instances on one Redis (what production runs behind a balancer):
 * a change made through one instance reaches the subscribers of the other; and a Redis restart in
 * the middle of a stream is survived: no crash, the stream says it may have missed changes by
 * sending a fresh snapshot, and changes flow again afterwards. Runs its own redis-server (it
 * restarts it), so it needs one on PATH.
 */
const KIOSK: Principal = { kind: 'device', deviceId: 'kiosk_r', locationId: 'loc_store_01' };
const POS: Principal = { kind: 'device', deviceId: 'pos_r', locationId: 'loc_store_01' };
const SKU = 'SKU-0001-41-FOR';
const STORE = 'loc_store_01';

type Update = { kind: string; sequence: number; levels: { available: number; sequence: number }[] };
const STOCK = `subscription { stockChanged(skus: ["${SKU}"], locationIds: ["${STORE}"]) {
  kind sequence levels { available sequence } } }`;

const runs = onPath('redis-server', processEnv().PATH) || inCi(processEnv());
(runs ? describe : describe.skip)('subscriptions over Redis', () => {
  let redis: ThrowawayRedis;
  let a: EmbeddedGateway;
  let b: EmbeddedGateway;
  let client: Client;
  const received: Update[] = [];
  let n = 0;

  async function until(count: number, timeoutMs = 15_000): Promise<Update[]> {
    const deadline = Date.now() + timeoutMs;
    while (received.length < count) {
      if (Date.now() > deadline)
        throw new Error(`only ${received.length} of ${count} messages: ${JSON.stringify(received)}`);
      await new Promise((r) => setTimeout(r, 25));
    }
    return received;
  }

  async function carryOut(through: EmbeddedGateway) {
    const res = await postGraphQL<{ recordCarryOut: { __typename: string } }>(
      through.url,
      `mutation { recordCarryOut(input: { sku: "${SKU}", locationId: "${STORE}", quantity: 1, sourceEventId: "redis-ws-${process.pid}-${++n}" }) { __typename } }`,
      undefined,
      bearer(POS),
    );
    expect(res.body.data?.recordCarryOut.__typename).toBe('InventoryMovement');
  }

  beforeAll(async () => {
    redis = await startThrowawayRedis();
    a = await startEmbeddedGateway({ redisUrl: redis.url });
    b = await startEmbeddedGateway({ redisUrl: redis.url });
    client = createClient({
      url: b.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: bearer(KIOSK).authorization },
    });
    client.subscribe<{ stockChanged: Update }>(
      { query: STOCK },
      {
        next: (m: FormattedExecutionResult<{ stockChanged: Update }>) => {
          if (m.data) received.push(m.data.stockChanged);
          else received.push({ kind: `ERROR ${JSON.stringify(m.errors)}`, sequence: -1, levels: [] });
        },
        error: (e) => received.push({ kind: `ERROR ${String(e)}`, sequence: -1, levels: [] }),
        complete: () => undefined,
      },
    );
  }, 30_000);

  afterAll(async () => {
    await client?.dispose();
    await Promise.all([a?.stop(), b?.stop()]);
    await redis?.stop();
  });

  it('a change made through one gateway reaches a subscriber of the other', async () => {
    const [snapshot] = await until(1);
    expect(snapshot).toMatchObject({ kind: 'SNAPSHOT', sequence: 1 });
    await carryOut(a);
    const [, change] = await until(2);
    // Each instance here has its own in-memory store; the event carries the state instance A wrote.
    expect(change).toMatchObject({ kind: 'CHANGE', sequence: 2 });
    expect(change!.levels).toHaveLength(1);
  });

  it('survives a Redis restart mid-stream: a fresh snapshot, then changes flow again', async () => {
    const before = received.length;
    const port = Number(new URL(redis.url).port);
    await redis.stop();
    redis = await startThrowawayRedis(10_000, port);
    // The subscriber's bus connection comes back and every stream re-snapshots.
    const afterRestart = await until(before + 1, 30_000);
    expect(afterRestart[before]).toMatchObject({ kind: 'SNAPSHOT', sequence: before + 1 });
    // Both instances publish and receive through the restarted Redis.
    let delivered = false;
    for (let attempt = 0; attempt < 40 && !delivered; attempt++) {
      const count = received.length;
      await carryOut(a);
      try {
        await until(count + 1, 1000);
        delivered = true;
      } catch {
        // A's own connection may still be coming back; its outbox relays the event later.
      }
    }
    expect(delivered).toBe(true);
    expect(received.at(-1)).toMatchObject({ kind: 'CHANGE' });
    // Every message of the stream is numbered one after the other: no duplicate, no hole.
    expect(received.map((m) => m.sequence)).toEqual(received.map((_, i) => i + 1));
    const ready = await fetch(b.url.replace('/graphql', '/readyz'));
    expect(ready.status).toBe(200);
  }, 60_000);
});

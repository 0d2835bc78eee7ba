import type { FormattedExecutionResult as ExecutionResult } from 'graphql';
import { createClient as createSseClient } from 'graphql-sse';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { Principal } from '../platform/auth/principal';
import { startEmbeddedGateway, type EmbeddedGateway } from './support/embedded';
import { bearer, postGraphQL } from './support/http';

/**
 * Subscriptions through the one graph, with the real graphql-ws client over a real socket on the
 * gateway's own port and path: the current state first, then each change; payload fields from
 * other subgraphs (the product's title from catalog, the store's name from fulfillment) resolved
 * per event; the same credentials and limits as HTTP.
 */
const KIOSK: Principal = { kind: 'device', deviceId: 'kiosk_1', locationId: 'loc_store_01' };
const POS: Principal = { kind: 'device', deviceId: 'pos_3', locationId: 'loc_store_01' };
const SKU = 'SKU-0001-41-FOR';
const STORE = 'loc_store_01';

let gw: EmbeddedGateway;
const clients: Client[] = [];
beforeAll(async () => {
  gw = await startEmbeddedGateway();
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.dispose()));
});
afterAll(() => gw.stop());

function client(who: Principal | null, extra: Partial<Parameters<typeof createClient>[0]> = {}): Client {
  const c = createClient({
    url: gw.url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: true,
    connectionParams: who ? { authorization: bearer(who).authorization } : {},
    ...extra,
  });
  clients.push(c);
  return c;
}

/** Collects a subscription's messages; `next(n)` waits until n have arrived. */
function collect<T>(c: Client, query: string, variables: Record<string, unknown> = {}) {
  const messages: ExecutionResult<T>[] = [];
  let failure: unknown = null;
  let waiters: (() => void)[] = [];
  const stop = c.subscribe<T>(
    { query, variables },
    {
      next: (m) => {
        messages.push(m as ExecutionResult<T>);
        waiters.forEach((w) => w());
      },
      error: (e) => {
        failure = e;
        waiters.forEach((w) => w());
      },
      complete: () => undefined,
    },
  );
  return {
    messages,
    stop,
    get failure() {
      return failure;
    },
    async next(n: number, timeoutMs = 5000): Promise<ExecutionResult<T>[]> {
      const deadline = Date.now() + timeoutMs;
      while (messages.length < n && !failure) {
        if (Date.now() > deadline) throw new Error(`only ${messages.length} of ${n} messages arrived`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 50);
        });
        waiters = [];
      }
      return messages.slice(0, n);
    },
  };
}

/** Waits until the groups of earlier tests' closed clients are gone (closing is asynchronous). */
async function settled(): Promise<void> {
  let last = -1;
  for (let i = 0; i < 50; i++) {
    const now = gw.subscriptionStats().groups;
    if (now === last) return;
    last = now;
    await new Promise((r) => setTimeout(r, 50));
  }
}

type Stock = {
  stockChanged: {
    kind: string;
    sequence: number;
    levels: {
      sku: string;
      locationId: string;
      available: number;
      sequence: number;
      variant: { product: { title: string } };
      location: { name: string } | null;
    }[];
  };
};
const STOCK = `subscription($skus: [String!]!, $locationIds: [ID!]!) {
  stockChanged(skus: $skus, locationIds: $locationIds) {
    kind sequence
    levels { sku locationId available sequence variant { product { title } } location { name } }
  }
}`;

async function carryOut(quantity: number, eventId: string) {
  const res = await postGraphQL<{ recordCarryOut: { __typename: string } }>(
    gw.url,
    `mutation($i: CarryOutInput!) { recordCarryOut(input: $i) { __typename ... on CatalogError { code } } }`,
    { i: { sku: SKU, locationId: STORE, quantity, sourceEventId: eventId } },
    bearer(POS),
  );
  expect(res.body.data?.recordCarryOut.__typename).toBe('InventoryMovement');
}

it('a kiosk gets the stock now, then each POS carry-out, with the product title and store name resolved per event', async () => {
  const sub = collect<Stock>(client(KIOSK), STOCK, { skus: [SKU], locationIds: [STORE] });
  const [snapshot] = await sub.next(1);
  expect(snapshot!.errors).toBeUndefined();
  const first = snapshot!.data!.stockChanged;
  expect(first.kind).toBe('SNAPSHOT');
  expect(first.sequence).toBe(1);
  expect(first.levels).toHaveLength(1);
  const before = first.levels[0]!;
  expect(before.variant.product.title.length).toBeGreaterThan(0);
  expect(before.location?.name.length).toBeGreaterThan(0);

  await carryOut(1, `ws-test-${Date.now()}-a`);
  await carryOut(2, `ws-test-${Date.now()}-b`);
  const [, one, two] = await sub.next(3);
  expect(one!.data!.stockChanged).toMatchObject({
    kind: 'CHANGE',
    sequence: 2,
    levels: [{ sku: SKU, locationId: STORE, available: before.available - 1, sequence: before.sequence + 1 }],
  });
  expect(two!.data!.stockChanged).toMatchObject({
    kind: 'CHANGE',
    sequence: 3,
    levels: [{ available: before.available - 3, sequence: before.sequence + 2 }],
  });
  expect(two!.data!.stockChanged.levels[0]).toMatchObject({
    variant: { product: { title: before.variant.product.title } },
    location: { name: before.location!.name },
  });
});

it('a change of a position it does not watch reaches no subscriber', async () => {
  const other = 'loc_store_02';
  const sub = collect<Stock>(client(KIOSK), STOCK, { skus: [SKU], locationIds: [other] });
  await sub.next(1);
  await carryOut(1, `ws-test-${Date.now()}-c`);
  // A subscriber of the changed position is told; the other one, subscribed earlier, is not.
  const watching = collect<Stock>(client(KIOSK), STOCK, { skus: [SKU], locationIds: [STORE] });
  await watching.next(1);
  await carryOut(1, `ws-test-${Date.now()}-d`);
  await watching.next(2);
  expect(sub.messages).toHaveLength(1);
});

it('bad input is a typed error; an unknown field fails validation; queries are refused on the socket', async () => {
  const c = client(KIOSK);
  const unknown = collect<Stock>(c, STOCK, { skus: ['NOPE'], locationIds: [STORE] });
  await unknown.next(1);
  expect(unknown.messages[0]!.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  const tooMany = collect<Stock>(c, STOCK, {
    skus: Array.from({ length: 51 }, (_, i) => `S${i}`),
    locationIds: [STORE],
  });
  await tooMany.next(1);
  expect(tooMany.messages[0]!.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  const invalid = collect(c, 'subscription { stockChanged(skus: ["x"], locationIds: ["y"]) { nope } }');
  await invalid.next(1).catch(() => undefined);
  expect(JSON.stringify(invalid.failure)).toContain('nope');
  const query = collect(c, '{ __typename }');
  await query.next(1).catch(() => undefined);
  expect(JSON.stringify(query.messages[0] ?? query.failure)).toContain('HTTP');
});

it('a deep subscription is refused by the same limits as HTTP', async () => {
  const deep = `subscription { stockChanged(skus: ["${SKU}"], locationIds: ["${STORE}"]) { levels { variant { product {
    variants { product { variants { product { variants { product { variants { product { title } } } } } } } } } } } } }`;
  const sub = collect(client(KIOSK), deep);
  await sub.next(1).catch(() => undefined);
  expect(JSON.stringify(sub.failure)).toContain('LIMIT_EXCEEDED');
});

it('a connection with a bad token is closed with 4403', async () => {
  const closed = new Promise<number>((resolve) => {
    const c = client(null, {
      connectionParams: { authorization: 'Bearer not-a-token' },
      on: { closed: (e) => resolve((e as { code: number }).code) },
    });
    c.subscribe(
      { query: STOCK, variables: { skus: [SKU], locationIds: [STORE] } },
      {
        next: () => undefined,
        error: () => undefined,
        complete: () => undefined,
      },
    );
  });
  expect(await closed).toBe(4403);
});

it('more subscriptions than a connection may hold are refused, the others keep running', async () => {
  const c = client(KIOSK);
  const subs = Array.from({ length: 21 }, () => collect<Stock>(c, STOCK, { skus: [SKU], locationIds: [STORE] }));
  const last = subs.at(-1)!;
  await last.next(1).catch(() => undefined);
  expect(JSON.stringify(last.failure ?? last.messages[0])).toContain('LIMIT_EXCEEDED');
  await subs[0]!.next(1);
  expect(subs[0]!.messages[0]!.data?.stockChanged.kind).toBe('SNAPSHOT');
});

it('an SSE client (graphql-sse) gets the same messages as a WebSocket client', async () => {
  const sse = createSseClient({
    url: `${gw.url}/stream`,
    headers: { authorization: bearer(KIOSK).authorization! },
    retryAttempts: 0,
  });
  const viaSse = sse.iterate<Stock>({ query: STOCK, variables: { skus: [SKU], locationIds: [STORE] } });
  const viaWs = collect<Stock>(client(KIOSK), STOCK, { skus: [SKU], locationIds: [STORE] });
  try {
    const first = (await viaSse.next()).value!;
    await viaWs.next(1);
    expect(first.data!.stockChanged).toEqual(viaWs.messages[0]!.data!.stockChanged);
    await carryOut(1, `sse-test-${Date.now()}`);
    const second = (await viaSse.next()).value!;
    const [, wsSecond] = await viaWs.next(2);
    expect(second.data!.stockChanged).toMatchObject({ kind: 'CHANGE', sequence: 2 });
    expect(second.data!.stockChanged).toEqual(wsSecond!.data!.stockChanged);
  } finally {
    await viaSse.return?.();
    sse.dispose();
  }
});

it('SSE refuses a bad token (401) and a query (subscriptions only), like the socket', async () => {
  const forged = await fetch(`${gw.url}/stream`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: 'Bearer forged' },
    body: JSON.stringify({ query: STOCK, variables: { skus: [SKU], locationIds: [STORE] } }),
  });
  expect(forged.status).toBe(401);
  const sse = createSseClient({ url: `${gw.url}/stream`, retryAttempts: 0 });
  try {
    const answer = await sse
      .iterate({ query: '{ __typename }' })
      .next()
      .then((r) => r.value)
      .catch((e: unknown) => e);
    expect(JSON.stringify(answer)).toContain('HTTP');
  } finally {
    sse.dispose();
  }
});

it('identical subscriptions share one execution per event; a late joiner gets its own snapshot, then the changes', async () => {
  const query = `subscription { stockChanged(skus: ["${SKU}"], locationIds: ["loc_store_03"]) {
    kind sequence levels { available sequence location { name } } } }`;
  await settled();
  const before = gw.subscriptionStats();
  // 20 anonymous shoppers watching the same position: one group.
  const shoppers = Array.from({ length: 20 }, () => collect<Stock>(client(null), query));
  await Promise.all(shoppers.map((s) => s.next(1)));
  const joined = gw.subscriptionStats();
  expect(joined.groups).toBe(before.groups + 1);
  const executionsBefore = joined.executions;
  await postGraphQL(
    gw.url,
    `mutation { recordCarryOut(input: { sku: "${SKU}", locationId: "loc_store_03", quantity: 1, sourceEventId: "shared-${Date.now()}" }) { __typename } }`,
    undefined,
    bearer({ kind: 'device', deviceId: 'pos_9', locationId: 'loc_store_03' }),
  );
  await Promise.all(shoppers.map((s) => s.next(2)));
  // The change was resolved once for all 20, and written straight to each socket (each was waiting for it).
  expect(gw.subscriptionStats().executions).toBe(executionsBefore + 1);
  expect(gw.subscriptionStats().direct).toBe(joined.direct + 20);
  const changes = shoppers.map((s) => s.messages[1]!.data!.stockChanged);
  expect(new Set(changes.map((c) => JSON.stringify(c))).size).toBe(1);
  expect(changes[0]).toMatchObject({ kind: 'CHANGE', sequence: 2 });

  // A late joiner: its own snapshot first (sequence 1, today's state), then the group's next change as its 2.
  const late = collect<Stock>(client(null), query);
  const [snapshot] = await late.next(1);
  expect(snapshot!.data!.stockChanged).toMatchObject({
    kind: 'SNAPSHOT',
    sequence: 1,
    levels: [{ available: changes[0]!.levels[0]!.available }],
  });
  await postGraphQL(
    gw.url,
    `mutation { recordCarryOut(input: { sku: "${SKU}", locationId: "loc_store_03", quantity: 1, sourceEventId: "shared-late-${Date.now()}" }) { __typename } }`,
    undefined,
    bearer({ kind: 'device', deviceId: 'pos_9', locationId: 'loc_store_03' }),
  );
  const [, next] = await late.next(2);
  expect(next!.data!.stockChanged).toMatchObject({
    kind: 'CHANGE',
    sequence: 2,
    levels: [{ available: changes[0]!.levels[0]!.available - 1 }],
  });
  await shoppers[0]!.next(3);
  expect(shoppers[0]!.messages[2]!.data!.stockChanged).toMatchObject({ kind: 'CHANGE', sequence: 3 });
  // Another principal (a kiosk) is a group of its own: its authorization may differ.
  const kiosk = collect<Stock>(client(KIOSK), query);
  await kiosk.next(1);
  expect(gw.subscriptionStats().groups).toBe(before.groups + 2);
});

it('many identical subscriptions arriving at once still make one group', async () => {
  const query = `subscription { stockChanged(skus: ["${SKU}"], locationIds: ["loc_store_04"]) { kind sequence } }`;
  await settled();
  const before = gw.subscriptionStats().groups;
  const c = client(KIOSK);
  const subs = Array.from({ length: 15 }, () => collect<Stock>(c, query));
  await Promise.all(subs.map((s) => s.next(1)));
  expect(gw.subscriptionStats().groups).toBe(before + 1);
  expect(subs.every((s) => s.messages[0]!.data!.stockChanged.sequence === 1)).toBe(true);
});

it('stock near a point: the stores availabilityNear lists, nearest first, then a change at one of them', async () => {
  const near = { lat: 48.8566, lng: 2.3522 };
  const listed = await postGraphQL<{ variant: { availabilityNear: { location: { id: string } }[] } }>(
    gw.url,
    `query($near: GeoPointInput!) { variant(sku: "${SKU}") { availabilityNear(near: $near, radiusKm: 10, first: 5) { location { id } } } }`,
    { near },
  );
  const ids = listed.body.data!.variant.availabilityNear.map((a) => a.location.id);
  expect(ids.length).toBeGreaterThan(1);
  const query = `subscription($near: GeoPointInput!) { stockNear(sku: "${SKU}", near: $near, radiusKm: 10, first: 5) {
    kind sequence levels { locationId available sequence } } }`;
  const sub = collect<{ stockNear: Stock['stockChanged'] }>(client(null), query, { near });
  const [snapshot] = await sub.next(1);
  expect(snapshot!.data!.stockNear.levels.map((l) => l.locationId)).toEqual(ids);
  const at = ids.includes(STORE) ? STORE : ids[0]!;
  const before = snapshot!.data!.stockNear.levels.find((l) => l.locationId === at)!;
  await postGraphQL(
    gw.url,
    `mutation { receiveStock(input: { sku: "${SKU}", locationId: "${at}", quantity: 2, sourceEventId: "near-${Date.now()}" }) { __typename } }`,
    undefined,
    bearer({ kind: 'associate', userId: 'emp_near', locationId: at }),
  );
  const [, change] = await sub.next(2);
  expect(change!.data!.stockNear).toMatchObject({
    kind: 'CHANGE',
    sequence: 2,
    levels: [{ locationId: at, available: before.available + 2, sequence: before.sequence + 1 }],
  });
  const bad = collect(client(null), query.replace('radiusKm: 10', 'radiusKm: 900'), { near });
  await bad.next(1);
  expect(bad.messages[0]!.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
});

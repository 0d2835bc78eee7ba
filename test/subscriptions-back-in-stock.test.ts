import type { Principal } from '../platform/auth/principal';
import { startEmbeddedGateway, type EmbeddedGateway } from './support/embedded';
import { bearer, OPERATOR, postGraphQL } from './support/http';
import { collect, liveClients, refusal } from './support/live';

/**
 * Back in stock, end to end with the real graphql-ws client: an anonymous shopper asks to hear
 * when a sold-out item is back at a store; they get the position now, then a message each time its
 * available units come back from 0, and nothing for any other change.
 */
const POS: Principal = { kind: 'device', deviceId: 'pos_3', locationId: 'loc_store_01' };
const SKU = 'SKU-0001-41-FOR';
const STORE = 'loc_store_01';

let gw: EmbeddedGateway;
let n = 0;
const live = liveClients(() => gw.url);
beforeAll(async () => {
  gw = await startEmbeddedGateway();
});
afterEach(() => live.disposeAll());
afterAll(() => gw.stop());

type Update = {
  backInStock: { kind: string; sequence: number; levels: { sku: string; locationId: string; available: number }[] };
};
const BACK = `subscription($sku: String!, $locationId: ID!) {
  backInStock(sku: $sku, locationId: $locationId) { kind sequence levels { sku locationId available } }
}`;

async function available(): Promise<number> {
  const res = await postGraphQL<{ inventoryLevel: { available: number } }>(
    gw.url,
    `{ inventoryLevel(sku: "${SKU}", locationId: "${STORE}") { available } }`,
  );
  return res.body.data!.inventoryLevel.available;
}

/** One stock movement at the store, checked to apply. */
async function move(mutation: 'adjustInventory' | 'receiveStock' | 'recordCarryOut', input: Record<string, unknown>) {
  const inputType = {
    adjustInventory: 'AdjustInventoryInput',
    receiveStock: 'ReceiveStockInput',
    recordCarryOut: 'CarryOutInput',
  }[mutation];
  const res = await postGraphQL<Record<string, { __typename: string }>>(
    gw.url,
    `mutation($i: ${inputType}!) { ${mutation}(input: $i) { __typename ... on CatalogError { code message } } }`,
    { i: { sku: SKU, locationId: STORE, sourceEventId: `back-${++n}`, ...input } },
    bearer(mutation === 'recordCarryOut' ? POS : OPERATOR),
  );
  expect(res.body.data?.[mutation]).toEqual({ __typename: 'InventoryMovement' });
}

it('a sold-out item: the position now, then each time it comes back from 0, and nothing else', async () => {
  const before = await available();
  expect(before).toBeGreaterThan(2);
  await move('adjustInventory', { delta: -before, reason: 'SHRINKAGE' });
  expect(await available()).toBe(0);

  const sub = collect<Update>(live.client(null), BACK, { sku: SKU, locationId: STORE });
  const [snapshot] = await sub.next(1);
  expect(snapshot!.errors).toBeUndefined();
  expect(snapshot!.data!.backInStock).toEqual({
    kind: 'SNAPSHOT',
    sequence: 1,
    levels: [{ sku: SKU, locationId: STORE, available: 0 }],
  });

  await move('receiveStock', { quantity: 3 }); // 0 → 3: back
  await move('recordCarryOut', { quantity: 1 }); // 3 → 2: not news
  await move('adjustInventory', { delta: -2, reason: 'SHRINKAGE' }); // 2 → 0: sold out again
  await move('receiveStock', { quantity: 1 }); // 0 → 1: back again
  const messages = (await sub.next(3)).map((m) => m.data!.backInStock);
  expect(messages.slice(1)).toEqual([
    { kind: 'CHANGE', sequence: 2, levels: [{ sku: SKU, locationId: STORE, available: 3 }] },
    { kind: 'CHANGE', sequence: 3, levels: [{ sku: SKU, locationId: STORE, available: 1 }] },
  ]);
  expect(sub.messages).toHaveLength(3);
});

it('a position in stock: its snapshot says so, and sales and deliveries while in stock send nothing', async () => {
  await move('receiveStock', { quantity: 2 });
  const now = await available();
  const sub = collect<Update>(live.client(null), BACK, { sku: SKU, locationId: STORE });
  const [snapshot] = await sub.next(1);
  expect(snapshot!.data!.backInStock).toEqual({
    kind: 'SNAPSHOT',
    sequence: 1,
    levels: [{ sku: SKU, locationId: STORE, available: now }],
  });
  await move('recordCarryOut', { quantity: 1 });
  await move('receiveStock', { quantity: 4 });
  expect(await available()).toBe(now + 3);
  // A subscriber arriving after those changes gets its snapshot; the first one got nothing more.
  const later = collect<Update>(live.client(null), BACK, { sku: SKU, locationId: STORE });
  expect((await later.next(1))[0]!.data!.backInStock.levels[0]!.available).toBe(now + 3);
  expect(sub.messages).toHaveLength(1);
  expect(sub.completed).toBe(false);
});

it('unknown SKU or location: NOT_FOUND; blank: BAD_USER_INPUT', async () => {
  const c = live.client(null);
  for (const [variables, code] of [
    [{ sku: 'SKU-NOPE', locationId: STORE }, 'NOT_FOUND'],
    [{ sku: SKU, locationId: 'loc_nowhere' }, 'NOT_FOUND'],
    [{ sku: ' ', locationId: STORE }, 'BAD_USER_INPUT'],
    [{ sku: SKU, locationId: '' }, 'BAD_USER_INPUT'],
  ] as const) {
    expect([variables, await refusal(collect(c, BACK, variables))]).toEqual([variables, [code]]);
  }
});

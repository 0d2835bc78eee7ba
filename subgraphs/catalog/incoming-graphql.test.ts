import { fixtureScenario } from '../../demo/fixture';
import { subgraphHarness, type SubgraphHarness } from '../../test/support/subgraph';
import { seedScenario } from '../seed';

/**
 * Incoming stock and safety stock through catalog's GraphQL API: `expectStock`, receipts against a
 * reference, the incoming lists of positions and of `availableStock`, the channel timeline of
 * `Variant.availability(channel)`, and holds that take safety stock.
 */
let h: SubgraphHarness;
beforeEach(async () => {
  // Fixture positions (loc_store_01, loc_store_02, loc_dc_01): onHand 10, safetyStock 1, available 6.
  h = await subgraphHarness('catalog', (store) => seedScenario(store, fixtureScenario({ products: 2 })));
});
afterEach(() => h.close());

const SKU = 'SKU-1-S';
const day = (n: number) => new Date(Date.UTC(2026, 10, 1 + n, 9)).toISOString();
const LEVEL = `... on InventoryLevel { sku locationId onHand sequence incoming { reference quantity expectedAt } }
  ... on CatalogError { code message line: sku at: locationId }`;
async function ok<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}) {
  const res = await h.exec<T>(query, variables);
  if (res.errors) throw new Error(res.errors[0]!.message);
  return res.data!;
}
const expectStock = (input: Record<string, unknown>) =>
  ok<{ r: Record<string, unknown> }>(
    `mutation($i: ExpectStockInput!) { r: expectStock(input: $i) { __typename ${LEVEL} } }`,
    {
      i: { sku: SKU, locationId: 'loc_dc_01', ...input },
    },
  );

describe('incoming stock over GraphQL', () => {
  it('expectStock answers the position; bad input is a CatalogError naming it', async () => {
    expect((await expectStock({ reference: 'PO-1', quantity: 40, expectedAt: '2026-11-06T10:00:00+01:00' })).r).toEqual(
      {
        __typename: 'InventoryLevel',
        sku: SKU,
        locationId: 'loc_dc_01',
        onHand: 10,
        sequence: 2,
        incoming: [{ reference: 'PO-1', quantity: 40, expectedAt: day(5) }],
      },
    );
    expect((await expectStock({ reference: 'PO-2', quantity: 1, expectedAt: 'next week' })).r).toEqual({
      __typename: 'CatalogError',
      code: 'INVALID_EXPECTED_AT',
      message: 'expectedAt must be an ISO 8601 date-time with a time zone',
      line: SKU,
      at: 'loc_dc_01',
    });
    expect((await expectStock({ reference: 'PO-2', quantity: 1, expectedAt: day(1), sku: 'NOPE' })).r).toMatchObject({
      code: 'UNKNOWN_SKU',
    });
  });

  it('receiveStock with a reference decrements its delivery; an unknown one is a CatalogError', async () => {
    await expectStock({ reference: 'PO-1', quantity: 40, expectedAt: day(5) });
    const receive = (reference: string, sourceEventId: string) =>
      ok<{ r: Record<string, unknown> }>(
        `mutation($i: ReceiveStockInput!) { r: receiveStock(input: $i) { __typename
          ... on InventoryMovement { inventoryLevels { onHand incoming { reference quantity } } }
          ... on CatalogError { code line: sku at: locationId } } }`,
        { i: { sku: SKU, locationId: 'loc_dc_01', quantity: 15, sourceEventId, reference } },
      );
    expect((await receive('PO-1', 'asn-1')).r).toEqual({
      __typename: 'InventoryMovement',
      inventoryLevels: [{ onHand: 25, incoming: [{ reference: 'PO-1', quantity: 25 }] }],
    });
    expect((await receive('PO-9', 'asn-2')).r).toEqual({
      __typename: 'CatalogError',
      code: 'UNKNOWN_INCOMING_REFERENCE',
      line: SKU,
      at: 'loc_dc_01',
    });
  });

  it('availability(channel) lists incoming per location and merges it per day; availableStock shows the same', async () => {
    await expectStock({ reference: 'PO-1', quantity: 40, expectedAt: '2026-11-06T22:00:00Z' });
    await expectStock({
      reference: 'TR-1',
      quantity: 2,
      locationId: 'loc_store_02',
      expectedAt: '2026-11-06T08:00:00Z',
    });
    await expectStock({ reference: 'PO-2', quantity: 5, expectedAt: '2026-11-03T08:00:00Z' });
    const data = await ok<{
      variant: { web: Record<string, unknown>; pos: Record<string, unknown>; at: unknown[] };
      availableStock: Record<string, unknown>[];
    }>(
      `{ variant(sku: "${SKU}") {
          web: availability(channel: WEB) { available incoming { date quantity availableBy }
            locations { locationId available incoming { reference quantity expectedAt } } }
          pos: availability(channel: POS) { available incoming { date quantity availableBy } }
          at: availabilityAt(locationIds: ["loc_dc_01", "loc_store_03"]) { locationId available incoming { reference } }
        }
        availableStock(skus: ["${SKU}"], channel: WEB) { locationId available safetyStock incoming { reference quantity expectedAt } } }`,
    );
    const { web, pos, at } = data.variant;
    // WEB sells from the DC and loc_store_01 (6 available each: TR-1 is not its to count); POS
    // from both stores.
    expect(web.incoming).toEqual([
      { date: '2026-11-03', quantity: 5, availableBy: 17 },
      { date: '2026-11-06', quantity: 40, availableBy: 57 },
    ]);
    expect(pos.incoming).toEqual([{ date: '2026-11-06', quantity: 2, availableBy: 14 }]);
    expect(at).toEqual([
      { locationId: 'loc_dc_01', available: 6, incoming: [{ reference: 'PO-2' }, { reference: 'PO-1' }] },
      { locationId: 'loc_store_03', available: 0, incoming: [] },
    ]);
    const locations = web.locations as { locationId: string }[];
    expect(data.availableStock).toEqual(locations.map((l) => ({ ...l, safetyStock: 1 })));
  });

  it('a hold with allowSafetyStock shows what its lines took from safety stock', async () => {
    const res = await ok<{ r: Record<string, unknown> }>(
      `mutation($i: ReserveStockInput!) { r: reserveStock(input: $i) { __typename
        ... on Reservation { lines { lineKey quantity fromSafetyStock } }
        ... on InsufficientStockError { shortfalls { requested available } } } }`,
      {
        i: {
          kind: 'ORDER',
          ownerId: 'o',
          idempotencyKey: 'safety',
          allowSafetyStock: true,
          lines: [
            { lineKey: 'a', sku: SKU, locationId: 'loc_store_01', quantity: 7 },
            { lineKey: 'b', sku: SKU, locationId: 'loc_store_02', quantity: 2 },
          ],
        },
      },
    );
    expect(res.r).toEqual({
      __typename: 'Reservation',
      lines: [
        { lineKey: 'a', quantity: 7, fromSafetyStock: 1 },
        { lineKey: 'b', quantity: 2, fromSafetyStock: 0 },
      ],
    });
  });
});

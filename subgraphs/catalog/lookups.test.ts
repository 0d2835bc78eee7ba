import { subgraphHarness, type SubgraphHarness } from '../../test/support/subgraph';
import { fixtureScenario } from '../../demo/fixture';
import { seedScenario } from '../seed';

/** Reads naming a SKU or location: unknown → null plus NOT_FOUND naming it; known but never stocked → zero. */
let h: SubgraphHarness;
beforeEach(async () => {
  h = await subgraphHarness('catalog', (store) => seedScenario(store, fixtureScenario({ products: 2 })));
});
afterEach(() => h.close());

const notFound = (entity: string, id: string) => ({
  extensions: expect.objectContaining({ code: 'NOT_FOUND', entity, id }),
});

describe('lookups of unknown ids', () => {
  it.each([
    ['inventoryLevel', 'SKU-NOPE', 'loc_store_01', 'Variant', 'SKU-NOPE'],
    ['inventoryLevel', 'SKU-1-S', 'loc_nowhere', 'Location', 'loc_nowhere'],
    ['inventoryMovements', 'SKU-NOPE', 'loc_store_01', 'Variant', 'SKU-NOPE'],
    ['inventoryMovements', 'SKU-1-S', 'loc_nowhere', 'Location', 'loc_nowhere'],
  ])('%s(%s, %s) is null plus NOT_FOUND %s', async (field, sku, locationId, entity, id) => {
    const selection = field === 'inventoryLevel' ? '{ onHand }' : '{ edges { cursor } }';
    const res = await h.exec(`query($s: String!, $l: ID!) { r: ${field}(sku: $s, locationId: $l) ${selection} }`, {
      s: sku,
      l: locationId,
    });
    expect(res.data).toEqual({ r: null });
    expect(res.errors).toEqual([expect.objectContaining(notFound(entity, id))]);
  });

  it('a known SKU at a known location never stocked there: the zero position and an empty history, no error', async () => {
    const res = await h.exec(
      `{ inventoryLevel(sku: "SKU-1-S", locationId: "loc_store_03") { onHand available reserved sequence location { id } }
         inventoryMovements(sku: "SKU-1-S", locationId: "loc_store_03") { edges { cursor } pageInfo { hasNextPage } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      inventoryLevel: { onHand: 0, available: 0, reserved: 0, sequence: 0, location: { id: 'loc_store_03' } },
      inventoryMovements: { edges: [], pageInfo: { hasNextPage: false } },
    });
  });

  it('availabilityAt nulls only the unknown location, with NOT_FOUND; a known unstocked one is 0', async () => {
    const res = await h.exec(
      '{ variant(sku: "SKU-1-S") { availabilityAt(locationIds: ["loc_store_01", "loc_nowhere", "loc_store_03"]) { locationId available } } }',
    );
    expect(res.data).toEqual({
      variant: {
        availabilityAt: [
          { locationId: 'loc_store_01', available: 6 },
          null,
          { locationId: 'loc_store_03', available: 0 },
        ],
      },
    });
    expect(res.errors).toEqual([
      expect.objectContaining({ ...notFound('Location', 'loc_nowhere'), path: ['variant', 'availabilityAt', 1] }),
    ]);
  });

  it('Location.inventoryLevel: the zero position where not stocked, NOT_FOUND for an unknown SKU', async () => {
    const res = await h.exec(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Location {
         level: inventoryLevel(sku: "SKU-1-S") { onHand available } unknown: inventoryLevel(sku: "SKU-NOPE") { onHand } } } }`,
      { r: ['loc_store_01', 'loc_store_03'].map((id) => ({ __typename: 'Location', id })) },
    );
    expect(res.data).toEqual({
      _entities: [
        { level: { onHand: 10, available: 6 }, unknown: null },
        { level: { onHand: 0, available: 0 }, unknown: null },
      ],
    });
    expect(res.errors).toEqual([
      expect.objectContaining(notFound('Variant', 'SKU-NOPE')),
      expect.objectContaining(notFound('Variant', 'SKU-NOPE')),
    ]);
  });
});

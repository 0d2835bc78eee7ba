import { fixtureScenario } from '../../demo/fixture';
import { createMemoryBus } from '../../platform/bus/memory';
import { silentLogger } from '../../platform/logger';
import { createMemoryStore } from '../../platform/store/memory';
import type { DocumentStore } from '../../platform/store/port';
import { buildSubgraph, inProcessBindings } from '../registry';
import { seedScenario } from '../seed';
import type { FulfillmentContext } from './context';

/**
 * What a sourcing profile lets routing count on besides today's available units: a node's safety
 * stock (`keepSafetyStock: false`), and, for a channel that backorders, incoming stock, which gives
 * a short line an honest promise date. One warehouse holds the SKU: onHand 10, committed 2,
 * reserved 1, safety stock 1, so 6 are available.
 */
const NOW = new Date('2026-11-30T09:00:00.000Z'); // Monday 10:00 in Paris
const SKU = 'SKU-1-S';
const DC = 'loc_dc_01';
const PARIS = { lat: 48.8566, lng: 2.3522, countryCode: 'FR' };
const day = (n: number) => new Date(NOW.getTime() + n * 86_400_000).toISOString();
let store: DocumentStore;
let service: FulfillmentContext['service'];
let n = 0;

beforeEach(async () => {
  store = createMemoryStore();
  const scenario = fixtureScenario({ products: 1, onHand: 10, locations: [DC] });
  const position = scenario.stock.find((s) => s.sku === SKU)!;
  position.incoming = [
    { quantity: 3, expectedAt: day(2), reference: 'PO-1' },
    { quantity: 10, expectedAt: day(9), reference: 'PO-2' },
  ];
  await seedScenario(store, scenario);
  const deps = { store, bus: createMemoryBus(), logger: silentLogger, now: () => NOW };
  const fulfillment = buildSubgraph('fulfillment', deps, inProcessBindings(deps));
  service = (
    fulfillment.createContext({
      principal: { kind: 'service', service: 'test' },
      requestId: 't',
    }) as unknown as FulfillmentContext
  ).service;
});
afterEach(() => store.close());

const level = () =>
  store
    .collection<{ _id: string; onHand: number; available: number; reserved: number; safetyStock: number }>(
      'inventory_levels',
    )
    .findById(`${SKU}@${DC}`);

/** A WEB order (WEB's catalog sourcing has no buffer: all 6 units count), one shipment at most. */
const order = (quantity: number, profile: Record<string, unknown> = {}) =>
  service.routeOrder({
    orderId: `ord_stock_${++n}`,
    channel: 'WEB',
    destination: PARIS,
    lines: [{ id: 'l1', sku: SKU, quantity, deliveryMethod: 'SHIP', pickupLocationId: null }],
    profile: { maxShipments: 1, ...profile },
    idempotencyKey: `k${n}`,
  });

describe('keepSafetyStock', () => {
  it('kept (the default): the safety unit is never promised', async () => {
    expect(await order(7)).toMatchObject({ ok: false, code: 'OUT_OF_STOCK', shortLines: [{ missing: 1 }] });
    expect(await level()).toMatchObject({ available: 6, safetyStock: 1, reserved: 1 });
  });

  it('not kept: the order may take it, and gives it back to safety stock when cancelled', async () => {
    const routed = await order(7, { keepSafetyStock: false });
    if (!routed.ok) throw new Error(routed.message);
    expect(await level()).toMatchObject({ onHand: 10, available: 0, safetyStock: 0, reserved: 8 });
    // Beyond available + safety stock it is short, whatever the profile says.
    expect(await order(1, { keepSafetyStock: false })).toMatchObject({ ok: false, code: 'OUT_OF_STOCK' });
    const [fo] = routed.fulfillmentOrders;
    expect(await service.transition({ id: fo!._id, action: 'CANCEL', sourceEventId: 'c1' })).toMatchObject({
      ok: true,
    });
    expect(await level()).toMatchObject({ onHand: 10, available: 6, safetyStock: 1, reserved: 1 });
  });
});

describe('backorder promise dates from incoming stock', () => {
  const BACKORDER = { allowBackorder: true };

  it('each waiting order is promised from incoming units the older ones do not already count on', async () => {
    const first = await order(8, BACKORDER); // 2 short: the 3 arriving on day 2 cover them
    const second = await order(8, BACKORDER); // 2 short: 1 left from day 2, so the day-9 delivery
    const third = await order(20, BACKORDER); // 14 short: 13 incoming, 4 already counted on
    const promise = (o: typeof first) => {
      if (!o.ok || !o.backorder) throw new Error(JSON.stringify(o));
      expect(o.fulfillmentOrders).toEqual([]);
      return o.backorder.shortLines[0]!;
    };
    const [p1, p2, p3] = [promise(first), promise(second), promise(third)];
    expect([p1.missing, p2.missing, p3.missing]).toEqual([2, 2, 14]);
    expect(Date.parse(p1.promisedBy!)).toBeGreaterThan(Date.parse(day(2)));
    expect(Date.parse(p1.promisedBy!)).toBeLessThan(Date.parse(day(9)));
    expect(Date.parse(p2.promisedBy!)).toBeGreaterThan(Date.parse(day(9)));
    expect(p3.promisedBy).toBeNull();
    // Nothing was held for a waiting order.
    expect(await level()).toMatchObject({ available: 6, reserved: 1 });
  });

  it('a dry run shows the same promise, and a profile without backorders gets none', async () => {
    const dry = await service.simulateRouting({
      channel: 'WEB',
      profile: { ...BACKORDER, maxShipments: 1 },
      destination: PARIS,
      lines: [{ id: 'l1', sku: SKU, quantity: 8, deliveryMethod: 'SHIP', pickupLocationId: null }],
    });
    if (!dry.ok || dry.plan.ok) throw new Error(JSON.stringify(dry));
    const routed = await order(8, BACKORDER);
    if (!routed.ok) throw new Error(routed.message);
    expect(dry.plan.shortLines).toEqual(routed.backorder!.shortLines);
    const refused = await order(8);
    expect(refused).toMatchObject({
      ok: false,
      code: 'OUT_OF_STOCK',
      shortLines: [{ lineId: 'l1', sku: SKU, missing: 2 }],
    });
    expect(refused.ok ? null : refused.shortLines[0]!.promisedBy).toBeUndefined();
  });
});

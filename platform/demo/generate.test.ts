import { SALES_CHANNELS } from '../shared/commerce';
import { SUBGRAPH_NAMES } from '../config';
import { createMemoryStore } from '../store/memory';
import { DROPSHIP_CATEGORY } from './catalog';
import { normaliseIdentifier } from './customers';
import { OPEN_FO_STATUSES } from './fulfillment';
import { available } from './inventory';
import { generateDemoData, type DemoData } from './generate';
import { COLLECTIONS_BY_SUBGRAPH, demoDocuments, isStoreEmpty, loadDemoData } from './load';
import { TOUCHPOINT_WINDOW_MS } from './marketing';
import { Random } from './random';
import { DEMO_NOW } from './types';
import type { FulfillmentOrderDoc } from '../../subgraphs/fulfillment/model';

const SEEDS = [42, 7, 2026] as const;
const cache = new Map<number, DemoData>();
function data(seed: number): DemoData {
  let d = cache.get(seed);
  if (!d) cache.set(seed, (d = generateDemoData(seed)));
  return d;
}

function byId<T extends { _id: string }>(docs: readonly T[]): Map<string, T> {
  return new Map(docs.map((d) => [d._id, d]));
}

function ean13Valid(code: string): boolean {
  if (!/^\d{13}$/.test(code)) return false;
  const digits = [...code].map(Number);
  const sum = digits.slice(0, 12).reduce((s, d, i) => s + d * (i % 2 === 0 ? 1 : 3), 0);
  return (10 - (sum % 10)) % 10 === digits[12];
}

describe('Random', () => {
  it('is deterministic per seed and independent per fork', () => {
    const draw = (r: Random) => Array.from({ length: 20 }, () => r.uint32());
    expect(draw(new Random(1))).toEqual(draw(new Random(1)));
    expect(draw(new Random(1))).not.toEqual(draw(new Random(2)));
    expect(draw(new Random(1).fork('a'))).not.toEqual(draw(new Random(1).fork('b')));
  });

  it('keeps helpers within their ranges', () => {
    const r = new Random(99);
    for (let i = 0; i < 2000; i += 1) {
      const n = r.int(3, 7);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(7);
      expect(r.next()).toBeLessThan(1);
    }
    expect(
      r.weighted([
        ['a', 0],
        ['b', 1],
      ] as const),
    ).toBe('b');
    expect(r.shuffle([1, 2, 3, 4]).sort()).toEqual([1, 2, 3, 4]);
    expect(new Set(r.sample([1, 2, 3, 4, 5], 3)).size).toBe(3);
    expect(() => r.pick([])).toThrow();
  });
});

describe('generateDemoData determinism', () => {
  it('gives deep-equal data for the same seed and different data for another seed', () => {
    expect(generateDemoData(42)).toEqual(data(42));
    const other = data(7);
    expect(other).not.toEqual(data(42));
    expect(other.orders.map((o) => o.total)).not.toEqual(data(42).orders.map((o) => o.total));
  });

  it('generates well under a second', () => {
    const started = performance.now();
    generateDemoData(12345);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe.each(SEEDS)('demo data invariants (seed %i)', (seed) => {
  const d = (): DemoData => data(seed);

  it('has the minimum network, catalog and activity', () => {
    const { locations, partners } = d();
    const ofType = (t: string) => locations.filter((l) => l.type === t);
    expect(ofType('WAREHOUSE').map((l) => l._id)).toEqual(['loc_dc_01', 'loc_dc_02', 'loc_dc_03']);
    expect(ofType('STORE').length).toBeGreaterThanOrEqual(25);
    expect(ofType('STORE').every((l) => /^loc_store_\d{2}$/.test(l._id))).toBe(true);
    expect(ofType('THIRD_PARTY_LOGISTICS').map((l) => l._id)).toEqual(['loc_3pl_01']);
    expect(ofType('DROPSHIP_SUPPLIER').map((l) => l._id)).toEqual(['loc_dropship_01']);
    expect(partners.find((p) => p._id === 'partner_marketplace_01')?.type).toBe('MARKETPLACE');
    expect(new Set(partners.map((p) => p.type))).toEqual(
      new Set(['MARKETPLACE', 'THIRD_PARTY_LOGISTICS', 'DROPSHIP_SUPPLIER', 'AD_PLATFORM']),
    );
    expect(d().products.length).toBeGreaterThanOrEqual(200);
    expect(d().variants.length).toBeGreaterThanOrEqual(600);
    expect(d().customers.length).toBeGreaterThanOrEqual(300);
    expect(d().orders.length).toBeGreaterThanOrEqual(400);
    expect(d().campaigns.length).toBeGreaterThanOrEqual(12);
    expect(d().touchpoints.length).toBeGreaterThanOrEqual(1000);
    expect(new Set(d().orders.map((o) => o.channel))).toEqual(new Set(SALES_CHANNELS));
    expect(new Set(d().orders.map((o) => o.status))).toEqual(
      new Set(['FULFILLED', 'CONFIRMED', 'PARTIALLY_FULFILLED', 'CANCELLED']),
    );
    expect(new Set(d().campaigns.map((c) => c.channel)).size).toBe(7);
  });

  it('has unique ids in every collection and unique business keys', () => {
    for (const [key, docs] of Object.entries(d())) {
      const ids = (docs as { _id: string }[]).map((x) => x._id);
      expect({ key, dupes: ids.length - new Set(ids).size }).toEqual({ key, dupes: 0 });
    }
    const unique = (values: string[]) => expect(new Set(values).size).toBe(values.length);
    unique(d().orders.map((o) => o.number));
    unique(d().products.map((p) => p.handle));
    unique(d().variants.map((v) => v.barcode));
    unique(d().orders.flatMap((o) => (o.externalId ? [o.externalId] : [])));
    unique(d().inventoryLevels.map((l) => `${l.sku}@${l.locationId}`));
    expect(d().variants.every((v) => /^SKU-\d{4}-[A-Z0-9]+-[A-Z]{3}$/.test(v._id) && ean13Valid(v.barcode))).toBe(true);
    expect(d().orders.every((o) => /^R\d{6}$/.test(o.number))).toBe(true);
  });

  it('prices every variant on every channel in EUR cents', () => {
    for (const v of d().variants) {
      const price = new Map(v.prices.map((p) => [p.channel, p]));
      expect([...price.keys()].sort()).toEqual([...SALES_CHANNELS].sort());
      for (const p of v.prices) {
        expect(Number.isInteger(p.amount) && p.amount > 0 && p.currencyCode === 'EUR').toBe(true);
        if (p.compareAtAmount !== null) expect(p.compareAtAmount).toBeGreaterThan(p.amount);
      }
      expect(price.get('MARKETPLACE')!.amount).toBeGreaterThan(price.get('WEB')!.amount);
      expect(price.get('B2B')!.amount).toBeLessThan(price.get('WEB')!.amount);
    }
    expect(d().variants.some((v) => v.prices.some((p) => p.compareAtAmount !== null))).toBe(true);
  });

  it('resolves every reference', () => {
    const { products, variants, locations, customers, orders, fulfillmentOrders, campaigns, partners } = d();
    const product = byId(products);
    const variant = byId(variants);
    const location = byId(locations);
    const customer = byId(customers);
    const order = byId(orders);
    const campaign = byId(campaigns);
    const partner = byId(partners);
    expect(variants.every((v) => product.has(v.productId))).toBe(true);
    expect(d().inventoryLevels.every((l) => variant.has(l.sku) && location.has(l.locationId))).toBe(true);
    const has = (id: string | null, cap: string) => !!id && !!location.get(id)?.capabilities.includes(cap as never);
    for (const o of orders) {
      if (o.customerId !== null) expect(customer.has(o.customerId)).toBe(true);
      for (const line of o.lines) {
        expect(variant.has(line.sku)).toBe(true);
        expect(product.get(variant.get(line.sku)!.productId)?.status).toBe('ACTIVE');
        if (line.deliveryMethod === 'SHIP') expect(line.pickupLocationId).toBeNull();
        else expect(location.get(line.pickupLocationId ?? '')?.type).toBe('STORE');
        if (line.deliveryMethod !== 'SHIP') expect(has(line.pickupLocationId, line.deliveryMethod)).toBe(true);
      }
      if (o.channel === 'POS') {
        expect(location.get(o.storeLocationId ?? '')?.type).toBe('STORE');
        expect(o.lines.every((l) => l.deliveryMethod === 'CARRY_OUT' && l.pickupLocationId === o.storeLocationId)).toBe(
          true,
        );
      } else if (o.channel === 'KIOSK') {
        expect(location.get(o.storeLocationId ?? '')?.type).toBe('STORE');
      } else {
        expect(o.storeLocationId).toBeNull();
        expect(o.lines.every((l) => l.deliveryMethod !== 'CARRY_OUT')).toBe(true);
      }
      if (o.channel === 'MARKETPLACE') {
        expect(partner.get(o.partnerId ?? '')?.type).toBe('MARKETPLACE');
        expect(o.externalId).toBeTruthy();
      } else expect([o.partnerId, o.externalId]).toEqual([null, null]);
    }
    expect(orders.some((o) => o.customerId === null)).toBe(true);
    expect(orders.some((o) => o.lines.some((l) => l.deliveryMethod === 'PICKUP_IN_STORE'))).toBe(true);
    expect(orders.some((o) => o.lines.some((l) => l.deliveryMethod === 'SHIP_TO_STORE'))).toBe(true);
    for (const fo of fulfillmentOrders) {
      const o = order.get(fo.orderId);
      expect(o).toBeDefined();
      expect(location.has(fo.locationId)).toBe(true);
      for (const line of fo.lines) {
        const ol = o!.lines.find((l) => l.id === line.orderLineId);
        expect(ol?.sku).toBe(line.sku);
      }
    }
    expect(d().touchpoints.every((t) => customer.has(t.customerId))).toBe(true);
    expect(
      d().touchpoints.every((t) => t.campaignId === null || campaign.get(t.campaignId)?.channel === t.channel),
    ).toBe(true);
    expect(d().touchpoints.filter((t) => t.campaignId !== null).length / d().touchpoints.length).toBeGreaterThan(0.6);
    expect(d().identifiers.every((i) => customer.has(i.customerId))).toBe(true);
  });

  it('adds up money', () => {
    const variants = byId(d().variants);
    for (const o of d().orders) {
      expect(o.currencyCode).toBe('EUR');
      for (const l of o.lines) {
        const price = variants.get(l.sku)!.prices.find((p) => p.channel === o.channel)!;
        expect(l.unitPrice).toBe(price.amount);
        expect(l.lineTotal).toBe(l.unitPrice * l.quantity);
      }
      expect(o.lines.length).toBeGreaterThanOrEqual(1);
      expect(o.lines.length).toBeLessThanOrEqual(4);
      expect(o.subtotal).toBe(o.lines.reduce((s, l) => s + l.lineTotal, 0));
      expect(o.total).toBe(o.subtotal + o.shippingTotal);
      if (o.lines.every((l) => l.deliveryMethod !== 'SHIP')) expect(o.shippingTotal).toBe(0);
    }
  });

  it('routes lines to fulfillment orders consistently with the order status', () => {
    const fosByOrder = new Map<string, FulfillmentOrderDoc[]>();
    for (const fo of d().fulfillmentOrders) fosByOrder.set(fo.orderId, [...(fosByOrder.get(fo.orderId) ?? []), fo]);
    const location = byId(d().locations);
    const products = byId(d().products);
    const dropship = new Set(
      d()
        .variants.filter((v) => products.get(v.productId)?.category === DROPSHIP_CATEGORY)
        .map((v) => v._id),
    );
    const terminal = ['DELIVERED', 'PICKED_UP'];
    for (const o of d().orders) {
      const fos = fosByOrder.get(o._id) ?? [];
      const statuses = fos.map((f) => f.status);
      if (o.status === 'CANCELLED') {
        expect(statuses.every((s) => s === 'CANCELLED')).toBe(true);
        continue;
      }
      expect(fos.length).toBeGreaterThan(0);
      for (const line of o.lines) {
        const qty = fos.flatMap((f) => f.lines).filter((l) => l.orderLineId === line.id);
        expect(qty.reduce((s, l) => s + l.quantity, 0)).toBe(line.quantity);
      }
      for (const fo of fos) {
        expect(fo._id).toMatch(/^fo_\d{6}_\d+$/);
        const loc = location.get(fo.locationId)!;
        if (fo.deliveryMethod === 'CARRY_OUT') expect(fo.locationId).toBe(o.storeLocationId);
        if (fo.deliveryMethod === 'PICKUP_IN_STORE') expect(loc.type).toBe('STORE');
        if (fo.deliveryMethod === 'SHIP_TO_STORE') expect(loc.type).toBe('WAREHOUSE');
        if (fo.deliveryMethod === 'SHIP') expect(loc.capabilities).toContain('SHIP');
        for (const l of fo.lines) expect(dropship.has(l.sku)).toBe(fo.locationId === 'loc_dropship_01');
      }
      if (o.status === 'FULFILLED') expect(statuses.every((s) => terminal.includes(s))).toBe(true);
      if (o.status === 'CONFIRMED') expect(statuses.every((s) => OPEN_FO_STATUSES.includes(s))).toBe(true);
      if (o.status === 'PARTIALLY_FULFILLED') {
        expect(statuses.some((s) => terminal.includes(s))).toBe(true);
        expect(statuses.some((s) => !terminal.includes(s))).toBe(true);
      }
    }
    expect(
      d().fulfillmentOrders.some((f) => f.locationId.startsWith('loc_store_') && f.deliveryMethod === 'SHIP'),
    ).toBe(true);
    expect(d().fulfillmentOrders.some((f) => f.locationId === 'loc_dropship_01')).toBe(true);
    expect(d().fulfillmentOrders.some((f) => f.locationId === 'loc_3pl_01')).toBe(true);
  });

  it('keeps inventory consistent with open fulfillment orders', () => {
    const committed = new Map<string, number>();
    for (const fo of d().fulfillmentOrders) {
      if (!OPEN_FO_STATUSES.includes(fo.status)) continue;
      for (const l of fo.lines)
        committed.set(`${l.sku}@${fo.locationId}`, (committed.get(`${l.sku}@${fo.locationId}`) ?? 0) + l.quantity);
    }
    const levels = byId(d().inventoryLevels);
    for (const fo of d().fulfillmentOrders)
      for (const l of fo.lines) expect(levels.has(`${l.sku}@${fo.locationId}`)).toBe(true);
    for (const level of d().inventoryLevels) {
      expect(level._id).toBe(`${level.sku}@${level.locationId}`);
      const counters = [
        level.onHand,
        level.committed,
        level.reserved,
        level.damaged,
        level.safetyStock,
        level.qualityControl,
      ];
      expect(counters.every((n) => Number.isInteger(n) && n >= 0)).toBe(true);
      expect(available(level)).toBeGreaterThanOrEqual(0);
      expect(level.committed).toBe(committed.get(level._id) ?? 0);
      expect(level.sequence).toBe(1);
      for (const inc of level.incoming) expect(Date.parse(inc.expectedAt)).toBeGreaterThan(DEMO_NOW);
    }
    const levelsAt = (prefix: string) => d().inventoryLevels.filter((l) => l.locationId.startsWith(prefix));
    const dropshipSkus = new Set(levelsAt('loc_dropship_01').map((l) => l.sku));
    const dropshipCategory = new Set(
      d()
        .products.filter((p) => p.category === DROPSHIP_CATEGORY)
        .map((p) => p._id),
    );
    expect(dropshipSkus.size).toBeGreaterThan(0);
    const variants = byId(d().variants);
    for (const l of d().inventoryLevels) {
      const inCategory = dropshipCategory.has(variants.get(l.sku)!.productId);
      expect(inCategory).toBe(l.locationId === 'loc_dropship_01');
    }
    expect(levelsAt('loc_3pl_01').length).toBeGreaterThan(0);
    const store = levelsAt('loc_store_');
    const dc = levelsAt('loc_dc_');
    expect(dc.length).toBeGreaterThan(store.length / 10);
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean(dc.map((l) => l.onHand))).toBeGreaterThan(5 * mean(store.map((l) => l.onHand)));
    expect(store.some((l) => l.onHand === 0)).toBe(true);
    for (const key of ['damaged', 'safetyStock', 'qualityControl', 'reserved', 'committed'] as const) {
      expect(d().inventoryLevels.some((l) => l[key] > 0)).toBe(true);
    }
    expect(d().inventoryLevels.some((l) => l.incoming.length > 0)).toBe(true);
  });

  it('normalises identifiers, keeps them unique and consistent with customers', () => {
    const docs = byId(d().identifiers);
    let embedded = 0;
    for (const c of d().customers) {
      for (const x of c.identifiers) {
        embedded += 1;
        expect(x.value).toBe(normaliseIdentifier(x.type, x.value));
        expect(docs.get(`${x.type}:${x.value}`)).toEqual({
          _id: `${x.type}:${x.value}`,
          type: x.type,
          value: x.value,
          customerId: c._id,
          addedAt: x.addedAt,
        });
        if (x.type === 'EMAIL') expect(x.value).toMatch(/^[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]+$/);
        if (x.type === 'PHONE') expect(x.value).toMatch(/^\+33[67]\d{8}$/);
        if (x.type === 'LOYALTY_CARD') expect(x.value).toMatch(/^LC-\d{10}$/);
      }
      expect(c.email).toBe(c.identifiers.find((x) => x.type === 'EMAIL')?.value ?? null);
      expect(c.phone).toBe(c.identifiers.find((x) => x.type === 'PHONE')?.value ?? null);
      expect(c.identifiers.length).toBeGreaterThan(0);
    }
    expect(embedded).toBe(d().identifiers.length);
    const types = new Set(d().identifiers.map((i) => i.type));
    for (const t of ['EMAIL', 'PHONE', 'LOYALTY_CARD', 'DEVICE_ID', 'MARKETPLACE_ID', 'PAYMENT_TOKEN'])
      expect(types).toContain(t);
  });

  it('places locations in metropolitan France', () => {
    for (const l of d().locations) {
      expect(l.geo.lat).toBeGreaterThan(41.3);
      expect(l.geo.lat).toBeLessThan(51.1);
      expect(l.geo.lng).toBeGreaterThan(-5.2);
      expect(l.geo.lng).toBeLessThan(9.6);
      expect([l.address.countryCode, l.timezone, l.costPerShipment.currencyCode, l.active]).toEqual([
        'FR',
        'Europe/Paris',
        'EUR',
        true,
      ]);
      expect(l.capacityPerDay).toBeGreaterThan(0);
    }
    const stores = d().locations.filter((l) => l.type === 'STORE');
    expect(stores.filter((s) => s.address.city === 'Paris').length).toBeGreaterThanOrEqual(3);
    expect(stores.some((s) => s.capabilities.includes('SAME_DAY_DELIVERY'))).toBe(true);
    expect(stores.some((s) => s.capabilities.includes('SHIP'))).toBe(true);
    expect(stores.some((s) => !s.capabilities.includes('SHIP'))).toBe(true);
  });

  it('keeps dates on the fixed clock and marketing consistent with orders', () => {
    const now = DEMO_NOW;
    expect(
      d().orders.every(
        (o) => Date.parse(o.placedAt) < now && o.updatedAt >= o.placedAt && Date.parse(o.updatedAt) <= now,
      ),
    ).toBe(true);
    const customers = byId(d().customers);
    expect(d().orders.every((o) => o.customerId === null || customers.get(o.customerId)!.createdAt < o.placedAt)).toBe(
      true,
    );
    const ordersByCustomer = new Map<string, number[]>();
    for (const o of d().orders)
      if (o.customerId)
        ordersByCustomer.set(o.customerId, [...(ordersByCustomer.get(o.customerId) ?? []), Date.parse(o.placedAt)]);
    const campaigns = byId(d().campaigns);
    for (const t of d().touchpoints) {
      const at = Date.parse(t.occurredAt);
      expect((ordersByCustomer.get(t.customerId) ?? []).some((p) => at < p && p - at <= TOUCHPOINT_WINDOW_MS)).toBe(
        true,
      );
      if (t.campaignId) {
        const c = campaigns.get(t.campaignId)!;
        expect(c.startsAt <= t.occurredAt && t.occurredAt <= c.endsAt).toBe(true);
      }
    }
    const expected = d().orders.filter((o) => o.status !== 'CANCELLED' && o.customerId !== null);
    expect(d().conversions).toEqual(
      expected.map((o) => ({
        _id: o._id,
        customerId: o.customerId,
        channel: o.channel,
        revenue: { amount: o.total, currencyCode: 'EUR' },
        occurredAt: o.placedAt,
      })),
    );
  });
});

describe('loadDemoData', () => {
  it('loads every subgraph into the memory store with matching counts, replacing previous data', async () => {
    const store = createMemoryStore();
    const d = data(42);
    for (const subgraph of SUBGRAPH_NAMES) expect(await isStoreEmpty(store, subgraph)).toBe(true);
    await loadDemoData(store, d, SUBGRAPH_NAMES);
    const { counts } = await loadDemoData(store, d, SUBGRAPH_NAMES); // idempotent: clears first
    const all = Object.values(COLLECTIONS_BY_SUBGRAPH).flat();
    expect(Object.keys(counts).sort()).toEqual([...all].sort());
    for (const name of all) {
      expect(counts[name]).toBe(demoDocuments(d, name).length);
      expect(await store.collection(name).count()).toBe(counts[name]);
    }
    expect(counts.inventory_levels).toBe(d.inventoryLevels.length);
    expect(await store.collection('orders').findById(d.orders[0]!._id)).toEqual(d.orders[0]);
    for (const subgraph of SUBGRAPH_NAMES) expect(await isStoreEmpty(store, subgraph)).toBe(false);
    await store.close();
  });

  it('loads only the requested subgraphs', async () => {
    const store = createMemoryStore();
    const { counts } = await loadDemoData(store, data(42), ['fulfillment']);
    expect(counts).toEqual({
      locations: data(42).locations.length,
      fulfillment_orders: data(42).fulfillmentOrders.length,
    });
    expect(await isStoreEmpty(store, 'fulfillment')).toBe(false);
    expect(await isStoreEmpty(store, 'orders')).toBe(true);
    await store.close();
  });
});

import { SALES_CHANNELS } from '../platform/shared/commerce';
import { DROPSHIP_CATEGORY } from './catalog';
import { DEMO_NOW } from './constants';
import { normaliseIdentifier } from './customers';
import { OPEN_FO_STATUSES } from './fulfillment';
import { generateScenario, type DemoScenario } from './generate';
import { freeUnits } from './inventory';
import { TOUCHPOINT_WINDOW_MS } from './marketing';
import type { ScenarioFulfillmentOrder } from './scenario';

const SEEDS = [42, 7, 2026] as const;
const cache = new Map<number, DemoScenario>();
function data(seed: number): DemoScenario {
  let d = cache.get(seed);
  if (!d) cache.set(seed, (d = generateScenario(seed)));
  return d;
}

function byId<T extends { id: string }>(docs: readonly T[]): Map<string, T> {
  return new Map(docs.map((d) => [d.id, d]));
}

/** Runs `body`, collecting failures (one assertion per check is too slow on ~10k documents). */
function collect(body: (fail: (message: string) => void) => void): string[] {
  const problems: string[] = [];
  body((message) => {
    if (problems.length < 20) problems.push(message);
  });
  return problems;
}

function ean13Valid(code: string): boolean {
  if (!/^\d{13}$/.test(code)) return false;
  const digits = [...code].map(Number);
  const sum = digits.slice(0, 12).reduce((s, d, i) => s + d * (i % 2 === 0 ? 1 : 3), 0);
  return (10 - (sum % 10)) % 10 === digits[12];
}

describe('generateScenario determinism', () => {
  it('gives deep-equal data for the same seed and different data for another seed', () => {
    // JSON equality is deep equality for this plain data, and much faster than toEqual.
    expect(JSON.stringify(generateScenario(42))).toBe(JSON.stringify(data(42)));
    const other = data(7);
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(data(42)));
    expect(other.orders.map((o) => o.total)).not.toEqual(data(42).orders.map((o) => o.total));
  });
});

describe.each(SEEDS)('demo scenario invariants (seed %i)', (seed) => {
  const d = (): DemoScenario => data(seed);

  it('has the minimum network, catalog and activity', () => {
    const { locations, partners } = d();
    const ofType = (t: string) => locations.filter((l) => l.type === t);
    expect(ofType('WAREHOUSE').map((l) => l.id)).toEqual(['loc_dc_01', 'loc_dc_02', 'loc_dc_03']);
    expect(ofType('STORE').length).toBeGreaterThanOrEqual(25);
    expect(ofType('STORE').every((l) => /^loc_store_\d{2}$/.test(l.id))).toBe(true);
    expect(ofType('THIRD_PARTY_LOGISTICS').map((l) => l.id)).toEqual(['loc_3pl_01']);
    expect(ofType('DROPSHIP_SUPPLIER').map((l) => l.id)).toEqual(['loc_dropship_01']);
    expect(partners.find((p) => p.id === 'partner_marketplace_01')?.type).toBe('MARKETPLACE');
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
    const keys: { [K in keyof DemoScenario]: (x: DemoScenario[K][number]) => string } = {
      locations: (x) => x.id,
      partners: (x) => x.id,
      products: (x) => x.id,
      variants: (x) => x.sku,
      stock: (x) => `${x.sku}@${x.locationId}`,
      customers: (x) => x.id,
      orders: (x) => x.id,
      fulfillmentOrders: (x) => x.id,
      campaigns: (x) => x.id,
      touchpoints: (x) => x.id,
      conversions: (x) => x.orderId,
    };
    for (const key of Object.keys(keys) as (keyof DemoScenario)[]) {
      const ids = (d()[key] as unknown[]).map((x) => (keys[key] as (x: unknown) => string)(x));
      expect({ key, dupes: ids.length - new Set(ids).size }).toEqual({ key, dupes: 0 });
    }
    const unique = (values: string[]) => expect(new Set(values).size).toBe(values.length);
    unique(d().orders.map((o) => o.number));
    unique(d().products.map((p) => p.handle));
    unique(d().variants.map((v) => v.barcode));
    unique(d().orders.flatMap((o) => (o.externalId ? [o.externalId] : [])));
    unique(d().stock.map((l) => `${l.sku}@${l.locationId}`));
    expect(d().variants.every((v) => /^SKU-\d{4}-[A-Z0-9]+-[A-Z]{3}$/.test(v.sku) && ean13Valid(v.barcode))).toBe(true);
    expect(d().orders.every((o) => /^R\d{6}$/.test(o.number))).toBe(true);
  });

  it('prices every variant on every channel in EUR cents', () => {
    const problems = collect((fail) => {
      for (const v of d().variants) {
        const price = new Map(v.prices.map((p) => [p.channel, p]));
        if (price.size !== SALES_CHANNELS.length || v.prices.length !== price.size) fail(`${v.sku}: channels`);
        for (const p of v.prices) {
          if (!Number.isInteger(p.amount) || p.amount <= 0 || p.currencyCode !== 'EUR') fail(`${v.sku}: ${p.channel}`);
          if (p.compareAtAmount !== null && p.compareAtAmount <= p.amount) fail(`${v.sku}: compareAt`);
        }
        const web = price.get('WEB')?.amount ?? 0;
        if ((price.get('MARKETPLACE')?.amount ?? 0) <= web) fail(`${v.sku}: marketplace not above web`);
        if ((price.get('B2B')?.amount ?? Infinity) >= web) fail(`${v.sku}: b2b not below web`);
      }
    });
    expect(problems).toEqual([]);
    expect(d().variants.some((v) => v.prices.some((p) => p.compareAtAmount !== null))).toBe(true);
  });

  it('resolves every reference', () => {
    const { products, variants, locations, customers, orders, fulfillmentOrders, campaigns, partners } = d();
    const product = byId(products);
    const variant = new Map(variants.map((v) => [v.sku, v]));
    const location = byId(locations);
    const customer = byId(customers);
    const order = byId(orders);
    const campaign = byId(campaigns);
    const partner = byId(partners);
    const offers = (id: string | null, capability: string) =>
      location.get(id ?? '')?.capabilities.some((c) => c === capability) ?? false;
    const problems = collect((fail) => {
      for (const v of variants) if (!product.has(v.productId)) fail(`${v.sku}: product`);
      for (const l of d().stock) {
        if (!variant.has(l.sku) || !location.has(l.locationId)) fail(`${l.sku}@${l.locationId}: dangling`);
      }
      for (const o of orders) {
        if (o.customerId !== null && !customer.has(o.customerId)) fail(`${o.id}: customer`);
        for (const line of o.lines) {
          if (product.get(variant.get(line.sku)?.productId ?? '')?.status !== 'ACTIVE') fail(`${line.id}: sku`);
          if (line.deliveryMethod === 'SHIP') {
            if (line.pickupLocationId !== null) fail(`${line.id}: SHIP with a pickup store`);
          } else if (location.get(line.pickupLocationId ?? '')?.type !== 'STORE') {
            fail(`${line.id}: pickup location is not a store`);
          } else if (!offers(line.pickupLocationId, line.deliveryMethod)) {
            fail(`${line.id}: ${line.pickupLocationId} does not offer ${line.deliveryMethod}`);
          }
        }
        const storeTaken = location.get(o.storeLocationId ?? '')?.type === 'STORE';
        if (o.channel === 'POS') {
          if (!storeTaken) fail(`${o.id}: POS without a store`);
          if (!o.lines.every((l) => l.deliveryMethod === 'CARRY_OUT' && l.pickupLocationId === o.storeLocationId)) {
            fail(`${o.id}: POS line not carried out at the store`);
          }
        } else if (o.channel === 'KIOSK') {
          if (!storeTaken) fail(`${o.id}: kiosk without a store`);
        } else if (o.storeLocationId !== null || o.lines.some((l) => l.deliveryMethod === 'CARRY_OUT')) {
          fail(`${o.id}: store fields on a remote order`);
        }
        if (o.channel === 'MARKETPLACE') {
          if (partner.get(o.partnerId ?? '')?.type !== 'MARKETPLACE' || !o.externalId) fail(`${o.id}: marketplace`);
        } else if (o.partnerId !== null || o.externalId !== null) fail(`${o.id}: partner on a direct order`);
      }
      for (const fo of fulfillmentOrders) {
        const o = order.get(fo.orderId);
        if (!o || !location.has(fo.locationId)) fail(`${fo.id}: dangling`);
        for (const line of fo.lines) {
          if (o?.lines.find((l) => l.id === line.orderLineId)?.sku !== line.sku) fail(`${fo.id}: ${line.orderLineId}`);
        }
      }
      for (const t of d().touchpoints) {
        if (!customer.has(t.customerId)) fail(`${t.id}: customer`);
        if (t.campaignId !== null && campaign.get(t.campaignId)?.channel !== t.channel) fail(`${t.id}: campaign`);
      }
      for (const cv of d().conversions) if (!order.has(cv.orderId)) fail(`${cv.orderId}: conversion of no order`);
    });
    expect(problems).toEqual([]);
    expect(orders.some((o) => o.customerId === null)).toBe(true);
    expect(orders.some((o) => o.lines.some((l) => l.deliveryMethod === 'PICKUP_IN_STORE'))).toBe(true);
    expect(orders.some((o) => o.lines.some((l) => l.deliveryMethod === 'SHIP_TO_STORE'))).toBe(true);
    expect(d().touchpoints.filter((t) => t.campaignId !== null).length / d().touchpoints.length).toBeGreaterThan(0.6);
  });

  it('adds up money', () => {
    const variants = new Map(d().variants.map((v) => [v.sku, v]));
    const problems = collect((fail) => {
      for (const o of d().orders) {
        if (o.currencyCode !== 'EUR' || o.lines.length < 1 || o.lines.length > 4) fail(`${o.id}: shape`);
        for (const l of o.lines) {
          const price = variants.get(l.sku)?.prices.find((p) => p.channel === o.channel);
          if (l.unitPrice !== price?.amount) fail(`${l.id}: unit price is not the ${o.channel} price`);
          if (l.lineTotal !== l.unitPrice * l.quantity || l.quantity < 1) fail(`${l.id}: line total`);
        }
        if (o.subtotal !== o.lines.reduce((s, l) => s + l.lineTotal, 0)) fail(`${o.id}: subtotal`);
        if (o.total !== o.subtotal + o.shippingTotal || o.shippingTotal < 0) fail(`${o.id}: total`);
        if (o.lines.every((l) => l.deliveryMethod !== 'SHIP') && o.shippingTotal !== 0) fail(`${o.id}: shipping`);
      }
    });
    expect(problems).toEqual([]);
  });

  it('routes lines to fulfillment orders consistently with the order status', () => {
    const fosByOrder = new Map<string, ScenarioFulfillmentOrder[]>();
    for (const fo of d().fulfillmentOrders) fosByOrder.set(fo.orderId, [...(fosByOrder.get(fo.orderId) ?? []), fo]);
    const location = byId(d().locations);
    const products = byId(d().products);
    const dropship = new Set(
      d()
        .variants.filter((v) => products.get(v.productId)?.category === DROPSHIP_CATEGORY)
        .map((v) => v.sku),
    );
    const terminal: string[] = ['DELIVERED', 'PICKED_UP'];
    const problems = collect((fail) => {
      for (const o of d().orders) {
        const fos = fosByOrder.get(o.id) ?? [];
        const statuses = fos.map((f) => f.status);
        if (o.status === 'CANCELLED') {
          if (!statuses.every((s) => s === 'CANCELLED')) fail(`${o.id}: cancelled order with live FOs`);
          continue;
        }
        for (const line of o.lines) {
          const routed = fos.flatMap((f) => f.lines).filter((l) => l.orderLineId === line.id);
          if (routed.reduce((s, l) => s + l.quantity, 0) !== line.quantity) fail(`${line.id}: routed quantity`);
        }
        for (const fo of fos) {
          const type = location.get(fo.locationId)?.type;
          if (!/^fo_\d{6}_\d+$/.test(fo.id)) fail(`${fo.id}: id`);
          if (fo.deliveryMethod === 'CARRY_OUT' && fo.locationId !== o.storeLocationId) fail(`${fo.id}: carry-out`);
          if (fo.deliveryMethod === 'PICKUP_IN_STORE' && type !== 'STORE') fail(`${fo.id}: pickup node`);
          if (fo.deliveryMethod === 'SHIP_TO_STORE' && type !== 'WAREHOUSE') fail(`${fo.id}: ship-to-store node`);
          if (fo.deliveryMethod === 'SHIP' && !location.get(fo.locationId)?.capabilities.includes('SHIP')) {
            fail(`${fo.id}: node does not ship`);
          }
          for (const l of fo.lines) {
            if (dropship.has(l.sku) !== (fo.locationId === 'loc_dropship_01')) fail(`${fo.id}: drop-ship routing`);
          }
        }
        const ok =
          fos.length > 0 &&
          (o.status === 'FULFILLED'
            ? statuses.every((s) => terminal.includes(s))
            : o.status === 'CONFIRMED'
              ? statuses.every((s) => OPEN_FO_STATUSES.includes(s))
              : o.status === 'PARTIALLY_FULFILLED'
                ? statuses.some((s) => terminal.includes(s)) && statuses.some((s) => !terminal.includes(s))
                : false);
        if (!ok) fail(`${o.id}: ${o.status} with FOs [${statuses.join(', ')}]`);
      }
    });
    expect(problems).toEqual([]);
    const fos = d().fulfillmentOrders;
    expect(fos.some((f) => f.locationId.startsWith('loc_store_') && f.deliveryMethod === 'SHIP')).toBe(true);
    expect(fos.some((f) => f.locationId === 'loc_dropship_01')).toBe(true);
    expect(fos.some((f) => f.locationId === 'loc_3pl_01')).toBe(true);
    expect(fos.some((f) => f.status === 'CANCELLED')).toBe(true);
  });

  it('keeps inventory consistent with open fulfillment orders', () => {
    const committed = new Map<string, number>();
    for (const fo of d().fulfillmentOrders) {
      if (!OPEN_FO_STATUSES.includes(fo.status)) continue;
      for (const l of fo.lines) {
        committed.set(`${l.sku}@${fo.locationId}`, (committed.get(`${l.sku}@${fo.locationId}`) ?? 0) + l.quantity);
      }
    }
    const levels = new Map(d().stock.map((l) => [`${l.sku}@${l.locationId}`, l]));
    const variants = new Map(d().variants.map((v) => [v.sku, v]));
    const dropshipCategory = new Set(
      d()
        .products.filter((p) => p.category === DROPSHIP_CATEGORY)
        .map((p) => p.id),
    );
    const problems = collect((fail) => {
      for (const fo of d().fulfillmentOrders) {
        for (const l of fo.lines) if (!levels.has(`${l.sku}@${fo.locationId}`)) fail(`${fo.id}: ${l.sku} not stocked`);
      }
      for (const level of d().stock) {
        const key = `${level.sku}@${level.locationId}`;
        const counters = [level.onHand, level.committed, level.reserved, level.damaged];
        counters.push(level.safetyStock, level.qualityControl);
        if (!counters.every((n) => Number.isInteger(n) && n >= 0)) fail(`${key}: counters`);
        if (freeUnits(level) < 0) fail(`${key}: negative availability`);
        if (level.committed !== (committed.get(key) ?? 0)) fail(`${key}: committed ${level.committed}`);
        if (level.incoming.some((i) => Date.parse(i.expectedAt) <= DEMO_NOW || i.quantity <= 0))
          fail(`${key}: incoming`);
        const inCategory = dropshipCategory.has(variants.get(level.sku)?.productId ?? '');
        if (inCategory !== (level.locationId === 'loc_dropship_01')) fail(`${key}: drop-ship exclusivity`);
      }
    });
    expect(problems).toEqual([]);
    const levelsAt = (prefix: string) => d().stock.filter((l) => l.locationId.startsWith(prefix));
    expect(levelsAt('loc_dropship_01').length).toBeGreaterThan(0);
    expect(levelsAt('loc_3pl_01').length).toBeGreaterThan(0);
    const store = levelsAt('loc_store_');
    const dc = levelsAt('loc_dc_');
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean(dc.map((l) => l.onHand))).toBeGreaterThan(5 * mean(store.map((l) => l.onHand)));
    expect(store.some((l) => l.onHand === 0)).toBe(true);
    for (const key of ['damaged', 'safetyStock', 'qualityControl', 'reserved', 'committed'] as const) {
      expect(d().stock.some((l) => l[key] > 0)).toBe(true);
    }
    expect(d().stock.some((l) => l.incoming.length > 0)).toBe(true);
  });

  it('normalises identifiers, keeps every (type, value) unique and consistent with customers', () => {
    const seen = new Set<string>();
    const problems = collect((fail) => {
      for (const c of d().customers) {
        for (const x of c.identifiers) {
          if (x.value !== normaliseIdentifier(x.type, x.value)) fail(`${c.id}: ${x.type} not normalised`);
          if (seen.has(`${x.type}:${x.value}`)) fail(`${c.id}: ${x.type}:${x.value} held twice`);
          seen.add(`${x.type}:${x.value}`);
          const format: Partial<Record<string, RegExp>> = {
            EMAIL: /^[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]+$/,
            PHONE: /^\+33[67]\d{8}$/,
            LOYALTY_CARD: /^LC-\d{10}$/,
          };
          if (format[x.type] && !format[x.type]!.test(x.value)) fail(`${c.id}: ${x.type} format ${x.value}`);
          if (x.addedAt < c.createdAt || x.addedAt > c.updatedAt)
            fail(`${c.id}: ${x.type} added outside the profile's life`);
        }
        if (c.email !== (c.identifiers.find((x) => x.type === 'EMAIL')?.value ?? null)) fail(`${c.id}: email`);
        if (c.phone !== (c.identifiers.find((x) => x.type === 'PHONE')?.value ?? null)) fail(`${c.id}: phone`);
        if (c.identifiers.length === 0) fail(`${c.id}: no identifiers`);
      }
    });
    expect(problems).toEqual([]);
    const types = new Set(d().customers.flatMap((c) => c.identifiers.map((i) => i.type)));
    for (const t of ['EMAIL', 'PHONE', 'LOYALTY_CARD', 'DEVICE_ID', 'MARKETPLACE_ID', 'PAYMENT_TOKEN']) {
      expect(types).toContain(t);
    }
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
    const customers = byId(d().customers);
    const campaigns = byId(d().campaigns);
    const ordersByCustomer = new Map<string, number[]>();
    for (const o of d().orders) {
      if (o.customerId)
        ordersByCustomer.set(o.customerId, [...(ordersByCustomer.get(o.customerId) ?? []), Date.parse(o.placedAt)]);
    }
    const problems = collect((fail) => {
      for (const o of d().orders) {
        if (!(Date.parse(o.placedAt) < DEMO_NOW && o.updatedAt >= o.placedAt && Date.parse(o.updatedAt) <= DEMO_NOW)) {
          fail(`${o.id}: dates`);
        }
        if (o.customerId !== null && !((customers.get(o.customerId)?.createdAt ?? '~') < o.placedAt)) {
          fail(`${o.id}: placed before the customer existed`);
        }
      }
      for (const fo of d().fulfillmentOrders) {
        if (fo.createdAt > fo.updatedAt || Date.parse(fo.updatedAt) > DEMO_NOW) fail(`${fo.id}: dates`);
      }
      for (const t of d().touchpoints) {
        const at = Date.parse(t.occurredAt);
        if (!(ordersByCustomer.get(t.customerId) ?? []).some((p) => at < p && p - at <= TOUCHPOINT_WINDOW_MS)) {
          fail(`${t.id}: not within 30 days before an order of ${t.customerId}`);
        }
        const c = t.campaignId ? campaigns.get(t.campaignId) : undefined;
        if (c && !(c.startsAt <= t.occurredAt && t.occurredAt <= c.endsAt)) fail(`${t.id}: outside its campaign`);
      }
    });
    expect(problems).toEqual([]);
    const expected = d().orders.filter((o) => o.status !== 'CANCELLED' && o.customerId !== null);
    expect(d().conversions).toEqual(
      expected.map((o) => ({
        orderId: o.id,
        customerId: o.customerId,
        channel: o.channel,
        revenue: { amount: o.total, currencyCode: 'EUR' },
        occurredAt: o.placedAt,
      })),
    );
  });
});

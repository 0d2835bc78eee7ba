import type { DeliveryMethod, SalesChannel } from '../platform/shared/commerce';
import { DROPSHIP_CATEGORY } from './catalog';
import type { CustomerProfile } from './customers';
import {
  allocateLine,
  buildFulfillmentOrders,
  type Allocation,
  type RoutableLine,
  type RoutingContext,
} from './fulfillment';
import type { StockIndex } from './inventory';
import { MARKETPLACE_PARTNER_ID, STORE_COUNT, TIER_WEIGHT, storeId, storeTier } from './locations';
import type { Random } from './random';
import { CURRENCY, DEMO_NOW, HOUR_MS, iso, pad } from './constants';
import type {
  OrderStatus,
  ScenarioFulfillmentOrder,
  ScenarioLocation,
  ScenarioOrder,
  ScenarioOrderLine,
  ScenarioOrderNote,
  ScenarioProduct,
  ScenarioVariant,
} from './scenario';

/** Orders across every sales channel, routed to fulfillment orders. */

const MINUTE_MS = 60_000;

const CHANNEL_QUOTA: Record<SalesChannel, number> = {
  WEB: 160,
  APP: 85,
  POS: 95,
  KIOSK: 22,
  MARKETPLACE: 55,
  SOCIAL: 25,
  B2B: 18,
};

const GUEST_RATE: Partial<Record<SalesChannel, number>> = { POS: 0.18, WEB: 0.04, MARKETPLACE: 0.08, KIOSK: 0.05 };

type Mode = 'ship' | 'pickup' | 'sts' | 'mixed';

export interface OrdersInput {
  rng: Random;
  products: readonly ScenarioProduct[];
  variants: readonly ScenarioVariant[];
  locations: readonly ScenarioLocation[];
  stock: StockIndex;
  profiles: readonly CustomerProfile[];
}

export interface OrdersData {
  orders: ScenarioOrder[];
  fulfillmentOrders: ScenarioFulfillmentOrder[];
}

function draftTiming(rng: Random, channel: SalesChannel): { status: OrderStatus; placedAtMs: number } {
  const status: OrderStatus =
    channel === 'POS'
      ? 'FULFILLED'
      : rng.weighted([
          ['FULFILLED', 72],
          ['CONFIRMED', 12],
          ['PARTIALLY_FULFILLED', 7],
          ['CANCELLED', 9],
        ] as const);
  const [minMin, maxMin] =
    status === 'CONFIRMED'
      ? [60, 96 * 60]
      : status === 'PARTIALLY_FULFILLED'
        ? [24 * 60, 8 * 24 * 60]
        : status === 'CANCELLED'
          ? [24 * 60, 180 * 24 * 60]
          : channel === 'POS'
            ? [2 * 60, 180 * 24 * 60]
            : [5 * 24 * 60, 180 * 24 * 60];
  return { status, placedAtMs: DEMO_NOW - rng.int(minMin, maxMin) * MINUTE_MS };
}

function shipping(channel: SalesChannel, subtotal: number, hasShip: boolean, bulky: boolean): number {
  if (!hasShip) return 0;
  if (bulky) return subtotal >= 50_000 ? 0 : 3_900;
  if (channel === 'MARKETPLACE') return 599;
  if (channel === 'B2B') return subtotal >= 50_000 ? 0 : 1_500;
  return subtotal >= 6_000 ? 0 : 490;
}

export function generateOrders(input: OrdersInput): OrdersData {
  const { rng, stock, profiles } = input;
  const productById = new Map(input.products.map((p) => [p.id, p]));
  const variantById = new Map(input.variants.map((v) => [v.sku, v]));
  const locationById = new Map(input.locations.map((l) => [l.id, l]));
  const dropshipSkus = new Set(
    input.variants.filter((v) => productById.get(v.productId)?.category === DROPSHIP_CATEGORY).map((v) => v.sku),
  );
  const ctx: RoutingContext = { rng, stock, locationById, dropshipSkus };

  // Sellable SKUs with a long-tail popularity per product.
  const sellable = input.variants.filter(
    (v) => productById.get(v.productId)?.status === 'ACTIVE' && stock.locationsOf(v.sku).length > 0,
  );
  const popularity = new Map(
    rng.shuffle([...new Set(sellable.map((v) => v.productId))]).map((id, rank) => [id, 1 / (1 + rank * 0.04)]),
  );
  const pickSku = rng.sampler(
    sellable.map((v) => v.sku),
    sellable.map((v) => popularity.get(v.productId) ?? 1),
  );
  const sellableSkus = new Set(sellable.map((v) => v.sku));
  const storeSkus = new Map<string, string[]>();
  for (const level of stock.levels) {
    if (level.onHand <= 0 || !sellableSkus.has(level.sku)) continue;
    const list = storeSkus.get(level.locationId) ?? [];
    list.push(level.sku);
    storeSkus.set(level.locationId, list);
  }
  const storeIndexes = Array.from({ length: STORE_COUNT }, (_, i) => i);
  const storesWith = (capability: string): [number, number][] =>
    storeIndexes
      .filter((i) => locationById.get(storeId(i))?.capabilities.some((c) => c === capability))
      .map((i) => [i, TIER_WEIGHT[storeTier(i)]]);
  const posStores = storesWith('CARRY_OUT').filter(([i]) => (storeSkus.get(storeId(i))?.length ?? 0) > 0);
  const kioskStores = posStores.filter(([i]) => ['flagship', 'large', 'standard'].includes(storeTier(i)));
  const pickupStores = storesWith('PICKUP_IN_STORE');

  const pools: Record<SalesChannel, CustomerProfile[]> = {
    WEB: profiles.filter((p) => !p.b2b),
    APP: profiles.filter((p) => p.appUser),
    KIOSK: profiles.filter((p) => !p.b2b),
    POS: profiles.flatMap((p) => (p.b2b ? [] : p.loyaltyMember ? [p, p, p] : [p])),
    MARKETPLACE: profiles.filter((p) => p.marketplaceBuyer),
    SOCIAL: profiles.filter((p) => !p.b2b),
    B2B: profiles.filter((p) => p.b2b),
  };
  const chooseCustomer = (channel: SalesChannel, placedAtMs: number): CustomerProfile | null => {
    if (rng.chance(GUEST_RATE[channel] ?? 0)) return null;
    const eligible = pools[channel].filter((p) => p.createdAtMs < placedAtMs - HOUR_MS);
    return eligible.length > 0 ? rng.pick(eligible) : null;
  };

  const drafts = rng
    .shuffle(
      (Object.keys(CHANNEL_QUOTA) as SalesChannel[]).flatMap((ch) => Array<SalesChannel>(CHANNEL_QUOTA[ch]).fill(ch)),
    )
    .map((channel, i) => ({ channel, i, ...draftTiming(rng, channel) }))
    .sort((a, b) => a.placedAtMs - b.placedAtMs || a.i - b.i);

  const orders: ScenarioOrder[] = [];
  const fulfillmentOrders: ScenarioFulfillmentOrder[] = [];
  drafts.forEach((draft, k) => {
    const { channel, placedAtMs } = draft;
    const orderId = `ord_${pad(k + 1, 6)}`;
    const customer = chooseCustomer(channel, placedAtMs);
    const open = draft.status === 'CONFIRMED' || draft.status === 'PARTIALLY_FULFILLED';

    // Where the order was taken (POS, kiosk) and where it is collected (pick-up modes).
    let storeIndex: number | null = null;
    if (channel === 'POS' || channel === 'KIOSK') {
      const stores = channel === 'POS' ? posStores : kioskStores;
      const home = customer?.homeStore;
      storeIndex =
        home !== undefined && rng.chance(0.8) && stores.some(([i]) => i === home) ? home : rng.weighted(stores);
    }
    let mode: Mode = 'ship';
    if (channel === 'WEB' || channel === 'APP' || channel === 'KIOSK') {
      mode = rng.weighted([
        ['ship', channel === 'KIOSK' ? 50 : 60],
        ['pickup', 28],
        ['sts', 12],
      ] as const);
      if (draft.status === 'PARTIALLY_FULFILLED' && rng.chance(0.6)) mode = 'mixed';
    } else if (channel === 'SOCIAL' && rng.chance(0.1)) mode = 'pickup';
    let pickupStore: string | null = null;
    if (mode !== 'ship' && channel !== 'POS') {
      const capability = mode === 'sts' ? 'SHIP_TO_STORE' : 'PICKUP_IN_STORE';
      const candidates = capability === 'PICKUP_IN_STORE' ? pickupStores : storesWith(capability);
      const preferred = storeIndex ?? customer?.homeStore;
      const index =
        preferred !== undefined && candidates.some(([i]) => i === preferred) ? preferred : rng.weighted(candidates);
      pickupStore = storeId(index);
    }

    // Lines: distinct SKUs; POS sells what is on the shelf.
    const lineCount = Math.max(
      rng.weighted([
        [1, 45],
        [2, 30],
        [3, 15],
        [4, 10],
      ] as const),
      draft.status === 'PARTIALLY_FULFILLED' ? 2 : 1,
    );
    const shelf = storeIndex !== null && channel === 'POS' ? (storeSkus.get(storeId(storeIndex)) ?? []) : null;
    const skus = new Set<string>();
    for (let guard = 0; skus.size < lineCount && guard < 50; guard += 1) {
      const sku = shelf ? rng.pick(shelf) : pickSku();
      if (channel === 'B2B' && dropshipSkus.has(sku)) continue;
      skus.add(sku);
    }
    const lines: RoutableLine[] = [...skus].map((sku, n) => {
      let deliveryMethod: DeliveryMethod = 'SHIP';
      if (channel === 'POS') deliveryMethod = 'CARRY_OUT';
      else if (!dropshipSkus.has(sku)) {
        if (mode === 'pickup' || (mode === 'mixed' && n === 0)) deliveryMethod = 'PICKUP_IN_STORE';
        else if (mode === 'sts') deliveryMethod = 'SHIP_TO_STORE';
      }
      const quantity =
        channel === 'B2B'
          ? rng.int(4, 24)
          : rng.weighted([
              [1, 80],
              [2, 15],
              [3, 5],
            ] as const);
      const pickupLocationId =
        deliveryMethod === 'CARRY_OUT' ? storeId(storeIndex ?? 0) : deliveryMethod === 'SHIP' ? null : pickupStore;
      return { sku, quantity, deliveryMethod, pickupLocationId };
    });

    // Route each line; a line that cannot be collected where asked becomes a home delivery.
    const allocations: Allocation[] = [];
    for (const line of lines) {
      const avoid = draft.status === 'PARTIALLY_FULFILLED' ? (allocations[0]?.locationId ?? null) : null;
      let allocation = allocateLine(ctx, line, channel, open, avoid);
      if (!allocation) {
        line.deliveryMethod = 'SHIP';
        line.pickupLocationId = null;
        allocation = allocateLine(ctx, line, channel, open, avoid);
      }
      if (!allocation) throw new Error(`demo data: no node can fulfil ${line.sku}`);
      allocations.push(allocation);
    }

    const orderLines: ScenarioOrderLine[] = lines.map((line, n) => {
      const price = variantById.get(line.sku)?.prices.find((p) => p.channel === channel);
      if (!price) throw new Error(`demo data: no ${channel} price for ${line.sku}`);
      return {
        id: `${orderId}-${n + 1}`,
        sku: line.sku,
        quantity: line.quantity,
        unitPrice: price.amount,
        lineTotal: price.amount * line.quantity,
        deliveryMethod: line.deliveryMethod,
        pickupLocationId: line.pickupLocationId,
      };
    });
    const subtotal = orderLines.reduce((sum, l) => sum + l.lineTotal, 0);
    const hasShip = orderLines.some((l) => l.deliveryMethod === 'SHIP');
    const shippingTotal = shipping(
      channel,
      subtotal,
      hasShip,
      orderLines.some((l) => dropshipSkus.has(l.sku)),
    );

    const routed = buildFulfillmentOrders(
      ctx,
      { id: orderId, placedAtMs, lineIds: orderLines.map((l) => l.id), lines },
      allocations,
      draft.status,
    );
    fulfillmentOrders.push(...routed.fulfillmentOrders);

    let updatedAtMs = routed.fulfillmentOrders.reduce((max, fo) => Math.max(max, Date.parse(fo.updatedAt)), placedAtMs);
    const notes: ScenarioOrderNote[] = [];
    if (routed.status === 'CANCELLED') {
      updatedAtMs = Math.min(Math.max(updatedAtMs, placedAtMs + rng.int(10, 300) * MINUTE_MS), DEMO_NOW - MINUTE_MS);
      const text = rng.pick([
        'Cancelled at customer request',
        'Payment authorisation declined',
        'Customer ordered the wrong size',
      ]);
      notes.push({ id: `${orderId}-note-1`, text, author: 'customer-service', createdAt: iso(updatedAtMs) });
    } else if (rng.chance(0.06)) {
      const text =
        channel === 'B2B'
          ? 'Invoice to be issued with the company VAT number'
          : rng.pick([
              'Gift wrap requested',
              'Please leave the parcel with the concierge',
              'Customer asked for a call before delivery',
            ]);
      notes.push({
        id: `${orderId}-note-1`,
        text,
        author: channel === 'POS' ? 'store-associate' : 'customer',
        createdAt: iso(placedAtMs),
      });
    }

    orders.push({
      id: orderId,
      number: `R${100000 + k + 1}`,
      customerId: customer?.id ?? null,
      channel,
      status: routed.status,
      currencyCode: CURRENCY,
      lines: orderLines,
      subtotal,
      shippingTotal,
      total: subtotal + shippingTotal,
      storeLocationId: storeIndex !== null ? storeId(storeIndex) : null,
      partnerId: channel === 'MARKETPLACE' ? MARKETPLACE_PARTNER_ID : null,
      externalId: channel === 'MARKETPLACE' ? `GM-2026-${pad(700000 + k * 7 + rng.int(0, 6), 7)}` : null,
      notes,
      placedAt: iso(placedAtMs),
      updatedAt: iso(updatedAtMs),
    });
  });
  return { orders, fulfillmentOrders };
}

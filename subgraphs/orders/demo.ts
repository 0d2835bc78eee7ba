import type { DemoScenario } from '../../demo/scenario';
import type { DemoSeeding } from '../types';
import type { OrderDoc } from './model';
import { COLLECTIONS } from './store';

/** The orders subgraph's documents for the demo scenario: every order with its lines and notes. */
export function ordersDemo(scenario: DemoScenario) {
  const orders = scenario.orders.map((o): OrderDoc => ({
    _id: o.id,
    number: o.number,
    customerId: o.customerId,
    channel: o.channel,
    status: o.status,
    currencyCode: o.currencyCode,
    lines: o.lines.map((l) => ({
      id: l.id,
      sku: l.sku,
      quantity: l.quantity,
      unitPrice: l.unitPrice,
      lineTotal: l.lineTotal,
      deliveryMethod: l.deliveryMethod,
      pickupLocationId: l.pickupLocationId,
    })),
    subtotal: o.subtotal,
    shippingTotal: o.shippingTotal,
    total: o.total,
    storeLocationId: o.storeLocationId,
    partnerId: o.partnerId,
    externalId: o.externalId,
    notes: o.notes.map((n) => ({ id: n.id, text: n.text, author: n.author, createdAt: n.createdAt })),
    placedAt: o.placedAt,
    updatedAt: o.updatedAt,
  }));
  // Placed orders number from R200001 on; the counter starts with the first one.
  return {
    [COLLECTIONS.orders]: orders,
    [COLLECTIONS.counters]: [],
    [COLLECTIONS.carts]: [],
    [COLLECTIONS.promotions]: [],
    [COLLECTIONS.returns]: [],
    [COLLECTIONS.outbox]: [],
  };
}

/** The orders subgraph's part in seeding: its collections and its demo documents. */
export const ordersSeeding: DemoSeeding = { collections: Object.values(COLLECTIONS), demo: ordersDemo };

import type { DemoScenario } from '../../demo/scenario';
import type { DemoSeeding } from '../types';
import type { FulfillmentOrderDoc, LocationDoc } from './model';
import { COLLECTIONS } from './store';

/** The fulfillment subgraph's documents for the demo scenario: the network and the fulfillment orders. */
export function fulfillmentDemo(scenario: DemoScenario) {
  const locations = scenario.locations.map((l): LocationDoc => ({
    _id: l.id,
    code: l.code,
    name: l.name,
    type: l.type,
    address: {
      line1: l.address.line1,
      city: l.address.city,
      postalCode: l.address.postalCode,
      region: l.address.region,
      countryCode: l.address.countryCode,
    },
    geo: { lat: l.geo.lat, lng: l.geo.lng },
    timezone: l.timezone,
    capabilities: [...l.capabilities],
    capacityPerDay: l.capacityPerDay,
    handlingTimeHours: l.handlingTimeHours,
    costPerShipment: { amount: l.costPerShipment.amount, currencyCode: l.costPerShipment.currencyCode },
    active: l.active,
    updatedAt: l.updatedAt,
  }));
  const fulfillmentOrders = scenario.fulfillmentOrders.map((f): FulfillmentOrderDoc => ({
    _id: f.id,
    orderId: f.orderId,
    locationId: f.locationId,
    deliveryMethod: f.deliveryMethod,
    status: f.status,
    lines: f.lines.map((l) => ({ orderLineId: l.orderLineId, sku: l.sku, quantity: l.quantity })),
    rejectionReason: f.rejectionReason,
    promisedBy: f.promisedBy,
    createdAt: f.createdAt,
    updatedAt: f.updatedAt,
  }));
  return { [COLLECTIONS.locations]: locations, [COLLECTIONS.fulfillmentOrders]: fulfillmentOrders };
}

/** The fulfillment subgraph's part in seeding: its collections and its demo documents. */
export const fulfillmentSeeding: DemoSeeding = { collections: Object.values(COLLECTIONS), demo: fulfillmentDemo };

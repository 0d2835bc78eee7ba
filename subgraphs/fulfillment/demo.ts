import type { DemoScenario } from '../../demo/scenario';
import type { DemoSeeding } from '../types';
import { SALES_CHANNELS } from '../../platform/shared/commerce';
import type { BusinessHours, Weekday } from './domain/calendar';
import { defaultProfile } from './domain/sourcing-profile';
import type { FulfillmentOrderDoc, LocationDoc, LocationType, SourcingProfileDoc } from './model';
import { COLLECTIONS } from './store';

const hours = (days: readonly Weekday[], opens: string, closes: string): BusinessHours[] =>
  days.map((day) => ({ day, opens, closes }));
const WEEK: readonly Weekday[] = ['MON', 'TUE', 'WED', 'THU', 'FRI'];

/**
 * What the scenario does not say about a node, by type: carrier cost per km (minor units), routing
 * rank, cut-off and opening hours. DCs work six days until late, stores keep shop hours, partners
 * office hours.
 */
const NETWORK: Record<LocationType, Pick<LocationDoc, 'costPerKm' | 'rank' | 'cutoffTime' | 'businessHours'>> = {
  WAREHOUSE: {
    costPerKm: 0.6,
    rank: 10,
    cutoffTime: '16:00',
    businessHours: hours([...WEEK, 'SAT'], '06:00', '22:00'),
  },
  STORE: { costPerKm: 1.2, rank: 30, cutoffTime: '15:00', businessHours: hours([...WEEK, 'SAT'], '09:30', '19:30') },
  THIRD_PARTY_LOGISTICS: {
    costPerKm: 0.8,
    rank: 20,
    cutoffTime: '14:00',
    businessHours: hours(WEEK, '07:00', '19:00'),
  },
  DROPSHIP_SUPPLIER: { costPerKm: 1.0, rank: 40, cutoffTime: '12:00', businessHours: hours(WEEK, '08:00', '17:00') },
};

/** The fulfillment subgraph's documents for the demo scenario: the network, fulfillment orders and sourcing profiles. */
export function fulfillmentDemo(scenario: DemoScenario) {
  // A partner node is operated by the scenario's partner of the same kind (its 3PL, its supplier).
  const operator = (type: LocationType) =>
    type === 'THIRD_PARTY_LOGISTICS' || type === 'DROPSHIP_SUPPLIER'
      ? (scenario.partners.find((p) => p.type === type)?.id ?? null)
      : null;
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
    ...NETWORK[l.type],
    businessHours: NETWORK[l.type].businessHours.map((h) => ({ ...h })),
    active: l.active,
    operatorPartnerId: operator(l.type),
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
    // Demo history was placed before routing held stock through the ledger.
    reservationId: null,
    channel: null,
    destination: null,
    pickupLocationId: f.deliveryMethod === 'SHIP' ? null : f.locationId,
    pickupExpiresAt: null,
    receivedAt: null,
    shipments: [],
    appliedEvents: [],
    excludedLocationIds: [],
  }));
  // Profiles as of the network's last change (the scenario has no clock of its own).
  const asOf = scenario.locations.reduce((max, l) => (l.updatedAt > max ? l.updatedAt : max), '');
  const profiles = SALES_CHANNELS.map((channel): SourcingProfileDoc => ({
    _id: channel,
    ...defaultProfile(channel),
    updatedAt: asOf,
    updatedBy: null,
  }));
  return {
    [COLLECTIONS.locations]: locations,
    [COLLECTIONS.fulfillmentOrders]: fulfillmentOrders,
    // Nothing taken yet: loads start with the first routed order.
    [COLLECTIONS.locationLoads]: [],
    [COLLECTIONS.sourcingProfiles]: profiles,
    [COLLECTIONS.backorders]: [],
    [COLLECTIONS.cancellations]: [],
    [COLLECTIONS.outbox]: [],
  };
}

/** The fulfillment subgraph's part in seeding: its collections and its demo documents. */
export const fulfillmentSeeding: DemoSeeding = { collections: Object.values(COLLECTIONS), demo: fulfillmentDemo };

import type { DeliveryMethod, GeoPoint, Money, SalesChannel } from '../../platform/shared/commerce';
import type { BusinessHours } from './domain/calendar';

export const LOCATION_TYPES = ['WAREHOUSE', 'STORE', 'THIRD_PARTY_LOGISTICS', 'DROPSHIP_SUPPLIER'] as const;
export type LocationType = (typeof LOCATION_TYPES)[number];

export const FULFILLMENT_CAPABILITIES = [
  'SHIP',
  'PICKUP_IN_STORE',
  'SHIP_TO_STORE',
  'CARRY_OUT',
  'SAME_DAY_DELIVERY',
  'RETURNS',
] as const;
export type FulfillmentCapability = (typeof FULFILLMENT_CAPABILITIES)[number];

export interface Address {
  line1: string;
  city: string;
  postalCode: string;
  region: string;
  countryCode: string;
}

/** Collection `locations`, `_id` like `loc_dc_01`, `loc_store_07`. */
export interface LocationDoc {
  _id: string;
  code: string;
  name: string;
  type: LocationType;
  address: Address;
  geo: GeoPoint;
  timezone: string;
  capabilities: FulfillmentCapability[];
  /** Fulfillment orders the node can take per day. */
  capacityPerDay: number;
  handlingTimeHours: number;
  costPerShipment: Money;
  /** Carrier cost per km from the node to the destination, in minor units of costPerShipment's currency. */
  costPerKm: number;
  /** Routing preference: lower is preferred (a tie-breaker weighted by the sourcing profile). */
  rank: number;
  /** Local "HH:MM": an order taken later is handled the next business day. */
  cutoffTime: string;
  /** Opening hours per weekday in `timezone`; a weekday without an entry is closed. */
  businessHours: BusinessHours[];
  active: boolean;
  /** The partner operating the node (a 3PL's warehouse, a dropship supplier); null for our own. */
  operatorPartnerId: string | null;
  updatedAt: string;
}

/** Collection `location_loads`, `_id` = `${locationId}:${local date}`: fulfillment orders a node took that day. */
export interface LocationLoadDoc {
  _id: string;
  locationId: string;
  date: string;
  taken: number;
}

export const FULFILLMENT_ORDER_STATUSES = [
  'OPEN',
  'ACCEPTED',
  'IN_PROGRESS',
  'READY_FOR_PICKUP',
  'SHIPPED',
  'DELIVERED',
  'PICKED_UP',
  'REJECTED',
  'CANCELLED',
] as const;
export type FulfillmentOrderStatus = (typeof FULFILLMENT_ORDER_STATUSES)[number];

export interface FulfillmentOrderLine {
  orderLineId: string;
  sku: string;
  quantity: number;
}

/** An order line cancelled out of a fulfillment order or a backorder that keeps its other lines. */
export interface CancelledLine {
  orderLineId: string;
  sku: string;
  quantity: number;
  /** The hold line released for it in catalog's ledger (null for a backorder line: nothing was held). */
  holdLineKey: string | null;
  /** The cancellation's idempotency key (a retry of it is recognised by it) and its reason. */
  key: string;
  reason: string;
  cancelledAt: string;
}

/** A request applied to a fulfillment order, by its source event id (replays are recognised by it). */
export interface AppliedEvent {
  sourceEventId: string;
  requestHash: string;
}

/** Collection `fulfillment_orders`, `_id` like `fo_000001_1`. */
export interface FulfillmentOrderDoc {
  _id: string;
  orderId: string;
  locationId: string;
  deliveryMethod: DeliveryMethod;
  status: FulfillmentOrderStatus;
  lines: FulfillmentOrderLine[];
  rejectionReason: string | null;
  promisedBy: string;
  createdAt: string;
  updatedAt: string;
  /** The hold on its stock in catalog's ledger (lines keyed `${id}/${orderLineId}`); null for demo history. */
  reservationId: string | null;
  /** The order's channel and destination, kept to re-route rejected lines; null for demo history. */
  channel: SalesChannel | null;
  destination: (GeoPoint & { countryCode: string }) | null;
  /** The store a pickup (or a ship-to-store transfer) is collected at. */
  pickupLocationId: string | null;
  /** When a ready pickup stops being held. */
  pickupExpiresAt: string | null;
  /** When a ship-to-store transfer arrived at its pickup store (its hold moved there); null before. */
  receivedAt: string | null;
  shipments: { carrier: string | null; trackingNumber: string | null; shippedAt: string }[];
  /** The requests applied to it, by source event id (the latest 50). */
  appliedEvents: AppliedEvent[];
  /** Nodes that rejected these lines before: never routed to again. */
  excludedLocationIds: string[];
  /** Lines cancelled out of it while it kept others (`cancelLines`); absent on older documents. */
  cancelledLines?: CancelledLine[];
}

/** The weight of each routing criterion (docs/routing.md); 0 ignores it. */
export interface RoutingWeights {
  cost: number;
  lateHour: number;
  extraShipment: number;
  distanceKm: number;
  rank: number;
  capacityUse: number;
  stockBalance: number;
}

/** Collection `sourcing_profiles`, `_id` = the sales channel: how that channel's orders are routed. */
export interface SourcingProfileDoc {
  _id: SalesChannel;
  locationTypes: LocationType[];
  maxShipments: number;
  maxDistanceKm: number | null;
  keepSafetyStock: boolean;
  requireCapacity: boolean;
  shipComplete: boolean;
  stayInCountry: boolean;
  allowBackorder: boolean;
  pickupRadiusKm: number | null;
  slaHours: number;
  weights: RoutingWeights;
  updatedAt: string;
  updatedBy: string | null;
}

/**
 * Collection `backorders`, `_id` = `bo_<order id>_<n>`: lines that could not be served when routed
 * (the channel's profile allows backorders). Retried when stock of one of its SKUs arrives.
 */
export interface BackorderDoc {
  _id: string;
  orderId: string;
  channel: SalesChannel;
  destination: (GeoPoint & { countryCode: string }) | null;
  lines: {
    id: string;
    sku: string;
    quantity: number;
    deliveryMethod: DeliveryMethod;
    pickupLocationId: string | null;
  }[];
  /** The lines' SKUs (indexed: an inventory event finds the backorders it may serve). */
  skus: string[];
  /** Nodes never to route to (those that rejected these lines). */
  excludedLocationIds: string[];
  /** CANCELLED: it waited too long (`BACKORDER_MAX_WAIT_S`), or every line of it was cancelled. */
  status: BackorderStatus;
  /** Why it waits (a routing failure code); once CANCELLED, why: WAITED_TOO_LONG or LINES_CANCELLED. */
  reason: string;
  /** What is short, and when incoming stock can cover it (null: no incoming stock does). */
  shortLines: { lineId: string; sku: string; missing: number; promisedBy?: string | null }[];
  /**
   * Retries so far, and changes to its lines: each claims the backorder with a compare-and-set on
   * this count, so a retry that routed lines cancelled meanwhile knows it lost.
   */
  attempts: number;
  fulfillmentOrderIds: string[];
  /** Lines cancelled out of it (`cancelLines`); absent on older documents. */
  cancelledLines?: CancelledLine[];
  createdAt: string;
  updatedAt: string;
}

export const BACKORDER_STATUSES = ['WAITING', 'ROUTED', 'CANCELLED'] as const;
export type BackorderStatus = (typeof BACKORDER_STATUSES)[number];

/**
 * Collection `cancellations`, `_id` = `${orderId}:${idempotencyKey}`: a `cancelLines` request,
 * recorded before it changes anything and marked DONE once everything it names is cancelled, so a
 * retry after a crash resumes it and a repeat is answered without acting again.
 */
export interface CancellationDoc {
  _id: string;
  orderId: string;
  key: string;
  requestHash: string;
  orderLineIds: string[];
  status: 'PENDING' | 'DONE';
  /** Set when DONE: the fulfillment orders it cancelled whole. */
  cancelledFulfillmentOrderIds: string[];
  createdAt: string;
  updatedAt: string;
}

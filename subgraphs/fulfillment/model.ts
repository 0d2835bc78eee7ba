import type { DeliveryMethod, GeoPoint, Money } from '../../platform/shared/commerce';

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
  active: boolean;
  updatedAt: string;
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
}

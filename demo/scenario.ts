import type { DeliveryMethod, GeoPoint, Money, SalesChannel } from '../platform/shared/commerce';

/**
 * The shared demo scenario: which locations, partners, products, stock, customers, orders,
 * fulfillment orders, campaigns, touchpoints and conversions exist. It is written in its own
 * vocabulary (no subgraph's document types); each subgraph's `demo.ts` turns it into the
 * documents of its own collections and derives what its domain owns (search terms, a position's
 * `available` and key, identifier keys). The string unions mirror the SDL enums, so a subgraph
 * whose enum drops a value fails to compile its `demo.ts`.
 */
export interface DemoScenario {
  locations: ScenarioLocation[];
  partners: ScenarioPartner[];
  products: ScenarioProduct[];
  variants: ScenarioVariant[];
  stock: ScenarioStockPosition[];
  customers: ScenarioCustomer[];
  orders: ScenarioOrder[];
  fulfillmentOrders: ScenarioFulfillmentOrder[];
  campaigns: ScenarioCampaign[];
  touchpoints: ScenarioTouchpoint[];
  conversions: ScenarioConversion[];
}

export type LocationType = 'WAREHOUSE' | 'STORE' | 'THIRD_PARTY_LOGISTICS' | 'DROPSHIP_SUPPLIER';
export type FulfillmentCapability =
  'SHIP' | 'PICKUP_IN_STORE' | 'SHIP_TO_STORE' | 'CARRY_OUT' | 'SAME_DAY_DELIVERY' | 'RETURNS';

export interface ScenarioAddress {
  line1: string;
  city: string;
  postalCode: string;
  region: string;
  countryCode: string;
}

export interface ScenarioLocation {
  id: string;
  code: string;
  name: string;
  type: LocationType;
  address: ScenarioAddress;
  geo: GeoPoint;
  timezone: string;
  capabilities: FulfillmentCapability[];
  capacityPerDay: number;
  handlingTimeHours: number;
  costPerShipment: Money;
  active: boolean;
  updatedAt: string;
}

export interface ScenarioPartner {
  id: string;
  name: string;
  type: 'MARKETPLACE' | 'THIRD_PARTY_LOGISTICS' | 'DROPSHIP_SUPPLIER' | 'AD_PLATFORM';
  scopes: string[];
  createdAt: string;
}

export interface ScenarioProduct {
  id: string;
  handle: string;
  title: string;
  description: string;
  brand: string;
  category: string;
  tags: string[];
  status: 'ACTIVE' | 'DRAFT' | 'ARCHIVED';
  createdAt: string;
}

export interface ScenarioPrice {
  channel: SalesChannel;
  currencyCode: string;
  /** Integer minor units. */
  amount: number;
  compareAtAmount: number | null;
}

export interface ScenarioVariant {
  sku: string;
  productId: string;
  title: string;
  options: { name: string; value: string }[];
  prices: ScenarioPrice[];
  barcode: string;
  weightGrams: number;
}

/** The units of one SKU at one location, by state; what is free to sell is the catalog's to derive. */
export interface ScenarioStockPosition {
  sku: string;
  locationId: string;
  onHand: number;
  committed: number;
  reserved: number;
  damaged: number;
  safetyStock: number;
  qualityControl: number;
  /** Deliveries on their way, each with its purchase order number (`PO-<n>`, unique in the scenario). */
  incoming: { reference: string; quantity: number; expectedAt: string }[];
  updatedAt: string;
}

export type IdentifierType =
  'EMAIL' | 'PHONE' | 'LOYALTY_CARD' | 'DEVICE_ID' | 'PAYMENT_TOKEN' | 'MARKETPLACE_ID' | 'EXTERNAL';
export type LoyaltyTier = 'NONE' | 'SILVER' | 'GOLD' | 'PLATINUM';

export interface ScenarioIdentifier {
  type: IdentifierType;
  /** Already normalised (as the identity subgraph would store it). */
  value: string;
  source: SalesChannel;
  addedAt: string;
}

export interface ScenarioCustomer {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  loyaltyTier: LoyaltyTier;
  marketingOptIn: boolean;
  identifiers: ScenarioIdentifier[];
  createdAt: string;
  updatedAt: string;
}

export type OrderStatus = 'CONFIRMED' | 'PARTIALLY_FULFILLED' | 'FULFILLED' | 'CANCELLED';

export interface ScenarioOrderLine {
  id: string;
  sku: string;
  quantity: number;
  unitPrice: number;
  lineTotal: number;
  deliveryMethod: DeliveryMethod;
  pickupLocationId: string | null;
}

export interface ScenarioOrderNote {
  id: string;
  text: string;
  author: string;
  createdAt: string;
}

export interface ScenarioOrder {
  id: string;
  number: string;
  customerId: string | null;
  channel: SalesChannel;
  status: OrderStatus;
  currencyCode: string;
  lines: ScenarioOrderLine[];
  subtotal: number;
  shippingTotal: number;
  total: number;
  storeLocationId: string | null;
  partnerId: string | null;
  externalId: string | null;
  notes: ScenarioOrderNote[];
  placedAt: string;
  updatedAt: string;
}

export type FulfillmentOrderStatus =
  | 'OPEN'
  | 'ACCEPTED'
  | 'IN_PROGRESS'
  | 'READY_FOR_PICKUP'
  | 'SHIPPED'
  | 'DELIVERED'
  | 'PICKED_UP'
  | 'REJECTED'
  | 'CANCELLED';

export interface ScenarioFulfillmentOrder {
  id: string;
  orderId: string;
  locationId: string;
  deliveryMethod: DeliveryMethod;
  status: FulfillmentOrderStatus;
  lines: { orderLineId: string; sku: string; quantity: number }[];
  rejectionReason: string | null;
  promisedBy: string;
  createdAt: string;
  updatedAt: string;
}

export type MarketingChannel = 'SEARCH' | 'SOCIAL' | 'EMAIL' | 'DISPLAY' | 'AFFILIATE' | 'SMS' | 'IN_STORE';
export type TouchpointType = 'IMPRESSION' | 'CLICK' | 'EMAIL_OPEN' | 'EMAIL_CLICK' | 'STORE_VISIT' | 'APP_OPEN';
export type CampaignStatus = 'SCHEDULED' | 'ACTIVE' | 'PAUSED' | 'ENDED';

export interface ScenarioCampaign {
  id: string;
  name: string;
  channel: MarketingChannel;
  status: CampaignStatus;
  startsAt: string;
  endsAt: string;
  budget: Money;
  createdAt: string;
}

export interface ScenarioTouchpoint {
  id: string;
  customerId: string;
  campaignId: string | null;
  type: TouchpointType;
  channel: MarketingChannel;
  occurredAt: string;
}

/** A sale counted for attribution (every order that was not cancelled and has a customer). */
export interface ScenarioConversion {
  orderId: string;
  customerId: string | null;
  channel: SalesChannel;
  revenue: Money;
  occurredAt: string;
}

/** An empty scenario, for fixtures that describe only part of the network. */
export function emptyScenario(): DemoScenario {
  return {
    locations: [],
    partners: [],
    products: [],
    variants: [],
    stock: [],
    customers: [],
    orders: [],
    fulfillmentOrders: [],
    campaigns: [],
    touchpoints: [],
    conversions: [],
  };
}

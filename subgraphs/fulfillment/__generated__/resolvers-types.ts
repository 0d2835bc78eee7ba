import type { GraphQLResolveInfo } from 'graphql';
import type { LocationDoc, FulfillmentOrderDoc, FulfillmentOrderLine as FulfillmentOrderLineModel, SourcingProfileDoc, BackorderDoc } from '../model';
import type { OrderRef } from '../mappers';
import type { PlannedFulfillment as PlannedFulfillmentModel, GroupDecision } from '../domain/placement-plan';
import type { FulfillmentContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type Address = {
  __typename?: 'Address';
  city: Scalars['String']['output'];
  countryCode: Scalars['String']['output'];
  line1: Scalars['String']['output'];
  postalCode: Scalars['String']['output'];
  region: Scalars['String']['output'];
};

/**
 * Lines that could not be served when routed, waiting for stock (the channel's profile allows backorders).
 * They are routed as soon as stock of one of their SKUs arrives, and cancelled when they wait longer than
 * BACKORDER_MAX_WAIT_S (14 days unless configured).
 */
export type Backorder = {
  __typename?: 'Backorder';
  /** Retries so far, and changes to its lines (each claims it with a compare-and-set on this count). */
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The lines still waiting (cancelled lines leave it). */
  lines: Array<PlannedLine>;
  orderId: Scalars['ID']['output'];
  /**
   * Why it waits: OUT_OF_STOCK, TOO_MANY_SHIPMENTS or STOCK_CHANGED. Once CANCELLED, why:
   * WAITED_TOO_LONG, or LINES_CANCELLED (every line of it was cancelled).
   */
  reason: Scalars['String']['output'];
  shortLines: Array<ShortLine>;
  /** WAITING, ROUTED or CANCELLED. */
  status: Scalars['String']['output'];
  updatedAt: Scalars['String']['output'];
};

export type BusinessHours = {
  __typename?: 'BusinessHours';
  closes: Scalars['String']['output'];
  day: Weekday;
  opens: Scalars['String']['output'];
};

export type BusinessHoursInput = {
  closes: Scalars['String']['input'];
  day: Weekday;
  opens: Scalars['String']['input'];
};

/**
 * A cancellation was refused; nothing changed (except, when a shipment raced it, what it had already
 * cancelled of other fulfillment orders: see docs/api.md).
 */
export type CancelOrderLinesError = {
  __typename?: 'CancelOrderLinesError';
  code: CancelOrderLinesErrorCode;
  message: Scalars['String']['output'];
  /** The lines at fault. */
  orderLineIds: Array<Scalars['ID']['output']>;
};

export type CancelOrderLinesErrorCode =
  /** A line has left its node (shipped, delivered or picked up). */
  | 'ALREADY_SHIPPED'
  | 'IDEMPOTENCY_CONFLICT'
  /** A line stands in no live fulfillment order and no waiting backorder of the order. */
  | 'UNKNOWN_LINE';

export type CancelOrderLinesInput = {
  /**
   * 1 to 200 characters, per order: the same request again changes nothing, another request under it is
   * IDEMPOTENCY_CONFLICT.
   */
  idempotencyKey: Scalars['String']['input'];
  orderId: Scalars['ID']['input'];
  /** 1 to 100 order line ids (a line named twice is cancelled once). */
  orderLineIds: Array<Scalars['ID']['input']>;
  /** Up to 500 characters. */
  reason: Scalars['String']['input'];
};

export type CancelOrderLinesResult = CancelOrderLinesError | CancelledOrderLines;

/** An order line cancelled out of a fulfillment order that kept its other lines. */
export type CancelledLine = {
  __typename?: 'CancelledLine';
  cancelledAt: Scalars['String']['output'];
  orderLineId: Scalars['ID']['output'];
  quantity: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
};

/**
 * The lines are cancelled: their fulfillment orders cancelled (every line of it named) or left with
 * their other lines, their held stock released, and waiting lines taken out of their backorder.
 */
export type CancelledOrderLines = {
  __typename?: 'CancelledOrderLines';
  /** The fulfillment orders this cancellation cancelled whole. */
  cancelledFulfillmentOrderIds: Array<Scalars['ID']['output']>;
  /** False for a repeat of an applied cancellation (same key, same lines and reason). */
  changed: Scalars['Boolean']['output'];
  /** Where the order stands now. */
  fulfillment: OrderFulfillment;
};

export type DeliveryMethod =
  | 'CARRY_OUT'
  | 'PICKUP_IN_STORE'
  | 'SHIP'
  | 'SHIP_TO_STORE';

export type DestinationInput = {
  /** ISO 3166-1 alpha-2, e.g. FR. */
  countryCode: Scalars['String']['input'];
  lat: Scalars['Float']['input'];
  lng: Scalars['Float']['input'];
};

export type FulfillmentAction =
  | 'ACCEPT'
  | 'CANCEL'
  | 'DELIVER'
  | 'PICKED_UP'
  | 'READY_FOR_PICKUP'
  /**
   * SHIP_TO_STORE: the shipped transfer arrived at the pickup store (staff of that store): its units
   * enter the store's stock held for the order, and the order is ready for pickup.
   */
  | 'RECEIVE'
  | 'REJECT'
  | 'SHIP'
  | 'START';

export type FulfillmentCapability =
  | 'CARRY_OUT'
  | 'PICKUP_IN_STORE'
  | 'RETURNS'
  | 'SAME_DAY_DELIVERY'
  | 'SHIP'
  | 'SHIP_TO_STORE';

export type FulfillmentError = {
  __typename?: 'FulfillmentError';
  code: FulfillmentErrorCode;
  locationId: Maybe<Scalars['ID']['output']>;
  message: Scalars['String']['output'];
};

export type FulfillmentErrorCode =
  | 'INVALID_CALENDAR'
  | 'INVALID_CAPACITY'
  | 'INVALID_HANDLING_TIME'
  | 'INVALID_ROUTING_ATTRIBUTE'
  | 'INVALID_SOURCING_PROFILE'
  | 'LOCATION_NOT_FOUND'
  | 'UNSUPPORTED_CAPABILITY';

/** The part of an order one node fulfils. */
export type FulfillmentOrder = {
  __typename?: 'FulfillmentOrder';
  /** Lines cancelled out of it while it kept others (`cancelOrderLines`); they no longer hold stock. */
  cancelledLines: Array<CancelledLine>;
  createdAt: Scalars['String']['output'];
  deliveryMethod: DeliveryMethod;
  id: Scalars['ID']['output'];
  lines: Array<FulfillmentOrderLine>;
  location: Location;
  /** Owned by orders: null (with an error) when orders cannot answer. */
  order: Maybe<Order>;
  /** Until when a ready pickup is held at the store; then it is cancelled and its stock released. */
  pickupExpiresAt: Maybe<Scalars['String']['output']>;
  /**
   * Where the shopper collects a PICKUP_IN_STORE or SHIP_TO_STORE order (null for SHIP and CARRY_OUT).
   * A SHIP_TO_STORE order ships from `location` to this store, whose staff receive it (RECEIVE).
   */
  pickupLocation: Maybe<Location>;
  promisedBy: Scalars['String']['output'];
  /** When a SHIP_TO_STORE transfer arrived at its pickup store; null before. */
  receivedAt: Maybe<Scalars['String']['output']>;
  rejectionReason: Maybe<Scalars['String']['output']>;
  /** Shipments handed to a carrier (SHIP lines). */
  shipments: Array<Shipment>;
  status: FulfillmentOrderStatus;
  updatedAt: Scalars['String']['output'];
};

/** A fulfillment order step was refused; nothing changed. */
export type FulfillmentOrderError = {
  __typename?: 'FulfillmentOrderError';
  code: FulfillmentOrderErrorCode;
  message: Scalars['String']['output'];
};

export type FulfillmentOrderErrorCode =
  | 'FULFILLMENT_ORDER_NOT_FOUND'
  | 'IDEMPOTENCY_CONFLICT'
  | 'INVALID_TRANSITION'
  | 'STOCK_CHANGED'
  /**
   * The step is taken at the order's other node: a SHIP_TO_STORE order ships from its node and is
   * received and handed over at its pickup store.
   */
  | 'WRONG_LOCATION';

export type FulfillmentOrderLine = {
  __typename?: 'FulfillmentOrderLine';
  orderLineId: Scalars['ID']['output'];
  quantity: Scalars['Int']['output'];
  /** Owned by catalog: null (with an error) when catalog cannot answer. */
  variant: Maybe<Variant>;
};

export type FulfillmentOrderStatus =
  | 'ACCEPTED'
  | 'CANCELLED'
  | 'DELIVERED'
  | 'IN_PROGRESS'
  | 'OPEN'
  | 'PICKED_UP'
  | 'READY_FOR_PICKUP'
  | 'REJECTED'
  | 'SHIPPED';

/** The outcome of a step: the fulfillment order, and where a rejection re-routed its lines. */
export type FulfillmentOrderUpdate = {
  __typename?: 'FulfillmentOrderUpdate';
  /** False for a replay of an applied step (same source event id, same content). */
  changed: Scalars['Boolean']['output'];
  fulfillmentOrder: FulfillmentOrder;
  rerouted: Array<FulfillmentOrder>;
};

/** One message of a work-queue subscription. */
export type FulfillmentQueueUpdate = {
  __typename?: 'FulfillmentQueueUpdate';
  /**
   * SNAPSHOT: the queue, the most urgent promise first; CHANGE: the fulfillment order(s) of this node
   * that changed, as they are now.
   */
  fulfillmentOrders: Array<FulfillmentOrder>;
  kind: StreamMessageKind;
  /**
   * CHANGE: the ids among `fulfillmentOrders` that are not in the queue (any more): shipped away,
   * picked up, rejected, cancelled, expired. Empty for a SNAPSHOT.
   */
  leftQueueIds: Array<Scalars['ID']['output']>;
  /** 1 for the first message of the subscription, then one more per message. */
  sequence: Scalars['Int']['output'];
};

export type GeoPoint = {
  __typename?: 'GeoPoint';
  lat: Scalars['Float']['output'];
  lng: Scalars['Float']['output'];
};

export type GeoPointInput = {
  lat: Scalars['Float']['input'];
  lng: Scalars['Float']['input'];
};

/** A catalog hold and the cart (or checkout) that owns it. */
export type HeldCartInput = {
  ownerId: Scalars['String']['input'];
  reservationId: Scalars['ID']['input'];
};

/** A node of the network: distribution centre, store, 3PL or dropship supplier. */
export type Location = {
  __typename?: 'Location';
  active: Scalars['Boolean']['output'];
  address: Address;
  /** Opening hours per weekday, in `timezone`; a weekday without an entry is closed, none at all is open around the clock. */
  businessHours: Array<BusinessHours>;
  capabilities: Array<FulfillmentCapability>;
  capacityPerDay: Scalars['Int']['output'];
  code: Scalars['String']['output'];
  /** Carrier cost per km to the destination, in minor units of costPerShipment's currency. */
  costPerKm: Scalars['Float']['output'];
  costPerShipment: Money;
  /** Local "HH:MM": an order taken later is handled the next business day. */
  cutoffTime: Scalars['String']['output'];
  geo: GeoPoint;
  handlingTimeHours: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** Today's load (the node's local day): fulfillment orders taken and capacity left. */
  load: LocationLoad;
  name: Scalars['String']['output'];
  /** The partner operating the node (a 3PL or a dropship supplier); null for the retailer's own. */
  operatorPartnerId: Maybe<Scalars['ID']['output']>;
  /** Routing preference: lower is preferred. */
  rank: Scalars['Int']['output'];
  timezone: Scalars['String']['output'];
  type: LocationType;
};

export type LocationFilter = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  capability?: InputMaybe<FulfillmentCapability>;
  type?: InputMaybe<LocationType>;
};

export type LocationLoad = {
  __typename?: 'LocationLoad';
  capacity: Scalars['Int']['output'];
  /** The node's local date, YYYY-MM-DD. */
  date: Scalars['String']['output'];
  remaining: Scalars['Int']['output'];
  taken: Scalars['Int']['output'];
};

export type LocationType =
  | 'DROPSHIP_SUPPLIER'
  | 'STORE'
  | 'THIRD_PARTY_LOGISTICS'
  | 'WAREHOUSE';

export type Money = {
  __typename?: 'Money';
  /** Integer minor units (cents). */
  amount: Scalars['Int']['output'];
  currencyCode: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Cancel order lines that have not left their node, all or nothing: a fulfillment order whose every
   * line is named is cancelled (CANCEL), one keeping other lines loses just these, their held stock is
   * released, and waiting backorder lines stop waiting. Idempotent by idempotencyKey per order.
   * Internal services only: orders' cancelOrder decides who may cancel.
   */
  cancelOrderLines: Maybe<CancelOrderLinesResult>;
  /**
   * Route an order for real: hold its stock (all-or-nothing) and create its fulfillment orders.
   * Internal services only (orders' placeOrder calls it); a repeat for the same order answers the same.
   */
  routeOrder: Maybe<RouteOrderResult>;
  /**
   * One step of a fulfillment order's lifecycle, idempotent by source event id. Staff of its node and
   * internal callers; anyone else is answered as for a missing one.
   */
  updateFulfillmentOrder: Maybe<UpdateFulfillmentOrderResult>;
  /** Change a node's routing attributes (capabilities, daily capacity, handling time, active). */
  updateLocation: Maybe<UpdateLocationResult>;
  /** Change where a node is and what shipping from it costs (geo, time zone, costs, rank). Operators and internal services. */
  updateLocationRouting: Maybe<UpdateLocationResult>;
  /** Change one channel's sourcing profile. Operators and internal services. */
  updateSourcingProfile: Maybe<SourcingProfileResult>;
};


export type MutationCancelOrderLinesArgs = {
  input: CancelOrderLinesInput;
};


export type MutationRouteOrderArgs = {
  input: RouteOrderInput;
};


export type MutationUpdateFulfillmentOrderArgs = {
  input: UpdateFulfillmentOrderInput;
};


export type MutationUpdateLocationArgs = {
  input: UpdateLocationInput;
};


export type MutationUpdateLocationRoutingArgs = {
  input: UpdateLocationRoutingInput;
};


export type MutationUpdateSourcingProfileArgs = {
  input: SourcingProfileInput;
};

export type Order = {
  __typename?: 'Order';
  fulfillmentOrders: Maybe<Array<FulfillmentOrder>>;
  id: Scalars['ID']['output'];
};

/** Where an order stands in fulfillment. */
export type OrderFulfillment = {
  __typename?: 'OrderFulfillment';
  /** Every fulfillment order made for it, in any status (rejected and cancelled ones included), by id. */
  fulfillmentOrders: Array<FulfillmentOrder>;
  orderId: Scalars['ID']['output'];
  /** Its lines waiting for stock in a WAITING backorder. */
  waiting: Array<WaitingLine>;
};

export type PlannedFulfillment = {
  __typename?: 'PlannedFulfillment';
  deliveryMethod: DeliveryMethod;
  km: Scalars['Float']['output'];
  lines: Array<PlannedLine>;
  location: Location;
  promisedBy: Scalars['String']['output'];
};

export type PlannedLine = {
  __typename?: 'PlannedLine';
  orderLineId: Scalars['ID']['output'];
  quantity: Scalars['Int']['output'];
  sku: Scalars['String']['output'];
};

/** Changes to the channel's profile for one order; omitted settings are the channel's. */
export type ProfileOverrideInput = {
  allowBackorder?: InputMaybe<Scalars['Boolean']['input']>;
  keepSafetyStock?: InputMaybe<Scalars['Boolean']['input']>;
  locationTypes?: InputMaybe<Array<LocationType>>;
  maxDistanceKm?: InputMaybe<Scalars['Float']['input']>;
  maxShipments?: InputMaybe<Scalars['Int']['input']>;
  noDistanceLimit?: InputMaybe<Scalars['Boolean']['input']>;
  pickupRadiusKm?: InputMaybe<Scalars['Float']['input']>;
  requireCapacity?: InputMaybe<Scalars['Boolean']['input']>;
  shipComplete?: InputMaybe<Scalars['Boolean']['input']>;
  slaHours?: InputMaybe<Scalars['Int']['input']>;
  stayInCountry?: InputMaybe<Scalars['Boolean']['input']>;
  weights?: InputMaybe<RoutingWeightsInput>;
};

export type Query = {
  __typename?: 'Query';
  /** The backorder queue, oldest first (`status` WAITING, ROUTED or CANCELLED, default all; `first` 1 to 100). Operators and internal services. */
  backorders: Maybe<Array<Backorder>>;
  /** A fulfillment order by id. Unknown id: null plus a NOT_FOUND error. */
  fulfillmentOrder: Maybe<FulfillmentOrder>;
  /**
   * A node's work queue, the most urgent promise first (`first` 1 to 100, default 50): its open,
   * accepted, in-progress and ready orders, and the ship-to-store transfers on their way to it (SHIPPED:
   * to receive). Staff of that node and internal callers.
   */
  fulfillmentQueue: Maybe<Array<FulfillmentOrder>>;
  /** A location by id. Unknown id: null plus a NOT_FOUND error. */
  location: Maybe<Location>;
  locations: Array<Location>;
  /**
   * Where an order stands in fulfillment: every fulfillment order made for it (any status) and its lines
   * waiting as a backorder. Internal services only (orders derives an order's status from it); an order
   * fulfillment does not know has neither.
   */
  orderFulfillment: Maybe<OrderFulfillment>;
  /**
   * Plan an order on the live network without holding anything: the plan, the promise per
   * fulfillment, and why each node was or was not chosen (operators and internal services).
   */
  simulateRouting: Maybe<SimulateRoutingResult>;
  /** One channel's sourcing profile (operators and internal services). */
  sourcingProfile: Maybe<SourcingProfile>;
  /** Every channel's sourcing profile (operators and internal services). */
  sourcingProfiles: Maybe<Array<SourcingProfile>>;
};


export type QueryBackordersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
};


export type QueryFulfillmentOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFulfillmentQueueArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  locationId: Scalars['ID']['input'];
};


export type QueryLocationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLocationsArgs = {
  filter?: InputMaybe<LocationFilter>;
};


export type QueryOrderFulfillmentArgs = {
  orderId: Scalars['ID']['input'];
};


export type QuerySimulateRoutingArgs = {
  input: SimulateRoutingInput;
};


export type QuerySourcingProfileArgs = {
  channel: SalesChannel;
};

export type RouteOrderInput = {
  channel: SalesChannel;
  destination?: InputMaybe<DestinationInput>;
  idempotencyKey: Scalars['String']['input'];
  lines: Array<RoutingLineInput>;
  orderId: Scalars['ID']['input'];
  profile?: InputMaybe<ProfileOverrideInput>;
  /**
   * A cart hold the order takes over (catalog's reserveStock replaces): its units count as available
   * where they are held when the order is planned, and pass to the order's hold in the same atomic
   * write that reserves it. A hold that is gone or expired changes nothing.
   */
  replacesHold?: InputMaybe<HeldCartInput>;
};

export type RouteOrderResult = RoutedOrder | RoutingFailure;

export type RoutedOrder = {
  __typename?: 'RoutedOrder';
  backorder: Maybe<Backorder>;
  /** Empty when the whole order waits as a backorder. */
  fulfillmentOrders: Array<FulfillmentOrder>;
  /** True when the order had been routed before (same order id): nothing new was held. */
  replay: Scalars['Boolean']['output'];
};

/** The routing of one group of lines (one delivery method to one place). */
export type RoutingDecision = {
  __typename?: 'RoutingDecision';
  deliveryMethod: DeliveryMethod;
  exact: Scalars['Boolean']['output'];
  explanation: Array<RoutingExplanation>;
  feasible: Scalars['Boolean']['output'];
  objective: Maybe<Scalars['Float']['output']>;
  /** "destination", or the pickup store's id. */
  target: Scalars['String']['output'];
  terms: Maybe<RoutingTerms>;
};

/** One entry of a decision's explanation: how it was searched, why each node was chosen, why the best others were not. */
export type RoutingExplanation = {
  __typename?: 'RoutingExplanation';
  exact: Maybe<Scalars['Boolean']['output']>;
  /** search, chosen or rejected. */
  kind: Scalars['String']['output'];
  km: Maybe<Scalars['Float']['output']>;
  method: Maybe<Scalars['String']['output']>;
  nodeId: Maybe<Scalars['ID']['output']>;
  objectiveDelta: Maybe<Scalars['Float']['output']>;
  promiseHours: Maybe<Scalars['Float']['output']>;
  /** rejected: INACTIVE, NO_CAPABILITY, NO_CAPACITY, TOO_FAR, NO_STOCK or WORSE. */
  reason: Maybe<Scalars['String']['output']>;
  terms: Maybe<RoutingTerms>;
  units: Maybe<Scalars['Int']['output']>;
};

export type RoutingFailure = {
  __typename?: 'RoutingFailure';
  code: RoutingFailureCode;
  message: Scalars['String']['output'];
  shortLines: Array<ShortLine>;
};

export type RoutingFailureCode =
  | 'INVALID_ROUTING_REQUEST'
  | 'NO_ELIGIBLE_NODE'
  | 'OUT_OF_STOCK'
  | 'PICKUP_STORE_UNAVAILABLE'
  | 'STOCK_CHANGED'
  | 'TOO_MANY_SHIPMENTS';

export type RoutingLineInput = {
  deliveryMethod: DeliveryMethod;
  id: Scalars['ID']['input'];
  /** The store a PICKUP_IN_STORE, SHIP_TO_STORE or CARRY_OUT line is collected at. */
  pickupLocationId?: InputMaybe<Scalars['ID']['input']>;
  quantity: Scalars['Int']['input'];
  sku: Scalars['String']['input'];
};

export type RoutingSimulation = {
  __typename?: 'RoutingSimulation';
  decisions: Array<RoutingDecision>;
  feasible: Scalars['Boolean']['output'];
  fulfillments: Array<PlannedFulfillment>;
  /** When not feasible: OUT_OF_STOCK, NO_ELIGIBLE_NODE, TOO_MANY_SHIPMENTS or PICKUP_STORE_UNAVAILABLE. */
  reason: Maybe<Scalars['String']['output']>;
  shortLines: Array<ShortLine>;
};

/** Each criterion's weighted contribution (docs/routing.md). */
export type RoutingTerms = {
  __typename?: 'RoutingTerms';
  capacityUse: Scalars['Float']['output'];
  cost: Scalars['Float']['output'];
  distanceKm: Scalars['Float']['output'];
  extraShipment: Scalars['Float']['output'];
  lateHour: Scalars['Float']['output'];
  rank: Scalars['Float']['output'];
  stockBalance: Scalars['Float']['output'];
};

/** The weight of each criterion in the objective the router minimises (0: ignored). docs/routing.md defines each term. */
export type RoutingWeights = {
  __typename?: 'RoutingWeights';
  capacityUse: Scalars['Float']['output'];
  cost: Scalars['Float']['output'];
  distanceKm: Scalars['Float']['output'];
  extraShipment: Scalars['Float']['output'];
  lateHour: Scalars['Float']['output'];
  rank: Scalars['Float']['output'];
  stockBalance: Scalars['Float']['output'];
};

export type RoutingWeightsInput = {
  capacityUse?: InputMaybe<Scalars['Float']['input']>;
  cost?: InputMaybe<Scalars['Float']['input']>;
  distanceKm?: InputMaybe<Scalars['Float']['input']>;
  extraShipment?: InputMaybe<Scalars['Float']['input']>;
  lateHour?: InputMaybe<Scalars['Float']['input']>;
  rank?: InputMaybe<Scalars['Float']['input']>;
  stockBalance?: InputMaybe<Scalars['Float']['input']>;
};

export type SalesChannel =
  | 'APP'
  | 'B2B'
  | 'KIOSK'
  | 'MARKETPLACE'
  | 'POS'
  | 'SOCIAL'
  | 'WEB';

export type Shipment = {
  __typename?: 'Shipment';
  carrier: Maybe<Scalars['String']['output']>;
  shippedAt: Scalars['String']['output'];
  trackingNumber: Maybe<Scalars['String']['output']>;
};

export type ShortLine = {
  __typename?: 'ShortLine';
  lineId: Scalars['ID']['output'];
  missing: Scalars['Int']['output'];
  /**
   * When the channel allows backorders: the earliest the missing units can reach the shopper from
   * incoming stock (purchase orders, transfers in transit) not already promised to older backorders;
   * null when incoming stock does not cover them.
   */
  promisedBy: Maybe<Scalars['String']['output']>;
  sku: Scalars['String']['output'];
};

export type SimulateRoutingInput = {
  channel: SalesChannel;
  /** Required when a line ships. */
  destination?: InputMaybe<DestinationInput>;
  /** 1 to 100 lines. */
  lines: Array<RoutingLineInput>;
  profile?: InputMaybe<ProfileOverrideInput>;
};

export type SimulateRoutingResult = RoutingFailure | RoutingSimulation;

/** How orders of one sales channel are routed: hard constraints and weighted criteria (docs/routing.md). */
export type SourcingProfile = {
  __typename?: 'SourcingProfile';
  /** A line that cannot be served now waits for incoming stock instead of failing. */
  allowBackorder: Scalars['Boolean']['output'];
  channel: SalesChannel;
  /** Never promise a node's safety stock. */
  keepSafetyStock: Scalars['Boolean']['output'];
  /** Node types the router may use. */
  locationTypes: Array<LocationType>;
  /** Farthest a shipping node may be from the destination; null: no limit. */
  maxDistanceKm: Maybe<Scalars['Float']['output']>;
  /** At most this many shipments (distinct nodes) per order: max splits + 1. */
  maxShipments: Scalars['Int']['output'];
  /** A pickup may be moved to another store this close to the chosen one; null: only the chosen store. */
  pickupRadiusKm: Maybe<Scalars['Float']['output']>;
  /** Only nodes with capacity left today. */
  requireCapacity: Scalars['Boolean']['output'];
  /** All shipped lines from one node, or not at all. */
  shipComplete: Scalars['Boolean']['output'];
  /** The delivery promise target in hours from the order. */
  slaHours: Scalars['Int']['output'];
  /** Only nodes in the destination's country. */
  stayInCountry: Scalars['Boolean']['output'];
  updatedAt: Scalars['String']['output'];
  updatedBy: Maybe<Scalars['String']['output']>;
  weights: RoutingWeights;
};

/**
 * Changes one channel's profile; omitted settings stay as they are. Limits: maxShipments 1 to 10,
 * maxDistanceKm and pickupRadiusKm 0 to 20,000, slaHours 1 to 2,160, each weight 0 to 1,000,000.
 */
export type SourcingProfileInput = {
  allowBackorder?: InputMaybe<Scalars['Boolean']['input']>;
  channel: SalesChannel;
  keepSafetyStock?: InputMaybe<Scalars['Boolean']['input']>;
  locationTypes?: InputMaybe<Array<LocationType>>;
  maxDistanceKm?: InputMaybe<Scalars['Float']['input']>;
  maxShipments?: InputMaybe<Scalars['Int']['input']>;
  /** True removes the distance limit (maxDistanceKm null). */
  noDistanceLimit?: InputMaybe<Scalars['Boolean']['input']>;
  pickupRadiusKm?: InputMaybe<Scalars['Float']['input']>;
  requireCapacity?: InputMaybe<Scalars['Boolean']['input']>;
  shipComplete?: InputMaybe<Scalars['Boolean']['input']>;
  slaHours?: InputMaybe<Scalars['Int']['input']>;
  stayInCountry?: InputMaybe<Scalars['Boolean']['input']>;
  weights?: InputMaybe<RoutingWeightsInput>;
};

export type SourcingProfileResult = FulfillmentError | SourcingProfile;

export type StreamMessageKind =
  | 'CHANGE'
  | 'SNAPSHOT';

/**
 * Live data (graphql-ws on the gateway's /graphql). Every subscription first answers the current
 * state (a SNAPSHOT message), then one CHANGE message per event; `sequence` numbers the messages of
 * one subscription from 1, so a client can tell it missed one (and re-subscribe for a fresh
 * snapshot); the server sends a new SNAPSHOT itself when it may have missed changes.
 */
export type Subscription = {
  __typename?: 'Subscription';
  /**
   * A node's work queue, live: SNAPSHOT the queue as `fulfillmentQueue` lists it (`first` 1 to 100,
   * default 50), then a CHANGE for each step or routing of a fulfillment order the node works on or
   * receives (a new assignment, accepted, ready for pickup, shipped, picked up, expired, rejected,
   * cancelled...), carrying that fulfillment order as it is now. Staff of that node and internal
   * callers (as `fulfillmentQueue`); an unknown location is NOT_FOUND, a blank id or a bad `first`
   * BAD_USER_INPUT.
   */
  fulfillmentQueueChanged: FulfillmentQueueUpdate;
};


/**
 * Live data (graphql-ws on the gateway's /graphql). Every subscription first answers the current
 * state (a SNAPSHOT message), then one CHANGE message per event; `sequence` numbers the messages of
 * one subscription from 1, so a client can tell it missed one (and re-subscribe for a fresh
 * snapshot); the server sends a new SNAPSHOT itself when it may have missed changes.
 */
export type SubscriptionFulfillmentQueueChangedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  locationId: Scalars['ID']['input'];
};

export type UpdateFulfillmentOrderInput = {
  action: FulfillmentAction;
  carrier?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  /** REJECT and CANCEL: why (up to 500 characters). */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 200 characters: the same id again is answered without applying twice. */
  sourceEventId: Scalars['String']['input'];
  trackingNumber?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateFulfillmentOrderResult = FulfillmentOrderError | FulfillmentOrderUpdate;

export type UpdateLocationInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Replaces the opening hours when given: at most one entry per weekday, closes after opens. */
  businessHours?: InputMaybe<Array<BusinessHoursInput>>;
  /** Replaces the capability set when given. */
  capabilities?: InputMaybe<Array<FulfillmentCapability>>;
  /** 0 to 1,000,000. */
  capacityPerDay?: InputMaybe<Scalars['Int']['input']>;
  /** Local "HH:MM". */
  cutoffTime?: InputMaybe<Scalars['String']['input']>;
  /** 0 to 720. */
  handlingTimeHours?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};

export type UpdateLocationResult = FulfillmentError | Location;

export type UpdateLocationRoutingInput = {
  /** Minor units per km, 0 to 10,000. */
  costPerKm?: InputMaybe<Scalars['Float']['input']>;
  /** Minor units, 0 to 1,000,000. */
  costPerShipment?: InputMaybe<Scalars['Int']['input']>;
  geo?: InputMaybe<GeoPointInput>;
  id: Scalars['ID']['input'];
  /** 0 to 1000, lower preferred. */
  rank?: InputMaybe<Scalars['Int']['input']>;
  /** An IANA time zone, e.g. Europe/Paris. */
  timezone?: InputMaybe<Scalars['String']['input']>;
};

export type Variant = {
  __typename?: 'Variant';
  sku: Scalars['String']['output'];
};

/** An order line waiting for stock in a backorder. */
export type WaitingLine = {
  __typename?: 'WaitingLine';
  backorderId: Scalars['ID']['output'];
  orderLineId: Scalars['ID']['output'];
  quantity: Scalars['Int']['output'];
  sku: Scalars['String']['output'];
};

export type Weekday =
  | 'FRI'
  | 'MON'
  | 'SAT'
  | 'SUN'
  | 'THU'
  | 'TUE'
  | 'WED';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  FulfillmentOrder: FulfillmentOrder;
  Location: Location;
  Order: Order;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  FulfillmentOrder:
    ( { __typename: 'FulfillmentOrder' }
    & GraphQLRecursivePick<FederationTypes['FulfillmentOrder'], {"id":true}> );
  Location:
    ( { __typename: 'Location' }
    & GraphQLRecursivePick<FederationTypes['Location'], {"id":true}> );
  Order:
    ( { __typename: 'Order' }
    & GraphQLRecursivePick<FederationTypes['Order'], {"id":true}> );
}>;

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  CancelOrderLinesResult:
    | ( CancelOrderLinesError & { __typename: 'CancelOrderLinesError' } )
    | ( Omit<CancelledOrderLines, 'fulfillment'> & { fulfillment: _RefType['OrderFulfillment'] } & { __typename: 'CancelledOrderLines' } )
  ;
  RouteOrderResult:
    | ( Omit<RoutedOrder, 'backorder' | 'fulfillmentOrders'> & { backorder?: Maybe<_RefType['Backorder']>, fulfillmentOrders: Array<_RefType['FulfillmentOrder']> } & { __typename: 'RoutedOrder' } )
    | ( RoutingFailure & { __typename: 'RoutingFailure' } )
  ;
  SimulateRoutingResult:
    | ( RoutingFailure & { __typename: 'RoutingFailure' } )
    | ( Omit<RoutingSimulation, 'decisions' | 'fulfillments'> & { decisions: Array<_RefType['RoutingDecision']>, fulfillments: Array<_RefType['PlannedFulfillment']> } & { __typename: 'RoutingSimulation' } )
  ;
  SourcingProfileResult:
    | ( FulfillmentError & { __typename: 'FulfillmentError' } )
    | ( SourcingProfileDoc & { __typename: 'SourcingProfile' } )
  ;
  UpdateFulfillmentOrderResult:
    | ( FulfillmentOrderError & { __typename: 'FulfillmentOrderError' } )
    | ( Omit<FulfillmentOrderUpdate, 'fulfillmentOrder' | 'rerouted'> & { fulfillmentOrder: _RefType['FulfillmentOrder'], rerouted: Array<_RefType['FulfillmentOrder']> } & { __typename: 'FulfillmentOrderUpdate' } )
  ;
  UpdateLocationResult:
    | ( FulfillmentError & { __typename: 'FulfillmentError' } )
    | ( LocationDoc & { __typename: 'Location' } )
  ;
}>;


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Address: ResolverTypeWrapper<Address>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Backorder: ResolverTypeWrapper<BackorderDoc>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  BusinessHours: ResolverTypeWrapper<BusinessHours>;
  BusinessHoursInput: BusinessHoursInput;
  CancelOrderLinesError: ResolverTypeWrapper<CancelOrderLinesError>;
  CancelOrderLinesErrorCode: CancelOrderLinesErrorCode;
  CancelOrderLinesInput: CancelOrderLinesInput;
  CancelOrderLinesResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CancelOrderLinesResult']>;
  CancelledLine: ResolverTypeWrapper<CancelledLine>;
  CancelledOrderLines: ResolverTypeWrapper<Omit<CancelledOrderLines, 'fulfillment'> & { fulfillment: ResolversTypes['OrderFulfillment'] }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  DeliveryMethod: DeliveryMethod;
  DestinationInput: DestinationInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FulfillmentAction: FulfillmentAction;
  FulfillmentCapability: FulfillmentCapability;
  FulfillmentError: ResolverTypeWrapper<FulfillmentError>;
  FulfillmentErrorCode: FulfillmentErrorCode;
  FulfillmentOrder: ResolverTypeWrapper<FulfillmentOrderDoc>;
  FulfillmentOrderError: ResolverTypeWrapper<FulfillmentOrderError>;
  FulfillmentOrderErrorCode: FulfillmentOrderErrorCode;
  FulfillmentOrderLine: ResolverTypeWrapper<FulfillmentOrderLineModel>;
  FulfillmentOrderStatus: FulfillmentOrderStatus;
  FulfillmentOrderUpdate: ResolverTypeWrapper<Omit<FulfillmentOrderUpdate, 'fulfillmentOrder' | 'rerouted'> & { fulfillmentOrder: ResolversTypes['FulfillmentOrder'], rerouted: Array<ResolversTypes['FulfillmentOrder']> }>;
  FulfillmentQueueUpdate: ResolverTypeWrapper<Omit<FulfillmentQueueUpdate, 'fulfillmentOrders'> & { fulfillmentOrders: Array<ResolversTypes['FulfillmentOrder']> }>;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  GeoPointInput: GeoPointInput;
  HeldCartInput: HeldCartInput;
  Location: ResolverTypeWrapper<LocationDoc>;
  LocationFilter: LocationFilter;
  LocationLoad: ResolverTypeWrapper<LocationLoad>;
  LocationType: LocationType;
  Money: ResolverTypeWrapper<Money>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Order: ResolverTypeWrapper<OrderRef>;
  OrderFulfillment: ResolverTypeWrapper<Omit<OrderFulfillment, 'fulfillmentOrders'> & { fulfillmentOrders: Array<ResolversTypes['FulfillmentOrder']> }>;
  PlannedFulfillment: ResolverTypeWrapper<PlannedFulfillmentModel>;
  PlannedLine: ResolverTypeWrapper<PlannedLine>;
  ProfileOverrideInput: ProfileOverrideInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RouteOrderInput: RouteOrderInput;
  RouteOrderResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RouteOrderResult']>;
  RoutedOrder: ResolverTypeWrapper<Omit<RoutedOrder, 'backorder' | 'fulfillmentOrders'> & { backorder?: Maybe<ResolversTypes['Backorder']>, fulfillmentOrders: Array<ResolversTypes['FulfillmentOrder']> }>;
  RoutingDecision: ResolverTypeWrapper<GroupDecision>;
  RoutingExplanation: ResolverTypeWrapper<RoutingExplanation>;
  RoutingFailure: ResolverTypeWrapper<RoutingFailure>;
  RoutingFailureCode: RoutingFailureCode;
  RoutingLineInput: RoutingLineInput;
  RoutingSimulation: ResolverTypeWrapper<Omit<RoutingSimulation, 'decisions' | 'fulfillments'> & { decisions: Array<ResolversTypes['RoutingDecision']>, fulfillments: Array<ResolversTypes['PlannedFulfillment']> }>;
  RoutingTerms: ResolverTypeWrapper<RoutingTerms>;
  RoutingWeights: ResolverTypeWrapper<RoutingWeights>;
  RoutingWeightsInput: RoutingWeightsInput;
  SalesChannel: SalesChannel;
  Shipment: ResolverTypeWrapper<Shipment>;
  ShortLine: ResolverTypeWrapper<ShortLine>;
  SimulateRoutingInput: SimulateRoutingInput;
  SimulateRoutingResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SimulateRoutingResult']>;
  SourcingProfile: ResolverTypeWrapper<SourcingProfileDoc>;
  SourcingProfileInput: SourcingProfileInput;
  SourcingProfileResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SourcingProfileResult']>;
  StreamMessageKind: StreamMessageKind;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  UpdateFulfillmentOrderInput: UpdateFulfillmentOrderInput;
  UpdateFulfillmentOrderResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['UpdateFulfillmentOrderResult']>;
  UpdateLocationInput: UpdateLocationInput;
  UpdateLocationResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['UpdateLocationResult']>;
  UpdateLocationRoutingInput: UpdateLocationRoutingInput;
  Variant: ResolverTypeWrapper<Variant>;
  WaitingLine: ResolverTypeWrapper<WaitingLine>;
  Weekday: Weekday;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Address: Address;
  String: Scalars['String']['output'];
  Backorder: BackorderDoc;
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  BusinessHours: BusinessHours;
  BusinessHoursInput: BusinessHoursInput;
  CancelOrderLinesError: CancelOrderLinesError;
  CancelOrderLinesInput: CancelOrderLinesInput;
  CancelOrderLinesResult: ResolversUnionTypes<ResolversParentTypes>['CancelOrderLinesResult'];
  CancelledLine: CancelledLine;
  CancelledOrderLines: Omit<CancelledOrderLines, 'fulfillment'> & { fulfillment: ResolversParentTypes['OrderFulfillment'] };
  Boolean: Scalars['Boolean']['output'];
  DestinationInput: DestinationInput;
  Float: Scalars['Float']['output'];
  FulfillmentError: FulfillmentError;
  FulfillmentOrder: FulfillmentOrderDoc;
  FulfillmentOrderError: FulfillmentOrderError;
  FulfillmentOrderLine: FulfillmentOrderLineModel;
  FulfillmentOrderUpdate: Omit<FulfillmentOrderUpdate, 'fulfillmentOrder' | 'rerouted'> & { fulfillmentOrder: ResolversParentTypes['FulfillmentOrder'], rerouted: Array<ResolversParentTypes['FulfillmentOrder']> };
  FulfillmentQueueUpdate: Omit<FulfillmentQueueUpdate, 'fulfillmentOrders'> & { fulfillmentOrders: Array<ResolversParentTypes['FulfillmentOrder']> };
  GeoPoint: GeoPoint;
  GeoPointInput: GeoPointInput;
  HeldCartInput: HeldCartInput;
  Location: LocationDoc;
  LocationFilter: LocationFilter;
  LocationLoad: LocationLoad;
  Money: Money;
  Mutation: Record<PropertyKey, never>;
  Order: OrderRef;
  OrderFulfillment: Omit<OrderFulfillment, 'fulfillmentOrders'> & { fulfillmentOrders: Array<ResolversParentTypes['FulfillmentOrder']> };
  PlannedFulfillment: PlannedFulfillmentModel;
  PlannedLine: PlannedLine;
  ProfileOverrideInput: ProfileOverrideInput;
  Query: Record<PropertyKey, never>;
  RouteOrderInput: RouteOrderInput;
  RouteOrderResult: ResolversUnionTypes<ResolversParentTypes>['RouteOrderResult'];
  RoutedOrder: Omit<RoutedOrder, 'backorder' | 'fulfillmentOrders'> & { backorder?: Maybe<ResolversParentTypes['Backorder']>, fulfillmentOrders: Array<ResolversParentTypes['FulfillmentOrder']> };
  RoutingDecision: GroupDecision;
  RoutingExplanation: RoutingExplanation;
  RoutingFailure: RoutingFailure;
  RoutingLineInput: RoutingLineInput;
  RoutingSimulation: Omit<RoutingSimulation, 'decisions' | 'fulfillments'> & { decisions: Array<ResolversParentTypes['RoutingDecision']>, fulfillments: Array<ResolversParentTypes['PlannedFulfillment']> };
  RoutingTerms: RoutingTerms;
  RoutingWeights: RoutingWeights;
  RoutingWeightsInput: RoutingWeightsInput;
  Shipment: Shipment;
  ShortLine: ShortLine;
  SimulateRoutingInput: SimulateRoutingInput;
  SimulateRoutingResult: ResolversUnionTypes<ResolversParentTypes>['SimulateRoutingResult'];
  SourcingProfile: SourcingProfileDoc;
  SourcingProfileInput: SourcingProfileInput;
  SourcingProfileResult: ResolversUnionTypes<ResolversParentTypes>['SourcingProfileResult'];
  Subscription: Record<PropertyKey, never>;
  UpdateFulfillmentOrderInput: UpdateFulfillmentOrderInput;
  UpdateFulfillmentOrderResult: ResolversUnionTypes<ResolversParentTypes>['UpdateFulfillmentOrderResult'];
  UpdateLocationInput: UpdateLocationInput;
  UpdateLocationResult: ResolversUnionTypes<ResolversParentTypes>['UpdateLocationResult'];
  UpdateLocationRoutingInput: UpdateLocationRoutingInput;
  Variant: Variant;
  WaitingLine: WaitingLine;
}>;

export type AddressResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['Address'] = ResolversParentTypes['Address']> = ResolversObject<{
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  countryCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line1?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postalCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type BackorderResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['Backorder'] = ResolversParentTypes['Backorder']> = ResolversObject<{
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['PlannedLine']>, ParentType, ContextType>;
  orderId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shortLines?: Resolver<Array<ResolversTypes['ShortLine']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type BusinessHoursResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['BusinessHours'] = ResolversParentTypes['BusinessHours']> = ResolversObject<{
  closes?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  day?: Resolver<ResolversTypes['Weekday'], ParentType, ContextType>;
  opens?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CancelOrderLinesErrorResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['CancelOrderLinesError'] = ResolversParentTypes['CancelOrderLinesError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['CancelOrderLinesErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orderLineIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CancelOrderLinesResultResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['CancelOrderLinesResult'] = ResolversParentTypes['CancelOrderLinesResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'CancelOrderLinesError' | 'CancelledOrderLines', ParentType, ContextType>;
}>;

export type CancelledLineResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['CancelledLine'] = ResolversParentTypes['CancelledLine']> = ResolversObject<{
  cancelledAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orderLineId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CancelledOrderLinesResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['CancelledOrderLines'] = ResolversParentTypes['CancelledOrderLines']> = ResolversObject<{
  cancelledFulfillmentOrderIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  changed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  fulfillment?: Resolver<ResolversTypes['OrderFulfillment'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FulfillmentErrorResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['FulfillmentError'] = ResolversParentTypes['FulfillmentError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['FulfillmentErrorCode'], ParentType, ContextType>;
  locationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FulfillmentOrderResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['FulfillmentOrder'] = ResolversParentTypes['FulfillmentOrder'], FederationReferenceType extends FederationReferenceTypes['FulfillmentOrder'] = FederationReferenceTypes['FulfillmentOrder']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['FulfillmentOrder']> | FederationReferenceType, FederationReferenceType, ContextType>;
  cancelledLines?: Resolver<Array<ResolversTypes['CancelledLine']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deliveryMethod?: Resolver<ResolversTypes['DeliveryMethod'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['FulfillmentOrderLine']>, ParentType, ContextType>;
  location?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  pickupExpiresAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pickupLocation?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  promisedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  receivedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rejectionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  shipments?: Resolver<Array<ResolversTypes['Shipment']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FulfillmentOrderStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FulfillmentOrderErrorResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['FulfillmentOrderError'] = ResolversParentTypes['FulfillmentOrderError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['FulfillmentOrderErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FulfillmentOrderLineResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['FulfillmentOrderLine'] = ResolversParentTypes['FulfillmentOrderLine']> = ResolversObject<{
  orderLineId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  variant?: Resolver<Maybe<ResolversTypes['Variant']>, ParentType, ContextType>;
}>;

export type FulfillmentOrderUpdateResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['FulfillmentOrderUpdate'] = ResolversParentTypes['FulfillmentOrderUpdate']> = ResolversObject<{
  changed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  fulfillmentOrder?: Resolver<ResolversTypes['FulfillmentOrder'], ParentType, ContextType>;
  rerouted?: Resolver<Array<ResolversTypes['FulfillmentOrder']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FulfillmentQueueUpdateResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['FulfillmentQueueUpdate'] = ResolversParentTypes['FulfillmentQueueUpdate']> = ResolversObject<{
  fulfillmentOrders?: Resolver<Array<ResolversTypes['FulfillmentOrder']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StreamMessageKind'], ParentType, ContextType>;
  leftQueueIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type GeoPointResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['GeoPoint'] = ResolversParentTypes['GeoPoint']> = ResolversObject<{
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lng?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type LocationResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['Location'] = ResolversParentTypes['Location'], FederationReferenceType extends FederationReferenceTypes['Location'] = FederationReferenceTypes['Location']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Location']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  address?: Resolver<ResolversTypes['Address'], ParentType, ContextType>;
  businessHours?: Resolver<Array<ResolversTypes['BusinessHours']>, ParentType, ContextType>;
  capabilities?: Resolver<Array<ResolversTypes['FulfillmentCapability']>, ParentType, ContextType>;
  capacityPerDay?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  costPerKm?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  costPerShipment?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  cutoffTime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  geo?: Resolver<ResolversTypes['GeoPoint'], ParentType, ContextType>;
  handlingTimeHours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  load?: Resolver<ResolversTypes['LocationLoad'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operatorPartnerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  timezone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['LocationType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type LocationLoadResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['LocationLoad'] = ResolversParentTypes['LocationLoad']> = ResolversObject<{
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  taken?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MoneyResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currencyCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  cancelOrderLines?: Resolver<Maybe<ResolversTypes['CancelOrderLinesResult']>, ParentType, ContextType, RequireFields<MutationCancelOrderLinesArgs, 'input'>>;
  routeOrder?: Resolver<Maybe<ResolversTypes['RouteOrderResult']>, ParentType, ContextType, RequireFields<MutationRouteOrderArgs, 'input'>>;
  updateFulfillmentOrder?: Resolver<Maybe<ResolversTypes['UpdateFulfillmentOrderResult']>, ParentType, ContextType, RequireFields<MutationUpdateFulfillmentOrderArgs, 'input'>>;
  updateLocation?: Resolver<Maybe<ResolversTypes['UpdateLocationResult']>, ParentType, ContextType, RequireFields<MutationUpdateLocationArgs, 'input'>>;
  updateLocationRouting?: Resolver<Maybe<ResolversTypes['UpdateLocationResult']>, ParentType, ContextType, RequireFields<MutationUpdateLocationRoutingArgs, 'input'>>;
  updateSourcingProfile?: Resolver<Maybe<ResolversTypes['SourcingProfileResult']>, ParentType, ContextType, RequireFields<MutationUpdateSourcingProfileArgs, 'input'>>;
}>;

export type OrderResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'], FederationReferenceType extends FederationReferenceTypes['Order'] = FederationReferenceTypes['Order']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Order']> | FederationReferenceType, FederationReferenceType, ContextType>;
  fulfillmentOrders?: Resolver<Maybe<Array<ResolversTypes['FulfillmentOrder']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type OrderFulfillmentResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['OrderFulfillment'] = ResolversParentTypes['OrderFulfillment']> = ResolversObject<{
  fulfillmentOrders?: Resolver<Array<ResolversTypes['FulfillmentOrder']>, ParentType, ContextType>;
  orderId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  waiting?: Resolver<Array<ResolversTypes['WaitingLine']>, ParentType, ContextType>;
}>;

export type PlannedFulfillmentResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['PlannedFulfillment'] = ResolversParentTypes['PlannedFulfillment']> = ResolversObject<{
  deliveryMethod?: Resolver<ResolversTypes['DeliveryMethod'], ParentType, ContextType>;
  km?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['PlannedLine']>, ParentType, ContextType>;
  location?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
  promisedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PlannedLineResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['PlannedLine'] = ResolversParentTypes['PlannedLine']> = ResolversObject<{
  orderLineId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  backorders?: Resolver<Maybe<Array<ResolversTypes['Backorder']>>, ParentType, ContextType, RequireFields<QueryBackordersArgs, 'first'>>;
  fulfillmentOrder?: Resolver<Maybe<ResolversTypes['FulfillmentOrder']>, ParentType, ContextType, RequireFields<QueryFulfillmentOrderArgs, 'id'>>;
  fulfillmentQueue?: Resolver<Maybe<Array<ResolversTypes['FulfillmentOrder']>>, ParentType, ContextType, RequireFields<QueryFulfillmentQueueArgs, 'first' | 'locationId'>>;
  location?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType, RequireFields<QueryLocationArgs, 'id'>>;
  locations?: Resolver<Array<ResolversTypes['Location']>, ParentType, ContextType, Partial<QueryLocationsArgs>>;
  orderFulfillment?: Resolver<Maybe<ResolversTypes['OrderFulfillment']>, ParentType, ContextType, RequireFields<QueryOrderFulfillmentArgs, 'orderId'>>;
  simulateRouting?: Resolver<Maybe<ResolversTypes['SimulateRoutingResult']>, ParentType, ContextType, RequireFields<QuerySimulateRoutingArgs, 'input'>>;
  sourcingProfile?: Resolver<Maybe<ResolversTypes['SourcingProfile']>, ParentType, ContextType, RequireFields<QuerySourcingProfileArgs, 'channel'>>;
  sourcingProfiles?: Resolver<Maybe<Array<ResolversTypes['SourcingProfile']>>, ParentType, ContextType>;
}>;

export type RouteOrderResultResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['RouteOrderResult'] = ResolversParentTypes['RouteOrderResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'RoutedOrder' | 'RoutingFailure', ParentType, ContextType>;
}>;

export type RoutedOrderResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['RoutedOrder'] = ResolversParentTypes['RoutedOrder']> = ResolversObject<{
  backorder?: Resolver<Maybe<ResolversTypes['Backorder']>, ParentType, ContextType>;
  fulfillmentOrders?: Resolver<Array<ResolversTypes['FulfillmentOrder']>, ParentType, ContextType>;
  replay?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RoutingDecisionResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['RoutingDecision'] = ResolversParentTypes['RoutingDecision']> = ResolversObject<{
  deliveryMethod?: Resolver<ResolversTypes['DeliveryMethod'], ParentType, ContextType>;
  exact?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  explanation?: Resolver<Array<ResolversTypes['RoutingExplanation']>, ParentType, ContextType>;
  feasible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  objective?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  target?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  terms?: Resolver<Maybe<ResolversTypes['RoutingTerms']>, ParentType, ContextType>;
}>;

export type RoutingExplanationResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['RoutingExplanation'] = ResolversParentTypes['RoutingExplanation']> = ResolversObject<{
  exact?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  km?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  method?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nodeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  objectiveDelta?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  promiseHours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  terms?: Resolver<Maybe<ResolversTypes['RoutingTerms']>, ParentType, ContextType>;
  units?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type RoutingFailureResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['RoutingFailure'] = ResolversParentTypes['RoutingFailure']> = ResolversObject<{
  code?: Resolver<ResolversTypes['RoutingFailureCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shortLines?: Resolver<Array<ResolversTypes['ShortLine']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RoutingSimulationResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['RoutingSimulation'] = ResolversParentTypes['RoutingSimulation']> = ResolversObject<{
  decisions?: Resolver<Array<ResolversTypes['RoutingDecision']>, ParentType, ContextType>;
  feasible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  fulfillments?: Resolver<Array<ResolversTypes['PlannedFulfillment']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  shortLines?: Resolver<Array<ResolversTypes['ShortLine']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RoutingTermsResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['RoutingTerms'] = ResolversParentTypes['RoutingTerms']> = ResolversObject<{
  capacityUse?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  cost?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  distanceKm?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  extraShipment?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lateHour?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  stockBalance?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type RoutingWeightsResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['RoutingWeights'] = ResolversParentTypes['RoutingWeights']> = ResolversObject<{
  capacityUse?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  cost?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  distanceKm?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  extraShipment?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lateHour?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  stockBalance?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ShipmentResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['Shipment'] = ResolversParentTypes['Shipment']> = ResolversObject<{
  carrier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  shippedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  trackingNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ShortLineResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['ShortLine'] = ResolversParentTypes['ShortLine']> = ResolversObject<{
  lineId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  missing?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  promisedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SimulateRoutingResultResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['SimulateRoutingResult'] = ResolversParentTypes['SimulateRoutingResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'RoutingFailure' | 'RoutingSimulation', ParentType, ContextType>;
}>;

export type SourcingProfileResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['SourcingProfile'] = ResolversParentTypes['SourcingProfile']> = ResolversObject<{
  allowBackorder?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['SalesChannel'], ParentType, ContextType>;
  keepSafetyStock?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  locationTypes?: Resolver<Array<ResolversTypes['LocationType']>, ParentType, ContextType>;
  maxDistanceKm?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  maxShipments?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pickupRadiusKm?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  requireCapacity?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  shipComplete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  slaHours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stayInCountry?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  weights?: Resolver<ResolversTypes['RoutingWeights'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SourcingProfileResultResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['SourcingProfileResult'] = ResolversParentTypes['SourcingProfileResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'FulfillmentError' | 'SourcingProfile', ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  fulfillmentQueueChanged?: SubscriptionResolver<ResolversTypes['FulfillmentQueueUpdate'], "fulfillmentQueueChanged", ParentType, ContextType, RequireFields<SubscriptionFulfillmentQueueChangedArgs, 'first' | 'locationId'>>;
}>;

export type UpdateFulfillmentOrderResultResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['UpdateFulfillmentOrderResult'] = ResolversParentTypes['UpdateFulfillmentOrderResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'FulfillmentOrderError' | 'FulfillmentOrderUpdate', ParentType, ContextType>;
}>;

export type UpdateLocationResultResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['UpdateLocationResult'] = ResolversParentTypes['UpdateLocationResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'FulfillmentError' | 'Location', ParentType, ContextType>;
}>;

export type VariantResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['Variant'] = ResolversParentTypes['Variant']> = ResolversObject<{
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WaitingLineResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['WaitingLine'] = ResolversParentTypes['WaitingLine']> = ResolversObject<{
  backorderId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orderLineId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = FulfillmentContext> = ResolversObject<{
  Address?: AddressResolvers<ContextType>;
  Backorder?: BackorderResolvers<ContextType>;
  BusinessHours?: BusinessHoursResolvers<ContextType>;
  CancelOrderLinesError?: CancelOrderLinesErrorResolvers<ContextType>;
  CancelOrderLinesResult?: CancelOrderLinesResultResolvers<ContextType>;
  CancelledLine?: CancelledLineResolvers<ContextType>;
  CancelledOrderLines?: CancelledOrderLinesResolvers<ContextType>;
  FulfillmentError?: FulfillmentErrorResolvers<ContextType>;
  FulfillmentOrder?: FulfillmentOrderResolvers<ContextType>;
  FulfillmentOrderError?: FulfillmentOrderErrorResolvers<ContextType>;
  FulfillmentOrderLine?: FulfillmentOrderLineResolvers<ContextType>;
  FulfillmentOrderUpdate?: FulfillmentOrderUpdateResolvers<ContextType>;
  FulfillmentQueueUpdate?: FulfillmentQueueUpdateResolvers<ContextType>;
  GeoPoint?: GeoPointResolvers<ContextType>;
  Location?: LocationResolvers<ContextType>;
  LocationLoad?: LocationLoadResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  OrderFulfillment?: OrderFulfillmentResolvers<ContextType>;
  PlannedFulfillment?: PlannedFulfillmentResolvers<ContextType>;
  PlannedLine?: PlannedLineResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RouteOrderResult?: RouteOrderResultResolvers<ContextType>;
  RoutedOrder?: RoutedOrderResolvers<ContextType>;
  RoutingDecision?: RoutingDecisionResolvers<ContextType>;
  RoutingExplanation?: RoutingExplanationResolvers<ContextType>;
  RoutingFailure?: RoutingFailureResolvers<ContextType>;
  RoutingSimulation?: RoutingSimulationResolvers<ContextType>;
  RoutingTerms?: RoutingTermsResolvers<ContextType>;
  RoutingWeights?: RoutingWeightsResolvers<ContextType>;
  Shipment?: ShipmentResolvers<ContextType>;
  ShortLine?: ShortLineResolvers<ContextType>;
  SimulateRoutingResult?: SimulateRoutingResultResolvers<ContextType>;
  SourcingProfile?: SourcingProfileResolvers<ContextType>;
  SourcingProfileResult?: SourcingProfileResultResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  UpdateFulfillmentOrderResult?: UpdateFulfillmentOrderResultResolvers<ContextType>;
  UpdateLocationResult?: UpdateLocationResultResolvers<ContextType>;
  Variant?: VariantResolvers<ContextType>;
  WaitingLine?: WaitingLineResolvers<ContextType>;
}>;


import type { GraphQLResolveInfo } from 'graphql';
import type { ProductDoc, VariantDoc, InventoryLevelDoc, PriceDoc, ReservationDoc, ReservationLine as ReservationLineModel } from '../model';
import type { LocationRef, MovementResult, ChannelAvailabilityResult } from '../mappers';
import type { LocationAtp, NearbyAvailability as NearbyAvailabilityModel, SourcingProfile } from '../domain/atp';
import type { CatalogContext } from '../context';
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

export type AdjustInventoryInput = {
  /** Signed change to onHand (non-zero). */
  delta: Scalars['Int']['input'];
  locationId: Scalars['ID']['input'];
  reason: InventoryAdjustmentReason;
  sku: Scalars['String']['input'];
  /** Id of the WMS / POS event; a replay with the same id is applied once. */
  sourceEventId: Scalars['String']['input'];
};

export type CarryOutInput = {
  locationId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
  sku: Scalars['String']['input'];
  sourceEventId: Scalars['String']['input'];
};

/** A refused request; nothing changed. Line errors name the line's sku and location. */
export type CatalogError = {
  __typename?: 'CatalogError';
  code: CatalogErrorCode;
  locationId: Maybe<Scalars['ID']['output']>;
  message: Scalars['String']['output'];
  sku: Maybe<Scalars['String']['output']>;
};

export type CatalogErrorCode =
  | 'COUNT_BELOW_ALLOCATED'
  /** Two lines of a request, or a new line and an existing one, share a line key. */
  | 'DUPLICATE_LINE_KEY'
  | 'IDEMPOTENCY_CONFLICT'
  /** A position keeps at most 50 expected deliveries. */
  | 'INCOMING_LIMIT_EXCEEDED'
  | 'INSUFFICIENT_STOCK'
  /** An expected date that is not an ISO 8601 date-time with a time zone, or more than 366 days ahead. */
  | 'INVALID_EXPECTED_AT'
  | 'INVALID_QUANTITY'
  /** A delivery reference that is empty or longer than 100 characters. */
  | 'INVALID_REFERENCE'
  | 'INVALID_SOURCING'
  | 'INVALID_TRANSFER'
  | 'INVALID_TRANSITION'
  | 'INVALID_TTL'
  | 'RESERVATION_NOT_FOUND'
  | 'STOCK_LIMIT_EXCEEDED'
  /** A receipt names a delivery the position does not expect. */
  | 'UNKNOWN_INCOMING_REFERENCE'
  /** A transition or re-route names a line key the reservation does not have. */
  | 'UNKNOWN_LINE_KEY'
  | 'UNKNOWN_LOCATION'
  | 'UNKNOWN_POSITION'
  | 'UNKNOWN_SKU';

export type ChannelAvailability = {
  __typename?: 'ChannelAvailability';
  /** Sum over the channel's locations, after the buffer. */
  available: Scalars['Int']['output'];
  bufferUnits: Scalars['Int']['output'];
  channel: SalesChannel;
  /**
   * Future available-to-promise: the deliveries expected at the channel's locations merged per
   * calendar day (UTC), soonest first, at most 60 days. A delivery whose date has passed (overdue,
   * not yet received) keeps its date.
   */
  incoming: Array<IncomingAvailability>;
  locations: Array<LocationAvailability>;
};

export type ChannelPrice = {
  __typename?: 'ChannelPrice';
  /** Integer minor units. */
  amount: Scalars['Int']['output'];
  currencyCode: Scalars['String']['output'];
  sku: Scalars['String']['output'];
};

export type ChannelSourcing = {
  __typename?: 'ChannelSourcing';
  bufferUnits: Scalars['Int']['output'];
  capabilities: Array<Scalars['String']['output']>;
  channel: SalesChannel;
  locationTypes: Array<Scalars['String']['output']>;
};

export type ChannelSourcingInput = {
  bufferUnits?: InputMaybe<Scalars['Int']['input']>;
  capabilities?: InputMaybe<Array<Scalars['String']['input']>>;
  channel: SalesChannel;
  locationTypes?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type ChannelSourcingResult = CatalogError | ChannelSourcing;

/**
 * Units of a SKU available to a channel at one location it may sell from, after safety stock and
 * the channel's buffer: the numbers Variant.availability(channel).locations reports.
 */
export type ChannelStock = {
  __typename?: 'ChannelStock';
  available: Scalars['Int']['output'];
  /** Deliveries expected at the position, soonest first. */
  incoming: Array<IncomingStock>;
  /** Owned by fulfillment: null (with an error) when fulfillment cannot answer. */
  location: Maybe<Location>;
  locationId: Scalars['ID']['output'];
  /** The position's safety stock: what a hold with allowSafetyStock may take beyond available. */
  safetyStock: Scalars['Int']['output'];
  sku: Scalars['String']['output'];
};

export type DamageReportInput = {
  locationId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  sku: Scalars['String']['input'];
  sourceEventId: Scalars['String']['input'];
};

export type ExpectStockInput = {
  /**
   * When: an ISO 8601 date-time with a time zone, at most 366 days ahead (a past date is an overdue
   * delivery). Stored in UTC.
   */
  expectedAt: Scalars['String']['input'];
  locationId: Scalars['ID']['input'];
  /** Units expected, 0..1,000,000; 0 removes the delivery. */
  quantity: Scalars['Int']['input'];
  /**
   * The PO / ASN number, 1..100 characters: the same reference again replaces its quantity and date
   * (an updated ASN). A position keeps at most 50 deliveries.
   */
  reference: Scalars['String']['input'];
  sku: Scalars['String']['input'];
};

export type ExtendReservationInput = {
  reservationId: Scalars['ID']['input'];
  ttlSeconds: Scalars['Int']['input'];
};

export type GeoPointInput = {
  lat: Scalars['Float']['input'];
  lng: Scalars['Float']['input'];
};

/** What a channel can promise by a day: the units expected that day and everything up to it. */
export type IncomingAvailability = {
  __typename?: 'IncomingAvailability';
  /** The channel's available units now plus every unit expected up to and including that day. */
  availableBy: Scalars['Int']['output'];
  /** YYYY-MM-DD (UTC). */
  date: Scalars['String']['output'];
  /** Units expected that day at the channel's locations. */
  quantity: Scalars['Int']['output'];
};

/** A delivery expected at a position: a purchase order or a transfer in transit. */
export type IncomingStock = {
  __typename?: 'IncomingStock';
  /** ISO 8601, UTC. */
  expectedAt: Scalars['String']['output'];
  quantity: Scalars['Int']['output'];
  /** The PO / ASN number (entries recorded before references existed read as INCOMING-<n>). */
  reference: Scalars['String']['output'];
};

/** Not enough stock for one or more lines; every short line is listed and nothing was reserved. */
export type InsufficientStockError = {
  __typename?: 'InsufficientStockError';
  code: CatalogErrorCode;
  message: Scalars['String']['output'];
  shortfalls: Array<Shortfall>;
};

export type InventoryAdjustmentReason =
  | 'CORRECTION'
  | 'CYCLE_COUNT'
  | 'DAMAGED'
  | 'RECEIVED'
  | 'RETURN_RESTOCK'
  | 'SHRINKAGE';

/**
 * Stock of one SKU at one location, in Shopify's inventory states.
 * onHand = available + committed + reserved + damaged + safetyStock + qualityControl.
 */
export type InventoryLevel = {
  __typename?: 'InventoryLevel';
  /** Derived; never negative. */
  available: Scalars['Int']['output'];
  committed: Scalars['Int']['output'];
  damaged: Scalars['Int']['output'];
  /**
   * Deliveries on their way (purchase orders, transfers in transit), soonest first. Not a stock
   * state: it changes no quantity above (expectStock; a receipt naming the reference decrements it).
   */
  incoming: Array<IncomingStock>;
  /** Owned by fulfillment: null (with an error) when fulfillment cannot answer. */
  location: Maybe<Location>;
  locationId: Scalars['ID']['output'];
  onHand: Scalars['Int']['output'];
  qualityControl: Scalars['Int']['output'];
  reserved: Scalars['Int']['output'];
  safetyStock: Scalars['Int']['output'];
  /** Increments on every change to this position. */
  sequence: Scalars['Int']['output'];
  sku: Scalars['String']['output'];
  updatedAt: Scalars['String']['output'];
  variant: Variant;
};

export type InventoryLevelResult = CatalogError | InventoryLevel;

/**
 * One entry of the append-only ledger of a position: a physical movement, or a reservation's
 * effect on it (RESERVE, COMMIT, RELEASE, EXPIRE, and SALE when it ships). Summing the entries'
 * deltas from zero gives the position's states.
 */
export type InventoryMovement = {
  __typename?: 'InventoryMovement';
  /** False when this request replayed an already applied event. */
  applied: Scalars['Boolean']['output'];
  /**
   * What this entry did to each position it touched: summing a position's changes over its
   * history from zero gives its current states.
   */
  changes: Array<StockChange>;
  createdAt: Scalars['String']['output'];
  /** Positions after the movement (both ends of a transfer). */
  inventoryLevels: Array<InventoryLevel>;
  locationId: Scalars['ID']['output'];
  /** As sent: units, the signed delta (ADJUSTMENT) or the counted on-hand (COUNT). */
  quantity: Scalars['Int']['output'];
  reason: Maybe<Scalars['String']['output']>;
  /** That reservation; null once finished reservations are purged (7 days). */
  reservation: Maybe<Reservation>;
  /**
   * The reservation that caused this entry (RESERVE, COMMIT, RELEASE, EXPIRE, SALE); null for a
   * physical movement.
   */
  reservationId: Maybe<Scalars['ID']['output']>;
  sku: Scalars['String']['output'];
  /** The WMS / POS event id; for a reservation's entry, an id derived from the reservation. */
  sourceEventId: Scalars['String']['output'];
  toLocationId: Maybe<Scalars['ID']['output']>;
  type: MovementType;
};

export type InventoryMovementConnection = {
  __typename?: 'InventoryMovementConnection';
  edges: Array<InventoryMovementEdge>;
  pageInfo: PageInfo;
};

export type InventoryMovementEdge = {
  __typename?: 'InventoryMovementEdge';
  cursor: Scalars['String']['output'];
  node: InventoryMovement;
};

export type InventoryMovementResult = CatalogError | InventoryMovement;

/** Catalog contributes stock to the network's locations (owned by fulfillment). */
export type Location = {
  __typename?: 'Location';
  id: Scalars['ID']['output'];
  /** This location's position of a SKU (zero where not stocked); unknown SKU: null plus NOT_FOUND. */
  inventoryLevel: Maybe<InventoryLevel>;
};


/** Catalog contributes stock to the network's locations (owned by fulfillment). */
export type LocationInventoryLevelArgs = {
  sku: Scalars['String']['input'];
};

export type LocationAvailability = {
  __typename?: 'LocationAvailability';
  available: Scalars['Int']['output'];
  /** Deliveries expected at this location, soonest first. */
  incoming: Array<IncomingStock>;
  /** Owned by fulfillment: null (with an error) when fulfillment cannot answer. */
  location: Maybe<Location>;
  locationId: Scalars['ID']['output'];
};

export type Money = {
  __typename?: 'Money';
  /** Integer minor units (cents). */
  amount: Scalars['Int']['output'];
  currencyCode: Scalars['String']['output'];
};

export type MovementType =
  | 'ADJUSTMENT'
  /** A reservation was committed: reserved → committed. */
  | 'COMMIT'
  | 'COUNT'
  | 'DAMAGE'
  /** A hold expired: reserved → available. */
  | 'EXPIRE'
  | 'POS_CARRY_OUT'
  | 'RECEIPT'
  /** A reservation was released: its reserved or committed units are available again. */
  | 'RELEASE'
  /** A reservation held units: available → reserved. */
  | 'RESERVE'
  | 'RETURN'
  | 'SALE'
  | 'TRANSFER';

export type Mutation = {
  __typename?: 'Mutation';
  /** Adjust on-hand stock at a location (correction, shrinkage), idempotent by sourceEventId. */
  adjustInventory: Maybe<InventoryMovementResult>;
  /**
   * ACTIVE → COMMITTED: reserved → committed (order confirmed), for the lines named or every line.
   * Each transition is idempotent: when every line concerned is already in the target status (or
   * the keyed request was applied), the reservation is returned unchanged.
   */
  commitReservation: Maybe<ReservationResult>;
  /**
   * A delivery on its way to a location (purchase order, transfer in transit): adds it, or replaces
   * the one with its reference (an updated ASN), or removes it with quantity 0. Changes no stock
   * state: it bumps the position's sequence and publishes catalog.inventory.changed, with no ledger
   * entry. The position is created (all zero) if the location never stocked the SKU. A repeat
   * changes nothing.
   */
  expectStock: Maybe<InventoryLevelResult>;
  /**
   * Push an ACTIVE reservation's expiry to now + ttlSeconds (a hold without expiry is returned
   * unchanged).
   */
  extendReservation: Maybe<ReservationResult>;
  /**
   * Units arriving at a location straight into an ORDER or TRANSFER reservation (a ship-to-store
   * transfer received at its pickup store), whatever the reservation's status: each new line is
   * COMMITTED and its position gains onHand and committed together (available does not move),
   * recorded as RECEIPT movements naming the reservation. All lines or none; idempotent by
   * idempotencyKey. Other kinds: INVALID_TRANSITION. The lines can then be shipped or released like
   * any committed line.
   */
  receiveIntoReservation: Maybe<ReservationResult>;
  /**
   * Goods received at a location (creates the position on first receipt); with a reference, against
   * that expected delivery.
   */
  receiveStock: Maybe<InventoryMovementResult>;
  /** A POS carry-out sale: leaves the store at once. */
  recordCarryOut: Maybe<InventoryMovementResult>;
  /** A returned item received and graded at a location. */
  recordReturn: Maybe<InventoryMovementResult>;
  /** A shelf count: sets onHand to what was counted. */
  recordStockCount: Maybe<InventoryMovementResult>;
  /** ACTIVE or COMMITTED → RELEASED, for the lines named or every line: the units are available again. */
  releaseReservation: Maybe<ReservationResult>;
  /** Units found damaged: available → damaged. */
  reportDamage: Maybe<InventoryMovementResult>;
  /**
   * Release some lines and hold new ones (possibly at other locations) in one all-or-nothing step:
   * if a new line is short, nothing changes and every shortfall is reported (counting the units the
   * releases free at the same position). Idempotent by idempotencyKey.
   */
  rerouteReservation: Maybe<ReserveStockResult>;
  /** Hold stock, all lines or none; every shortfall is reported at once. */
  reserveStock: Maybe<ReserveStockResult>;
  /**
   * COMMITTED → SHIPPED, for the lines named or every line: committed units leave onHand (recorded as
   * SALE movements).
   */
  shipReservation: Maybe<ReservationResult>;
  /** Move units between two locations. */
  transferStock: Maybe<InventoryMovementResult>;
  /** Change where a channel may sell from and its buffer. */
  updateChannelSourcing: Maybe<ChannelSourcingResult>;
};


export type MutationAdjustInventoryArgs = {
  input: AdjustInventoryInput;
};


export type MutationCommitReservationArgs = {
  input: ReservationTransitionInput;
};


export type MutationExpectStockArgs = {
  input: ExpectStockInput;
};


export type MutationExtendReservationArgs = {
  input: ExtendReservationInput;
};


export type MutationReceiveIntoReservationArgs = {
  input: ReceiveIntoReservationInput;
};


export type MutationReceiveStockArgs = {
  input: ReceiveStockInput;
};


export type MutationRecordCarryOutArgs = {
  input: CarryOutInput;
};


export type MutationRecordReturnArgs = {
  input: StockReturnInput;
};


export type MutationRecordStockCountArgs = {
  input: StockCountInput;
};


export type MutationReleaseReservationArgs = {
  input: ReservationTransitionInput;
};


export type MutationReportDamageArgs = {
  input: DamageReportInput;
};


export type MutationRerouteReservationArgs = {
  input: RerouteReservationInput;
};


export type MutationReserveStockArgs = {
  input: ReserveStockInput;
};


export type MutationShipReservationArgs = {
  input: ReservationTransitionInput;
};


export type MutationTransferStockArgs = {
  input: TransferStockInput;
};


export type MutationUpdateChannelSourcingArgs = {
  input: ChannelSourcingInput;
};

export type NearbyAvailability = {
  __typename?: 'NearbyAvailability';
  available: Scalars['Int']['output'];
  distanceKm: Scalars['Float']['output'];
  /** Owned by fulfillment: null (with an error) when fulfillment cannot answer. */
  location: Maybe<Location>;
  pickup: PickupReadiness;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** Can this store hand the units over at its counter, and how soon? */
export type PickupReadiness = {
  __typename?: 'PickupReadiness';
  canFulfil: Scalars['Boolean']['output'];
  offered: Scalars['Boolean']['output'];
  readyInHours: Maybe<Scalars['Int']['output']>;
};

export type Price = {
  __typename?: 'Price';
  amount: Money;
  channel: SalesChannel;
  compareAt: Maybe<Money>;
};

export type Product = {
  __typename?: 'Product';
  brand: Scalars['String']['output'];
  category: Scalars['String']['output'];
  description: Scalars['String']['output'];
  handle: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  status: ProductStatus;
  tags: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  variants: Array<Variant>;
};

export type ProductConnection = {
  __typename?: 'ProductConnection';
  edges: Array<ProductEdge>;
  pageInfo: PageInfo;
};

export type ProductEdge = {
  __typename?: 'ProductEdge';
  cursor: Scalars['String']['output'];
  node: Product;
};

export type ProductFilter = {
  brand?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ProductStatus>;
  /** Words (or word beginnings) that must all appear in the title, brand, category or tags. */
  text?: InputMaybe<Scalars['String']['input']>;
};

export type ProductStatus =
  | 'ACTIVE'
  | 'ARCHIVED'
  | 'DRAFT';

export type Query = {
  __typename?: 'Query';
  /**
   * The network stock of up to 100 SKUs for a channel in one call: per SKU (in the order given),
   * every position at a location the channel may sell from, with its units for the channel
   * (largest first). An unknown SKU has none. With `releasing` (a CART or CHECKOUT hold of that
   * owner, which a reservation with `replaces` would take over), the stock as it would be once the
   * hold's ACTIVE lines were released: their units count in full at their positions (a held position
   * the channel does not list is added). A hold the caller may not act on, of another owner or kind,
   * counts nothing.
   */
  availableStock: Array<ChannelStock>;
  /**
   * The prices of up to 100 SKUs on a channel in one call (in the order given, each once); a SKU
   * without a price there (unknown, or not sold on the channel) is left out.
   */
  channelPrices: Array<ChannelPrice>;
  /** Where each channel may sell from, and its buffer. */
  channelSourcing: Array<ChannelSourcing>;
  /**
   * One position; zero in every state where a known location does not stock a known SKU. Unknown
   * SKU or location: null plus a NOT_FOUND error.
   */
  inventoryLevel: Maybe<InventoryLevel>;
  /**
   * Every change of a position, newest first: movements and reservation effects. Unknown SKU or
   * location: null plus a NOT_FOUND error.
   */
  inventoryMovements: Maybe<InventoryMovementConnection>;
  /** A product by id. Unknown id: null plus a NOT_FOUND error. */
  product: Maybe<Product>;
  productByHandle: Maybe<Product>;
  /** Products ordered by id, with cursor pagination (first ≤ 100). */
  products: ProductConnection;
  /** A reservation by id. Unknown id: null plus a NOT_FOUND error. */
  reservation: Maybe<Reservation>;
  /** A variant by SKU. Unknown SKU: null plus a NOT_FOUND error. */
  variant: Maybe<Variant>;
};


export type QueryAvailableStockArgs = {
  channel: SalesChannel;
  releasing?: InputMaybe<ReplacedReservationInput>;
  skus: Array<Scalars['String']['input']>;
};


export type QueryChannelPricesArgs = {
  channel: SalesChannel;
  currencyCode?: InputMaybe<Scalars['String']['input']>;
  skus: Array<Scalars['String']['input']>;
};


export type QueryInventoryLevelArgs = {
  locationId: Scalars['ID']['input'];
  sku: Scalars['String']['input'];
};


export type QueryInventoryMovementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  locationId: Scalars['ID']['input'];
  sku: Scalars['String']['input'];
};


export type QueryProductArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProductByHandleArgs = {
  handle: Scalars['String']['input'];
};


export type QueryProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProductFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryReservationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVariantArgs = {
  sku: Scalars['String']['input'];
};

export type ReceiveIntoReservationInput = {
  /**
   * 1..200 characters, scoped to the reservation: the same key and request again returns it
   * unchanged; another request under it is IDEMPOTENCY_CONFLICT.
   */
  idempotencyKey: Scalars['String']['input'];
  /**
   * The units received, 1..100 lines, each quantity 1..10,000 (as in reserveStock), keys new to the
   * reservation (else DUPLICATE_LINE_KEY). A line's position is created if the location never
   * stocked its SKU.
   */
  lines: Array<ReservationLineInput>;
  /** Recorded on the RECEIPT ledger entries, at most 200 characters. */
  reason?: InputMaybe<Scalars['String']['input']>;
  reservationId: Scalars['ID']['input'];
};

export type ReceiveStockInput = {
  locationId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
  /**
   * The expected delivery (PO / ASN number, 1..100 characters) these units fulfil: its incoming entry
   * goes down by the quantity in the same write (removed at 0). A reference the position does not
   * expect is UNKNOWN_INCOMING_REFERENCE, and nothing changes.
   */
  reference?: InputMaybe<Scalars['String']['input']>;
  sku: Scalars['String']['input'];
  sourceEventId: Scalars['String']['input'];
};

/** A hold named with its owner (the cart or checkout it belongs to). */
export type ReplacedReservationInput = {
  ownerId: Scalars['String']['input'];
  reservationId: Scalars['ID']['input'];
};

export type RerouteReservationInput = {
  /** New lines to hold ACTIVE, at any location (0..100, keys new to the reservation). */
  add?: InputMaybe<Array<ReservationLineInput>>;
  /**
   * As in ReserveStockInput, for the new lines (counting what the releases free at the same
   * position first). Default false.
   */
  allowSafetyStock?: InputMaybe<Scalars['Boolean']['input']>;
  /** Scoped to the reservation: the same key and request again returns it unchanged. */
  idempotencyKey: Scalars['String']['input'];
  /** Recorded on the released lines (default `rerouted`), at most 200 characters. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** Keys of ACTIVE or COMMITTED lines to release (0..400; a line already released is left as it is). */
  release?: InputMaybe<Array<Scalars['String']['input']>>;
  reservationId: Scalars['ID']['input'];
};

/**
 * A hold on stock: cart, checkout, order allocation, BOPIS or transfer. Each line has its own status
 * and can be committed, shipped, released or re-routed alone while the others stay held.
 */
export type Reservation = {
  __typename?: 'Reservation';
  createdAt: Scalars['String']['output'];
  /**
   * When its ACTIVE lines expire (committed stock never does). Null: never; an ORDER hold created
   * without ttlSeconds lasts until it is committed, shipped, released or re-routed.
   */
  expiresAt: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: ReservationKind;
  /** In creation order; a re-route appends lines and never removes one (at most 400). */
  lines: Array<ReservationLine>;
  ownerId: Scalars['String']['output'];
  /** Why a line was last released or expired; null while none was. */
  releaseReason: Maybe<Scalars['String']['output']>;
  /** The aggregate of the lines' statuses (see ReservationStatus). */
  status: ReservationStatus;
  updatedAt: Scalars['String']['output'];
};

export type ReservationKind =
  | 'BOPIS'
  | 'CART'
  | 'CHECKOUT'
  | 'ORDER'
  | 'TRANSFER';

export type ReservationLine = {
  __typename?: 'ReservationLine';
  /**
   * Units of this line taken from the position's safety stock (a hold with allowSafetyStock, once
   * the available units were used up); given back to safety stock if the line is released or expires.
   */
  fromSafetyStock: Scalars['Int']['output'];
  /**
   * Names the line in per-line transitions: caller-chosen, or `sku@locationId` by default; unique
   * within the reservation for its whole life.
   */
  lineKey: Scalars['String']['output'];
  /** Owned by fulfillment: null (with an error) when fulfillment cannot answer. */
  location: Maybe<Location>;
  locationId: Scalars['ID']['output'];
  quantity: Scalars['Int']['output'];
  /** Why this line was released (or `expired`); null otherwise. */
  releaseReason: Maybe<Scalars['String']['output']>;
  sku: Scalars['String']['output'];
  status: ReservationStatus;
  variant: Variant;
};

export type ReservationLineInput = {
  /**
   * 1..200 characters, unique within the reservation. Default `sku@locationId`: lines without a key
   * at one position are merged into one line; a key given twice is DUPLICATE_LINE_KEY.
   */
  lineKey?: InputMaybe<Scalars['String']['input']>;
  locationId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
  sku: Scalars['String']['input'];
};

export type ReservationResult = CatalogError | Reservation;

/**
 * A line's status, and a reservation's (the most live of its lines', in this order): ACTIVE while any
 * line is ACTIVE, else COMMITTED while any line is COMMITTED, else SHIPPED if any line shipped, else
 * RELEASED if any line was released, else EXPIRED.
 */
export type ReservationStatus =
  | 'ACTIVE'
  | 'COMMITTED'
  | 'EXPIRED'
  | 'RELEASED'
  | 'SHIPPED';

export type ReservationTransitionInput = {
  /**
   * Optional, 1..200 characters, scoped to the reservation: the same key and request again returns
   * the reservation unchanged (even after its lines moved on); another request under it is
   * IDEMPOTENCY_CONFLICT.
   */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /**
   * Only these lines (1..400 keys); an unknown key is UNKNOWN_LINE_KEY. Omitted: every line except
   * those already finished another way (so "ship" ships the committed lines once others were released).
   */
  lineKeys?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Release only: why (cart abandoned, order cancelled, ...), at most 200 characters. */
  reason?: InputMaybe<Scalars['String']['input']>;
  reservationId: Scalars['ID']['input'];
};

export type ReserveStockInput = {
  /**
   * May a line take units from its position's safety stock once the position's available units are
   * used up (a sourcing profile with keepSafetyStock: false)? Default false. A line then takes what
   * is available first and the rest from safety stock (recorded as ReservationLine.fromSafetyStock);
   * a release or expiry gives those units back to safety stock, a ship takes them out of it for
   * good. A shortfall then reports available + safetyStock.
   */
  allowSafetyStock?: InputMaybe<Scalars['Boolean']['input']>;
  /** Same key and same request: the same reservation. Same key, different request: IDEMPOTENCY_CONFLICT. */
  idempotencyKey: Scalars['String']['input'];
  kind: ReservationKind;
  lines: Array<ReservationLineInput>;
  ownerId: Scalars['String']['input'];
  /**
   * A CART or CHECKOUT hold whose units this reservation takes over in the same atomic write (a
   * cart hold becoming the order's hold at checkout): the hold's ACTIVE lines are released (reason
   * `replaced`; expired if it is past its expiry) and the new lines reserved, per position as one net
   * change, so the hold's units count as available for this reservation and nobody else can take
   * them in between. All or nothing: when a line is short (counting what the hold frees), nothing is
   * written and the hold stays. A hold with nothing left to hand over (expired and swept, released,
   * already taken over) leaves a plain reservation. The hold must belong to `ownerId` (otherwise
   * RESERVATION_NOT_FOUND) and be one the caller may act on; other kinds are INVALID_TRANSITION.
   */
  replaces?: InputMaybe<ReplacedReservationInput>;
  /**
   * Hold duration, 10 s..7 days; defaults by kind (cart 15 min, checkout 10 min, BOPIS 48 h, transfer
   * 72 h). An ORDER hold without one never expires (expiresAt null).
   */
  ttlSeconds?: InputMaybe<Scalars['Int']['input']>;
};

export type ReserveStockResult = CatalogError | InsufficientStockError | Reservation;

export type ReturnDisposition =
  | 'DAMAGED'
  | 'QUALITY_CONTROL'
  | 'RESTOCK';

export type SalesChannel =
  | 'APP'
  | 'B2B'
  | 'KIOSK'
  | 'MARKETPLACE'
  | 'POS'
  | 'SOCIAL'
  | 'WEB';

export type Shortfall = {
  __typename?: 'Shortfall';
  available: Scalars['Int']['output'];
  locationId: Scalars['ID']['output'];
  requested: Scalars['Int']['output'];
  sku: Scalars['String']['output'];
};

/** The signed change of one position's states by one ledger entry (0 where a state did not move). */
export type StockChange = {
  __typename?: 'StockChange';
  available: Scalars['Int']['output'];
  committed: Scalars['Int']['output'];
  damaged: Scalars['Int']['output'];
  locationId: Scalars['ID']['output'];
  onHand: Scalars['Int']['output'];
  qualityControl: Scalars['Int']['output'];
  reserved: Scalars['Int']['output'];
  safetyStock: Scalars['Int']['output'];
};

export type StockCountInput = {
  /** The on-hand quantity counted on the shelf. */
  countedOnHand: Scalars['Int']['input'];
  locationId: Scalars['ID']['input'];
  sku: Scalars['String']['input'];
  sourceEventId: Scalars['String']['input'];
};

export type StockReturnInput = {
  disposition: ReturnDisposition;
  locationId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
  sku: Scalars['String']['input'];
  sourceEventId: Scalars['String']['input'];
};

/** One message of a stock subscription (stockChanged, backInStock). */
export type StockUpdate = {
  __typename?: 'StockUpdate';
  kind: StreamMessageKind;
  /**
   * SNAPSHOT: every watched position; CHANGE: the position that changed (its own `sequence` tells
   * which change of the position it is).
   */
  levels: Array<InventoryLevel>;
  /** 1 for the first message of the subscription, then one more per message. */
  sequence: Scalars['Int']['output'];
};

export type StreamMessageKind =
  | 'CHANGE'
  | 'SNAPSHOT';

/**
 * Live data (graphql-ws on the gateway's /graphql). Every subscription first answers the current
 * state (a SNAPSHOT message), then one CHANGE message per change. `sequence` numbers the messages
 * of one subscription from 1, so a client can tell it missed one (and re-subscribe for a fresh
 * snapshot); the server sends a new SNAPSHOT itself when it may have missed changes (its event
 * source reconnected, or changes piled up behind a slow client).
 */
export type Subscription = {
  __typename?: 'Subscription';
  /**
   * Back in stock ("tell me when it is here"): SNAPSHOT the position now (zeros when never
   * stocked), then a CHANGE carrying the position each time its available units go from 0 to more
   * than 0; other changes are not sent. An unknown SKU or location is NOT_FOUND (as for
   * inventoryLevel), a blank one BAD_USER_INPUT.
   */
  backInStock: StockUpdate;
  /**
   * The positions of 1..50 SKUs at 1..50 locations (at most 200 positions), as they change. A
   * position not stocked reads as zeros. Unknown SKUs or locations are a BAD_USER_INPUT error.
   */
  stockChanged: StockUpdate;
  /**
   * A SKU's stock at the active stores within `radiusKm` (0 < radiusKm ≤ 500, default 10) of a
   * point, nearest first, at most `first` (1..50, default 10) stores chosen when subscribing: SNAPSHOT
   * every one of them (zeros where not stocked), then a CHANGE per change of one. An unknown SKU is
   * NOT_FOUND; a bad point or radius BAD_USER_INPUT.
   */
  stockNear: StockUpdate;
};


/**
 * Live data (graphql-ws on the gateway's /graphql). Every subscription first answers the current
 * state (a SNAPSHOT message), then one CHANGE message per change. `sequence` numbers the messages
 * of one subscription from 1, so a client can tell it missed one (and re-subscribe for a fresh
 * snapshot); the server sends a new SNAPSHOT itself when it may have missed changes (its event
 * source reconnected, or changes piled up behind a slow client).
 */
export type SubscriptionBackInStockArgs = {
  locationId: Scalars['ID']['input'];
  sku: Scalars['String']['input'];
};


/**
 * Live data (graphql-ws on the gateway's /graphql). Every subscription first answers the current
 * state (a SNAPSHOT message), then one CHANGE message per change. `sequence` numbers the messages
 * of one subscription from 1, so a client can tell it missed one (and re-subscribe for a fresh
 * snapshot); the server sends a new SNAPSHOT itself when it may have missed changes (its event
 * source reconnected, or changes piled up behind a slow client).
 */
export type SubscriptionStockChangedArgs = {
  locationIds: Array<Scalars['ID']['input']>;
  skus: Array<Scalars['String']['input']>;
};


/**
 * Live data (graphql-ws on the gateway's /graphql). Every subscription first answers the current
 * state (a SNAPSHOT message), then one CHANGE message per change. `sequence` numbers the messages
 * of one subscription from 1, so a client can tell it missed one (and re-subscribe for a fresh
 * snapshot); the server sends a new SNAPSHOT itself when it may have missed changes (its event
 * source reconnected, or changes piled up behind a slow client).
 */
export type SubscriptionStockNearArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  near: GeoPointInput;
  radiusKm?: InputMaybe<Scalars['Float']['input']>;
  sku: Scalars['String']['input'];
};

export type TransferStockInput = {
  fromLocationId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
  sku: Scalars['String']['input'];
  sourceEventId: Scalars['String']['input'];
  toLocationId: Scalars['ID']['input'];
};

export type Variant = {
  __typename?: 'Variant';
  /** Available-to-promise for a channel: the locations the channel may sell from, after its buffer. */
  availability: ChannelAvailability;
  /**
   * Available units at each given location (0 where it is not stocked). An unknown location's
   * entry is null plus a NOT_FOUND error.
   */
  availabilityAt: Array<Maybe<LocationAvailability>>;
  /** Stores within radiusKm of a point, nearest first, with pickup readiness for `quantity` units. */
  availabilityNear: Array<NearbyAvailability>;
  barcode: Scalars['String']['output'];
  /** Stock positions at every location that stocks this variant (or only the given ones, at most 100). */
  inventoryLevels: Array<InventoryLevel>;
  options: Array<VariantOption>;
  /** Price for a sales channel (and currency); null when the variant is not sold there. */
  price: Maybe<Price>;
  prices: Array<Price>;
  product: Product;
  sku: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** Sum of available over all locations. */
  totalAvailable: Scalars['Int']['output'];
  weightGrams: Scalars['Int']['output'];
};


export type VariantAvailabilityArgs = {
  channel: SalesChannel;
};


export type VariantAvailabilityAtArgs = {
  locationIds: Array<Scalars['ID']['input']>;
};


export type VariantAvailabilityNearArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  near: GeoPointInput;
  quantity?: InputMaybe<Scalars['Int']['input']>;
  radiusKm?: InputMaybe<Scalars['Float']['input']>;
};


export type VariantInventoryLevelsArgs = {
  locationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type VariantPriceArgs = {
  channel: SalesChannel;
  currencyCode?: InputMaybe<Scalars['String']['input']>;
};

export type VariantOption = {
  __typename?: 'VariantOption';
  name: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

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
  InventoryLevel: InventoryLevel;
  Location: Location;
  Product: Product;
  Reservation: Reservation;
  Variant: Variant;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  InventoryLevel:
    ( { __typename: 'InventoryLevel' }
    & GraphQLRecursivePick<FederationTypes['InventoryLevel'], {"sku":true,"locationId":true}> );
  Location:
    ( { __typename: 'Location' }
    & GraphQLRecursivePick<FederationTypes['Location'], {"id":true}> );
  Product:
    ( { __typename: 'Product' }
    & GraphQLRecursivePick<FederationTypes['Product'], {"id":true}> );
  Reservation:
    ( { __typename: 'Reservation' }
    & GraphQLRecursivePick<FederationTypes['Reservation'], {"id":true}> );
  Variant:
    ( { __typename: 'Variant' }
    & GraphQLRecursivePick<FederationTypes['Variant'], {"sku":true}> );
}>;

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  ChannelSourcingResult:
    | ( CatalogError & { __typename: 'CatalogError' } )
    | ( SourcingProfile & { __typename: 'ChannelSourcing' } )
  ;
  InventoryLevelResult:
    | ( CatalogError & { __typename: 'CatalogError' } )
    | ( InventoryLevelDoc & { __typename: 'InventoryLevel' } )
  ;
  InventoryMovementResult:
    | ( CatalogError & { __typename: 'CatalogError' } )
    | ( MovementResult & { __typename: 'InventoryMovement' } )
  ;
  ReservationResult:
    | ( CatalogError & { __typename: 'CatalogError' } )
    | ( ReservationDoc & { __typename: 'Reservation' } )
  ;
  ReserveStockResult:
    | ( CatalogError & { __typename: 'CatalogError' } )
    | ( InsufficientStockError & { __typename: 'InsufficientStockError' } )
    | ( ReservationDoc & { __typename: 'Reservation' } )
  ;
}>;


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AdjustInventoryInput: AdjustInventoryInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CarryOutInput: CarryOutInput;
  CatalogError: ResolverTypeWrapper<CatalogError>;
  CatalogErrorCode: CatalogErrorCode;
  ChannelAvailability: ResolverTypeWrapper<ChannelAvailabilityResult>;
  ChannelPrice: ResolverTypeWrapper<ChannelPrice>;
  ChannelSourcing: ResolverTypeWrapper<SourcingProfile>;
  ChannelSourcingInput: ChannelSourcingInput;
  ChannelSourcingResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ChannelSourcingResult']>;
  ChannelStock: ResolverTypeWrapper<Omit<ChannelStock, 'location'> & { location?: Maybe<ResolversTypes['Location']> }>;
  DamageReportInput: DamageReportInput;
  ExpectStockInput: ExpectStockInput;
  ExtendReservationInput: ExtendReservationInput;
  GeoPointInput: GeoPointInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  IncomingAvailability: ResolverTypeWrapper<IncomingAvailability>;
  IncomingStock: ResolverTypeWrapper<IncomingStock>;
  InsufficientStockError: ResolverTypeWrapper<InsufficientStockError>;
  InventoryAdjustmentReason: InventoryAdjustmentReason;
  InventoryLevel: ResolverTypeWrapper<InventoryLevelDoc>;
  InventoryLevelResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['InventoryLevelResult']>;
  InventoryMovement: ResolverTypeWrapper<MovementResult>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  InventoryMovementConnection: ResolverTypeWrapper<Omit<InventoryMovementConnection, 'edges'> & { edges: Array<ResolversTypes['InventoryMovementEdge']> }>;
  InventoryMovementEdge: ResolverTypeWrapper<Omit<InventoryMovementEdge, 'node'> & { node: ResolversTypes['InventoryMovement'] }>;
  InventoryMovementResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['InventoryMovementResult']>;
  Location: ResolverTypeWrapper<LocationRef>;
  LocationAvailability: ResolverTypeWrapper<LocationAtp>;
  Money: ResolverTypeWrapper<Money>;
  MovementType: MovementType;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NearbyAvailability: ResolverTypeWrapper<NearbyAvailabilityModel>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PickupReadiness: ResolverTypeWrapper<PickupReadiness>;
  Price: ResolverTypeWrapper<PriceDoc>;
  Product: ResolverTypeWrapper<ProductDoc>;
  ProductConnection: ResolverTypeWrapper<Omit<ProductConnection, 'edges'> & { edges: Array<ResolversTypes['ProductEdge']> }>;
  ProductEdge: ResolverTypeWrapper<Omit<ProductEdge, 'node'> & { node: ResolversTypes['Product'] }>;
  ProductFilter: ProductFilter;
  ProductStatus: ProductStatus;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReceiveIntoReservationInput: ReceiveIntoReservationInput;
  ReceiveStockInput: ReceiveStockInput;
  ReplacedReservationInput: ReplacedReservationInput;
  RerouteReservationInput: RerouteReservationInput;
  Reservation: ResolverTypeWrapper<ReservationDoc>;
  ReservationKind: ReservationKind;
  ReservationLine: ResolverTypeWrapper<ReservationLineModel>;
  ReservationLineInput: ReservationLineInput;
  ReservationResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ReservationResult']>;
  ReservationStatus: ReservationStatus;
  ReservationTransitionInput: ReservationTransitionInput;
  ReserveStockInput: ReserveStockInput;
  ReserveStockResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ReserveStockResult']>;
  ReturnDisposition: ReturnDisposition;
  SalesChannel: SalesChannel;
  Shortfall: ResolverTypeWrapper<Shortfall>;
  StockChange: ResolverTypeWrapper<StockChange>;
  StockCountInput: StockCountInput;
  StockReturnInput: StockReturnInput;
  StockUpdate: ResolverTypeWrapper<Omit<StockUpdate, 'levels'> & { levels: Array<ResolversTypes['InventoryLevel']> }>;
  StreamMessageKind: StreamMessageKind;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TransferStockInput: TransferStockInput;
  Variant: ResolverTypeWrapper<VariantDoc>;
  VariantOption: ResolverTypeWrapper<VariantOption>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AdjustInventoryInput: AdjustInventoryInput;
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  CarryOutInput: CarryOutInput;
  CatalogError: CatalogError;
  ChannelAvailability: ChannelAvailabilityResult;
  ChannelPrice: ChannelPrice;
  ChannelSourcing: SourcingProfile;
  ChannelSourcingInput: ChannelSourcingInput;
  ChannelSourcingResult: ResolversUnionTypes<ResolversParentTypes>['ChannelSourcingResult'];
  ChannelStock: Omit<ChannelStock, 'location'> & { location?: Maybe<ResolversParentTypes['Location']> };
  DamageReportInput: DamageReportInput;
  ExpectStockInput: ExpectStockInput;
  ExtendReservationInput: ExtendReservationInput;
  GeoPointInput: GeoPointInput;
  Float: Scalars['Float']['output'];
  IncomingAvailability: IncomingAvailability;
  IncomingStock: IncomingStock;
  InsufficientStockError: InsufficientStockError;
  InventoryLevel: InventoryLevelDoc;
  InventoryLevelResult: ResolversUnionTypes<ResolversParentTypes>['InventoryLevelResult'];
  InventoryMovement: MovementResult;
  Boolean: Scalars['Boolean']['output'];
  InventoryMovementConnection: Omit<InventoryMovementConnection, 'edges'> & { edges: Array<ResolversParentTypes['InventoryMovementEdge']> };
  InventoryMovementEdge: Omit<InventoryMovementEdge, 'node'> & { node: ResolversParentTypes['InventoryMovement'] };
  InventoryMovementResult: ResolversUnionTypes<ResolversParentTypes>['InventoryMovementResult'];
  Location: LocationRef;
  LocationAvailability: LocationAtp;
  Money: Money;
  Mutation: Record<PropertyKey, never>;
  NearbyAvailability: NearbyAvailabilityModel;
  PageInfo: PageInfo;
  PickupReadiness: PickupReadiness;
  Price: PriceDoc;
  Product: ProductDoc;
  ProductConnection: Omit<ProductConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProductEdge']> };
  ProductEdge: Omit<ProductEdge, 'node'> & { node: ResolversParentTypes['Product'] };
  ProductFilter: ProductFilter;
  Query: Record<PropertyKey, never>;
  ReceiveIntoReservationInput: ReceiveIntoReservationInput;
  ReceiveStockInput: ReceiveStockInput;
  ReplacedReservationInput: ReplacedReservationInput;
  RerouteReservationInput: RerouteReservationInput;
  Reservation: ReservationDoc;
  ReservationLine: ReservationLineModel;
  ReservationLineInput: ReservationLineInput;
  ReservationResult: ResolversUnionTypes<ResolversParentTypes>['ReservationResult'];
  ReservationTransitionInput: ReservationTransitionInput;
  ReserveStockInput: ReserveStockInput;
  ReserveStockResult: ResolversUnionTypes<ResolversParentTypes>['ReserveStockResult'];
  Shortfall: Shortfall;
  StockChange: StockChange;
  StockCountInput: StockCountInput;
  StockReturnInput: StockReturnInput;
  StockUpdate: Omit<StockUpdate, 'levels'> & { levels: Array<ResolversParentTypes['InventoryLevel']> };
  Subscription: Record<PropertyKey, never>;
  TransferStockInput: TransferStockInput;
  Variant: VariantDoc;
  VariantOption: VariantOption;
}>;

export type CatalogErrorResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['CatalogError'] = ResolversParentTypes['CatalogError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['CatalogErrorCode'], ParentType, ContextType>;
  locationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sku?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ChannelAvailabilityResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ChannelAvailability'] = ResolversParentTypes['ChannelAvailability']> = ResolversObject<{
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  bufferUnits?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['SalesChannel'], ParentType, ContextType>;
  incoming?: Resolver<Array<ResolversTypes['IncomingAvailability']>, ParentType, ContextType>;
  locations?: Resolver<Array<ResolversTypes['LocationAvailability']>, ParentType, ContextType>;
}>;

export type ChannelPriceResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ChannelPrice'] = ResolversParentTypes['ChannelPrice']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currencyCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ChannelSourcingResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ChannelSourcing'] = ResolversParentTypes['ChannelSourcing']> = ResolversObject<{
  bufferUnits?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  capabilities?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['SalesChannel'], ParentType, ContextType>;
  locationTypes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ChannelSourcingResultResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ChannelSourcingResult'] = ResolversParentTypes['ChannelSourcingResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'CatalogError' | 'ChannelSourcing', ParentType, ContextType>;
}>;

export type ChannelStockResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ChannelStock'] = ResolversParentTypes['ChannelStock']> = ResolversObject<{
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  incoming?: Resolver<Array<ResolversTypes['IncomingStock']>, ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  locationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  safetyStock?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type IncomingAvailabilityResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['IncomingAvailability'] = ResolversParentTypes['IncomingAvailability']> = ResolversObject<{
  availableBy?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type IncomingStockResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['IncomingStock'] = ResolversParentTypes['IncomingStock']> = ResolversObject<{
  expectedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type InsufficientStockErrorResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['InsufficientStockError'] = ResolversParentTypes['InsufficientStockError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['CatalogErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shortfalls?: Resolver<Array<ResolversTypes['Shortfall']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InventoryLevelResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['InventoryLevel'] = ResolversParentTypes['InventoryLevel'], FederationReferenceType extends FederationReferenceTypes['InventoryLevel'] = FederationReferenceTypes['InventoryLevel']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['InventoryLevel']> | FederationReferenceType, FederationReferenceType, ContextType>;
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  committed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  damaged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  incoming?: Resolver<Array<ResolversTypes['IncomingStock']>, ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  locationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  onHand?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  qualityControl?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reserved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  safetyStock?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  variant?: Resolver<ResolversTypes['Variant'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InventoryLevelResultResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['InventoryLevelResult'] = ResolversParentTypes['InventoryLevelResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'CatalogError' | 'InventoryLevel', ParentType, ContextType>;
}>;

export type InventoryMovementResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['InventoryMovement'] = ResolversParentTypes['InventoryMovement']> = ResolversObject<{
  applied?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['StockChange']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  inventoryLevels?: Resolver<Array<ResolversTypes['InventoryLevel']>, ParentType, ContextType>;
  locationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reservation?: Resolver<Maybe<ResolversTypes['Reservation']>, ParentType, ContextType>;
  reservationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceEventId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toLocationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['MovementType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InventoryMovementConnectionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['InventoryMovementConnection'] = ResolversParentTypes['InventoryMovementConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['InventoryMovementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type InventoryMovementEdgeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['InventoryMovementEdge'] = ResolversParentTypes['InventoryMovementEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['InventoryMovement'], ParentType, ContextType>;
}>;

export type InventoryMovementResultResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['InventoryMovementResult'] = ResolversParentTypes['InventoryMovementResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'CatalogError' | 'InventoryMovement', ParentType, ContextType>;
}>;

export type LocationResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Location'] = ResolversParentTypes['Location'], FederationReferenceType extends FederationReferenceTypes['Location'] = FederationReferenceTypes['Location']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Location']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inventoryLevel?: Resolver<Maybe<ResolversTypes['InventoryLevel']>, ParentType, ContextType, RequireFields<LocationInventoryLevelArgs, 'sku'>>;
}>;

export type LocationAvailabilityResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['LocationAvailability'] = ResolversParentTypes['LocationAvailability']> = ResolversObject<{
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  incoming?: Resolver<Array<ResolversTypes['IncomingStock']>, ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  locationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MoneyResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currencyCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  adjustInventory?: Resolver<Maybe<ResolversTypes['InventoryMovementResult']>, ParentType, ContextType, RequireFields<MutationAdjustInventoryArgs, 'input'>>;
  commitReservation?: Resolver<Maybe<ResolversTypes['ReservationResult']>, ParentType, ContextType, RequireFields<MutationCommitReservationArgs, 'input'>>;
  expectStock?: Resolver<Maybe<ResolversTypes['InventoryLevelResult']>, ParentType, ContextType, RequireFields<MutationExpectStockArgs, 'input'>>;
  extendReservation?: Resolver<Maybe<ResolversTypes['ReservationResult']>, ParentType, ContextType, RequireFields<MutationExtendReservationArgs, 'input'>>;
  receiveIntoReservation?: Resolver<Maybe<ResolversTypes['ReservationResult']>, ParentType, ContextType, RequireFields<MutationReceiveIntoReservationArgs, 'input'>>;
  receiveStock?: Resolver<Maybe<ResolversTypes['InventoryMovementResult']>, ParentType, ContextType, RequireFields<MutationReceiveStockArgs, 'input'>>;
  recordCarryOut?: Resolver<Maybe<ResolversTypes['InventoryMovementResult']>, ParentType, ContextType, RequireFields<MutationRecordCarryOutArgs, 'input'>>;
  recordReturn?: Resolver<Maybe<ResolversTypes['InventoryMovementResult']>, ParentType, ContextType, RequireFields<MutationRecordReturnArgs, 'input'>>;
  recordStockCount?: Resolver<Maybe<ResolversTypes['InventoryMovementResult']>, ParentType, ContextType, RequireFields<MutationRecordStockCountArgs, 'input'>>;
  releaseReservation?: Resolver<Maybe<ResolversTypes['ReservationResult']>, ParentType, ContextType, RequireFields<MutationReleaseReservationArgs, 'input'>>;
  reportDamage?: Resolver<Maybe<ResolversTypes['InventoryMovementResult']>, ParentType, ContextType, RequireFields<MutationReportDamageArgs, 'input'>>;
  rerouteReservation?: Resolver<Maybe<ResolversTypes['ReserveStockResult']>, ParentType, ContextType, RequireFields<MutationRerouteReservationArgs, 'input'>>;
  reserveStock?: Resolver<Maybe<ResolversTypes['ReserveStockResult']>, ParentType, ContextType, RequireFields<MutationReserveStockArgs, 'input'>>;
  shipReservation?: Resolver<Maybe<ResolversTypes['ReservationResult']>, ParentType, ContextType, RequireFields<MutationShipReservationArgs, 'input'>>;
  transferStock?: Resolver<Maybe<ResolversTypes['InventoryMovementResult']>, ParentType, ContextType, RequireFields<MutationTransferStockArgs, 'input'>>;
  updateChannelSourcing?: Resolver<Maybe<ResolversTypes['ChannelSourcingResult']>, ParentType, ContextType, RequireFields<MutationUpdateChannelSourcingArgs, 'input'>>;
}>;

export type NearbyAvailabilityResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['NearbyAvailability'] = ResolversParentTypes['NearbyAvailability']> = ResolversObject<{
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  distanceKm?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  pickup?: Resolver<ResolversTypes['PickupReadiness'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PickupReadinessResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['PickupReadiness'] = ResolversParentTypes['PickupReadiness']> = ResolversObject<{
  canFulfil?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  offered?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  readyInHours?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type PriceResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Price'] = ResolversParentTypes['Price']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['SalesChannel'], ParentType, ContextType>;
  compareAt?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
}>;

export type ProductResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product'], FederationReferenceType extends FederationReferenceTypes['Product'] = FederationReferenceTypes['Product']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Product']> | FederationReferenceType, FederationReferenceType, ContextType>;
  brand?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  handle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProductStatus'], ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  variants?: Resolver<Array<ResolversTypes['Variant']>, ParentType, ContextType>;
}>;

export type ProductConnectionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ProductConnection'] = ResolversParentTypes['ProductConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ProductEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ProductEdgeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ProductEdge'] = ResolversParentTypes['ProductEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  availableStock?: Resolver<Array<ResolversTypes['ChannelStock']>, ParentType, ContextType, RequireFields<QueryAvailableStockArgs, 'channel' | 'skus'>>;
  channelPrices?: Resolver<Array<ResolversTypes['ChannelPrice']>, ParentType, ContextType, RequireFields<QueryChannelPricesArgs, 'channel' | 'currencyCode' | 'skus'>>;
  channelSourcing?: Resolver<Array<ResolversTypes['ChannelSourcing']>, ParentType, ContextType>;
  inventoryLevel?: Resolver<Maybe<ResolversTypes['InventoryLevel']>, ParentType, ContextType, RequireFields<QueryInventoryLevelArgs, 'locationId' | 'sku'>>;
  inventoryMovements?: Resolver<Maybe<ResolversTypes['InventoryMovementConnection']>, ParentType, ContextType, RequireFields<QueryInventoryMovementsArgs, 'first' | 'locationId' | 'sku'>>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType, RequireFields<QueryProductArgs, 'id'>>;
  productByHandle?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType, RequireFields<QueryProductByHandleArgs, 'handle'>>;
  products?: Resolver<ResolversTypes['ProductConnection'], ParentType, ContextType, RequireFields<QueryProductsArgs, 'first'>>;
  reservation?: Resolver<Maybe<ResolversTypes['Reservation']>, ParentType, ContextType, RequireFields<QueryReservationArgs, 'id'>>;
  variant?: Resolver<Maybe<ResolversTypes['Variant']>, ParentType, ContextType, RequireFields<QueryVariantArgs, 'sku'>>;
}>;

export type ReservationResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Reservation'] = ResolversParentTypes['Reservation'], FederationReferenceType extends FederationReferenceTypes['Reservation'] = FederationReferenceTypes['Reservation']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Reservation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ReservationKind'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['ReservationLine']>, ParentType, ContextType>;
  ownerId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  releaseReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReservationStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ReservationLineResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ReservationLine'] = ResolversParentTypes['ReservationLine']> = ResolversObject<{
  fromSafetyStock?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lineKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  locationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  releaseReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReservationStatus'], ParentType, ContextType>;
  variant?: Resolver<ResolversTypes['Variant'], ParentType, ContextType>;
}>;

export type ReservationResultResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ReservationResult'] = ResolversParentTypes['ReservationResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'CatalogError' | 'Reservation', ParentType, ContextType>;
}>;

export type ReserveStockResultResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ReserveStockResult'] = ResolversParentTypes['ReserveStockResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'CatalogError' | 'InsufficientStockError' | 'Reservation', ParentType, ContextType>;
}>;

export type ShortfallResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Shortfall'] = ResolversParentTypes['Shortfall']> = ResolversObject<{
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  locationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  requested?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type StockChangeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['StockChange'] = ResolversParentTypes['StockChange']> = ResolversObject<{
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  committed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  damaged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  locationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  onHand?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  qualityControl?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reserved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  safetyStock?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StockUpdateResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['StockUpdate'] = ResolversParentTypes['StockUpdate']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['StreamMessageKind'], ParentType, ContextType>;
  levels?: Resolver<Array<ResolversTypes['InventoryLevel']>, ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  backInStock?: SubscriptionResolver<ResolversTypes['StockUpdate'], "backInStock", ParentType, ContextType, RequireFields<SubscriptionBackInStockArgs, 'locationId' | 'sku'>>;
  stockChanged?: SubscriptionResolver<ResolversTypes['StockUpdate'], "stockChanged", ParentType, ContextType, RequireFields<SubscriptionStockChangedArgs, 'locationIds' | 'skus'>>;
  stockNear?: SubscriptionResolver<ResolversTypes['StockUpdate'], "stockNear", ParentType, ContextType, RequireFields<SubscriptionStockNearArgs, 'first' | 'near' | 'radiusKm' | 'sku'>>;
}>;

export type VariantResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Variant'] = ResolversParentTypes['Variant'], FederationReferenceType extends FederationReferenceTypes['Variant'] = FederationReferenceTypes['Variant']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Variant']> | FederationReferenceType, FederationReferenceType, ContextType>;
  availability?: Resolver<ResolversTypes['ChannelAvailability'], ParentType, ContextType, RequireFields<VariantAvailabilityArgs, 'channel'>>;
  availabilityAt?: Resolver<Array<Maybe<ResolversTypes['LocationAvailability']>>, ParentType, ContextType, RequireFields<VariantAvailabilityAtArgs, 'locationIds'>>;
  availabilityNear?: Resolver<Array<ResolversTypes['NearbyAvailability']>, ParentType, ContextType, RequireFields<VariantAvailabilityNearArgs, 'first' | 'near' | 'quantity' | 'radiusKm'>>;
  barcode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  inventoryLevels?: Resolver<Array<ResolversTypes['InventoryLevel']>, ParentType, ContextType, Partial<VariantInventoryLevelsArgs>>;
  options?: Resolver<Array<ResolversTypes['VariantOption']>, ParentType, ContextType>;
  price?: Resolver<Maybe<ResolversTypes['Price']>, ParentType, ContextType, RequireFields<VariantPriceArgs, 'channel' | 'currencyCode'>>;
  prices?: Resolver<Array<ResolversTypes['Price']>, ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  totalAvailable?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weightGrams?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type VariantOptionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['VariantOption'] = ResolversParentTypes['VariantOption']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = CatalogContext> = ResolversObject<{
  CatalogError?: CatalogErrorResolvers<ContextType>;
  ChannelAvailability?: ChannelAvailabilityResolvers<ContextType>;
  ChannelPrice?: ChannelPriceResolvers<ContextType>;
  ChannelSourcing?: ChannelSourcingResolvers<ContextType>;
  ChannelSourcingResult?: ChannelSourcingResultResolvers<ContextType>;
  ChannelStock?: ChannelStockResolvers<ContextType>;
  IncomingAvailability?: IncomingAvailabilityResolvers<ContextType>;
  IncomingStock?: IncomingStockResolvers<ContextType>;
  InsufficientStockError?: InsufficientStockErrorResolvers<ContextType>;
  InventoryLevel?: InventoryLevelResolvers<ContextType>;
  InventoryLevelResult?: InventoryLevelResultResolvers<ContextType>;
  InventoryMovement?: InventoryMovementResolvers<ContextType>;
  InventoryMovementConnection?: InventoryMovementConnectionResolvers<ContextType>;
  InventoryMovementEdge?: InventoryMovementEdgeResolvers<ContextType>;
  InventoryMovementResult?: InventoryMovementResultResolvers<ContextType>;
  Location?: LocationResolvers<ContextType>;
  LocationAvailability?: LocationAvailabilityResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NearbyAvailability?: NearbyAvailabilityResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PickupReadiness?: PickupReadinessResolvers<ContextType>;
  Price?: PriceResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  ProductConnection?: ProductConnectionResolvers<ContextType>;
  ProductEdge?: ProductEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Reservation?: ReservationResolvers<ContextType>;
  ReservationLine?: ReservationLineResolvers<ContextType>;
  ReservationResult?: ReservationResultResolvers<ContextType>;
  ReserveStockResult?: ReserveStockResultResolvers<ContextType>;
  Shortfall?: ShortfallResolvers<ContextType>;
  StockChange?: StockChangeResolvers<ContextType>;
  StockUpdate?: StockUpdateResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Variant?: VariantResolvers<ContextType>;
  VariantOption?: VariantOptionResolvers<ContextType>;
}>;


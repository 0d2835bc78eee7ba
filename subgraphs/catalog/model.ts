import type { SalesChannel } from '../../platform/shared/commerce';

/** Collection `products`, `_id` like `prod_0001`. */
export interface ProductDoc {
  _id: string;
  handle: string;
  title: string;
  description: string;
  brand: string;
  category: string;
  tags: string[];
  status: 'ACTIVE' | 'DRAFT' | 'ARCHIVED';
  /** Lower-cased word prefixes of title, brand, category and tags (domain/search.ts), for text search. */
  searchTerms: string[];
  createdAt: string;
}

export interface VariantOption {
  name: string;
  value: string;
}

export interface PriceDoc {
  channel: SalesChannel;
  currencyCode: string;
  /** Integer minor units. */
  amount: number;
  /** Optional strike-through price, minor units. */
  compareAtAmount: number | null;
}

/** Collection `variants`, `_id` = the SKU (e.g. `SKU-0001-M-BLK`). */
export interface VariantDoc {
  _id: string;
  productId: string;
  title: string;
  options: VariantOption[];
  prices: PriceDoc[];
  barcode: string;
  weightGrams: number;
}

/** Units expected at a position: a purchase order or a transfer in transit (domain/incoming.ts). */
export interface IncomingStock {
  /** The PO / ASN number, 1..100 characters; absent on documents written before references existed. */
  reference?: string;
  quantity: number;
  /** ISO 8601, UTC. */
  expectedAt: string;
}

/**
 * Collection `inventory_levels`, `_id` = `${sku}@${locationId}`.
 * Invariant: onHand = available + committed + reserved + damaged + safetyStock + qualityControl,
 * every state ≥ 0. `available` is derived: it is materialised in the same document and only ever
 * changed by the same atomic update as the states it derives from (domain/level-ops.ts), so a
 * reservation can be one conditional update (`available ≥ q`).
 */
export interface InventoryLevelDoc {
  _id: string;
  sku: string;
  locationId: string;
  onHand: number;
  available: number;
  committed: number;
  reserved: number;
  damaged: number;
  safetyStock: number;
  qualityControl: number;
  /**
   * Deliveries on their way (soonest first). Not a stock state: it changes no quantity, so it has
   * no ledger entry; a change of it still bumps `sequence` and publishes the stock event.
   */
  incoming: IncomingStock[];
  /** Incremented on every change; lets subscribers order and de-duplicate stock events. */
  sequence: number;
  updatedAt: string;
}

export const MOVEMENT_TYPES = [
  'RECEIPT',
  'SALE',
  'POS_CARRY_OUT',
  'ADJUSTMENT',
  'COUNT',
  'TRANSFER',
  'RETURN',
  'DAMAGE',
  // A reservation's effect on a position (its SHIP is a SALE).
  'RESERVE',
  'COMMIT',
  'RELEASE',
  'EXPIRE',
] as const;
export type MovementType = (typeof MOVEMENT_TYPES)[number];

export type StockState = 'onHand' | 'committed' | 'reserved' | 'damaged' | 'safetyStock' | 'qualityControl';
/** A signed change to some of a position's states. */
export type StateDelta = Partial<Record<StockState, number>>;

export interface MovementEffect {
  locationId: string;
  delta: StateDelta;
}

/**
 * Collection `inventory_movements`: the append-only ledger of every change of every position.
 * A physical movement's `_id` is the source event id (a replay finds it and changes nothing); a
 * reservation's entries are written in the same atomic batch as the change they record, so summing
 * a position's `effects` from zero gives its states.
 */
export interface InventoryMovementDoc {
  _id: string;
  type: MovementType;
  sku: string;
  locationId: string;
  /** TRANSFER: the receiving location. */
  toLocationId: string | null;
  /** As requested: units (signed for ADJUSTMENT), or the counted on-hand for COUNT. */
  quantity: number;
  /** What the movement did to each position it touched. */
  effects: MovementEffect[];
  reason: string | null;
  /** The reservation that caused this entry; null for a physical movement (absent on old entries). */
  reservationId?: string | null;
  /** Fingerprint of the request, so a replay with different content is a conflict. */
  requestHash: string;
  createdAt: string;
}

export const RESERVATION_KINDS = ['CART', 'CHECKOUT', 'ORDER', 'BOPIS', 'TRANSFER'] as const;
export type ReservationKind = (typeof RESERVATION_KINDS)[number];

/**
 * A line's life: ACTIVE → COMMITTED | RELEASED | EXPIRED; COMMITTED → SHIPPED | RELEASED. A
 * reservation's own status is the most live of its lines' (domain/reservation-lifecycle.ts
 * `aggregateStatus`), so the same values serve both.
 */
export const RESERVATION_STATUSES = ['ACTIVE', 'COMMITTED', 'SHIPPED', 'RELEASED', 'EXPIRED'] as const;
export type ReservationStatus = (typeof RESERVATION_STATUSES)[number];

/** A line as requested: `lineKey` defaults to `${sku}@${locationId}`. */
export interface ReservationLineRequest {
  lineKey?: string | null;
  sku: string;
  locationId: string;
  quantity: number;
}

/** One held line of a reservation; its transitions apply to it alone or with the others. */
export interface ReservationLine {
  /** Caller-chosen (default `${sku}@${locationId}`), unique within the reservation for its whole life. */
  lineKey: string;
  sku: string;
  locationId: string;
  quantity: number;
  status: ReservationStatus;
  /** Why this line was released (or `expired`); null while it holds stock or after it shipped. */
  releaseReason: string | null;
  /**
   * Units of the hold taken from the position's safety stock (`allowSafetyStock`), given back to
   * it on release or expiry. Absent: none.
   */
  fromSafetyStock?: number;
}

/** An applied keyed transition (commit, ship, release or re-route of some lines). */
export interface AppliedOperation {
  key: string;
  /** Fingerprint of the request: the same key with another request is a conflict. */
  hash: string;
}

/**
 * Collection `reservations`: one ledger for cart holds, checkout, order allocation, BOPIS holds and
 * transfers. `_id` is derived from the idempotency key, so a retried request finds its reservation.
 */
export interface ReservationDoc {
  _id: string;
  kind: ReservationKind;
  /** Cart, order or transfer the hold belongs to. */
  ownerId: string;
  idempotencyKey: string;
  requestHash: string;
  /** The aggregate of the lines' statuses (see `aggregateStatus`). */
  status: ReservationStatus;
  /** In creation order; re-routing appends lines and never removes one. */
  lines: ReservationLine[];
  /** When ACTIVE lines expire; committed stock does not. Null: never (an ORDER hold without a TTL). */
  expiresAt: string | null;
  /** Why a line was last released or expired; null while none was. */
  releaseReason: string | null;
  /** Bumped by every change: transitions compare-and-set it. Absent (0) on documents written before it. */
  revision: number;
  /** Keyed transitions applied to this reservation, so a retry replays instead of applying twice. */
  operations: AppliedOperation[];
  /** The hold whose units this reservation took over when it was made (`replaces`), if any. */
  replaces?: string;
  /** The reservation that took over this hold's units (its lines then RELEASED, reason `replaced`). */
  replacedBy?: string;
  createdAt: string;
  updatedAt: string;
}

/** Collection `channel_sourcing`, `_id` = the channel: which nodes a channel may sell from. */
export interface ChannelSourcingDoc {
  _id: SalesChannel;
  locationTypes: ('WAREHOUSE' | 'STORE' | 'THIRD_PARTY_LOGISTICS' | 'DROPSHIP_SUPPLIER')[];
  /** A node must offer one of these capabilities to count (empty: any). */
  capabilities: string[];
  /** Units held back per location from this channel's available-to-promise. */
  bufferUnits: number;
  updatedAt: string;
}

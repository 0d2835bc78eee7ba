import { declareServiceInterface } from '../../platform/service-interface';
import type { SalesChannel } from '../../platform/shared/commerce';
import type { CatalogErrorCode } from './domain/errors';
import type { ReturnDisposition } from './domain/movements';
import type { ReservationKind, ReservationStatus } from './model';

/**
 * Catalog's service interface: the stock holds and the network stock snapshot other subgraphs
 * (fulfillment's routing) use. Catalog implements it with its own service (`Subgraph.api`, the
 * in-process binding, `service-api.ts`); `bindRemote` binds the same declaration to catalog's
 * GraphQL API over HTTP. Business refusals (a shortfall, an invalid transition) are results, never
 * thrown; malformed arguments are BAD_USER_INPUT, as from the GraphQL API.
 */
export interface CatalogApi {
  /** Holds every line or none: the reservation, or every shortfall at once. Idempotent by key. */
  reserve(input: ReserveRequest): Promise<HoldResult>;
  /** ACTIVE → COMMITTED for the lines named (every line when `lineKeys` is omitted). */
  commitLines(input: LinesRequest): Promise<LinesResult>;
  /** COMMITTED → SHIPPED for the lines named: their units leave onHand. */
  shipLines(input: LinesRequest): Promise<LinesResult>;
  /** ACTIVE or COMMITTED → RELEASED for the lines named: their units are available again. */
  releaseLines(input: LinesRequest): Promise<LinesResult>;
  /** Releases some lines and holds new ones (anywhere) in one all-or-nothing step. */
  reroute(input: RerouteRequest): Promise<HoldResult>;
  /**
   * Units arriving at a location straight into the reservation (a ship-to-store transfer received
   * at its pickup store): each new line's position gains onHand and committed together (a RECEIPT
   * ledger entry naming the reservation) and the line is COMMITTED. All lines or none; idempotent
   * by key.
   */
  receiveLines(input: ReceiveLinesRequest): Promise<LinesResult>;
  /** Every position of these SKUs (1..100) the channel may sell from, with its units for the channel. */
  availableStock(input: StockRequest): Promise<ChannelStock[]>;
  /**
   * A returned item received at a location (orders' returns): RESTOCK adds the units to onHand and
   * available at once, DAMAGED to onHand and damaged, QUALITY_CONTROL to onHand and qualityControl;
   * the position is created where the location never stocked the SKU. Idempotent by sourceEventId
   * (the same event again answers `applied: false`; with other content it is refused).
   */
  recordReturn(input: ReturnMovementRequest): Promise<ReturnMovementResult>;
  /** The prices of up to 100 SKUs on a channel; a SKU without one there is left out. */
  prices(input: { skus: string[]; channel: SalesChannel; currencyCode?: string }): Promise<SkuPrice[]>;
}

export interface LineRequest {
  /** 1..200 characters, unique within the reservation; default `${sku}@${locationId}`. */
  lineKey?: string | null;
  sku: string;
  locationId: string;
  quantity: number;
}

export interface ReserveRequest {
  kind: ReservationKind;
  ownerId: string;
  lines: LineRequest[];
  /** Defaults by kind; an ORDER hold without one never expires. */
  ttlSeconds?: number | null;
  /**
   * May a line dip into its position's safety stock once `available` is used up (a sourcing
   * profile with `keepSafetyStock: false`)? The units taken from safety stock go back to it on
   * release or expiry. Default false.
   */
  allowSafetyStock?: boolean | null;
  idempotencyKey: string;
  /**
   * A CART or CHECKOUT hold of `ownerId` whose units this reservation takes over in the same atomic
   * write: its ACTIVE lines are released and the new lines reserved, per position as one net
   * change (all or nothing). A hold with nothing left to hand over leaves a plain reservation.
   */
  replaces?: HoldRef | null;
}

/** A hold named with its owner (the cart or checkout it belongs to). */
export interface HoldRef {
  reservationId: string;
  ownerId: string;
}

export interface ReceiveLinesRequest {
  reservationId: string;
  /** 1..100 lines with keys new to the reservation. */
  lines: LineRequest[];
  reason?: string | null;
  idempotencyKey: string;
}

export interface LinesRequest {
  reservationId: string;
  /** 1..400 keys; omitted: every line the op concerns. */
  lineKeys?: string[] | null;
  /** Release only (default `released`). */
  reason?: string | null;
  idempotencyKey: string;
}

export interface RerouteRequest {
  reservationId: string;
  /** Keys of ACTIVE or COMMITTED lines to release. */
  release?: string[] | null;
  /** New lines (keys new to the reservation) to hold ACTIVE. */
  add?: LineRequest[] | null;
  /** As in ReserveRequest, for the added lines. */
  allowSafetyStock?: boolean | null;
  reason?: string | null;
  idempotencyKey: string;
}

export interface ReturnMovementRequest {
  sku: string;
  locationId: string;
  /** 1..1,000,000 units. */
  quantity: number;
  disposition: ReturnDisposition;
  /** 1..200 characters: the movement's id in the ledger. */
  sourceEventId: string;
}

/** A position's stock after a movement. */
export interface StockPosition {
  sku: string;
  locationId: string;
  onHand: number;
  available: number;
  damaged: number;
  qualityControl: number;
}

export type ReturnMovementResult = { ok: true; applied: boolean; position: StockPosition } | Refused;

export interface StockRequest {
  skus: string[];
  channel: SalesChannel;
  /** Count this hold's ACTIVE units as available at their positions (what `replaces` would take over). */
  releasing?: HoldRef | null;
}

export interface HeldLine {
  lineKey: string;
  sku: string;
  locationId: string;
  quantity: number;
  status: ReservationStatus;
  releaseReason: string | null;
}

export interface Reservation {
  id: string;
  kind: ReservationKind;
  ownerId: string;
  /** ACTIVE while any line is ACTIVE, else COMMITTED while any is, else SHIPPED, RELEASED or EXPIRED. */
  status: ReservationStatus;
  lines: HeldLine[];
  /** Null: never expires. */
  expiresAt: string | null;
  releaseReason: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Shortfall {
  sku: string;
  locationId: string;
  requested: number;
  available: number;
}

/** A refusal that changed nothing. */
export interface Refused {
  ok: false;
  code: CatalogErrorCode;
  message: string;
  sku: string | null;
  locationId: string | null;
}

/** Not enough stock: every short position, nothing held. */
export interface Short {
  ok: false;
  code: 'INSUFFICIENT_STOCK';
  message: string;
  shortfalls: Shortfall[];
}

export type LinesResult = { ok: true; reservation: Reservation } | Refused;
export type HoldResult = LinesResult | Short;

export interface SkuPrice {
  sku: string;
  /** Minor units. */
  amount: number;
  currencyCode: string;
}

export interface ChannelStock {
  sku: string;
  locationId: string;
  /** Available after safety stock and the channel's buffer, as `Variant.availability(channel)` reports it. */
  available: number;
  /** The position's safety stock: what a hold with `allowSafetyStock` may take beyond `available`. */
  safetyStock: number;
  /** Units expected at the position (purchase orders, transfers in transit), soonest first. */
  incoming: { quantity: number; expectedAt: string }[];
}

const RESERVATION = `id kind ownerId status expiresAt releaseReason createdAt updatedAt
  lines { lineKey sku locationId quantity status releaseReason }`;
/** Selections of `ReservationResult` and of `ReserveStockResult` (which may also be short). */
const RESULT = `__typename
  ... on Reservation { ${RESERVATION} }
  ... on CatalogError { code message sku locationId }`;
const HOLD_RESULT = `${RESULT}
  ... on InsufficientStockError { code message shortfalls { sku locationId requested available } }`;

type Answer = Reservation & { __typename: string } & Record<string, unknown>;

/** Reads a `ReserveStockResult` or `ReservationResult` answer. */
function holdResult(answer: unknown): HoldResult {
  if (!answer) throw new Error('catalog answered no result');
  const { __typename, ...rest } = answer as Answer;
  if (__typename === 'Reservation') return { ok: true, reservation: rest as Reservation };
  if (__typename === 'InsufficientStockError') {
    const { code, message, shortfalls } = rest as unknown as Omit<Short, 'ok'>;
    return { ok: false, code, message, shortfalls };
  }
  const { code, message, sku, locationId } = rest as unknown as Omit<Refused, 'ok'>;
  return { ok: false, code, message, sku: sku ?? null, locationId: locationId ?? null };
}

const lineInput = (l: LineRequest) => ({
  lineKey: l.lineKey ?? null,
  sku: l.sku,
  locationId: l.locationId,
  quantity: l.quantity,
});

/** Sent only when set, so a request without it reads the same to a catalog that predates it. */
const safetyStock = (input: { allowSafetyStock?: boolean | null }) =>
  input.allowSafetyStock ? { allowSafetyStock: true } : {};

/** Sent only when set, as `allowSafetyStock`. */
const holdRef = (field: 'replaces' | 'releasing', ref: HoldRef | null | undefined) =>
  ref ? { [field]: { reservationId: ref.reservationId, ownerId: ref.ownerId } } : {};

function linesOperation(field: 'commitReservation' | 'shipReservation' | 'releaseReservation', name: string) {
  return {
    document: `mutation ${name}($input: ReservationTransitionInput!) { result: ${field}(input: $input) { ${RESULT} } }`,
    variables: (input: LinesRequest) => ({
      input: {
        reservationId: input.reservationId,
        lineKeys: input.lineKeys ?? null,
        ...(field === 'releaseReservation' ? { reason: input.reason ?? null } : {}),
        idempotencyKey: input.idempotencyKey,
      },
    }),
    result: (data: Record<string, unknown>) => holdResult(data.result) as LinesResult,
    idempotencyKey: (input: LinesRequest) => input.idempotencyKey,
  };
}

export const CATALOG_API = declareServiceInterface<CatalogApi>('catalog', {
  reserve: {
    document: `mutation Reserve($input: ReserveStockInput!) { result: reserveStock(input: $input) { ${HOLD_RESULT} } }`,
    variables: (input) => ({
      input: {
        kind: input.kind,
        ownerId: input.ownerId,
        lines: input.lines.map(lineInput),
        ttlSeconds: input.ttlSeconds ?? null,
        ...safetyStock(input),
        idempotencyKey: input.idempotencyKey,
        ...holdRef('replaces', input.replaces),
      },
    }),
    result: (data) => holdResult(data.result),
    idempotencyKey: (input) => input.idempotencyKey,
  },
  commitLines: linesOperation('commitReservation', 'CommitLines'),
  shipLines: linesOperation('shipReservation', 'ShipLines'),
  releaseLines: linesOperation('releaseReservation', 'ReleaseLines'),
  reroute: {
    document: `mutation Reroute($input: RerouteReservationInput!) {
      result: rerouteReservation(input: $input) { ${HOLD_RESULT} }
    }`,
    variables: (input) => ({
      input: {
        reservationId: input.reservationId,
        release: input.release ?? null,
        add: input.add?.map(lineInput) ?? null,
        ...safetyStock(input),
        reason: input.reason ?? null,
        idempotencyKey: input.idempotencyKey,
      },
    }),
    result: (data) => holdResult(data.result),
    idempotencyKey: (input) => input.idempotencyKey,
  },
  receiveLines: {
    document: `mutation ReceiveLines($input: ReceiveIntoReservationInput!) {
      result: receiveIntoReservation(input: $input) { ${RESULT} }
    }`,
    variables: (input) => ({
      input: {
        reservationId: input.reservationId,
        lines: input.lines.map(lineInput),
        reason: input.reason ?? null,
        idempotencyKey: input.idempotencyKey,
      },
    }),
    result: (data) => holdResult(data.result) as LinesResult,
    idempotencyKey: (input) => input.idempotencyKey,
  },
  availableStock: {
    document: `query AvailableStock($skus: [String!]!, $channel: SalesChannel!, $releasing: ReplacedReservationInput) {
      availableStock(skus: $skus, channel: $channel, releasing: $releasing) {
        sku locationId available safetyStock incoming { quantity expectedAt }
      }
    }`,
    variables: (input) => ({ skus: input.skus, channel: input.channel, ...holdRef('releasing', input.releasing) }),
    result: (data) => data.availableStock as ChannelStock[],
  },
  recordReturn: {
    document: `mutation RecordReturn($input: StockReturnInput!) {
      result: recordReturn(input: $input) {
        __typename
        ... on InventoryMovement { applied inventoryLevels { sku locationId onHand available damaged qualityControl } }
        ... on CatalogError { code message sku locationId }
      }
    }`,
    variables: ({ sku, locationId, quantity, disposition, sourceEventId }) => ({
      input: { sku, locationId, quantity, disposition, sourceEventId },
    }),
    idempotencyKey: (input) => input.sourceEventId,
    result: (data) => {
      const answer = data.result as { __typename: string; applied: boolean; inventoryLevels: StockPosition[] } | null;
      if (answer?.__typename !== 'InventoryMovement') return holdResult(answer) as Refused;
      return { ok: true, applied: answer.applied, position: answer.inventoryLevels[0]! };
    },
  },
  prices: {
    document: `query ChannelPrices($skus: [String!]!, $channel: SalesChannel!, $currencyCode: String) {
      channelPrices(skus: $skus, channel: $channel, currencyCode: $currencyCode) { sku amount currencyCode }
    }`,
    variables: (input) => ({ skus: input.skus, channel: input.channel, currencyCode: input.currencyCode ?? 'EUR' }),
    result: (data) => data.channelPrices as SkuPrice[],
  },
});

/** Events catalog publishes that other subgraphs may react to. */
export { CatalogTopics, type InventoryChangedEvent, type ReservationChangedEvent } from './events';

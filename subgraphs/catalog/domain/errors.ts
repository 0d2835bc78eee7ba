import { MAX_ON_HAND } from './level-ops';

/** Catalog's business failure codes (the schema's `CatalogErrorCode`). */
export type CatalogErrorCode =
  | 'UNKNOWN_SKU'
  | 'UNKNOWN_LOCATION'
  | 'UNKNOWN_POSITION'
  | 'INSUFFICIENT_STOCK'
  | 'INVALID_QUANTITY'
  | 'INVALID_TRANSFER'
  | 'STOCK_LIMIT_EXCEEDED'
  | 'INVALID_TTL'
  | 'COUNT_BELOW_ALLOCATED'
  | 'IDEMPOTENCY_CONFLICT'
  | 'RESERVATION_NOT_FOUND'
  | 'INVALID_TRANSITION'
  | 'INVALID_SOURCING'
  | 'UNKNOWN_LINE_KEY'
  | 'DUPLICATE_LINE_KEY'
  | 'INVALID_REFERENCE'
  | 'INVALID_EXPECTED_AT'
  | 'INCOMING_LIMIT_EXCEEDED'
  | 'UNKNOWN_INCOMING_REFERENCE';

/** An expected failure: nothing changed. A failure about one line names its sku and location. */
export interface CatalogFailure {
  ok: false;
  code: CatalogErrorCode;
  message: string;
  sku?: string;
  locationId?: string;
}

export function failure(
  code: CatalogErrorCode,
  message: string,
  line?: { sku: string; locationId: string },
): CatalogFailure {
  return line ? { ok: false, code, message, sku: line.sku, locationId: line.locationId } : { ok: false, code, message };
}

/** What is known about the position a line (or a movement) names. */
export interface PositionFacts {
  skuKnown: boolean;
  locationKnown: boolean;
  /** The location has a position for the SKU (it has been stocked there at least once). */
  stocked: boolean;
}

/**
 * The one rule for "this line cannot use this position", shared by movements and reservations:
 * an unknown SKU, then an unknown location, then a known location that does not stock the SKU.
 */
export function positionProblem(
  line: { sku: string; locationId: string },
  facts: PositionFacts,
): CatalogFailure | null {
  if (!facts.skuKnown) return failure('UNKNOWN_SKU', `unknown SKU ${line.sku}`, line);
  if (!facts.locationKnown) return failure('UNKNOWN_LOCATION', `unknown location ${line.locationId}`, line);
  if (!facts.stocked) return notStocked(line);
  return null;
}

export function notStocked(line: { sku: string; locationId: string }): CatalogFailure {
  return failure('UNKNOWN_POSITION', `${line.locationId} does not stock ${line.sku}`, line);
}

/** A change that would take a position past the most units it may hold (`MAX_ON_HAND`). */
export function stockLimit(line: { sku: string; locationId: string }): CatalogFailure {
  return failure(
    'STOCK_LIMIT_EXCEEDED',
    `${line.sku} at ${line.locationId} would hold more than ${MAX_ON_HAND.toLocaleString('en')} units on hand`,
    line,
  );
}

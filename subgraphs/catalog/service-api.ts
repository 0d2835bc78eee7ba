import type { CatalogApi, HoldResult, LinesResult, Refused, Reservation } from './api';
import type { CatalogFailure } from './domain/errors';
import type { InsufficientStock } from './domain/reservations';
import type { InventoryLevelDoc, ReservationDoc } from './model';
import type { InventoryService } from './service';

/** A reservation as the service interface shows it: what `Reservation` answers over GraphQL. */
export function reservationView(doc: ReservationDoc): Reservation {
  return {
    id: doc._id,
    kind: doc.kind,
    ownerId: doc.ownerId,
    status: doc.status,
    lines: doc.lines.map(({ lineKey, sku, locationId, quantity, status, releaseReason }) => ({
      lineKey,
      sku,
      locationId,
      quantity,
      status,
      releaseReason,
    })),
    expiresAt: doc.expiresAt,
    releaseReason: doc.releaseReason,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
  };
}

/** A position as `InventoryMovement.inventoryLevels` answers the fields the interface reads. */
const positionView = ({ sku, locationId, onHand, available, damaged, qualityControl }: InventoryLevelDoc) => ({
  sku,
  locationId,
  onHand,
  available,
  damaged,
  qualityControl,
});

type Outcome = { ok: true; reservation: ReservationDoc } | InsufficientStock | CatalogFailure;

function result(outcome: Outcome): HoldResult {
  if (outcome.ok) return { ok: true, reservation: reservationView(outcome.reservation) };
  if ('shortfalls' in outcome) {
    const { code, message, shortfalls } = outcome;
    return { ok: false, code, message, shortfalls };
  }
  const { code, message } = outcome;
  return { ok: false, code, message, sku: outcome.sku ?? null, locationId: outcome.locationId ?? null };
}

/**
 * The in-process binding of catalog's service interface: its own service, with answers shaped
 * exactly as the HTTP binding reads them from catalog's GraphQL API (test/service-bindings.test.ts).
 */
export function createCatalogApi(service: InventoryService): CatalogApi {
  const lines = (input: Parameters<CatalogApi['commitLines']>[0]) => ({
    lineKeys: input.lineKeys,
    idempotencyKey: input.idempotencyKey,
  });
  return {
    reserve: async (input) => result(await service.reserve(input)),
    commitLines: async (input) => result(await service.commit(input.reservationId, lines(input))) as LinesResult,
    shipLines: async (input) => result(await service.ship(input.reservationId, lines(input))) as LinesResult,
    releaseLines: async (input) =>
      result(await service.release(input.reservationId, input.reason, lines(input))) as LinesResult,
    reroute: async (input) => result(await service.reroute(input)),
    receiveLines: async (input) => result(await service.receiveInto(input)) as LinesResult,
    availableStock: async (input) =>
      (await service.availableStock(input.skus, input.channel, input.releasing ?? null)).map(
        ({ sku, locationId, available, safetyStock, incoming }) => ({
          sku,
          locationId,
          available,
          safetyStock,
          incoming: incoming.map(({ quantity, expectedAt }) => ({ quantity, expectedAt })),
        }),
      ),
    recordReturn: async ({ sku, locationId, quantity, disposition, sourceEventId }) => {
      const outcome = await service.applyMovement({
        sourceEventId,
        sku,
        locationId,
        request: { type: 'RETURN', quantity, disposition },
        reason: null,
      });
      if (!outcome.ok) return result(outcome) as Refused;
      return { ok: true, applied: outcome.applied, position: positionView(outcome.levels[0]!) };
    },
    prices: (input) => service.channelPrices(input.skus, input.channel, input.currencyCode ?? 'EUR'),
  };
}

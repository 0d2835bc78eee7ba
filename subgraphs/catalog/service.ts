import type { EventBus } from '../../platform/bus/port';
import type { Logger } from '../../platform/logger';
import { DEFAULT_TTL_SECONDS, RESERVATION_RETENTION_DAYS } from './domain/reservations';
import { CatalogTopics, inventoryChanged, type ReservationChangedEvent } from './events';
import type { InventoryLevelDoc, ReservationDoc, ReservationKind, ReservationLine } from './model';
import type { CatalogStore } from './store';
import type { MovementInput } from './store-movements';
import type { TransitionOutcome } from './store-reservations';

/**
 * Catalog's inventory service: what resolvers (and, through their bindings, other subgraphs) call.
 * Every successful change publishes one stock event per touched position.
 */
export function createInventoryService(store: CatalogStore, bus: EventBus, now: () => Date, logger: Logger) {
  async function publishLevels(levels: InventoryLevelDoc[], type: string, sourceEventId: string): Promise<void> {
    for (const level of levels) {
      await bus.publish(CatalogTopics.inventoryChanged, inventoryChanged(level, { type, sourceEventId }));
    }
  }
  async function publishReservation(r: ReservationDoc): Promise<void> {
    await bus.publish<ReservationChangedEvent>(CatalogTopics.reservationChanged, {
      reservationId: r._id,
      ownerId: r.ownerId,
      kind: r.kind,
      status: r.status,
    });
  }
  async function afterTransition(outcome: TransitionOutcome, type: string): Promise<TransitionOutcome> {
    if (outcome.ok && outcome.changed) {
      await publishLevels(outcome.levels, type, outcome.reservation._id);
      await publishReservation(outcome.reservation);
    }
    return outcome;
  }
  const at = () => now().toISOString();

  return {
    async applyMovement(input: MovementInput) {
      const outcome = await store.movements.apply(input, at());
      if (outcome.ok && outcome.applied)
        await publishLevels(outcome.levels, outcome.movement.type, input.sourceEventId);
      return outcome;
    },
    async reserve(input: {
      kind: ReservationKind;
      ownerId: string;
      idempotencyKey: string;
      lines: ReservationLine[];
      ttlSeconds?: number | null;
    }) {
      const outcome = await store.reservations.reserve(
        { ...input, ttlSeconds: input.ttlSeconds ?? DEFAULT_TTL_SECONDS[input.kind] },
        now(),
      );
      if (outcome.ok && !outcome.replay) {
        await publishLevels(outcome.levels, 'RESERVE', outcome.reservation._id);
        await publishReservation(outcome.reservation);
      }
      return outcome;
    },
    commit: async (id: string) => afterTransition(await store.reservations.commit(id, at()), 'COMMIT'),
    release: async (id: string, reason: string) =>
      afterTransition(await store.reservations.release(id, at(), reason), 'RELEASE'),
    ship: async (id: string) => afterTransition(await store.reservations.ship(id, at()), 'SHIP'),
    extend: async (id: string, ttlSeconds: number) =>
      afterTransition(
        await store.reservations.extend(id, at(), new Date(now().getTime() + ttlSeconds * 1000).toISOString()),
        'EXTEND',
      ),

    /**
     * Expires ACTIVE reservations past their expiry. Safe with any number of instances sweeping at
     * once: each expiry is a compare-and-set on the reservation's status inside the same atomic
     * batch that returns its stock, so exactly one sweeper wins each reservation.
     */
    async sweepExpired(limit = 500): Promise<number> {
      const candidates = await store.reservations.expiredCandidates(at(), limit);
      let expired = 0;
      for (const candidate of candidates) {
        const outcome = await afterTransition(await store.reservations.expire(candidate._id, at()), 'EXPIRE');
        if (outcome.ok && outcome.changed) expired += 1;
      }
      if (expired > 0) logger.info({ expired }, 'expired reservations released');
      return expired;
    },

    /**
     * Forgets finished reservations older than `RESERVATION_RETENTION_DAYS`. Until then a replay of
     * their idempotency key returns them; after it, the key is free again.
     */
    async purgeFinished(limit = 500): Promise<number> {
      const before = new Date(now().getTime() - RESERVATION_RETENTION_DAYS * 86_400_000).toISOString();
      const purged = await store.reservations.purgeFinished(before, limit);
      if (purged > 0) logger.info({ purged }, 'finished reservations purged');
      return purged;
    },
  };
}

export type InventoryService = ReturnType<typeof createInventoryService>;

/** Runs `sweepExpired` every `intervalMs` without overlapping runs; `stop()` waits for a run in progress. */
export function createReservationSweeper(service: InventoryService, intervalMs: number, logger: Logger) {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> | null = null;
  let stopped = true;
  const tick = () => {
    running = service
      .sweepExpired()
      .then(() => service.purgeFinished())
      .catch((err: unknown) => logger.error({ err }, 'reservation sweep failed'))
      .finally(() => {
        running = null;
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  return {
    start() {
      if (!stopped) return;
      stopped = false;
      timer = setTimeout(tick, intervalMs);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}

import type { Logger } from '../../platform/logger';
import { periodic } from '../../platform/periodic';
import type { CatalogFailure } from './domain/errors';
import { planSourcingChange, type SourcingChange } from './domain/sourcing';
import type { ChannelSourcingDoc } from './model';
import { createReservationChange } from './service-change';
import { createLiveUseCases } from './service-live';
import { createPublisher, type ServiceDeps } from './service-deps';
import { createIncomingUseCases } from './service-incoming';
import { createMovementUseCases } from './service-movements';
import { createReadUseCases } from './service-reads';
import { createReceiveUseCases } from './service-receive';
import { createReservationUseCases } from './service-reservations';

export type { MovementInput, MovementOutcome } from './service-movements';
export type {
  LineOptions,
  RerouteInput,
  RerouteOutcome,
  ReserveInput,
  ReserveOutcome,
  TransitionOutcome,
} from './service-reservations';
export type { ChannelStock } from './service-reads';
export type { ReceiveInput } from './service-receive';
export type { ExpectInput, ExpectOutcome } from './service-incoming';

/**
 * Catalog's application service: its use cases, what resolvers (and, through catalog's service
 * interface `api.ts`, other subgraphs) call. Each validates through `domain/`, writes through the store and
 * is the only place that publishes catalog's events.
 */
export function createInventoryService(deps: ServiceDeps) {
  const publish = createPublisher(deps.outbox);
  const change = createReservationChange(deps, publish);
  return {
    ...createMovementUseCases(deps, publish),
    ...createReservationUseCases(deps, publish, change),
    ...createReceiveUseCases(deps, change),
    ...createIncomingUseCases(deps, publish),
    ...createReadUseCases(deps),
    ...createLiveUseCases(deps, deps.fanout),

    /** Changes where a channel may sell from and its buffer; publishes `catalog.sourcing.updated`. */
    async updateSourcing(change: SourcingChange): Promise<{ ok: true; sourcing: ChannelSourcingDoc } | CatalogFailure> {
      const [stored] = await deps.store.sourcingByChannels([change.channel]);
      const plan = planSourcingChange(change, stored ?? null, deps.now().toISOString());
      if (!plan.ok) return plan;
      const events = publish.sourcing(plan.doc);
      await deps.store.saveSourcing(plan.doc, events.op);
      await publish.deliver(events);
      return { ok: true, sourcing: plan.doc };
    },
  };
}

export type InventoryService = ReturnType<typeof createInventoryService>;

/** Runs `sweepExpired` (then the purge) every `intervalMs` without overlapping runs; `stop()` waits for a run in progress. */
export function createReservationSweeper(service: InventoryService, intervalMs: number, logger: Logger) {
  return periodic(
    'reservation sweep',
    () => service.sweepExpired().then(() => service.purgeFinished()),
    intervalMs,
    logger,
  );
}

import type { Outbox } from '../../platform/outbox';
import { notFound } from '../../platform/errors';
import type { Logger } from '../../platform/logger';
import type { NetworkNode } from './api';
import { SALES_CHANNELS, type SalesChannel } from '../../platform/shared/commerce';
import { localTime } from './domain/calendar';
import {
  planLocationChange,
  planRoutingChange,
  type LocationChange,
  type LocationChangeCheck,
  type LocationFailureCode,
  type LocationRoutingChange,
} from './domain/location-update';
import { defaultProfile, planProfileChange, type ProfileChange } from './domain/sourcing-profile';
import { FulfillmentTopics, type LocationUpdatedEvent, type SourcingProfileUpdatedEvent } from './events';
import type { FulfillmentOrderDoc, LocationDoc, SourcingProfileDoc } from './model';
import type { FulfillmentStore, LocationCriteria } from './store';
import type { CatalogApi } from '../catalog/api';
import { BACKORDER_MAX_WAIT_SECONDS, createBackorderUseCases } from './service-backorders';
import { createCancellationUseCases } from './service-cancellation';
import { createFulfillmentOrderUseCases, PICKUP_HOLD_SECONDS } from './service-orders';
import { createRoutingUseCases } from './service-routing';

/** Expected failures of fulfillment's use cases; each changes nothing. */
export interface FulfillmentFailure {
  ok: false;
  code: 'LOCATION_NOT_FOUND' | LocationFailureCode;
  message: string;
  locationId: string;
}

export type ProfileOutcome =
  | { ok: true; profile: SourcingProfileDoc }
  | { ok: false; code: 'INVALID_SOURCING_PROFILE'; message: string; field: string };

/** A node's load on its own local day: fulfillment orders taken and capacity left. */
export interface LocationLoad {
  date: string;
  taken: number;
  capacity: number;
  remaining: number;
}

export const loadKey = (locationId: string, date: string) => `${locationId}:${date}`;

/** `changed` lists the fields written (empty when the request changed nothing). */
export type UpdateLocationOutcome = { ok: true; location: LocationDoc; changed: string[] } | FulfillmentFailure;

/** How long pickups are held and backorders wait (`PICKUP_HOLD_S`, `BACKORDER_MAX_WAIT_S`), in seconds. */
export interface FulfillmentOptions {
  pickupHoldSeconds: number;
  backorderMaxWaitSeconds: number;
}

/**
 * Fulfillment's own use cases: validate through domain/, write through the store with the events
 * the change publishes (recorded in fulfillment's outbox in the same atomic write), then deliver
 * them. The only place fulfillment publishes (routing, fulfillment orders, backorders and
 * cancellations, in the service-*.ts files, record through the `outbox` given here). What other
 * subgraphs may call is `api.ts`.
 */
export function createFulfillmentService(
  store: FulfillmentStore,
  /** Fulfillment's outbox (COLLECTIONS.outbox): events recorded with their change, then delivered. */
  outbox: Pick<Outbox, 'record' | 'deliver'>,
  now: () => Date,
  logger: Logger,
  catalog: CatalogApi,
  options: FulfillmentOptions = {
    pickupHoldSeconds: PICKUP_HOLD_SECONDS,
    backorderMaxWaitSeconds: BACKORDER_MAX_WAIT_SECONDS,
  },
) {
  const record = <T extends object>(topic: string, payload: T) =>
    outbox.record([{ topic, payload }], now().toISOString());

  const defaultDoc = (channel: SalesChannel): SourcingProfileDoc => ({
    _id: channel,
    ...defaultProfile(channel),
    updatedAt: new Date(0).toISOString(),
    updatedBy: null,
  });

  async function changeLocation(
    id: string,
    plan: (location: LocationDoc) => LocationChangeCheck,
  ): Promise<UpdateLocationOutcome> {
    const location = await store.locationById(id);
    if (!location) {
      return { ok: false, code: 'LOCATION_NOT_FOUND', message: `location ${id} not found`, locationId: id };
    }
    const check = plan(location);
    if (!check.ok) return { ok: false, code: check.code, message: check.message, locationId: id };
    const changed = Object.keys(check.set).map((k) => k.split('.')[0]!);
    if (changed.length === 0) return { ok: true, location, changed };
    const event = record<LocationUpdatedEvent>(FulfillmentTopics.locationUpdated, { locationId: id, changed });
    const updated = await store.updateLocation(id, { ...check.set, updatedAt: now().toISOString() }, event.op);
    // Locations are never deleted; a vanished one means the store lost it under us.
    if (!updated) throw notFound('Location', id);
    await outbox.deliver(event);
    return { ok: true, location: updated, changed };
  }

  const sourcingProfile = async (channel: SalesChannel): Promise<SourcingProfileDoc> =>
    (await store.sourcingProfile(channel)) ?? defaultDoc(channel);

  const deps = { store, catalog, now, logger, outbox, profileOf: sourcingProfile };
  const routing = createRoutingUseCases(deps);
  const orders = createFulfillmentOrderUseCases(deps, routing, options.pickupHoldSeconds);
  const backorders = createBackorderUseCases(deps, routing, orders, options.backorderMaxWaitSeconds);

  /** Carry-out fulfillment orders are handed over at the till as they are made (idempotent). */
  async function handOver(fos: FulfillmentOrderDoc[]): Promise<FulfillmentOrderDoc[]> {
    return Promise.all(
      fos.map(async (fo) => {
        if (fo.deliveryMethod !== 'CARRY_OUT' || fo.status !== 'OPEN') return fo;
        const done = await orders.transition({ id: fo._id, action: 'HAND_OVER', sourceEventId: `hand-over:${fo._id}` });
        return done.ok ? done.fulfillmentOrder : fo;
      }),
    );
  }

  return {
    // Routing, fulfillment orders, backorders and cancellations (service-*.ts), recording through `outbox`.
    ...routing.useCases,
    async routeOrder(req: Parameters<typeof routing.useCases.routeOrder>[0]) {
      const outcome = await routing.useCases.routeOrder(req);
      return outcome.ok ? { ...outcome, fulfillmentOrders: await handOver(outcome.fulfillmentOrders) } : outcome;
    },
    ...orders,
    ...backorders,
    ...createCancellationUseCases(deps, orders, backorders),

    listLocations: (criteria: LocationCriteria = {}) => store.listLocations(criteria),

    /** The network as other subgraphs see it (fulfillment's service interface, `api.ts`). */
    async listNetwork(): Promise<NetworkNode[]> {
      return (await store.listLocations({})).map((l) => ({
        id: l._id,
        name: l.name,
        type: l.type,
        geo: l.geo,
        capabilities: l.capabilities,
        active: l.active,
        handlingTimeHours: l.handlingTimeHours,
        operatorPartnerId: l.operatorPartnerId,
      }));
    },

    /**
     * Changes how a node works day to day (capabilities within what its type can offer, capacity,
     * handling time, active, cut-off, opening hours). A request that sets nothing returns the
     * location unchanged and publishes nothing.
     */
    updateLocation: (input: LocationChange & { id: string }) =>
      changeLocation(input.id, (location) => planLocationChange(location, input)),

    /** Changes where a node is and what shipping from it costs (operators). */
    updateLocationRouting: (input: LocationRoutingChange & { id: string }) =>
      changeLocation(input.id, (location) => planRoutingChange(location, input)),

    /** A node's load today (its local day): what routing may still give it. */
    loadOf(location: LocationDoc, taken: number): LocationLoad {
      return {
        date: localTime(now(), location.timezone).date,
        taken,
        capacity: location.capacityPerDay,
        remaining: Math.max(0, location.capacityPerDay - taken),
      };
    },
    /** The key of a node's load document for today (its local day). */
    todayKey: (location: LocationDoc) => loadKey(location._id, localTime(now(), location.timezone).date),

    /** Every channel's profile, the default for a channel nobody changed yet. */
    async sourcingProfiles(): Promise<SourcingProfileDoc[]> {
      const stored = new Map((await store.sourcingProfiles()).map((p) => [p._id, p]));
      return SALES_CHANNELS.map((channel) => stored.get(channel) ?? defaultDoc(channel));
    },
    sourcingProfile,

    /** Changes one channel's profile; an invalid change writes and publishes nothing. */
    async updateSourcingProfile(channel: SalesChannel, change: ProfileChange, by: string): Promise<ProfileOutcome> {
      const current = (await store.sourcingProfile(channel)) ?? defaultDoc(channel);
      const { _id, updatedAt, updatedBy, ...settings } = current;
      void updatedAt;
      void updatedBy;
      const check = planProfileChange(settings, change);
      if (!check.ok) return { ok: false, code: 'INVALID_SOURCING_PROFILE', message: check.message, field: check.field };
      const event = record<SourcingProfileUpdatedEvent>(FulfillmentTopics.sourcingProfileUpdated, { channel, by });
      const profile = await store.saveSourcingProfile(
        { _id, ...check.settings, updatedAt: now().toISOString(), updatedBy: by },
        event.op,
      );
      await outbox.deliver(event);
      logger.info({ channel, by }, 'sourcing profile updated');
      return { ok: true, profile };
    },
  };
}

export type FulfillmentService = ReturnType<typeof createFulfillmentService>;

import type { EventBus } from '../../platform/bus/port';
import { notFound } from '../../platform/errors';
import type { Logger } from '../../platform/logger';
import type { NetworkNode } from './api';
import { planLocationChange, type LocationChange } from './domain/location-update';
import { FulfillmentTopics, type LocationUpdatedEvent } from './events';
import type { LocationDoc } from './model';
import type { FulfillmentStore, LocationCriteria } from './store';

/** Expected failures of fulfillment's use cases; each changes nothing. */
export interface FulfillmentFailure {
  ok: false;
  code: 'LOCATION_NOT_FOUND' | 'INVALID_CAPACITY' | 'INVALID_HANDLING_TIME' | 'UNSUPPORTED_CAPABILITY';
  message: string;
  locationId: string;
}

/** `changed` lists the fields written (empty when the request changed nothing). */
export type UpdateLocationOutcome = { ok: true; location: LocationDoc; changed: string[] } | FulfillmentFailure;

/**
 * Fulfillment's own use cases: validate through domain/, write through the store, publish the
 * event. The only place fulfillment publishes. (What other subgraphs may call is `api.ts`.)
 */
export function createFulfillmentService(store: FulfillmentStore, bus: EventBus, now: () => Date, logger: Logger) {
  async function emit<T>(topic: string, payload: T): Promise<void> {
    await bus.publish<T>(topic, payload);
    logger.debug({ topic }, 'fulfillment event published');
  }

  return {
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
      }));
    },

    /**
     * Changes a node's routing attributes within what its type can offer. A request that sets
     * nothing returns the location unchanged and publishes nothing.
     */
    async updateLocation(input: LocationChange & { id: string }): Promise<UpdateLocationOutcome> {
      const location = await store.locationById(input.id);
      if (!location) {
        return {
          ok: false,
          code: 'LOCATION_NOT_FOUND',
          message: `location ${input.id} not found`,
          locationId: input.id,
        };
      }
      const plan = planLocationChange(location.type, input);
      if (!plan.ok) return { ok: false, code: plan.code, message: plan.message, locationId: input.id };
      const changed = Object.keys(plan.set);
      if (changed.length === 0) return { ok: true, location, changed };
      const updated = await store.updateLocation(input.id, { ...plan.set, updatedAt: now().toISOString() });
      // Locations are never deleted; a vanished one means the store lost it under us.
      if (!updated) throw notFound('Location', input.id);
      await emit<LocationUpdatedEvent>(FulfillmentTopics.locationUpdated, { locationId: input.id, changed });
      return { ok: true, location: updated, changed };
    },
  };
}

export type FulfillmentService = ReturnType<typeof createFulfillmentService>;

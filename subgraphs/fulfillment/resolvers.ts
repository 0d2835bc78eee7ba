import { badInput, notFound } from '../../platform/errors';
import type { DeliveryMethod, SalesChannel } from '../../platform/shared/commerce';
import { requireKey } from '../../platform/validation';
import { pageSize } from '../batching';
import type { ProfileChange } from './domain/sourcing-profile';
import { operates } from './policies';
import { involvedLocationIds, stepLocationId } from './domain/fulfillment-order';
import type { FulfillmentContext } from './context';
import type { Resolvers } from './__generated__/resolvers-types';
import { describePrincipal } from '../../platform/auth/principal';
import type { UpdateLocationOutcome } from './service';
import { BACKORDER_STATUSES, type BackorderStatus } from './model';
import { createLiveResolvers } from './resolvers-live';

/** Whether the caller works at one of `locationIds` (staff, an internal caller, or the operating partner). */
async function worksOn(ctx: FulfillmentContext, locationIds: readonly string[]): Promise<boolean> {
  for (const id of locationIds) {
    const location = await ctx.loaders.locationById.load(id);
    if (location && operates(ctx.principal, location)) return true;
  }
  return false;
}

/** Short lines as `ShortLine` answers them: without a promise date (offline, or no backorders), null. */
const shortLinesOut = (
  lines: readonly { lineId: string; sku: string; missing: number; promisedBy?: string | null }[],
) => lines.map((l) => ({ ...l, promisedBy: l.promisedBy ?? null }));

/** An optional free-text argument: at most `max` characters, otherwise BAD_USER_INPUT. */
function bounded(value: string | null | undefined, field: string, max: number): string | null {
  if (value == null) return null;
  if (value.length > max) throw badInput(`${field} must be at most ${max} characters`, field);
  return value;
}

/** A routing request from its GraphQL input (lines checked for size; the service checks the rest). */
function routingRequest(input: {
  channel: SalesChannel;
  destination?: { lat: number; lng: number; countryCode: string } | null;
  lines: readonly {
    id: string;
    sku: string;
    quantity: number;
    deliveryMethod: DeliveryMethod;
    pickupLocationId?: string | null;
  }[];
  profile?: Record<string, unknown> | null;
}) {
  if (input.lines.length === 0 || input.lines.length > 100) throw badInput('lines must hold 1 to 100 lines', 'lines');
  for (const l of input.lines) {
    if (!Number.isInteger(l.quantity) || l.quantity < 1 || l.quantity > 10_000) {
      throw badInput('each quantity must be an integer from 1 to 10000', 'lines.quantity');
    }
  }
  return {
    channel: input.channel,
    destination: input.destination ?? null,
    lines: input.lines.map((l) => ({
      id: requireKey(l.id, 'lines.id'),
      sku: requireKey(l.sku, 'lines.sku'),
      quantity: l.quantity,
      deliveryMethod: l.deliveryMethod,
      pickupLocationId: l.pickupLocationId ?? null,
    })),
    profile: (input.profile as ProfileChange | null | undefined) ?? null,
  };
}

function locationResult(outcome: UpdateLocationOutcome) {
  if (outcome.ok) return { __typename: 'Location' as const, ...outcome.location };
  const { code, message, locationId } = outcome;
  return { __typename: 'FulfillmentError' as const, code, message, locationId };
}

export function createFulfillmentResolvers(): Resolvers {
  return {
    Query: {
      location: async (_, { id }, ctx) =>
        (await ctx.loaders.locationById.load(id)) ?? Promise.reject(notFound('Location', id)),
      locations: (_, { filter }, ctx) => ctx.service.listLocations(filter ?? {}),
      // A node's queue is its own: another location's fulfillment order answers like a missing one.
      sourcingProfiles: (_, __, ctx) => ctx.service.sourcingProfiles(),
      simulateRouting: async (_, { input }, ctx) => {
        const outcome = await ctx.service.simulateRouting(routingRequest(input));
        if (!outcome.ok)
          return {
            __typename: 'RoutingFailure' as const,
            code: outcome.code,
            message: outcome.message,
            shortLines: [],
          };
        const plan = outcome.plan;
        return {
          __typename: 'RoutingSimulation' as const,
          feasible: plan.ok,
          reason: plan.ok ? null : plan.code,
          fulfillments: plan.ok ? plan.fulfillments : [],
          decisions: plan.decisions,
          shortLines: plan.ok ? [] : shortLinesOut(plan.shortLines),
        };
      },
      backorders: (_, { status, first }, ctx) => {
        if (status != null && !(BACKORDER_STATUSES as readonly string[]).includes(status)) {
          throw badInput(`status must be ${BACKORDER_STATUSES.join(', ')}`, 'status');
        }
        return ctx.service.backorders((status as BackorderStatus | null) ?? null, pageSize(first, 50, 100));
      },
      fulfillmentQueue: (_, { locationId, first }, ctx) =>
        ctx.service.queue(requireKey(locationId, 'locationId'), pageSize(first, 50, 100)),
      sourcingProfile: (_, { channel }, ctx) => ctx.service.sourcingProfile(channel),
      fulfillmentOrder: async (_, { id }, ctx) => {
        const fo = await ctx.loaders.fulfillmentOrderById.load(id);
        if (!fo || !(await worksOn(ctx, involvedLocationIds(fo)))) throw notFound('FulfillmentOrder', id);
        return fo;
      },
      orderFulfillment: (_, { orderId }, ctx) => ctx.service.orderFulfillment(orderId),
    },
    Subscription: createLiveResolvers(),
    Mutation: {
      routeOrder: async (_, { input }, ctx) => {
        const outcome = await ctx.service.routeOrder({
          ...routingRequest(input),
          orderId: requireKey(input.orderId, 'orderId'),
          idempotencyKey: requireKey(input.idempotencyKey, 'idempotencyKey'),
          replacesHold: input.replacesHold
            ? {
                reservationId: requireKey(input.replacesHold.reservationId, 'replacesHold.reservationId'),
                ownerId: requireKey(input.replacesHold.ownerId, 'replacesHold.ownerId'),
              }
            : null,
        });
        if (!outcome.ok) {
          return {
            __typename: 'RoutingFailure' as const,
            code: outcome.code,
            message: outcome.message,
            shortLines: shortLinesOut(outcome.shortLines),
          };
        }
        return {
          __typename: 'RoutedOrder' as const,
          fulfillmentOrders: outcome.fulfillmentOrders,
          replay: outcome.replay,
        };
      },
      // A fulfillment order of another node is answered exactly like a missing one.
      updateFulfillmentOrder: async (_, { input }, ctx) => {
        const fo = await ctx.loaders.fulfillmentOrderById.load(requireKey(input.id, 'id'));
        const missing = {
          __typename: 'FulfillmentOrderError' as const,
          code: 'FULFILLMENT_ORDER_NOT_FOUND' as const,
          message: `fulfillment order ${input.id} not found`,
        };
        if (!fo || !(await worksOn(ctx, involvedLocationIds(fo)))) return missing;
        const at = stepLocationId(fo, input.action);
        if (!(await worksOn(ctx, [at]))) {
          return {
            __typename: 'FulfillmentOrderError' as const,
            code: 'WRONG_LOCATION' as const,
            message: `${input.action} on fulfillment order ${fo._id} is taken at location ${at}`,
          };
        }
        const outcome = await ctx.service.transition({
          id: fo._id,
          action: input.action,
          sourceEventId: requireKey(input.sourceEventId, 'sourceEventId'),
          reason: bounded(input.reason, 'reason', 500),
          carrier: bounded(input.carrier, 'carrier', 100),
          trackingNumber: bounded(input.trackingNumber, 'trackingNumber', 100),
        });
        if (!outcome.ok)
          return { __typename: 'FulfillmentOrderError' as const, code: outcome.code, message: outcome.message };
        return {
          __typename: 'FulfillmentOrderUpdate' as const,
          fulfillmentOrder: outcome.fulfillmentOrder,
          rerouted: outcome.rerouted,
          changed: outcome.changed,
        };
      },
      // The service checks the arguments (BAD_USER_INPUT), as for the in-process binding.
      cancelOrderLines: async (_, { input }, ctx) => {
        const outcome = await ctx.service.cancelLines(input);
        if (!outcome.ok) {
          const { code, message, orderLineIds } = outcome;
          return { __typename: 'CancelOrderLinesError' as const, code, message, orderLineIds };
        }
        return {
          __typename: 'CancelledOrderLines' as const,
          cancelledFulfillmentOrderIds: outcome.cancelledFulfillmentOrderIds,
          changed: outcome.changed,
          fulfillment: await ctx.service.orderFulfillment(input.orderId),
        };
      },
      updateLocation: async (_, { input }, ctx) => locationResult(await ctx.service.updateLocation(input)),
      updateLocationRouting: async (_, { input }, ctx) =>
        locationResult(await ctx.service.updateLocationRouting(input)),
      updateSourcingProfile: async (_, { input }, ctx) => {
        const { channel, weights, ...change } = input;
        const outcome = await ctx.service.updateSourcingProfile(
          channel,
          { ...change, weights: weights ?? null },
          describePrincipal(ctx.principal),
        );
        if (outcome.ok) return { __typename: 'SourcingProfile' as const, ...outcome.profile };
        return {
          __typename: 'FulfillmentError' as const,
          code: outcome.code,
          message: `${outcome.field}: ${outcome.message}`,
          locationId: null,
        };
      },
    },
    PlannedFulfillment: {
      location: async (f, _, ctx) =>
        (await ctx.loaders.locationById.load(f.locationId)) ?? Promise.reject(notFound('Location', f.locationId)),
    },
    RoutingDecision: {
      feasible: (d) => d.plan.feasible,
      exact: (d) => d.plan.exact,
      objective: (d) => (d.plan.feasible ? d.plan.objective : null),
      terms: (d) => (d.plan.feasible ? d.plan.terms : null),
      explanation: (d) =>
        d.plan.feasible
          ? d.plan.explanation.map((e) => ({
              kind: e.kind,
              nodeId: 'nodeId' in e ? e.nodeId : null,
              reason: 'reason' in e ? e.reason : null,
              method: e.kind === 'search' ? e.method : null,
              exact: e.kind === 'search' ? e.exact : null,
              objectiveDelta: 'objectiveDelta' in e ? e.objectiveDelta : null,
              km: 'km' in e ? e.km : null,
              promiseHours: 'promiseHours' in e ? e.promiseHours : null,
              units: 'units' in e ? e.units : null,
              terms: 'terms' in e ? e.terms : null,
            }))
          : [],
    },
    Backorder: {
      id: (b) => b._id,
      lines: (b) => b.lines.map((l) => ({ orderLineId: l.id, sku: l.sku, quantity: l.quantity })),
    },
    SourcingProfile: {
      channel: (p) => p._id,
    },
    Location: {
      __resolveReference: (ref, ctx) => ctx.loaders.locationById.load(ref.id),
      id: (l) => l._id,
      load: async (l, _, ctx) => {
        const taken = (await ctx.loaders.loadByKey.load(ctx.service.todayKey(l)))?.taken ?? 0;
        return ctx.service.loadOf(l, taken);
      },
    },
    FulfillmentOrder: {
      __resolveReference: (ref, ctx) => ctx.loaders.fulfillmentOrderById.load(ref.id),
      id: (fo) => fo._id,
      order: (fo) => ({ id: fo.orderId }),
      location: async (fo, _, ctx) =>
        (await ctx.loaders.locationById.load(fo.locationId)) ?? Promise.reject(notFound('Location', fo.locationId)),
      cancelledLines: (fo) => fo.cancelledLines ?? [],
      pickupLocation: (fo, _, ctx) =>
        (fo.deliveryMethod === 'PICKUP_IN_STORE' || fo.deliveryMethod === 'SHIP_TO_STORE') && fo.pickupLocationId
          ? ctx.loaders.locationById.load(fo.pickupLocationId)
          : null,
    },
    FulfillmentOrderLine: {
      variant: (line) => ({ sku: line.sku }),
    },
    Order: {
      __resolveReference: (ref) => ({ id: ref.id }),
      fulfillmentOrders: (o, _, ctx) => ctx.loaders.fulfillmentOrdersByOrderId.load(o.id),
    },
  };
}

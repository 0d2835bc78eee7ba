import type { Policy } from '../../platform/auth/enforce';
import type { Principal } from '../../platform/auth/principal';
import { actsAt, isInternal, scopesOf, type Classification } from '../access';
import type { LocationDoc } from './model';
import type { FulfillmentContext } from './context';

/**
 * Whether `principal` works at `location`: an internal caller, its store staff, or the partner
 * operating it (a 3PL, a dropship supplier) holding `fulfillment:write`.
 */
export function operates(principal: Principal, location: Pick<LocationDoc, '_id' | 'operatorPartnerId'>): boolean {
  if (principal.kind === 'partner') {
    return location.operatorPartnerId === principal.partnerId && scopesOf(principal).has('fulfillment:write');
  }
  return actsAt(principal, location._id);
}

/** Fulfillment's `@policy` names (schema/fulfillment.graphql). */
export const fulfillmentPolicies: Record<string, Policy<FulfillmentContext>> = {
  /** Network changes: an internal caller, or staff of the location being changed. */
  'location.staff': ({ principal, args }) => actsAt(principal, (args as { input?: { id?: string } }).input?.id),
  /** A node's queue: an internal caller, or staff of that node. */
  'location.queue': async ({ principal, args, context }) => {
    const locationId = (args as { locationId?: string }).locationId;
    if (principal.kind !== 'partner') return actsAt(principal, locationId);
    const location = locationId ? await context.loaders.locationById.load(locationId) : null;
    return location !== null && operates(principal, location);
  },
  /**
   * Who may step a fulfillment order at all: store staff (associates, kiosk/POS devices) and
   * internal callers; which node's orders they may step is checked in the resolver, which answers
   * another node's order exactly like a missing one.
   */
  'fulfillment.step': ({ principal }) =>
    principal.kind === 'associate' ||
    principal.kind === 'device' ||
    isInternal(principal) ||
    (principal.kind === 'partner' && scopesOf(principal).has('fulfillment:write')),
  /** Internal services only (orders placing, following or cancelling an order): not operators, not staff, not partners. */
  'internal.service': ({ principal }) => principal.kind === 'service',
};

/**
 * How fulfillment's fields without an authorization directive are protected (checked against the
 * SDL by test/field-classification.test.ts). The network is public. A fulfillment order is
 * reached by id only by internal callers and staff of its location (checked in code, hiding the
 * others like missing ones), or through its order, which orders protects.
 */
export const ACCESS: Readonly<Record<string, Classification>> = {
  Location: 'public',
  Address: 'public',
  GeoPoint: 'public',
  Money: 'public',
  BusinessHours: 'public',
  LocationLoad: 'public',
  // Reached only through the operator-only roots and mutations (sourcingProfiles, updateSourcingProfile).
  SourcingProfile: 'operator',
  RoutingWeights: 'operator',
  FulfillmentOrder: 'location-bound',
  FulfillmentOrderLine: 'location-bound',
  FulfillmentError: 'public',
  Shipment: 'location-bound',
  CancelledLine: 'location-bound',
  FulfillmentOrderError: 'public',
  FulfillmentOrderUpdate: 'location-bound',
  // Reached only through the operator-only simulateRouting or the internal-only routeOrder.
  PlannedLine: 'operator',
  PlannedFulfillment: 'operator',
  RoutingTerms: 'operator',
  RoutingExplanation: 'operator',
  RoutingDecision: 'operator',
  ShortLine: 'operator',
  RoutingSimulation: 'operator',
  RoutingFailure: 'operator',
  RoutedOrder: 'operator',
  Backorder: 'operator',
  // Reached only through the internal-only orderFulfillment and cancelOrderLines.
  OrderFulfillment: 'operator',
  WaitingLine: 'operator',
  CancelledOrderLines: 'operator',
  CancelOrderLinesError: 'operator',
  'Order.fulfillmentOrders': 'customer-owned',
  'Query.location': 'public',
  'Query.locations': 'public',
  'Query.fulfillmentOrder': 'location-bound',
  // Reached only through fulfillmentQueueChanged (location.queue).
  FulfillmentQueueUpdate: 'location-bound',
};

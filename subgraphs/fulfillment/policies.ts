import type { Policy } from '../../platform/auth/enforce';
import { actsAt, type Classification } from '../access';
import type { FulfillmentContext } from './context';

/** Fulfillment's `@policy` names (schema/fulfillment.graphql). */
export const fulfillmentPolicies: Record<string, Policy<FulfillmentContext>> = {
  /** Network changes: an internal caller, or staff of the location being changed. */
  'location.staff': ({ principal, args }) => actsAt(principal, (args as { input?: { id?: string } }).input?.id),
};

/**
 * How fulfillment's fields without an authorization directive are protected (checked against the
 * SDL by test/field-classification.test.ts). The network and fulfillment orders (no personal
 * data: ids, statuses, SKUs and quantities) are public for now; a location-bound pick queue
 * arrives with the fulfillment issue.
 */
export const ACCESS: Readonly<Record<string, Classification>> = {
  Location: 'public',
  Address: 'public',
  GeoPoint: 'public',
  Money: 'public',
  FulfillmentOrder: 'public',
  FulfillmentOrderLine: 'public',
  FulfillmentError: 'public',
  'Order.fulfillmentOrders': 'public',
  'Query.location': 'public',
  'Query.locations': 'public',
  'Query.fulfillmentOrder': 'public',
};

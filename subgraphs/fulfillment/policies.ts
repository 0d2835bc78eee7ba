import type { Policy } from '../../platform/auth/enforce';
import { actsAt } from '../access';
import type { FulfillmentContext } from './context';

/** Fulfillment's `@policy` names (schema/fulfillment.graphql). */
export const fulfillmentPolicies: Record<string, Policy<FulfillmentContext>> = {
  /** Network changes: an internal caller, or staff of the location being changed. */
  'location.staff': ({ principal, args }) => actsAt(principal, (args as { input?: { id?: string } }).input?.id),
};

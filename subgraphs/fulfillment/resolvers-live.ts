import { forgetCached } from '../batching';
import type { FulfillmentContext } from './context';
import type { Resolvers } from './__generated__/resolvers-types';
import type { QueueMessage } from './service-live';

/**
 * Fulfillment's subscriptions. `@policy location.queue` is checked when subscribing and again for
 * every message (platform/auth/enforce.ts); each message is resolved with the context the
 * subscription began with, so its DataLoaders are emptied first (every message reads fresh).
 */
export function createLiveResolvers(): NonNullable<Resolvers['Subscription']> {
  return {
    fulfillmentQueueChanged: {
      subscribe: (
        _: unknown,
        { locationId, first }: { locationId: string; first?: number | null },
        ctx: FulfillmentContext,
      ) => ctx.live.watchQueue(locationId, first),
      resolve: async (message: QueueMessage, { locationId }: { locationId: string }, ctx: FulfillmentContext) => {
        forgetCached(ctx.loaders);
        if (message.kind === 'SNAPSHOT') {
          return { kind: message.kind, sequence: message.sequence, fulfillmentOrders: message.state, leftQueueIds: [] };
        }
        const changed = await ctx.live.changedAt(locationId.trim(), message.change);
        return { kind: message.kind, sequence: message.sequence, ...changed };
      },
    },
  };
}

import { describePrincipal } from '../../platform/auth/principal';
import { requireKey } from '../../platform/validation';
import { pageSize } from '../batching';
import type { Resolvers } from './__generated__/resolvers-types';
import { WEBHOOK_LIMITS } from './domain/webhooks';
import type { WebhookDeliveryDoc, WebhookDoc } from './model';
import type { WebhookFailure } from './service-webhooks';

const webhookError = (f: WebhookFailure) => ({
  __typename: 'WebhookError' as const,
  code: f.code,
  message: f.message,
  field: f.field,
});
const asWebhook = (o: { ok: true; webhook: WebhookDoc } | WebhookFailure) =>
  o.ok ? { __typename: 'Webhook' as const, ...o.webhook } : webhookError(o);
const asDelivery = (o: { ok: true; delivery: WebhookDeliveryDoc } | WebhookFailure) =>
  o.ok ? { __typename: 'WebhookDelivery' as const, ...o.delivery } : webhookError(o);

/** Partner webhooks' roots (thin: arguments checked, the use case called, the answer mapped). */
export function createWebhookResolvers(): Pick<Resolvers, 'Webhook' | 'WebhookDelivery'> & {
  Query: Pick<NonNullable<Resolvers['Query']>, 'webhooks' | 'webhookDeliveries'>;
  Mutation: Pick<
    NonNullable<Resolvers['Mutation']>,
    'registerWebhook' | 'deleteWebhook' | 'pingWebhook' | 'replayWebhookDelivery'
  >;
} {
  return {
    Query: {
      webhooks: (_, { keyId, first }, ctx) =>
        ctx.webhooks.webhooks(
          ctx.principal,
          keyId == null ? null : requireKey(keyId, 'keyId'),
          pageSize(first, 20, WEBHOOK_LIMITS.listMax),
        ),
      webhookDeliveries: (_, { status, webhookId, first }, ctx) =>
        ctx.webhooks.webhookDeliveries(
          {
            ...(status ? { status } : {}),
            ...(webhookId != null ? { webhookId: requireKey(webhookId, 'webhookId') } : {}),
          },
          pageSize(first, 20, WEBHOOK_LIMITS.listMax),
        ),
    },
    Mutation: {
      registerWebhook: async (_, { input }, ctx) => {
        const o = await ctx.webhooks.registerWebhook(
          ctx.principal,
          {
            keyId: input.keyId == null ? null : requireKey(input.keyId, 'keyId'),
            url: input.url,
            events: input.events,
            locationIds: input.locationIds,
          },
          describePrincipal(ctx.principal),
        );
        return o.ok
          ? { __typename: 'RegisteredWebhook' as const, webhook: o.webhook, secret: o.secret }
          : webhookError(o);
      },
      deleteWebhook: async (_, { id }, ctx) =>
        asWebhook(
          await ctx.webhooks.deleteWebhook(ctx.principal, requireKey(id, 'id'), describePrincipal(ctx.principal)),
        ),
      pingWebhook: async (_, { id }, ctx) =>
        asDelivery(await ctx.webhooks.pingWebhook(ctx.principal, requireKey(id, 'id'))),
      replayWebhookDelivery: async (_, { id }, ctx) =>
        asDelivery(await ctx.webhooks.replayWebhookDelivery(requireKey(id, 'id'), describePrincipal(ctx.principal))),
    },
    Webhook: { id: (w) => w._id },
    WebhookDelivery: {
      id: (d) => d._id,
      nextAttemptAt: (d) => (d.status === 'PENDING' ? d.nextAttemptAt : null),
    },
  };
}

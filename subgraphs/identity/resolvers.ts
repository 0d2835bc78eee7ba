import { forbidden, notFound } from '../../platform/errors';
import { mayReadCustomer } from './policies';
import type { Resolvers } from './__generated__/resolvers-types';
import { identifierKey, normalizeIdentifier } from './domain/identifiers';
import type { IdentifierFailure } from './service';
import type { IssueOutcome, KeyOutcome, PartnerKeyFailure } from './service-partner-keys';
import type { RecognitionFailure } from './service-recognition';
import { describePrincipal } from '../../platform/auth/principal';
import { requireKey } from '../../platform/validation';
import { pageSize } from '../batching';
import { PARTNER_KEY_LIMITS } from './domain/partner-keys';
import { createWebhookResolvers } from './resolvers-webhooks';

/** Maps an identifier failure to its schema type. */
function identifierError(f: IdentifierFailure) {
  const fields = { code: f.code, message: f.message, type: f.type, value: f.value };
  return f.code === 'IDENTIFIER_IN_USE'
    ? { __typename: 'IdentifierInUseError' as const, ...fields }
    : { __typename: 'InvalidIdentifierError' as const, ...fields };
}

const keyError = (f: PartnerKeyFailure) => ({
  __typename: 'PartnerKeyError' as const,
  code: f.code,
  message: f.message,
  field: f.field,
});
const issued = (o: IssueOutcome) =>
  o.ok ? { __typename: 'IssuedPartnerKey' as const, key: o.key, secret: o.secret } : keyError(o);
const recognitionError = (f: RecognitionFailure) => ({
  __typename: 'RecognitionError' as const,
  code: f.code,
  message: f.message,
});
const keyResult = (o: KeyOutcome) => (o.ok ? { __typename: 'PartnerKey' as const, ...o.key } : keyError(o));

export function createIdentityResolvers(): Resolvers {
  const webhooks = createWebhookResolvers();
  return {
    Webhook: webhooks.Webhook,
    WebhookDelivery: webhooks.WebhookDelivery,
    Query: {
      ...webhooks.Query,
      // A profile the caller may not see is answered exactly like a missing one.
      customer: async (_, { id }, ctx) => {
        const customer = mayReadCustomer(ctx.principal, id) ? await ctx.loaders.customerById.load(id) : null;
        if (!customer) throw notFound('Customer', id);
        return customer;
      },
      customerByIdentifier: async (_, { type, value }, ctx) => {
        const normalized = normalizeIdentifier(type, value);
        if (!normalized.ok) return null;
        const customerId = await ctx.loaders.customerIdByIdentifierKey.load(identifierKey(type, normalized.value));
        return customerId && mayReadCustomer(ctx.principal, customerId)
          ? ctx.loaders.customerById.load(customerId)
          : null;
      },
      me: (_, __, ctx) =>
        ctx.principal.kind === 'customer' ? ctx.loaders.customerById.load(ctx.principal.customerId) : null,
      partnerKeys: (_, { partnerId, first }, ctx) =>
        ctx.service.partnerKeys(requireKey(partnerId, 'partnerId'), pageSize(first, 50, PARTNER_KEY_LIMITS.listMax)),
      partnerKey: (_, { id }, ctx) => ctx.service.partnerKey(requireKey(id, 'id')),
      partnerCredential: (_, { keyId, secretHash }, ctx) =>
        ctx.service.authenticatePartnerKey({
          keyId: requireKey(keyId, 'keyId'),
          secretHash: requireKey(secretHash, 'secretHash'),
        }),
    },
    Mutation: {
      ...webhooks.Mutation,
      registerCustomer: async (_, { input }, ctx) => {
        const outcome = await ctx.service.register(input);
        return outcome.ok ? { __typename: 'Customer' as const, ...outcome.customer } : identifierError(outcome);
      },
      addCustomerIdentifier: async (_, { input }, ctx) => {
        const outcome = await ctx.service.addIdentifier(input);
        if (outcome.ok) return { __typename: 'Customer' as const, ...outcome.customer };
        if (outcome.code !== 'CUSTOMER_NOT_FOUND') return identifierError(outcome);
        const { code, message, customerId } = outcome;
        return { __typename: 'CustomerNotFoundError' as const, code, message, customerId };
      },
      createPartnerKey: async (_, { input }, ctx) =>
        issued(await ctx.service.createPartnerKey(input, describePrincipal(ctx.principal))),
      updatePartnerKey: async (_, { id, input }, ctx) =>
        keyResult(
          await ctx.service.updatePartnerKey(
            requireKey(id, 'id'),
            {
              name: input.name ?? undefined,
              scopes: input.scopes ?? undefined,
              channels: input.channels ?? undefined,
              fields: input.fields ?? undefined,
              rateBudget: input.rateBudget ?? undefined,
            },
            describePrincipal(ctx.principal),
          ),
        ),
      rotatePartnerKey: async (_, { id, graceSeconds }, ctx) =>
        issued(
          await ctx.service.rotatePartnerKey(requireKey(id, 'id'), graceSeconds ?? 0, describePrincipal(ctx.principal)),
        ),
      revokePartnerKey: async (_, { id }, ctx) =>
        keyResult(await ctx.service.revokePartnerKey(requireKey(id, 'id'), describePrincipal(ctx.principal))),
      issueRecognitionToken: async (_, __, ctx) => {
        if (ctx.principal.kind !== 'customer') throw forbidden(); // the policy already refuses everyone else
        const o = await ctx.service.issueRecognitionToken(ctx.principal.customerId);
        return o.ok
          ? { __typename: 'RecognitionToken' as const, token: o.token, expiresAt: o.expiresAt }
          : recognitionError(o);
      },
      recognizeShopper: async (_, { input }, ctx) => {
        const o = await ctx.service.recognizeShopper(input, ctx.principal);
        return o.ok
          ? { __typename: 'RecognizedShopper' as const, customer: o.customer, via: o.via }
          : recognitionError(o);
      },
    },
    PartnerKey: {
      id: (k) => k._id,
      previousSecretExpiresAt: (k, _, ctx) =>
        k.previous && Date.parse(k.previous.expiresAt) > ctx.now().getTime() ? k.previous.expiresAt : null,
    },
    Customer: {
      __resolveReference: (ref, ctx) => ctx.loaders.customerById.load(ref.id),
      id: (c) => c._id,
      displayName: (c) => `${c.firstName} ${c.lastName}`,
    },
  };
}

import { notFound } from '../../platform/errors';
import { mayReadCustomer } from './policies';
import type { Resolvers } from './__generated__/resolvers-types';
import { identifierKey, normalizeIdentifier } from './domain/identifiers';
import type { IdentifierFailure } from './service';

/** Maps an identifier failure to its schema type. */
function identifierError(f: IdentifierFailure) {
  const fields = { code: f.code, message: f.message, type: f.type, value: f.value };
  return f.code === 'IDENTIFIER_IN_USE'
    ? { __typename: 'IdentifierInUseError' as const, ...fields }
    : { __typename: 'InvalidIdentifierError' as const, ...fields };
}

export function createIdentityResolvers(): Resolvers {
  return {
    Query: {
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
    },
    Mutation: {
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
    },
    Customer: {
      __resolveReference: (ref, ctx) => ctx.loaders.customerById.load(ref.id),
      id: (c) => c._id,
      displayName: (c) => `${c.firstName} ${c.lastName}`,
    },
  };
}

import { notFound } from '../../platform/errors';
import type { Resolvers } from './__generated__/resolvers-types';
import { identifierKey, normalizeIdentifier } from './domain/identifiers';
import { IdentityTopics, type CustomerRegisteredEvent, type IdentifierAddedEvent } from './events';
import type { CustomerDoc, CustomerIdentifier, IdentifierType } from './model';
import type { EventBus } from '../../platform/bus/port';

function invalid(type: IdentifierType, value: string, reason: string) {
  return {
    __typename: 'InvalidIdentifierError' as const,
    code: 'INVALID_IDENTIFIER' as const,
    message: `${type} ${reason}`,
    type,
    value,
  };
}

function inUse(conflict: CustomerIdentifier) {
  return {
    __typename: 'IdentifierInUseError' as const,
    code: 'IDENTIFIER_IN_USE' as const,
    message: `${conflict.type} ${conflict.value} already belongs to another customer`,
    type: conflict.type,
    value: conflict.value,
  };
}

export function createIdentityResolvers(bus: EventBus): Resolvers {
  return {
    Query: {
      customer: async (_, { id }, ctx) => {
        const customer = await ctx.loaders.customerById.load(id);
        if (!customer) throw notFound('Customer', id);
        return customer;
      },
      customerByIdentifier: async (_, { type, value }, ctx) => {
        const normalized = normalizeIdentifier(type, value);
        if (!normalized.ok) return null;
        const customerId = await ctx.loaders.customerIdByIdentifierKey.load(identifierKey(type, normalized.value));
        return customerId ? ctx.loaders.customerById.load(customerId) : null;
      },
      me: (_, __, ctx) =>
        ctx.principal.kind === 'customer' ? ctx.loaders.customerById.load(ctx.principal.customerId) : null,
    },
    Mutation: {
      registerCustomer: async (_, { input }, ctx) => {
        const at = ctx.now().toISOString();
        const identifiers: CustomerIdentifier[] = [];
        if (input.identifiers.length === 0) {
          return invalid('EXTERNAL', '', 'at least one identifier is required');
        }
        for (const raw of input.identifiers) {
          const n = normalizeIdentifier(raw.type, raw.value);
          if (!n.ok) return invalid(raw.type, raw.value, n.reason);
          if (!identifiers.some((i) => i.type === raw.type && i.value === n.value)) {
            identifiers.push({ type: raw.type, value: n.value, source: input.source, addedAt: at });
          }
        }
        const firstName = input.firstName.trim();
        const lastName = input.lastName.trim();
        if (!firstName || !lastName) return invalid('EXTERNAL', '', 'first and last name are required');
        const doc: CustomerDoc = {
          _id: ctx.store.newCustomerId(),
          firstName,
          lastName,
          email: identifiers.find((i) => i.type === 'EMAIL')?.value ?? null,
          phone: identifiers.find((i) => i.type === 'PHONE')?.value ?? null,
          loyaltyTier: 'NONE',
          marketingOptIn: input.marketingOptIn ?? false,
          identifiers,
          createdAt: at,
          updatedAt: at,
        };
        const result = await ctx.store.createCustomer(doc);
        if (!result.ok) return inUse(result.conflict);
        await bus.publish<CustomerRegisteredEvent>(IdentityTopics.customerRegistered, {
          customerId: doc._id,
          identifiers: identifiers.map(({ type, value }) => ({ type, value })),
          source: input.source,
        });
        return { __typename: 'Customer' as const, ...doc };
      },
      addCustomerIdentifier: async (_, { input }, ctx) => {
        const { type, value } = input.identifier;
        const n = normalizeIdentifier(type, value);
        if (!n.ok) return invalid(type, value, n.reason);
        const identifier: CustomerIdentifier = {
          type,
          value: n.value,
          source: input.source,
          addedAt: ctx.now().toISOString(),
        };
        const result = await ctx.store.addIdentifier(input.customerId, identifier, identifier.addedAt);
        if (result === null) {
          return {
            __typename: 'CustomerNotFoundError' as const,
            code: 'CUSTOMER_NOT_FOUND' as const,
            message: `customer ${input.customerId} not found`,
            customerId: input.customerId,
          };
        }
        if (!result.ok) return inUse(result.conflict);
        await bus.publish<IdentifierAddedEvent>(IdentityTopics.identifierAdded, {
          customerId: input.customerId,
          type,
          value: n.value,
          source: input.source,
        });
        return { __typename: 'Customer' as const, ...result.customer };
      },
    },
    Customer: {
      __resolveReference: (ref, ctx) => ctx.loaders.customerById.load(ref.id),
      id: (c) => c._id,
      displayName: (c) => `${c.firstName} ${c.lastName}`,
    },
  };
}

import type { EventBus } from '../../platform/bus/port';
import type { Logger } from '../../platform/logger';
import type { SalesChannel } from '../../platform/shared/commerce';
import {
  buildIdentifier,
  buildProfile,
  identifierChange,
  type IdentifierInput,
  type RegistrationInput,
} from './domain/registration';
import { IdentityTopics, type CustomerRegisteredEvent, type IdentifierAddedEvent } from './events';
import type { CustomerDoc, CustomerIdentifier, IdentifierType } from './model';
import { createPartnerKeyService } from './service-partner-keys';
import { createRecognitionService, type RecognitionSettings } from './service-recognition';
import { randomRecognitionKey, DEFAULT_RECOGNITION_TTL_SECONDS } from './domain/recognition-token';
import type { IdentityStore } from './store';

/** Expected failures of identity's use cases; each changes nothing. */
export type IdentifierFailure = {
  ok: false;
  code: 'INVALID_IDENTIFIER' | 'IDENTIFIER_IN_USE';
  message: string;
  type: IdentifierType;
  value: string;
};
export type CustomerNotFound = { ok: false; code: 'CUSTOMER_NOT_FOUND'; message: string; customerId: string };

export type RegisterOutcome = { ok: true; customer: CustomerDoc } | IdentifierFailure;
/** `added` is false for a replay: the profile already held the identifier. */
export type AddIdentifierOutcome =
  { ok: true; customer: CustomerDoc; added: boolean } | IdentifierFailure | CustomerNotFound;

const inUse = (conflict: CustomerIdentifier): IdentifierFailure => ({
  ok: false,
  code: 'IDENTIFIER_IN_USE',
  message: `${conflict.type} ${conflict.value} already belongs to another customer`,
  type: conflict.type,
  value: conflict.value,
});

/**
 * Identity's use cases: validate through domain/, write through the store, publish the event.
 * The only place identity publishes (partner keys' and recognition's use cases, in
 * service-partner-keys.ts and service-recognition.ts, publish through the `emit` given here).
 * Without `recognition` settings, tokens are signed with a random key of this process's own.
 */
export function createIdentityService(
  store: IdentityStore,
  bus: EventBus,
  now: () => Date,
  logger: Logger,
  recognition: RecognitionSettings = { key: randomRecognitionKey(), ttlSeconds: DEFAULT_RECOGNITION_TTL_SECONDS },
) {
  async function emit<T>(topic: string, payload: T): Promise<void> {
    await bus.publish<T>(topic, payload);
    logger.debug({ topic }, 'identity event published');
  }

  return {
    ...createPartnerKeyService(store, emit, now, logger),
    ...createRecognitionService(store, emit, now, recognition),

    /** Creates a profile with all its identifiers, or nothing (invalid input, or one identifier taken). */
    async register(input: RegistrationInput): Promise<RegisterOutcome> {
      const check = buildProfile(input, store.newCustomerId(), now().toISOString());
      if (!check.ok) return { ok: false, code: 'INVALID_IDENTIFIER', ...check.invalid };
      const profile = check.profile;
      const created = await store.createCustomer(profile);
      if (!created.ok) return inUse(created.conflict);
      await emit<CustomerRegisteredEvent>(IdentityTopics.customerRegistered, {
        customerId: profile._id,
        identifiers: profile.identifiers.map(({ type, value }) => ({ type, value })),
        source: input.source,
      });
      return { ok: true, customer: profile };
    },

    /** Attaches one identifier to a profile; a replay returns the profile unchanged and publishes nothing. */
    async addIdentifier(input: {
      customerId: string;
      identifier: IdentifierInput;
      source: SalesChannel;
    }): Promise<AddIdentifierOutcome> {
      const at = now().toISOString();
      const check = buildIdentifier(input.identifier, input.source, at);
      if (!check.ok) return { ok: false, code: 'INVALID_IDENTIFIER', ...check.invalid };
      const identifier = check.identifier;
      const customer = await store.customerById(input.customerId);
      if (!customer) {
        return {
          ok: false,
          code: 'CUSTOMER_NOT_FOUND',
          message: `customer ${input.customerId} not found`,
          customerId: input.customerId,
        };
      }
      const claim = await store.claimIdentifiers(customer._id, [identifier]);
      if (!claim.ok) return inUse(claim.conflict);
      const change = identifierChange(customer, identifier, at);
      if (!change.added) return { ok: true, customer, added: false };
      const updated = await store.pushIdentifier(customer._id, identifier, change.set);
      if (!updated) {
        // A concurrent request attached the same identifier first; it published the event.
        return { ok: true, customer: (await store.customerById(customer._id)) ?? customer, added: false };
      }
      await emit<IdentifierAddedEvent>(IdentityTopics.identifierAdded, {
        customerId: customer._id,
        type: identifier.type,
        value: identifier.value,
        source: input.source,
      });
      return { ok: true, customer: updated, added: true };
    },
  };
}

export type IdentityService = ReturnType<typeof createIdentityService>;

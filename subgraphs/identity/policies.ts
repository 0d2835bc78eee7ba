import type { Policy } from '../../platform/auth/enforce';
import { isInternal, selfOrScoped, type Classification } from '../access';
import type { Principal } from '../../platform/auth/principal';
import type { IdentityContext } from './context';
import type { CustomerDoc } from './model';

/**
 * Whether `principal` may see customer `customerId`'s profile: the customer themself, or a caller
 * holding `customers:read` (store staff serving the shopper, internal services, operators).
 */
export function mayReadCustomer(principal: Principal, customerId: string): boolean {
  return selfOrScoped(principal, customerId, 'customers:read');
}

/** Identity's `@policy` names (schema/identity.graphql). */
export const identityPolicies: Record<string, Policy<IdentityContext>> = {
  /**
   * A profile changed by its own customer, or by a caller who may change customers (store staff
   * recognising a shopper, internal services). The answer is the same whether or not the id exists.
   */
  /** A profile's personal fields: readable by the customer themself or a `customers:read` holder. */
  'customer.read': ({ principal, parent }) => mayReadCustomer(principal, (parent as CustomerDoc)._id),
  /** Only internal services (the gateway authenticating a partner key): not operators, not partners. */
  'internal.service': ({ principal }) => principal.kind === 'service',
  'customer.self': ({ principal, args }) =>
    selfOrScoped(principal, (args as { input?: { customerId?: string } }).input?.customerId, 'customers:write'),
  /** The signed-in customer, acting for themself (a recognition token names the caller only). */
  'customer.signed-in': ({ principal }) => principal.kind === 'customer',
  /**
   * Store staff and kiosk/POS devices, at their own location (the one recognition reports), and
   * internal callers; never customers or partners.
   */
  /**
   * Partner webhooks: a partner calling with a key (webhooks belong to keys; which webhook is its
   * own is checked in the service, answering another's like a missing one), operators and services.
   */
  'webhooks.manage': ({ principal }) =>
    isInternal(principal) || (principal.kind === 'partner' && principal.keyId !== undefined),
  'location.staff': ({ principal }) =>
    isInternal(principal) || principal.kind === 'associate' || principal.kind === 'device',
};

/**
 * How identity's fields without an authorization directive are protected (checked against the SDL
 * by test/field-classification.test.ts): root lookups hide what the caller may not see in code.
 */
export const ACCESS: Readonly<Record<string, Classification>> = {
  CustomerIdentifier: 'customer-owned',
  IdentifierInUseError: 'public',
  InvalidIdentifierError: 'public',
  CustomerNotFoundError: 'public',
  'Query.customer': 'customer-owned',
  'Query.customerByIdentifier': 'customer-owned',
  'Query.me': 'customer-owned',
  // Reached only through the operator-only roots (partnerKeys, partnerKey, the key mutations)
  // or the internal-only partnerCredential.
  PartnerKey: 'operator',
  RateBudget: 'operator',
  IssuedPartnerKey: 'operator',
  PartnerCredential: 'operator',
  PartnerKeyError: 'public',
  // Reached only through issueRecognitionToken (the customer themself) and recognizeShopper (staff
  // and internal callers; the profile's fields keep their own policy).
  RecognitionToken: 'customer-owned',
  RecognizedShopper: 'location-bound',
  RecognitionError: 'public',
  // Reached only through the webhook roots: a partner key's own webhooks (checked in the service),
  // or the operator-only deliveries view and replay.
  Webhook: 'partner-scoped',
  RegisteredWebhook: 'partner-scoped',
  WebhookDelivery: 'partner-scoped',
  WebhookError: 'public',
};

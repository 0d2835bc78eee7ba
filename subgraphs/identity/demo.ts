import type { DemoScenario } from '../../demo/scenario';
import type { DemoSeeding } from '../types';
import { identifierKey } from './domain/identifiers';
import type { CustomerDoc, IdentifierDoc, PartnerDoc } from './model';
import { COLLECTIONS } from './store';

/**
 * The identity subgraph's documents for the demo scenario: the profiles, the identifier index
 * (keyed by this subgraph's own `identifierKey`, so the seeded index is the one registration
 * checks) and the partners.
 */
export function identityDemo(scenario: DemoScenario) {
  const customers = scenario.customers.map((c): CustomerDoc => ({
    _id: c.id,
    firstName: c.firstName,
    lastName: c.lastName,
    email: c.email,
    phone: c.phone,
    loyaltyTier: c.loyaltyTier,
    marketingOptIn: c.marketingOptIn,
    identifiers: c.identifiers.map((x) => ({ type: x.type, value: x.value, source: x.source, addedAt: x.addedAt })),
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  }));
  const identifiers = scenario.customers.flatMap((c) =>
    c.identifiers.map((x): IdentifierDoc => ({
      _id: identifierKey(x.type, x.value),
      type: x.type,
      value: x.value,
      customerId: c.id,
      addedAt: x.addedAt,
    })),
  );
  const partners = scenario.partners.map((p): PartnerDoc => ({
    _id: p.id,
    name: p.name,
    type: p.type,
    scopes: [...p.scopes],
    createdAt: p.createdAt,
  }));
  return {
    [COLLECTIONS.customers]: customers,
    [COLLECTIONS.identifiers]: identifiers,
    [COLLECTIONS.partners]: partners,
  };
}

/** The identity subgraph's part in seeding: its collections and its demo documents. */
export const identitySeeding: DemoSeeding = { collections: Object.values(COLLECTIONS), demo: identityDemo };

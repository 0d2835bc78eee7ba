/** Topics the identity subgraph publishes. */
export const IdentityTopics = {
  customerRegistered: 'identity.customer.registered',
  identifierAdded: 'identity.identifier.added',
} as const;

export interface CustomerRegisteredEvent {
  customerId: string;
  identifiers: { type: string; value: string }[];
  source: string;
}

export interface IdentifierAddedEvent {
  customerId: string;
  type: string;
  value: string;
  source: string;
}

/** Topics the identity subgraph publishes. */
export const IdentityTopics = {
  customerRegistered: 'identity.customer.registered',
  identifierAdded: 'identity.identifier.added',
  partnerKeyChanged: 'identity.partner-key.changed',
  shopperRecognised: 'identity.shopper.recognised',
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

/** A partner key was created, rotated, updated or revoked (never carries a secret or its hash). */
export interface PartnerKeyChangedEvent {
  keyId: string;
  partnerId: string;
  change: 'CREATED' | 'ROTATED' | 'UPDATED' | 'REVOKED';
  by: string;
}

/**
 * Store staff, a kiosk or POS, or an internal caller recognised a shopper (a redeemed QR token or
 * a loyalty card). `locationId` is the staff's or device's location; null for internal callers.
 */
export interface ShopperRecognisedEvent {
  customerId: string;
  via: 'QR_TOKEN' | 'LOYALTY_CARD';
  locationId: string | null;
}

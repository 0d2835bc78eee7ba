import type { GraphQLResolveInfo } from 'graphql';
import type { CustomerDoc, PartnerKeyDoc, WebhookDoc, WebhookDeliveryDoc } from '../model';
import type { IdentityContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type AddCustomerIdentifierInput = {
  customerId: Scalars['ID']['input'];
  identifier: IdentifierInput;
  source: SalesChannel;
};

export type AddCustomerIdentifierResult = Customer | CustomerNotFoundError | IdentifierInUseError | InvalidIdentifierError;

export type CreatePartnerKeyInput = {
  /** At least one sales channel. */
  channels: Array<SalesChannel>;
  /** 1 to 500 coordinates like `Order.status` or `Order.*`. */
  fields: Array<Scalars['String']['input']>;
  /** 1 to 100 characters, e.g. "production" or "staging". */
  name: Scalars['String']['input'];
  partnerId: Scalars['ID']['input'];
  rateBudget: RateBudgetInput;
  /** 1 to 20 scopes, each granted to the partner. */
  scopes: Array<Scalars['String']['input']>;
};

/** A shopper's single profile, resolved from identifiers seen on every channel. */
export type Customer = {
  __typename?: 'Customer';
  createdAt: Scalars['String']['output'];
  displayName: Scalars['String']['output'];
  email: Maybe<Scalars['String']['output']>;
  firstName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  identifiers: Array<CustomerIdentifier>;
  lastName: Scalars['String']['output'];
  loyaltyTier: LoyaltyTier;
  marketingOptIn: Scalars['Boolean']['output'];
  phone: Maybe<Scalars['String']['output']>;
};

export type CustomerIdentifier = {
  __typename?: 'CustomerIdentifier';
  addedAt: Scalars['String']['output'];
  source: SalesChannel;
  type: IdentifierType;
  value: Scalars['String']['output'];
};

export type CustomerNotFoundError = {
  __typename?: 'CustomerNotFoundError';
  code: IdentityErrorCode;
  customerId: Scalars['ID']['output'];
  message: Scalars['String']['output'];
};

/** The identifier already belongs to another profile; nothing was changed. */
export type IdentifierInUseError = {
  __typename?: 'IdentifierInUseError';
  code: IdentityErrorCode;
  message: Scalars['String']['output'];
  type: IdentifierType;
  value: Scalars['String']['output'];
};

export type IdentifierInput = {
  type: IdentifierType;
  value: Scalars['String']['input'];
};

export type IdentifierType =
  | 'DEVICE_ID'
  | 'EMAIL'
  | 'EXTERNAL'
  | 'LOYALTY_CARD'
  | 'MARKETPLACE_ID'
  | 'PAYMENT_TOKEN'
  | 'PHONE';

export type IdentityErrorCode =
  | 'CUSTOMER_NOT_FOUND'
  | 'IDENTIFIER_IN_USE'
  | 'INVALID_IDENTIFIER';

/** The identifier is not valid for its type (e.g. a malformed email); nothing was changed. */
export type InvalidIdentifierError = {
  __typename?: 'InvalidIdentifierError';
  code: IdentityErrorCode;
  message: Scalars['String']['output'];
  type: IdentifierType;
  value: Scalars['String']['output'];
};

export type IssuePartnerKeyResult = IssuedPartnerKey | PartnerKeyError;

/**
 * A key as issued by `createPartnerKey` or `rotatePartnerKey`: `secret` is the full key string to
 * hand to the partner. It is shown this once and cannot be read again.
 */
export type IssuedPartnerKey = {
  __typename?: 'IssuedPartnerKey';
  key: PartnerKey;
  secret: Scalars['String']['output'];
};

export type LoyaltyTier =
  | 'GOLD'
  | 'NONE'
  | 'PLATINUM'
  | 'SILVER';

export type Mutation = {
  __typename?: 'Mutation';
  /** Attach an identifier (e.g. a loyalty card scanned at POS) to an existing profile. */
  addCustomerIdentifier: Maybe<AddCustomerIdentifierResult>;
  /** Issue a new key for a partner. The answer holds the secret, shown once. Operators only. */
  createPartnerKey: Maybe<IssuePartnerKeyResult>;
  /**
   * Delete a webhook and its deliveries still waiting. Its owner (the key's partner) or an operator;
   * anyone else's webhook is WEBHOOK_NOT_FOUND.
   */
  deleteWebhook: Maybe<WebhookResult>;
  /**
   * A recognition token for the signed-in customer to show in store as a QR code: short-lived
   * (`expiresAt`), single use, and not a credential. Customers only, for themselves.
   */
  issueRecognitionToken: Maybe<RecognitionTokenResult>;
  /** Send the webhook a `webhook.ping` event (signed like any other), to test a receiver. */
  pingWebhook: Maybe<WebhookDeliveryResult>;
  /**
   * Recognise a shopper in store from the app's recognition token (redeemed: it recognises once) or
   * a loyalty card. Publishes `identity.shopper.recognised` with the caller's location. Store staff,
   * kiosks and POS, internal services and operators.
   */
  recognizeShopper: Maybe<RecognitionResult>;
  /** Create a profile with one or more identifiers, all-or-nothing. */
  registerCustomer: Maybe<RegisterCustomerResult>;
  /**
   * Register a webhook for a partner key: by the partner with that key, or by an operator. At most 5
   * per key. The answer holds the signing secret, shown once.
   */
  registerWebhook: Maybe<RegisterWebhookResult>;
  /**
   * Send a DEAD (or DELIVERED) delivery again: PENDING, due now, attempts from 0. A PENDING one is
   * answered unchanged. Operators only.
   */
  replayWebhookDelivery: Maybe<WebhookDeliveryResult>;
  /**
   * Revoke a key: from the next request on, no secret of it opens anything. Revoking a revoked key
   * changes nothing. Operators only.
   */
  revokePartnerKey: Maybe<PartnerKeyResult>;
  /**
   * Replace an active key's secret. The old secret keeps working for `graceSeconds` (0 to 604,800,
   * default 0: it stops at once). The answer holds the new secret, shown once. Operators only.
   */
  rotatePartnerKey: Maybe<IssuePartnerKeyResult>;
  /** Change what an active key grants; its next request runs under the new settings. Operators only. */
  updatePartnerKey: Maybe<PartnerKeyResult>;
};


export type MutationAddCustomerIdentifierArgs = {
  input: AddCustomerIdentifierInput;
};


export type MutationCreatePartnerKeyArgs = {
  input: CreatePartnerKeyInput;
};


export type MutationDeleteWebhookArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPingWebhookArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRecognizeShopperArgs = {
  input: RecognizeShopperInput;
};


export type MutationRegisterCustomerArgs = {
  input: RegisterCustomerInput;
};


export type MutationRegisterWebhookArgs = {
  input: RegisterWebhookInput;
};


export type MutationReplayWebhookDeliveryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokePartnerKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRotatePartnerKeyArgs = {
  graceSeconds?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationUpdatePartnerKeyArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePartnerKeyInput;
};

/** What a valid key grants, for the gateway that authenticates partner requests (internal services only). */
export type PartnerCredential = {
  __typename?: 'PartnerCredential';
  channels: Array<SalesChannel>;
  fields: Array<Scalars['String']['output']>;
  keyId: Scalars['ID']['output'];
  partnerId: Scalars['ID']['output'];
  rateBudget: RateBudget;
  scopes: Array<Scalars['String']['output']>;
};

/**
 * One API key of a partner (marketplace, 3PL, ad platform). Partners present it as
 * `Authorization: Bearer cgk_<id>_<secret>`; only a hash of the secret is stored. Operators only.
 */
export type PartnerKey = {
  __typename?: 'PartnerKey';
  /** The sales channels whose orders the key reads. */
  channels: Array<SalesChannel>;
  createdAt: Scalars['String']['output'];
  createdBy: Scalars['String']['output'];
  /** The field contract: the `Type.field` / `Type.*` coordinates its operations may select. */
  fields: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  partnerId: Scalars['ID']['output'];
  /** Until when the secret replaced by the last rotation still opens the key; null when it no longer does. */
  previousSecretExpiresAt: Maybe<Scalars['String']['output']>;
  rateBudget: RateBudget;
  revokedAt: Maybe<Scalars['String']['output']>;
  revokedBy: Maybe<Scalars['String']['output']>;
  rotatedAt: Maybe<Scalars['String']['output']>;
  /** What the key grants: a subset of the scopes its partner was granted. */
  scopes: Array<Scalars['String']['output']>;
  status: PartnerKeyStatus;
  updatedAt: Scalars['String']['output'];
};

/** A partner-key change was refused; nothing was changed. `field` names the input at fault, if one is. */
export type PartnerKeyError = {
  __typename?: 'PartnerKeyError';
  code: PartnerKeyErrorCode;
  field: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

export type PartnerKeyErrorCode =
  | 'CONCURRENT_CHANGE'
  | 'INVALID_PARTNER_KEY_INPUT'
  | 'PARTNER_KEY_LIMIT_REACHED'
  | 'PARTNER_KEY_NOT_FOUND'
  | 'PARTNER_KEY_REVOKED'
  | 'PARTNER_NOT_FOUND'
  | 'SCOPE_NOT_GRANTED';

export type PartnerKeyResult = PartnerKey | PartnerKeyError;

export type PartnerKeyStatus =
  | 'ACTIVE'
  | 'REVOKED';

export type Query = {
  __typename?: 'Query';
  /** A customer by id. Unknown id: null plus a NOT_FOUND error. */
  customer: Maybe<Customer>;
  /**
   * Recognise a shopper from any identifier: loyalty card or QR at a kiosk, email at checkout,
   * device id in the app. Values are normalised before lookup. No match: null (not an error).
   */
  customerByIdentifier: Maybe<Customer>;
  /** The signed-in customer, or null for any other principal. */
  me: Maybe<Customer>;
  /**
   * What a presented key grants, or null (unknown id, wrong secret, revoked). Internal services only:
   * the gateway authenticates partner requests with it.
   */
  partnerCredential: Maybe<PartnerCredential>;
  /** One partner key by id, or null. Operators only. */
  partnerKey: Maybe<PartnerKey>;
  /** A partner's keys, oldest first: active and revoked (`first`: 1 to 100, default 50). Operators only. */
  partnerKeys: Maybe<Array<PartnerKey>>;
  /**
   * Webhook deliveries, most recently changed first (`first`: 1 to 100, default 20), optionally of
   * one status (DEAD: the dead letters) and one webhook. Operators only.
   */
  webhookDeliveries: Maybe<Array<WebhookDelivery>>;
  /**
   * Partner webhooks, oldest first (`first`: 1 to 100, default 20): a partner key sees its own
   * key's (another `keyId` answers an empty list); operators those of `keyId`, or all.
   */
  webhooks: Maybe<Array<Webhook>>;
};


export type QueryCustomerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomerByIdentifierArgs = {
  type: IdentifierType;
  value: Scalars['String']['input'];
};


export type QueryPartnerCredentialArgs = {
  keyId: Scalars['ID']['input'];
  secretHash: Scalars['String']['input'];
};


export type QueryPartnerKeyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPartnerKeysArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  partnerId: Scalars['ID']['input'];
};


export type QueryWebhookDeliveriesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<WebhookDeliveryStatus>;
  webhookId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryWebhooksArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  keyId?: InputMaybe<Scalars['ID']['input']>;
};

/** The key's own cost budget: the throttle's leaky bucket for requests made with it. */
export type RateBudget = {
  __typename?: 'RateBudget';
  maximumAvailable: Scalars['Int']['output'];
  restoreRate: Scalars['Int']['output'];
};

export type RateBudgetInput = {
  /** 100 to 1,000,000 cost points. */
  maximumAvailable: Scalars['Int']['input'];
  /** 1 to 100,000 points per second. */
  restoreRate: Scalars['Int']['input'];
};

/** The shopper was not recognised (or no token was issued); nothing was changed. */
export type RecognitionError = {
  __typename?: 'RecognitionError';
  code: RecognitionErrorCode;
  message: Scalars['String']['output'];
};

/**
 * INVALID_TOKEN: not a recognition token (malformed, outside 1..1,024 characters, a bad signature,
 * another type); ALREADY_USED: redeemed before (a token recognises once); UNKNOWN_CUSTOMER: no profile
 * for the token or the loyalty card (or the signed-in customer has none); INVALID_REQUEST: not exactly
 * one of `token` and `loyaltyCard`, or a malformed loyalty card number.
 */
export type RecognitionErrorCode =
  | 'ALREADY_USED'
  | 'EXPIRED_TOKEN'
  | 'INVALID_REQUEST'
  | 'INVALID_TOKEN'
  | 'UNKNOWN_CUSTOMER';

/** How a shopper was recognised in store: the app's recognition token (shown as a QR code) or a loyalty card. */
export type RecognitionMethod =
  | 'LOYALTY_CARD'
  | 'QR_TOKEN';

export type RecognitionResult = RecognitionError | RecognizedShopper;

/**
 * A short-lived, single-use token naming the signed-in customer, for the app to show as a QR code
 * at a kiosk or POS. It is not a credential: it authenticates nothing.
 */
export type RecognitionToken = {
  __typename?: 'RecognitionToken';
  /** When it stops being accepted (`RECOGNITION_TOKEN_TTL_S` after issue, default 120 s). */
  expiresAt: Scalars['String']['output'];
  /** A compact signed token (about 230 characters). */
  token: Scalars['String']['output'];
};

export type RecognitionTokenResult = RecognitionError | RecognitionToken;

/** Exactly one of `token` and `loyaltyCard` (otherwise INVALID_REQUEST). */
export type RecognizeShopperInput = {
  /**
   * 1 to 200 characters (otherwise BAD_USER_INPUT): the same caller redeeming the same token again under
   * it gets the same answer instead of ALREADY_USED (a retry after a lost answer).
   */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** A loyalty card number, normalised like `customerByIdentifier` (trimmed, upper-cased). */
  loyaltyCard?: InputMaybe<Scalars['String']['input']>;
  /** A recognition token from `issueRecognitionToken`, 1 to 1,024 characters (otherwise INVALID_TOKEN). */
  token?: InputMaybe<Scalars['String']['input']>;
};

/** The shopper recognised, and how. */
export type RecognizedShopper = {
  __typename?: 'RecognizedShopper';
  customer: Customer;
  via: RecognitionMethod;
};

export type RegisterCustomerInput = {
  firstName: Scalars['String']['input'];
  /** At least one identifier; all of them must be free. */
  identifiers: Array<IdentifierInput>;
  lastName: Scalars['String']['input'];
  marketingOptIn?: InputMaybe<Scalars['Boolean']['input']>;
  source: SalesChannel;
};

export type RegisterCustomerResult = Customer | IdentifierInUseError | InvalidIdentifierError;

export type RegisterWebhookInput = {
  /** 1 to 3 event types. */
  events: Array<WebhookEventType>;
  /**
   * The partner key it belongs to: required for operators; a partner key may omit it (its own) and
   * may name no other.
   */
  keyId?: InputMaybe<Scalars['ID']['input']>;
  /** 1 to 50 location ids, with STOCK or FULFILLMENT only. */
  locationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /**
   * An https URL of at most 2,000 characters, without credentials, not an IP address in a private,
   * link-local or unspecified range. Where WEBHOOK_ALLOW_LOOPBACK is on (development and tests, not
   * production), also http(s) on localhost, 127.0.0.1 or [::1].
   */
  url: Scalars['String']['input'];
};

export type RegisterWebhookResult = RegisteredWebhook | WebhookError;

/**
 * A webhook as registered: `secret` (`whsec_…`) signs every delivery (`X-Webhook-Signature`). It is
 * shown this once and cannot be read again.
 */
export type RegisteredWebhook = {
  __typename?: 'RegisteredWebhook';
  secret: Scalars['String']['output'];
  webhook: Webhook;
};

export type SalesChannel =
  | 'APP'
  | 'B2B'
  | 'KIOSK'
  | 'MARKETPLACE'
  | 'POS'
  | 'SOCIAL'
  | 'WEB';

/** The settings to change; omitted ones stay as they are. */
export type UpdatePartnerKeyInput = {
  channels?: InputMaybe<Array<SalesChannel>>;
  fields?: InputMaybe<Array<Scalars['String']['input']>>;
  name?: InputMaybe<Scalars['String']['input']>;
  rateBudget?: InputMaybe<RateBudgetInput>;
  scopes?: InputMaybe<Array<Scalars['String']['input']>>;
};

/**
 * An HTTPS endpoint of a partner that receives signed POSTs for the events it asked for. Belongs
 * to one partner key; a revoked key's webhooks receive nothing more.
 */
export type Webhook = {
  __typename?: 'Webhook';
  createdAt: Scalars['String']['output'];
  createdBy: Scalars['String']['output'];
  events: Array<WebhookEventType>;
  id: Scalars['ID']['output'];
  keyId: Scalars['ID']['output'];
  /** The locations whose STOCK / FULFILLMENT events it receives (empty for ORDER_STATUS only). */
  locationIds: Array<Scalars['ID']['output']>;
  partnerId: Scalars['ID']['output'];
  url: Scalars['String']['output'];
};

/** One event for one webhook: at most one per (webhook, event id), however often the event arrived. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['String']['output'];
  deliveredAt: Maybe<Scalars['String']['output']>;
  /** The event's id, sent as `X-Webhook-Event-Id` and as the body's `id`: the same on every attempt. */
  eventId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  keyId: Scalars['ID']['output'];
  lastAttemptAt: Maybe<Scalars['String']['output']>;
  lastError: Maybe<Scalars['String']['output']>;
  /** The HTTP status of the last attempt; null when it got no answer (timeout, refused connection). */
  lastStatusCode: Maybe<Scalars['Int']['output']>;
  /** When the next attempt is due (PENDING only). */
  nextAttemptAt: Maybe<Scalars['String']['output']>;
  status: WebhookDeliveryStatus;
  /** `order.status_changed`, `order.cancelled`, `fulfillment_order.changed`, `fulfillment_order.routed`, `stock.changed` or `webhook.ping`. */
  type: Scalars['String']['output'];
  webhookId: Scalars['ID']['output'];
};

export type WebhookDeliveryResult = WebhookDelivery | WebhookError;

/**
 * PENDING: waiting for its next attempt (or on its way); DELIVERED: the receiver answered 2xx;
 * DEAD: every attempt failed (or the key was revoked): the dead letters, which an operator may replay.
 */
export type WebhookDeliveryStatus =
  | 'DEAD'
  | 'DELIVERED'
  | 'PENDING';

/** A webhook request was refused; nothing was changed. `field` names the input at fault, if one is. */
export type WebhookError = {
  __typename?: 'WebhookError';
  code: WebhookErrorCode;
  field: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

export type WebhookErrorCode =
  | 'CONCURRENT_CHANGE'
  | 'INVALID_WEBHOOK_INPUT'
  | 'LOCATION_NOT_OPERATED'
  | 'PARTNER_KEY_NOT_FOUND'
  | 'PARTNER_KEY_REVOKED'
  | 'SCOPE_NOT_GRANTED'
  | 'WEBHOOK_DELIVERY_NOT_FOUND'
  | 'WEBHOOK_LIMIT_REACHED'
  | 'WEBHOOK_NOT_FOUND';

/**
 * What a partner webhook carries: ORDER_STATUS (status changes and cancellations of the key's
 * partner's own orders in the key's channels; the key must hold `orders:read`), FULFILLMENT
 * (fulfillment orders routed to or changing at `locationIds`, which the partner must operate; the
 * key must hold `fulfillment:write`), STOCK (stock changes at `locationIds`).
 */
export type WebhookEventType =
  | 'FULFILLMENT'
  | 'ORDER_STATUS'
  | 'STOCK';

export type WebhookResult = Webhook | WebhookError;

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Customer: Customer;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"id":true}> );
}>;

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  AddCustomerIdentifierResult:
    | ( CustomerDoc & { __typename: 'Customer' } )
    | ( CustomerNotFoundError & { __typename: 'CustomerNotFoundError' } )
    | ( IdentifierInUseError & { __typename: 'IdentifierInUseError' } )
    | ( InvalidIdentifierError & { __typename: 'InvalidIdentifierError' } )
  ;
  IssuePartnerKeyResult:
    | ( Omit<IssuedPartnerKey, 'key'> & { key: _RefType['PartnerKey'] } & { __typename: 'IssuedPartnerKey' } )
    | ( PartnerKeyError & { __typename: 'PartnerKeyError' } )
  ;
  PartnerKeyResult:
    | ( PartnerKeyDoc & { __typename: 'PartnerKey' } )
    | ( PartnerKeyError & { __typename: 'PartnerKeyError' } )
  ;
  RecognitionResult:
    | ( RecognitionError & { __typename: 'RecognitionError' } )
    | ( Omit<RecognizedShopper, 'customer'> & { customer: _RefType['Customer'] } & { __typename: 'RecognizedShopper' } )
  ;
  RecognitionTokenResult:
    | ( RecognitionError & { __typename: 'RecognitionError' } )
    | ( RecognitionToken & { __typename: 'RecognitionToken' } )
  ;
  RegisterCustomerResult:
    | ( CustomerDoc & { __typename: 'Customer' } )
    | ( IdentifierInUseError & { __typename: 'IdentifierInUseError' } )
    | ( InvalidIdentifierError & { __typename: 'InvalidIdentifierError' } )
  ;
  RegisterWebhookResult:
    | ( Omit<RegisteredWebhook, 'webhook'> & { webhook: _RefType['Webhook'] } & { __typename: 'RegisteredWebhook' } )
    | ( WebhookError & { __typename: 'WebhookError' } )
  ;
  WebhookDeliveryResult:
    | ( WebhookDeliveryDoc & { __typename: 'WebhookDelivery' } )
    | ( WebhookError & { __typename: 'WebhookError' } )
  ;
  WebhookResult:
    | ( WebhookDoc & { __typename: 'Webhook' } )
    | ( WebhookError & { __typename: 'WebhookError' } )
  ;
}>;


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AddCustomerIdentifierInput: AddCustomerIdentifierInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AddCustomerIdentifierResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['AddCustomerIdentifierResult']>;
  CreatePartnerKeyInput: CreatePartnerKeyInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Customer: ResolverTypeWrapper<CustomerDoc>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CustomerIdentifier: ResolverTypeWrapper<CustomerIdentifier>;
  CustomerNotFoundError: ResolverTypeWrapper<CustomerNotFoundError>;
  IdentifierInUseError: ResolverTypeWrapper<IdentifierInUseError>;
  IdentifierInput: IdentifierInput;
  IdentifierType: IdentifierType;
  IdentityErrorCode: IdentityErrorCode;
  InvalidIdentifierError: ResolverTypeWrapper<InvalidIdentifierError>;
  IssuePartnerKeyResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['IssuePartnerKeyResult']>;
  IssuedPartnerKey: ResolverTypeWrapper<Omit<IssuedPartnerKey, 'key'> & { key: ResolversTypes['PartnerKey'] }>;
  LoyaltyTier: LoyaltyTier;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  PartnerCredential: ResolverTypeWrapper<PartnerCredential>;
  PartnerKey: ResolverTypeWrapper<PartnerKeyDoc>;
  PartnerKeyError: ResolverTypeWrapper<PartnerKeyError>;
  PartnerKeyErrorCode: PartnerKeyErrorCode;
  PartnerKeyResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['PartnerKeyResult']>;
  PartnerKeyStatus: PartnerKeyStatus;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RateBudget: ResolverTypeWrapper<RateBudget>;
  RateBudgetInput: RateBudgetInput;
  RecognitionError: ResolverTypeWrapper<RecognitionError>;
  RecognitionErrorCode: RecognitionErrorCode;
  RecognitionMethod: RecognitionMethod;
  RecognitionResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RecognitionResult']>;
  RecognitionToken: ResolverTypeWrapper<RecognitionToken>;
  RecognitionTokenResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RecognitionTokenResult']>;
  RecognizeShopperInput: RecognizeShopperInput;
  RecognizedShopper: ResolverTypeWrapper<Omit<RecognizedShopper, 'customer'> & { customer: ResolversTypes['Customer'] }>;
  RegisterCustomerInput: RegisterCustomerInput;
  RegisterCustomerResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RegisterCustomerResult']>;
  RegisterWebhookInput: RegisterWebhookInput;
  RegisterWebhookResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RegisterWebhookResult']>;
  RegisteredWebhook: ResolverTypeWrapper<Omit<RegisteredWebhook, 'webhook'> & { webhook: ResolversTypes['Webhook'] }>;
  SalesChannel: SalesChannel;
  UpdatePartnerKeyInput: UpdatePartnerKeyInput;
  Webhook: ResolverTypeWrapper<WebhookDoc>;
  WebhookDelivery: ResolverTypeWrapper<WebhookDeliveryDoc>;
  WebhookDeliveryResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['WebhookDeliveryResult']>;
  WebhookDeliveryStatus: WebhookDeliveryStatus;
  WebhookError: ResolverTypeWrapper<WebhookError>;
  WebhookErrorCode: WebhookErrorCode;
  WebhookEventType: WebhookEventType;
  WebhookResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['WebhookResult']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AddCustomerIdentifierInput: AddCustomerIdentifierInput;
  ID: Scalars['ID']['output'];
  AddCustomerIdentifierResult: ResolversUnionTypes<ResolversParentTypes>['AddCustomerIdentifierResult'];
  CreatePartnerKeyInput: CreatePartnerKeyInput;
  String: Scalars['String']['output'];
  Customer: CustomerDoc;
  Boolean: Scalars['Boolean']['output'];
  CustomerIdentifier: CustomerIdentifier;
  CustomerNotFoundError: CustomerNotFoundError;
  IdentifierInUseError: IdentifierInUseError;
  IdentifierInput: IdentifierInput;
  InvalidIdentifierError: InvalidIdentifierError;
  IssuePartnerKeyResult: ResolversUnionTypes<ResolversParentTypes>['IssuePartnerKeyResult'];
  IssuedPartnerKey: Omit<IssuedPartnerKey, 'key'> & { key: ResolversParentTypes['PartnerKey'] };
  Mutation: Record<PropertyKey, never>;
  Int: Scalars['Int']['output'];
  PartnerCredential: PartnerCredential;
  PartnerKey: PartnerKeyDoc;
  PartnerKeyError: PartnerKeyError;
  PartnerKeyResult: ResolversUnionTypes<ResolversParentTypes>['PartnerKeyResult'];
  Query: Record<PropertyKey, never>;
  RateBudget: RateBudget;
  RateBudgetInput: RateBudgetInput;
  RecognitionError: RecognitionError;
  RecognitionResult: ResolversUnionTypes<ResolversParentTypes>['RecognitionResult'];
  RecognitionToken: RecognitionToken;
  RecognitionTokenResult: ResolversUnionTypes<ResolversParentTypes>['RecognitionTokenResult'];
  RecognizeShopperInput: RecognizeShopperInput;
  RecognizedShopper: Omit<RecognizedShopper, 'customer'> & { customer: ResolversParentTypes['Customer'] };
  RegisterCustomerInput: RegisterCustomerInput;
  RegisterCustomerResult: ResolversUnionTypes<ResolversParentTypes>['RegisterCustomerResult'];
  RegisterWebhookInput: RegisterWebhookInput;
  RegisterWebhookResult: ResolversUnionTypes<ResolversParentTypes>['RegisterWebhookResult'];
  RegisteredWebhook: Omit<RegisteredWebhook, 'webhook'> & { webhook: ResolversParentTypes['Webhook'] };
  UpdatePartnerKeyInput: UpdatePartnerKeyInput;
  Webhook: WebhookDoc;
  WebhookDelivery: WebhookDeliveryDoc;
  WebhookDeliveryResult: ResolversUnionTypes<ResolversParentTypes>['WebhookDeliveryResult'];
  WebhookError: WebhookError;
  WebhookResult: ResolversUnionTypes<ResolversParentTypes>['WebhookResult'];
}>;

export type AddCustomerIdentifierResultResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['AddCustomerIdentifierResult'] = ResolversParentTypes['AddCustomerIdentifierResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Customer' | 'CustomerNotFoundError' | 'IdentifierInUseError' | 'InvalidIdentifierError', ParentType, ContextType>;
}>;

export type CustomerResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identifiers?: Resolver<Array<ResolversTypes['CustomerIdentifier']>, ParentType, ContextType>;
  lastName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  loyaltyTier?: Resolver<ResolversTypes['LoyaltyTier'], ParentType, ContextType>;
  marketingOptIn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CustomerIdentifierResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['CustomerIdentifier'] = ResolversParentTypes['CustomerIdentifier']> = ResolversObject<{
  addedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['SalesChannel'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['IdentifierType'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CustomerNotFoundErrorResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['CustomerNotFoundError'] = ResolversParentTypes['CustomerNotFoundError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['IdentityErrorCode'], ParentType, ContextType>;
  customerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type IdentifierInUseErrorResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['IdentifierInUseError'] = ResolversParentTypes['IdentifierInUseError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['IdentityErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['IdentifierType'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InvalidIdentifierErrorResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['InvalidIdentifierError'] = ResolversParentTypes['InvalidIdentifierError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['IdentityErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['IdentifierType'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type IssuePartnerKeyResultResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['IssuePartnerKeyResult'] = ResolversParentTypes['IssuePartnerKeyResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'IssuedPartnerKey' | 'PartnerKeyError', ParentType, ContextType>;
}>;

export type IssuedPartnerKeyResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['IssuedPartnerKey'] = ResolversParentTypes['IssuedPartnerKey']> = ResolversObject<{
  key?: Resolver<ResolversTypes['PartnerKey'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addCustomerIdentifier?: Resolver<Maybe<ResolversTypes['AddCustomerIdentifierResult']>, ParentType, ContextType, RequireFields<MutationAddCustomerIdentifierArgs, 'input'>>;
  createPartnerKey?: Resolver<Maybe<ResolversTypes['IssuePartnerKeyResult']>, ParentType, ContextType, RequireFields<MutationCreatePartnerKeyArgs, 'input'>>;
  deleteWebhook?: Resolver<Maybe<ResolversTypes['WebhookResult']>, ParentType, ContextType, RequireFields<MutationDeleteWebhookArgs, 'id'>>;
  issueRecognitionToken?: Resolver<Maybe<ResolversTypes['RecognitionTokenResult']>, ParentType, ContextType>;
  pingWebhook?: Resolver<Maybe<ResolversTypes['WebhookDeliveryResult']>, ParentType, ContextType, RequireFields<MutationPingWebhookArgs, 'id'>>;
  recognizeShopper?: Resolver<Maybe<ResolversTypes['RecognitionResult']>, ParentType, ContextType, RequireFields<MutationRecognizeShopperArgs, 'input'>>;
  registerCustomer?: Resolver<Maybe<ResolversTypes['RegisterCustomerResult']>, ParentType, ContextType, RequireFields<MutationRegisterCustomerArgs, 'input'>>;
  registerWebhook?: Resolver<Maybe<ResolversTypes['RegisterWebhookResult']>, ParentType, ContextType, RequireFields<MutationRegisterWebhookArgs, 'input'>>;
  replayWebhookDelivery?: Resolver<Maybe<ResolversTypes['WebhookDeliveryResult']>, ParentType, ContextType, RequireFields<MutationReplayWebhookDeliveryArgs, 'id'>>;
  revokePartnerKey?: Resolver<Maybe<ResolversTypes['PartnerKeyResult']>, ParentType, ContextType, RequireFields<MutationRevokePartnerKeyArgs, 'id'>>;
  rotatePartnerKey?: Resolver<Maybe<ResolversTypes['IssuePartnerKeyResult']>, ParentType, ContextType, RequireFields<MutationRotatePartnerKeyArgs, 'graceSeconds' | 'id'>>;
  updatePartnerKey?: Resolver<Maybe<ResolversTypes['PartnerKeyResult']>, ParentType, ContextType, RequireFields<MutationUpdatePartnerKeyArgs, 'id' | 'input'>>;
}>;

export type PartnerCredentialResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['PartnerCredential'] = ResolversParentTypes['PartnerCredential']> = ResolversObject<{
  channels?: Resolver<Array<ResolversTypes['SalesChannel']>, ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  keyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  partnerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rateBudget?: Resolver<ResolversTypes['RateBudget'], ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PartnerKeyResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['PartnerKey'] = ResolversParentTypes['PartnerKey']> = ResolversObject<{
  channels?: Resolver<Array<ResolversTypes['SalesChannel']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partnerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  previousSecretExpiresAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rateBudget?: Resolver<ResolversTypes['RateBudget'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revokedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rotatedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PartnerKeyStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PartnerKeyErrorResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['PartnerKeyError'] = ResolversParentTypes['PartnerKeyError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['PartnerKeyErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PartnerKeyResultResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['PartnerKeyResult'] = ResolversParentTypes['PartnerKeyResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'PartnerKey' | 'PartnerKeyError', ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType, RequireFields<QueryCustomerArgs, 'id'>>;
  customerByIdentifier?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType, RequireFields<QueryCustomerByIdentifierArgs, 'type' | 'value'>>;
  me?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  partnerCredential?: Resolver<Maybe<ResolversTypes['PartnerCredential']>, ParentType, ContextType, RequireFields<QueryPartnerCredentialArgs, 'keyId' | 'secretHash'>>;
  partnerKey?: Resolver<Maybe<ResolversTypes['PartnerKey']>, ParentType, ContextType, RequireFields<QueryPartnerKeyArgs, 'id'>>;
  partnerKeys?: Resolver<Maybe<Array<ResolversTypes['PartnerKey']>>, ParentType, ContextType, RequireFields<QueryPartnerKeysArgs, 'first' | 'partnerId'>>;
  webhookDeliveries?: Resolver<Maybe<Array<ResolversTypes['WebhookDelivery']>>, ParentType, ContextType, RequireFields<QueryWebhookDeliveriesArgs, 'first'>>;
  webhooks?: Resolver<Maybe<Array<ResolversTypes['Webhook']>>, ParentType, ContextType, RequireFields<QueryWebhooksArgs, 'first'>>;
}>;

export type RateBudgetResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['RateBudget'] = ResolversParentTypes['RateBudget']> = ResolversObject<{
  maximumAvailable?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  restoreRate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RecognitionErrorResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['RecognitionError'] = ResolversParentTypes['RecognitionError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['RecognitionErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RecognitionResultResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['RecognitionResult'] = ResolversParentTypes['RecognitionResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'RecognitionError' | 'RecognizedShopper', ParentType, ContextType>;
}>;

export type RecognitionTokenResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['RecognitionToken'] = ResolversParentTypes['RecognitionToken']> = ResolversObject<{
  expiresAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RecognitionTokenResultResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['RecognitionTokenResult'] = ResolversParentTypes['RecognitionTokenResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'RecognitionError' | 'RecognitionToken', ParentType, ContextType>;
}>;

export type RecognizedShopperResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['RecognizedShopper'] = ResolversParentTypes['RecognizedShopper']> = ResolversObject<{
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  via?: Resolver<ResolversTypes['RecognitionMethod'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RegisterCustomerResultResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['RegisterCustomerResult'] = ResolversParentTypes['RegisterCustomerResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Customer' | 'IdentifierInUseError' | 'InvalidIdentifierError', ParentType, ContextType>;
}>;

export type RegisterWebhookResultResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['RegisterWebhookResult'] = ResolversParentTypes['RegisterWebhookResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'RegisteredWebhook' | 'WebhookError', ParentType, ContextType>;
}>;

export type RegisteredWebhookResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['RegisteredWebhook'] = ResolversParentTypes['RegisteredWebhook']> = ResolversObject<{
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  webhook?: Resolver<ResolversTypes['Webhook'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type WebhookResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Webhook'] = ResolversParentTypes['Webhook']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['WebhookEventType']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  keyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locationIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  partnerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type WebhookDeliveryResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery']> = ResolversObject<{
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  keyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastAttemptAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastStatusCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WebhookDeliveryStatus'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  webhookId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type WebhookDeliveryResultResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['WebhookDeliveryResult'] = ResolversParentTypes['WebhookDeliveryResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'WebhookDelivery' | 'WebhookError', ParentType, ContextType>;
}>;

export type WebhookErrorResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['WebhookError'] = ResolversParentTypes['WebhookError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['WebhookErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type WebhookResultResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['WebhookResult'] = ResolversParentTypes['WebhookResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Webhook' | 'WebhookError', ParentType, ContextType>;
}>;

export type Resolvers<ContextType = IdentityContext> = ResolversObject<{
  AddCustomerIdentifierResult?: AddCustomerIdentifierResultResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  CustomerIdentifier?: CustomerIdentifierResolvers<ContextType>;
  CustomerNotFoundError?: CustomerNotFoundErrorResolvers<ContextType>;
  IdentifierInUseError?: IdentifierInUseErrorResolvers<ContextType>;
  InvalidIdentifierError?: InvalidIdentifierErrorResolvers<ContextType>;
  IssuePartnerKeyResult?: IssuePartnerKeyResultResolvers<ContextType>;
  IssuedPartnerKey?: IssuedPartnerKeyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PartnerCredential?: PartnerCredentialResolvers<ContextType>;
  PartnerKey?: PartnerKeyResolvers<ContextType>;
  PartnerKeyError?: PartnerKeyErrorResolvers<ContextType>;
  PartnerKeyResult?: PartnerKeyResultResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RateBudget?: RateBudgetResolvers<ContextType>;
  RecognitionError?: RecognitionErrorResolvers<ContextType>;
  RecognitionResult?: RecognitionResultResolvers<ContextType>;
  RecognitionToken?: RecognitionTokenResolvers<ContextType>;
  RecognitionTokenResult?: RecognitionTokenResultResolvers<ContextType>;
  RecognizedShopper?: RecognizedShopperResolvers<ContextType>;
  RegisterCustomerResult?: RegisterCustomerResultResolvers<ContextType>;
  RegisterWebhookResult?: RegisterWebhookResultResolvers<ContextType>;
  RegisteredWebhook?: RegisteredWebhookResolvers<ContextType>;
  Webhook?: WebhookResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WebhookDeliveryResult?: WebhookDeliveryResultResolvers<ContextType>;
  WebhookError?: WebhookErrorResolvers<ContextType>;
  WebhookResult?: WebhookResultResolvers<ContextType>;
}>;


import type { GraphQLResolveInfo } from 'graphql';
import type { CampaignDoc, TouchpointDoc } from '../model';
import type { OrderRef, CustomerRef, OrderAttributionResult, AttributionCreditResult } from '../mappers';
import type { AttributionContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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

export type AttributionCredit = {
  __typename?: 'AttributionCredit';
  campaign: Maybe<Campaign>;
  revenue: Money;
  touchpoint: Touchpoint;
  /** Share of the conversion, 0..1. */
  weight: Scalars['Float']['output'];
};

export type AttributionError = {
  __typename?: 'AttributionError';
  code: AttributionErrorCode;
  message: Scalars['String']['output'];
};

export type AttributionErrorCode =
  | 'IDEMPOTENCY_CONFLICT'
  | 'INVALID_TOUCHPOINT'
  | 'UNKNOWN_CAMPAIGN';

export type AttributionModel =
  | 'FIRST_TOUCH'
  | 'LAST_TOUCH'
  | 'LINEAR'
  | 'POSITION_BASED'
  | 'TIME_DECAY';

export type Campaign = {
  __typename?: 'Campaign';
  budget: Money;
  channel: MarketingChannel;
  endsAt: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  startsAt: Scalars['String']['output'];
  status: CampaignStatus;
  /** Touchpoints recorded for this campaign. */
  touchpointCount: Scalars['Int']['output'];
};

export type CampaignStatus =
  | 'ACTIVE'
  | 'ENDED'
  | 'PAUSED'
  | 'SCHEDULED';

export type Customer = {
  __typename?: 'Customer';
  id: Scalars['ID']['output'];
  touchpoints: Maybe<Array<Touchpoint>>;
};


export type CustomerTouchpointsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type MarketingChannel =
  | 'AFFILIATE'
  | 'DISPLAY'
  | 'EMAIL'
  | 'IN_STORE'
  | 'SEARCH'
  | 'SMS'
  | 'SOCIAL';

export type Money = {
  __typename?: 'Money';
  /** Integer minor units (cents). */
  amount: Scalars['Int']['output'];
  currencyCode: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Record a marketing touchpoint for a customer (idempotent by eventId). */
  recordTouchpoint: Maybe<RecordTouchpointResult>;
};


export type MutationRecordTouchpointArgs = {
  input: RecordTouchpointInput;
};

export type Order = {
  __typename?: 'Order';
  attribution: Maybe<OrderAttribution>;
  id: Scalars['ID']['output'];
};


export type OrderAttributionArgs = {
  lookbackDays?: InputMaybe<Scalars['Int']['input']>;
  model?: InputMaybe<AttributionModel>;
};

/** How an order's revenue is credited to the touchpoints before it. */
export type OrderAttribution = {
  __typename?: 'OrderAttribution';
  /** Credits' revenues sum exactly to the order total; empty when no touchpoint qualifies. */
  credits: Array<AttributionCredit>;
  lookbackDays: Scalars['Int']['output'];
  model: AttributionModel;
};

export type Query = {
  __typename?: 'Query';
  /** A campaign by id. Unknown id: null plus a NOT_FOUND error. */
  campaign: Maybe<Campaign>;
  campaigns: Array<Campaign>;
};


export type QueryCampaignArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCampaignsArgs = {
  status?: InputMaybe<CampaignStatus>;
};

export type RecordTouchpointInput = {
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  channel: MarketingChannel;
  customerId: Scalars['ID']['input'];
  /** Id of the source event (ad platform, ESP, store sensor); replays are recorded once. */
  eventId: Scalars['String']['input'];
  /** ISO-8601; defaults to now. */
  occurredAt?: InputMaybe<Scalars['String']['input']>;
  type: TouchpointType;
};

export type RecordTouchpointResult = AttributionError | Touchpoint;

export type Touchpoint = {
  __typename?: 'Touchpoint';
  campaign: Maybe<Campaign>;
  channel: MarketingChannel;
  /** Owned by identity: null (with an error) when identity cannot answer. */
  customer: Maybe<Customer>;
  id: Scalars['ID']['output'];
  occurredAt: Scalars['String']['output'];
  type: TouchpointType;
};

export type TouchpointType =
  | 'APP_OPEN'
  | 'CLICK'
  | 'EMAIL_CLICK'
  | 'EMAIL_OPEN'
  | 'IMPRESSION'
  | 'STORE_VISIT';

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
  Campaign: Campaign;
  Customer: Customer;
  Order: Order;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Campaign:
    ( { __typename: 'Campaign' }
    & GraphQLRecursivePick<FederationTypes['Campaign'], {"id":true}> );
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"id":true}> );
  Order:
    ( { __typename: 'Order' }
    & GraphQLRecursivePick<FederationTypes['Order'], {"id":true}> );
}>;

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  RecordTouchpointResult:
    | ( AttributionError & { __typename: 'AttributionError' } )
    | ( TouchpointDoc & { __typename: 'Touchpoint' } )
  ;
}>;


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AttributionCredit: ResolverTypeWrapper<AttributionCreditResult>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  AttributionError: ResolverTypeWrapper<AttributionError>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AttributionErrorCode: AttributionErrorCode;
  AttributionModel: AttributionModel;
  Campaign: ResolverTypeWrapper<CampaignDoc>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CampaignStatus: CampaignStatus;
  Customer: ResolverTypeWrapper<CustomerRef>;
  MarketingChannel: MarketingChannel;
  Money: ResolverTypeWrapper<Money>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Order: ResolverTypeWrapper<OrderRef>;
  OrderAttribution: ResolverTypeWrapper<OrderAttributionResult>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordTouchpointInput: RecordTouchpointInput;
  RecordTouchpointResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RecordTouchpointResult']>;
  Touchpoint: ResolverTypeWrapper<TouchpointDoc>;
  TouchpointType: TouchpointType;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AttributionCredit: AttributionCreditResult;
  Float: Scalars['Float']['output'];
  AttributionError: AttributionError;
  String: Scalars['String']['output'];
  Campaign: CampaignDoc;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Customer: CustomerRef;
  Money: Money;
  Mutation: Record<PropertyKey, never>;
  Order: OrderRef;
  OrderAttribution: OrderAttributionResult;
  Query: Record<PropertyKey, never>;
  RecordTouchpointInput: RecordTouchpointInput;
  RecordTouchpointResult: ResolversUnionTypes<ResolversParentTypes>['RecordTouchpointResult'];
  Touchpoint: TouchpointDoc;
  Boolean: Scalars['Boolean']['output'];
}>;

export type AttributionCreditResolvers<ContextType = AttributionContext, ParentType extends ResolversParentTypes['AttributionCredit'] = ResolversParentTypes['AttributionCredit']> = ResolversObject<{
  campaign?: Resolver<Maybe<ResolversTypes['Campaign']>, ParentType, ContextType>;
  revenue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  touchpoint?: Resolver<ResolversTypes['Touchpoint'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type AttributionErrorResolvers<ContextType = AttributionContext, ParentType extends ResolversParentTypes['AttributionError'] = ResolversParentTypes['AttributionError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['AttributionErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CampaignResolvers<ContextType = AttributionContext, ParentType extends ResolversParentTypes['Campaign'] = ResolversParentTypes['Campaign'], FederationReferenceType extends FederationReferenceTypes['Campaign'] = FederationReferenceTypes['Campaign']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Campaign']> | FederationReferenceType, FederationReferenceType, ContextType>;
  budget?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['MarketingChannel'], ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CampaignStatus'], ParentType, ContextType>;
  touchpointCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CustomerResolvers<ContextType = AttributionContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  touchpoints?: Resolver<Maybe<Array<ResolversTypes['Touchpoint']>>, ParentType, ContextType, RequireFields<CustomerTouchpointsArgs, 'first'>>;
}>;

export type MoneyResolvers<ContextType = AttributionContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currencyCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = AttributionContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  recordTouchpoint?: Resolver<Maybe<ResolversTypes['RecordTouchpointResult']>, ParentType, ContextType, RequireFields<MutationRecordTouchpointArgs, 'input'>>;
}>;

export type OrderResolvers<ContextType = AttributionContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'], FederationReferenceType extends FederationReferenceTypes['Order'] = FederationReferenceTypes['Order']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Order']> | FederationReferenceType, FederationReferenceType, ContextType>;
  attribution?: Resolver<Maybe<ResolversTypes['OrderAttribution']>, ParentType, ContextType, RequireFields<OrderAttributionArgs, 'lookbackDays' | 'model'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type OrderAttributionResolvers<ContextType = AttributionContext, ParentType extends ResolversParentTypes['OrderAttribution'] = ResolversParentTypes['OrderAttribution']> = ResolversObject<{
  credits?: Resolver<Array<ResolversTypes['AttributionCredit']>, ParentType, ContextType>;
  lookbackDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  model?: Resolver<ResolversTypes['AttributionModel'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = AttributionContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  campaign?: Resolver<Maybe<ResolversTypes['Campaign']>, ParentType, ContextType, RequireFields<QueryCampaignArgs, 'id'>>;
  campaigns?: Resolver<Array<ResolversTypes['Campaign']>, ParentType, ContextType, Partial<QueryCampaignsArgs>>;
}>;

export type RecordTouchpointResultResolvers<ContextType = AttributionContext, ParentType extends ResolversParentTypes['RecordTouchpointResult'] = ResolversParentTypes['RecordTouchpointResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'AttributionError' | 'Touchpoint', ParentType, ContextType>;
}>;

export type TouchpointResolvers<ContextType = AttributionContext, ParentType extends ResolversParentTypes['Touchpoint'] = ResolversParentTypes['Touchpoint']> = ResolversObject<{
  campaign?: Resolver<Maybe<ResolversTypes['Campaign']>, ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['MarketingChannel'], ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['TouchpointType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type Resolvers<ContextType = AttributionContext> = ResolversObject<{
  AttributionCredit?: AttributionCreditResolvers<ContextType>;
  AttributionError?: AttributionErrorResolvers<ContextType>;
  Campaign?: CampaignResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  OrderAttribution?: OrderAttributionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecordTouchpointResult?: RecordTouchpointResultResolvers<ContextType>;
  Touchpoint?: TouchpointResolvers<ContextType>;
}>;


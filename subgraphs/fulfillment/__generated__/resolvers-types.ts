import type { GraphQLResolveInfo } from 'graphql';
import type { LocationDoc, FulfillmentOrderDoc, FulfillmentOrderLine as FulfillmentOrderLineModel, SourcingProfileDoc } from '../model';
import type { OrderRef } from '../mappers';
import type { FulfillmentContext } from '../context';
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

export type Address = {
  __typename?: 'Address';
  city: Scalars['String']['output'];
  countryCode: Scalars['String']['output'];
  line1: Scalars['String']['output'];
  postalCode: Scalars['String']['output'];
  region: Scalars['String']['output'];
};

export type BusinessHours = {
  __typename?: 'BusinessHours';
  closes: Scalars['String']['output'];
  day: Weekday;
  opens: Scalars['String']['output'];
};

export type BusinessHoursInput = {
  closes: Scalars['String']['input'];
  day: Weekday;
  opens: Scalars['String']['input'];
};

export type DeliveryMethod =
  | 'CARRY_OUT'
  | 'PICKUP_IN_STORE'
  | 'SHIP'
  | 'SHIP_TO_STORE';

export type FulfillmentCapability =
  | 'CARRY_OUT'
  | 'PICKUP_IN_STORE'
  | 'RETURNS'
  | 'SAME_DAY_DELIVERY'
  | 'SHIP'
  | 'SHIP_TO_STORE';

export type FulfillmentError = {
  __typename?: 'FulfillmentError';
  code: FulfillmentErrorCode;
  locationId: Maybe<Scalars['ID']['output']>;
  message: Scalars['String']['output'];
};

export type FulfillmentErrorCode =
  | 'INVALID_CALENDAR'
  | 'INVALID_CAPACITY'
  | 'INVALID_HANDLING_TIME'
  | 'INVALID_ROUTING_ATTRIBUTE'
  | 'INVALID_SOURCING_PROFILE'
  | 'LOCATION_NOT_FOUND'
  | 'UNSUPPORTED_CAPABILITY';

/** The part of an order one node fulfils. */
export type FulfillmentOrder = {
  __typename?: 'FulfillmentOrder';
  createdAt: Scalars['String']['output'];
  deliveryMethod: DeliveryMethod;
  id: Scalars['ID']['output'];
  lines: Array<FulfillmentOrderLine>;
  location: Location;
  /** Owned by orders: null (with an error) when orders cannot answer. */
  order: Maybe<Order>;
  promisedBy: Scalars['String']['output'];
  rejectionReason: Maybe<Scalars['String']['output']>;
  status: FulfillmentOrderStatus;
  updatedAt: Scalars['String']['output'];
};

export type FulfillmentOrderLine = {
  __typename?: 'FulfillmentOrderLine';
  orderLineId: Scalars['ID']['output'];
  quantity: Scalars['Int']['output'];
  /** Owned by catalog: null (with an error) when catalog cannot answer. */
  variant: Maybe<Variant>;
};

export type FulfillmentOrderStatus =
  | 'ACCEPTED'
  | 'CANCELLED'
  | 'DELIVERED'
  | 'IN_PROGRESS'
  | 'OPEN'
  | 'PICKED_UP'
  | 'READY_FOR_PICKUP'
  | 'REJECTED'
  | 'SHIPPED';

export type GeoPoint = {
  __typename?: 'GeoPoint';
  lat: Scalars['Float']['output'];
  lng: Scalars['Float']['output'];
};

export type GeoPointInput = {
  lat: Scalars['Float']['input'];
  lng: Scalars['Float']['input'];
};

/** A node of the network: distribution centre, store, 3PL or dropship supplier. */
export type Location = {
  __typename?: 'Location';
  active: Scalars['Boolean']['output'];
  address: Address;
  /** Opening hours per weekday, in `timezone`; a weekday without an entry is closed, none at all is open around the clock. */
  businessHours: Array<BusinessHours>;
  capabilities: Array<FulfillmentCapability>;
  capacityPerDay: Scalars['Int']['output'];
  code: Scalars['String']['output'];
  /** Carrier cost per km to the destination, in minor units of costPerShipment's currency. */
  costPerKm: Scalars['Float']['output'];
  costPerShipment: Money;
  /** Local "HH:MM": an order taken later is handled the next business day. */
  cutoffTime: Scalars['String']['output'];
  geo: GeoPoint;
  handlingTimeHours: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** Today's load (the node's local day): fulfillment orders taken and capacity left. */
  load: LocationLoad;
  name: Scalars['String']['output'];
  /** Routing preference: lower is preferred. */
  rank: Scalars['Int']['output'];
  timezone: Scalars['String']['output'];
  type: LocationType;
};

export type LocationFilter = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  capability?: InputMaybe<FulfillmentCapability>;
  type?: InputMaybe<LocationType>;
};

export type LocationLoad = {
  __typename?: 'LocationLoad';
  capacity: Scalars['Int']['output'];
  /** The node's local date, YYYY-MM-DD. */
  date: Scalars['String']['output'];
  remaining: Scalars['Int']['output'];
  taken: Scalars['Int']['output'];
};

export type LocationType =
  | 'DROPSHIP_SUPPLIER'
  | 'STORE'
  | 'THIRD_PARTY_LOGISTICS'
  | 'WAREHOUSE';

export type Money = {
  __typename?: 'Money';
  /** Integer minor units (cents). */
  amount: Scalars['Int']['output'];
  currencyCode: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Change a node's routing attributes (capabilities, daily capacity, handling time, active). */
  updateLocation: Maybe<UpdateLocationResult>;
  /** Change where a node is and what shipping from it costs (geo, time zone, costs, rank). Operators and internal services. */
  updateLocationRouting: Maybe<UpdateLocationResult>;
  /** Change one channel's sourcing profile. Operators and internal services. */
  updateSourcingProfile: Maybe<SourcingProfileResult>;
};


export type MutationUpdateLocationArgs = {
  input: UpdateLocationInput;
};


export type MutationUpdateLocationRoutingArgs = {
  input: UpdateLocationRoutingInput;
};


export type MutationUpdateSourcingProfileArgs = {
  input: SourcingProfileInput;
};

export type Order = {
  __typename?: 'Order';
  fulfillmentOrders: Maybe<Array<FulfillmentOrder>>;
  id: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** A fulfillment order by id. Unknown id: null plus a NOT_FOUND error. */
  fulfillmentOrder: Maybe<FulfillmentOrder>;
  /** A location by id. Unknown id: null plus a NOT_FOUND error. */
  location: Maybe<Location>;
  locations: Array<Location>;
  /** One channel's sourcing profile (operators and internal services). */
  sourcingProfile: Maybe<SourcingProfile>;
  /** Every channel's sourcing profile (operators and internal services). */
  sourcingProfiles: Maybe<Array<SourcingProfile>>;
};


export type QueryFulfillmentOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLocationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLocationsArgs = {
  filter?: InputMaybe<LocationFilter>;
};


export type QuerySourcingProfileArgs = {
  channel: SalesChannel;
};

/** The weight of each criterion in the objective the router minimises (0: ignored). docs/routing.md defines each term. */
export type RoutingWeights = {
  __typename?: 'RoutingWeights';
  capacityUse: Scalars['Float']['output'];
  cost: Scalars['Float']['output'];
  distanceKm: Scalars['Float']['output'];
  extraShipment: Scalars['Float']['output'];
  lateHour: Scalars['Float']['output'];
  rank: Scalars['Float']['output'];
  stockBalance: Scalars['Float']['output'];
};

export type RoutingWeightsInput = {
  capacityUse?: InputMaybe<Scalars['Float']['input']>;
  cost?: InputMaybe<Scalars['Float']['input']>;
  distanceKm?: InputMaybe<Scalars['Float']['input']>;
  extraShipment?: InputMaybe<Scalars['Float']['input']>;
  lateHour?: InputMaybe<Scalars['Float']['input']>;
  rank?: InputMaybe<Scalars['Float']['input']>;
  stockBalance?: InputMaybe<Scalars['Float']['input']>;
};

export type SalesChannel =
  | 'APP'
  | 'B2B'
  | 'KIOSK'
  | 'MARKETPLACE'
  | 'POS'
  | 'SOCIAL'
  | 'WEB';

/** How orders of one sales channel are routed: hard constraints and weighted criteria (docs/routing.md). */
export type SourcingProfile = {
  __typename?: 'SourcingProfile';
  /** A line that cannot be served now waits for incoming stock instead of failing. */
  allowBackorder: Scalars['Boolean']['output'];
  channel: SalesChannel;
  /** Never promise a node's safety stock. */
  keepSafetyStock: Scalars['Boolean']['output'];
  /** Node types the router may use. */
  locationTypes: Array<LocationType>;
  /** Farthest a shipping node may be from the destination; null: no limit. */
  maxDistanceKm: Maybe<Scalars['Float']['output']>;
  /** At most this many shipments (distinct nodes) per order: max splits + 1. */
  maxShipments: Scalars['Int']['output'];
  /** A pickup may be moved to another store this close to the chosen one; null: only the chosen store. */
  pickupRadiusKm: Maybe<Scalars['Float']['output']>;
  /** Only nodes with capacity left today. */
  requireCapacity: Scalars['Boolean']['output'];
  /** All shipped lines from one node, or not at all. */
  shipComplete: Scalars['Boolean']['output'];
  /** The delivery promise target in hours from the order. */
  slaHours: Scalars['Int']['output'];
  /** Only nodes in the destination's country. */
  stayInCountry: Scalars['Boolean']['output'];
  updatedAt: Scalars['String']['output'];
  updatedBy: Maybe<Scalars['String']['output']>;
  weights: RoutingWeights;
};

/**
 * Changes one channel's profile; omitted settings stay as they are. Limits: maxShipments 1 to 10,
 * maxDistanceKm and pickupRadiusKm 0 to 20,000, slaHours 1 to 2,160, each weight 0 to 1,000,000.
 */
export type SourcingProfileInput = {
  allowBackorder?: InputMaybe<Scalars['Boolean']['input']>;
  channel: SalesChannel;
  keepSafetyStock?: InputMaybe<Scalars['Boolean']['input']>;
  locationTypes?: InputMaybe<Array<LocationType>>;
  maxDistanceKm?: InputMaybe<Scalars['Float']['input']>;
  maxShipments?: InputMaybe<Scalars['Int']['input']>;
  /** True removes the distance limit (maxDistanceKm null). */
  noDistanceLimit?: InputMaybe<Scalars['Boolean']['input']>;
  pickupRadiusKm?: InputMaybe<Scalars['Float']['input']>;
  requireCapacity?: InputMaybe<Scalars['Boolean']['input']>;
  shipComplete?: InputMaybe<Scalars['Boolean']['input']>;
  slaHours?: InputMaybe<Scalars['Int']['input']>;
  stayInCountry?: InputMaybe<Scalars['Boolean']['input']>;
  weights?: InputMaybe<RoutingWeightsInput>;
};

export type SourcingProfileResult = FulfillmentError | SourcingProfile;

export type UpdateLocationInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Replaces the opening hours when given: at most one entry per weekday, closes after opens. */
  businessHours?: InputMaybe<Array<BusinessHoursInput>>;
  /** Replaces the capability set when given. */
  capabilities?: InputMaybe<Array<FulfillmentCapability>>;
  /** 0 to 1,000,000. */
  capacityPerDay?: InputMaybe<Scalars['Int']['input']>;
  /** Local "HH:MM". */
  cutoffTime?: InputMaybe<Scalars['String']['input']>;
  /** 0 to 720. */
  handlingTimeHours?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};

export type UpdateLocationResult = FulfillmentError | Location;

export type UpdateLocationRoutingInput = {
  /** Minor units per km, 0 to 10,000. */
  costPerKm?: InputMaybe<Scalars['Float']['input']>;
  /** Minor units, 0 to 1,000,000. */
  costPerShipment?: InputMaybe<Scalars['Int']['input']>;
  geo?: InputMaybe<GeoPointInput>;
  id: Scalars['ID']['input'];
  /** 0 to 1000, lower preferred. */
  rank?: InputMaybe<Scalars['Int']['input']>;
  /** An IANA time zone, e.g. Europe/Paris. */
  timezone?: InputMaybe<Scalars['String']['input']>;
};

export type Variant = {
  __typename?: 'Variant';
  sku: Scalars['String']['output'];
};

export type Weekday =
  | 'FRI'
  | 'MON'
  | 'SAT'
  | 'SUN'
  | 'THU'
  | 'TUE'
  | 'WED';

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
  FulfillmentOrder: FulfillmentOrder;
  Location: Location;
  Order: Order;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  FulfillmentOrder:
    ( { __typename: 'FulfillmentOrder' }
    & GraphQLRecursivePick<FederationTypes['FulfillmentOrder'], {"id":true}> );
  Location:
    ( { __typename: 'Location' }
    & GraphQLRecursivePick<FederationTypes['Location'], {"id":true}> );
  Order:
    ( { __typename: 'Order' }
    & GraphQLRecursivePick<FederationTypes['Order'], {"id":true}> );
}>;

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  SourcingProfileResult:
    | ( FulfillmentError & { __typename: 'FulfillmentError' } )
    | ( SourcingProfileDoc & { __typename: 'SourcingProfile' } )
  ;
  UpdateLocationResult:
    | ( FulfillmentError & { __typename: 'FulfillmentError' } )
    | ( LocationDoc & { __typename: 'Location' } )
  ;
}>;


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Address: ResolverTypeWrapper<Address>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  BusinessHours: ResolverTypeWrapper<BusinessHours>;
  BusinessHoursInput: BusinessHoursInput;
  DeliveryMethod: DeliveryMethod;
  FulfillmentCapability: FulfillmentCapability;
  FulfillmentError: ResolverTypeWrapper<FulfillmentError>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  FulfillmentErrorCode: FulfillmentErrorCode;
  FulfillmentOrder: ResolverTypeWrapper<FulfillmentOrderDoc>;
  FulfillmentOrderLine: ResolverTypeWrapper<FulfillmentOrderLineModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  FulfillmentOrderStatus: FulfillmentOrderStatus;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GeoPointInput: GeoPointInput;
  Location: ResolverTypeWrapper<LocationDoc>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  LocationFilter: LocationFilter;
  LocationLoad: ResolverTypeWrapper<LocationLoad>;
  LocationType: LocationType;
  Money: ResolverTypeWrapper<Money>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Order: ResolverTypeWrapper<OrderRef>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RoutingWeights: ResolverTypeWrapper<RoutingWeights>;
  RoutingWeightsInput: RoutingWeightsInput;
  SalesChannel: SalesChannel;
  SourcingProfile: ResolverTypeWrapper<SourcingProfileDoc>;
  SourcingProfileInput: SourcingProfileInput;
  SourcingProfileResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SourcingProfileResult']>;
  UpdateLocationInput: UpdateLocationInput;
  UpdateLocationResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['UpdateLocationResult']>;
  UpdateLocationRoutingInput: UpdateLocationRoutingInput;
  Variant: ResolverTypeWrapper<Variant>;
  Weekday: Weekday;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Address: Address;
  String: Scalars['String']['output'];
  BusinessHours: BusinessHours;
  BusinessHoursInput: BusinessHoursInput;
  FulfillmentError: FulfillmentError;
  ID: Scalars['ID']['output'];
  FulfillmentOrder: FulfillmentOrderDoc;
  FulfillmentOrderLine: FulfillmentOrderLineModel;
  Int: Scalars['Int']['output'];
  GeoPoint: GeoPoint;
  Float: Scalars['Float']['output'];
  GeoPointInput: GeoPointInput;
  Location: LocationDoc;
  Boolean: Scalars['Boolean']['output'];
  LocationFilter: LocationFilter;
  LocationLoad: LocationLoad;
  Money: Money;
  Mutation: Record<PropertyKey, never>;
  Order: OrderRef;
  Query: Record<PropertyKey, never>;
  RoutingWeights: RoutingWeights;
  RoutingWeightsInput: RoutingWeightsInput;
  SourcingProfile: SourcingProfileDoc;
  SourcingProfileInput: SourcingProfileInput;
  SourcingProfileResult: ResolversUnionTypes<ResolversParentTypes>['SourcingProfileResult'];
  UpdateLocationInput: UpdateLocationInput;
  UpdateLocationResult: ResolversUnionTypes<ResolversParentTypes>['UpdateLocationResult'];
  UpdateLocationRoutingInput: UpdateLocationRoutingInput;
  Variant: Variant;
}>;

export type AddressResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['Address'] = ResolversParentTypes['Address']> = ResolversObject<{
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  countryCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line1?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postalCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type BusinessHoursResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['BusinessHours'] = ResolversParentTypes['BusinessHours']> = ResolversObject<{
  closes?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  day?: Resolver<ResolversTypes['Weekday'], ParentType, ContextType>;
  opens?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FulfillmentErrorResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['FulfillmentError'] = ResolversParentTypes['FulfillmentError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['FulfillmentErrorCode'], ParentType, ContextType>;
  locationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FulfillmentOrderResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['FulfillmentOrder'] = ResolversParentTypes['FulfillmentOrder'], FederationReferenceType extends FederationReferenceTypes['FulfillmentOrder'] = FederationReferenceTypes['FulfillmentOrder']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['FulfillmentOrder']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deliveryMethod?: Resolver<ResolversTypes['DeliveryMethod'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['FulfillmentOrderLine']>, ParentType, ContextType>;
  location?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  promisedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rejectionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FulfillmentOrderStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FulfillmentOrderLineResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['FulfillmentOrderLine'] = ResolversParentTypes['FulfillmentOrderLine']> = ResolversObject<{
  orderLineId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  variant?: Resolver<Maybe<ResolversTypes['Variant']>, ParentType, ContextType>;
}>;

export type GeoPointResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['GeoPoint'] = ResolversParentTypes['GeoPoint']> = ResolversObject<{
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lng?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type LocationResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['Location'] = ResolversParentTypes['Location'], FederationReferenceType extends FederationReferenceTypes['Location'] = FederationReferenceTypes['Location']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Location']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  address?: Resolver<ResolversTypes['Address'], ParentType, ContextType>;
  businessHours?: Resolver<Array<ResolversTypes['BusinessHours']>, ParentType, ContextType>;
  capabilities?: Resolver<Array<ResolversTypes['FulfillmentCapability']>, ParentType, ContextType>;
  capacityPerDay?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  costPerKm?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  costPerShipment?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  cutoffTime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  geo?: Resolver<ResolversTypes['GeoPoint'], ParentType, ContextType>;
  handlingTimeHours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  load?: Resolver<ResolversTypes['LocationLoad'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  timezone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['LocationType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type LocationLoadResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['LocationLoad'] = ResolversParentTypes['LocationLoad']> = ResolversObject<{
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  taken?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MoneyResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currencyCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  updateLocation?: Resolver<Maybe<ResolversTypes['UpdateLocationResult']>, ParentType, ContextType, RequireFields<MutationUpdateLocationArgs, 'input'>>;
  updateLocationRouting?: Resolver<Maybe<ResolversTypes['UpdateLocationResult']>, ParentType, ContextType, RequireFields<MutationUpdateLocationRoutingArgs, 'input'>>;
  updateSourcingProfile?: Resolver<Maybe<ResolversTypes['SourcingProfileResult']>, ParentType, ContextType, RequireFields<MutationUpdateSourcingProfileArgs, 'input'>>;
}>;

export type OrderResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'], FederationReferenceType extends FederationReferenceTypes['Order'] = FederationReferenceTypes['Order']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Order']> | FederationReferenceType, FederationReferenceType, ContextType>;
  fulfillmentOrders?: Resolver<Maybe<Array<ResolversTypes['FulfillmentOrder']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  fulfillmentOrder?: Resolver<Maybe<ResolversTypes['FulfillmentOrder']>, ParentType, ContextType, RequireFields<QueryFulfillmentOrderArgs, 'id'>>;
  location?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType, RequireFields<QueryLocationArgs, 'id'>>;
  locations?: Resolver<Array<ResolversTypes['Location']>, ParentType, ContextType, Partial<QueryLocationsArgs>>;
  sourcingProfile?: Resolver<Maybe<ResolversTypes['SourcingProfile']>, ParentType, ContextType, RequireFields<QuerySourcingProfileArgs, 'channel'>>;
  sourcingProfiles?: Resolver<Maybe<Array<ResolversTypes['SourcingProfile']>>, ParentType, ContextType>;
}>;

export type RoutingWeightsResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['RoutingWeights'] = ResolversParentTypes['RoutingWeights']> = ResolversObject<{
  capacityUse?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  cost?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  distanceKm?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  extraShipment?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lateHour?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  stockBalance?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SourcingProfileResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['SourcingProfile'] = ResolversParentTypes['SourcingProfile']> = ResolversObject<{
  allowBackorder?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['SalesChannel'], ParentType, ContextType>;
  keepSafetyStock?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  locationTypes?: Resolver<Array<ResolversTypes['LocationType']>, ParentType, ContextType>;
  maxDistanceKm?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  maxShipments?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pickupRadiusKm?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  requireCapacity?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  shipComplete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  slaHours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stayInCountry?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  weights?: Resolver<ResolversTypes['RoutingWeights'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SourcingProfileResultResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['SourcingProfileResult'] = ResolversParentTypes['SourcingProfileResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'FulfillmentError' | 'SourcingProfile', ParentType, ContextType>;
}>;

export type UpdateLocationResultResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['UpdateLocationResult'] = ResolversParentTypes['UpdateLocationResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'FulfillmentError' | 'Location', ParentType, ContextType>;
}>;

export type VariantResolvers<ContextType = FulfillmentContext, ParentType extends ResolversParentTypes['Variant'] = ResolversParentTypes['Variant']> = ResolversObject<{
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = FulfillmentContext> = ResolversObject<{
  Address?: AddressResolvers<ContextType>;
  BusinessHours?: BusinessHoursResolvers<ContextType>;
  FulfillmentError?: FulfillmentErrorResolvers<ContextType>;
  FulfillmentOrder?: FulfillmentOrderResolvers<ContextType>;
  FulfillmentOrderLine?: FulfillmentOrderLineResolvers<ContextType>;
  GeoPoint?: GeoPointResolvers<ContextType>;
  Location?: LocationResolvers<ContextType>;
  LocationLoad?: LocationLoadResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RoutingWeights?: RoutingWeightsResolvers<ContextType>;
  SourcingProfile?: SourcingProfileResolvers<ContextType>;
  SourcingProfileResult?: SourcingProfileResultResolvers<ContextType>;
  UpdateLocationResult?: UpdateLocationResultResolvers<ContextType>;
  Variant?: VariantResolvers<ContextType>;
}>;


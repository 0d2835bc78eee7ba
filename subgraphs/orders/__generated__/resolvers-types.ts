import type { GraphQLResolveInfo } from 'graphql';
import type { OrderDoc, OrderLineDoc, OrderNoteDoc } from '../model';
import type { CustomerRef } from '../mappers';
import type { OrdersContext } from '../context';
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

export type AddOrderNoteInput = {
  /** Retrying with the same key adds the note once. */
  idempotencyKey: Scalars['String']['input'];
  orderId: Scalars['ID']['input'];
  /** 1 to 2000 characters. */
  text: Scalars['String']['input'];
};

export type AddOrderNoteResult = Order | OrderError;

export type Customer = {
  __typename?: 'Customer';
  id: Scalars['ID']['output'];
  /** Most recent first. */
  orders: Maybe<Array<Order>>;
};


export type CustomerOrdersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type DeliveryMethod =
  | 'CARRY_OUT'
  | 'PICKUP_IN_STORE'
  | 'SHIP'
  | 'SHIP_TO_STORE';

export type InventoryLevel = {
  __typename?: 'InventoryLevel';
  locationId: Scalars['ID']['output'];
  sku: Scalars['String']['output'];
};

export type Location = {
  __typename?: 'Location';
  id: Scalars['ID']['output'];
};

export type MissingStock = {
  __typename?: 'MissingStock';
  lineId: Scalars['ID']['output'];
  missing: Scalars['Int']['output'];
  sku: Scalars['String']['output'];
};

export type Money = {
  __typename?: 'Money';
  /** Integer minor units (cents). */
  amount: Scalars['Int']['output'];
  currencyCode: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Add a customer-service or store note to an order (idempotent by key). */
  addOrderNote: Maybe<AddOrderNoteResult>;
  /**
   * Place a direct order: priced for its channel, routed on the live network (stock held, one
   * fulfillment order per node), then stored. Customers for themselves, store staff at their store,
   * marketplace partners for their channel, internal services, operators.
   */
  placeOrder: Maybe<PlaceOrderResult>;
};


export type MutationAddOrderNoteArgs = {
  input: AddOrderNoteInput;
};


export type MutationPlaceOrderArgs = {
  input: PlaceOrderInput;
};

export type Order = {
  __typename?: 'Order';
  channel: SalesChannel;
  customer: Maybe<Customer>;
  externalId: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  lines: Array<OrderLine>;
  notes: Array<OrderNote>;
  /** Human-facing order number, e.g. R100042. */
  number: Scalars['String']['output'];
  placedAt: Scalars['String']['output'];
  shippingTotal: Money;
  status: OrderStatus;
  /** Store where a POS or kiosk order was taken. */
  storeLocation: Maybe<Location>;
  subtotal: Money;
  total: Money;
  updatedAt: Scalars['String']['output'];
};

export type OrderDestinationInput = {
  /** ISO 3166-1 alpha-2, e.g. FR. */
  countryCode: Scalars['String']['input'];
  lat: Scalars['Float']['input'];
  lng: Scalars['Float']['input'];
};

export type OrderError = {
  __typename?: 'OrderError';
  code: OrderErrorCode;
  message: Scalars['String']['output'];
  orderId: Maybe<Scalars['ID']['output']>;
};

export type OrderErrorCode =
  | 'IDEMPOTENCY_CONFLICT'
  | 'INVALID_NOTE'
  | 'ORDER_NOT_FOUND';

export type OrderLine = {
  __typename?: 'OrderLine';
  deliveryMethod: DeliveryMethod;
  id: Scalars['ID']['output'];
  lineTotal: Money;
  /** Live stock of this line's SKU at its pickup store (PICKUP_IN_STORE / SHIP_TO_STORE / CARRY_OUT lines). */
  pickupInventory: Maybe<InventoryLevel>;
  pickupLocation: Maybe<Location>;
  quantity: Scalars['Int']['output'];
  unitPrice: Money;
  /** Owned by catalog: null (with an error) when catalog cannot answer, so the rest of the order stays. */
  variant: Maybe<Variant>;
};

export type OrderNote = {
  __typename?: 'OrderNote';
  author: Scalars['String']['output'];
  createdAt: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  text: Scalars['String']['output'];
};

/** The order was not placed; nothing was held or stored. */
export type OrderPlacementError = {
  __typename?: 'OrderPlacementError';
  code: OrderPlacementErrorCode;
  /** The input at fault, e.g. lines[2].quantity. */
  field: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
  /** What is missing, per line, when stock is short. */
  missingStock: Array<MissingStock>;
};

export type OrderPlacementErrorCode =
  | 'IDEMPOTENCY_CONFLICT'
  | 'INVALID_ORDER'
  | 'NO_ELIGIBLE_NODE'
  | 'OUT_OF_STOCK'
  | 'PICKUP_STORE_UNAVAILABLE'
  | 'STOCK_CHANGED'
  | 'TOO_MANY_SHIPMENTS'
  | 'UNKNOWN_SKU';

export type OrderStatus =
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'FULFILLED'
  | 'PARTIALLY_FULFILLED'
  | 'PENDING';

/** A direct order (no cart yet): 1 to 50 lines, at most 5,000 units in all. */
export type PlaceOrderInput = {
  channel: SalesChannel;
  /** The shopper; a signed-in customer may only place their own (default: themself). */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  deliveryMethod?: InputMaybe<DeliveryMethod>;
  /** Required when a line ships. */
  destination?: InputMaybe<OrderDestinationInput>;
  /** One order per key (1 to 200 characters): a retry answers the same order; the same key with another request is IDEMPOTENCY_CONFLICT. */
  idempotencyKey: Scalars['String']['input'];
  lines: Array<PlaceOrderLineInput>;
  pickupLocationId?: InputMaybe<Scalars['ID']['input']>;
  /** Where a POS or kiosk order is taken: store staff may only place orders at their own store. */
  storeLocationId?: InputMaybe<Scalars['ID']['input']>;
};

export type PlaceOrderLineInput = {
  /** Default: the order's deliveryMethod, else SHIP. */
  deliveryMethod?: InputMaybe<DeliveryMethod>;
  /** The store a collected line is picked up at (default: the order's pickupLocationId). */
  pickupLocationId?: InputMaybe<Scalars['ID']['input']>;
  /** 1 to 999. */
  quantity: Scalars['Int']['input'];
  sku: Scalars['String']['input'];
};

export type PlaceOrderResult = OrderPlacementError | PlacedOrder;

export type PlacedOrder = {
  __typename?: 'PlacedOrder';
  order: Order;
  /** True when this key had placed the order before: nothing new was held or stored. */
  replay: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** An order by id. Unknown id: null plus a NOT_FOUND error. */
  order: Maybe<Order>;
  orderByNumber: Maybe<Order>;
};


export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrderByNumberArgs = {
  number: Scalars['String']['input'];
};

export type SalesChannel =
  | 'APP'
  | 'B2B'
  | 'KIOSK'
  | 'MARKETPLACE'
  | 'POS'
  | 'SOCIAL'
  | 'WEB';

export type Variant = {
  __typename?: 'Variant';
  sku: Scalars['String']['output'];
};

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
  Order: Order;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"id":true}> );
  Order:
    ( { __typename: 'Order' }
    & GraphQLRecursivePick<FederationTypes['Order'], {"id":true}> );
}>;

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  AddOrderNoteResult:
    | ( OrderDoc & { __typename: 'Order' } )
    | ( OrderError & { __typename: 'OrderError' } )
  ;
  PlaceOrderResult:
    | ( OrderPlacementError & { __typename: 'OrderPlacementError' } )
    | ( Omit<PlacedOrder, 'order'> & { order: _RefType['Order'] } & { __typename: 'PlacedOrder' } )
  ;
}>;


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AddOrderNoteInput: AddOrderNoteInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AddOrderNoteResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['AddOrderNoteResult']>;
  Customer: ResolverTypeWrapper<CustomerRef>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  DeliveryMethod: DeliveryMethod;
  InventoryLevel: ResolverTypeWrapper<InventoryLevel>;
  Location: ResolverTypeWrapper<Location>;
  MissingStock: ResolverTypeWrapper<MissingStock>;
  Money: ResolverTypeWrapper<Money>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Order: ResolverTypeWrapper<OrderDoc>;
  OrderDestinationInput: OrderDestinationInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  OrderError: ResolverTypeWrapper<OrderError>;
  OrderErrorCode: OrderErrorCode;
  OrderLine: ResolverTypeWrapper<OrderLineDoc>;
  OrderNote: ResolverTypeWrapper<OrderNoteDoc>;
  OrderPlacementError: ResolverTypeWrapper<OrderPlacementError>;
  OrderPlacementErrorCode: OrderPlacementErrorCode;
  OrderStatus: OrderStatus;
  PlaceOrderInput: PlaceOrderInput;
  PlaceOrderLineInput: PlaceOrderLineInput;
  PlaceOrderResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['PlaceOrderResult']>;
  PlacedOrder: ResolverTypeWrapper<Omit<PlacedOrder, 'order'> & { order: ResolversTypes['Order'] }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SalesChannel: SalesChannel;
  Variant: ResolverTypeWrapper<Variant>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AddOrderNoteInput: AddOrderNoteInput;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  AddOrderNoteResult: ResolversUnionTypes<ResolversParentTypes>['AddOrderNoteResult'];
  Customer: CustomerRef;
  Int: Scalars['Int']['output'];
  InventoryLevel: InventoryLevel;
  Location: Location;
  MissingStock: MissingStock;
  Money: Money;
  Mutation: Record<PropertyKey, never>;
  Order: OrderDoc;
  OrderDestinationInput: OrderDestinationInput;
  Float: Scalars['Float']['output'];
  OrderError: OrderError;
  OrderLine: OrderLineDoc;
  OrderNote: OrderNoteDoc;
  OrderPlacementError: OrderPlacementError;
  PlaceOrderInput: PlaceOrderInput;
  PlaceOrderLineInput: PlaceOrderLineInput;
  PlaceOrderResult: ResolversUnionTypes<ResolversParentTypes>['PlaceOrderResult'];
  PlacedOrder: Omit<PlacedOrder, 'order'> & { order: ResolversParentTypes['Order'] };
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  Variant: Variant;
}>;

export type AddOrderNoteResultResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['AddOrderNoteResult'] = ResolversParentTypes['AddOrderNoteResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Order' | 'OrderError', ParentType, ContextType>;
}>;

export type CustomerResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orders?: Resolver<Maybe<Array<ResolversTypes['Order']>>, ParentType, ContextType, RequireFields<CustomerOrdersArgs, 'first'>>;
}>;

export type InventoryLevelResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['InventoryLevel'] = ResolversParentTypes['InventoryLevel']> = ResolversObject<{
  locationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LocationResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Location'] = ResolversParentTypes['Location']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MissingStockResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['MissingStock'] = ResolversParentTypes['MissingStock']> = ResolversObject<{
  lineId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  missing?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MoneyResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currencyCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addOrderNote?: Resolver<Maybe<ResolversTypes['AddOrderNoteResult']>, ParentType, ContextType, RequireFields<MutationAddOrderNoteArgs, 'input'>>;
  placeOrder?: Resolver<Maybe<ResolversTypes['PlaceOrderResult']>, ParentType, ContextType, RequireFields<MutationPlaceOrderArgs, 'input'>>;
}>;

export type OrderResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'], FederationReferenceType extends FederationReferenceTypes['Order'] = FederationReferenceTypes['Order']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Order']> | FederationReferenceType, FederationReferenceType, ContextType>;
  channel?: Resolver<ResolversTypes['SalesChannel'], ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['OrderLine']>, ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['OrderNote']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  placedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shippingTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
  storeLocation?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  subtotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrderErrorResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['OrderError'] = ResolversParentTypes['OrderError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['OrderErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orderId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrderLineResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['OrderLine'] = ResolversParentTypes['OrderLine']> = ResolversObject<{
  deliveryMethod?: Resolver<ResolversTypes['DeliveryMethod'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lineTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  pickupInventory?: Resolver<Maybe<ResolversTypes['InventoryLevel']>, ParentType, ContextType>;
  pickupLocation?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  variant?: Resolver<Maybe<ResolversTypes['Variant']>, ParentType, ContextType>;
}>;

export type OrderNoteResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['OrderNote'] = ResolversParentTypes['OrderNote']> = ResolversObject<{
  author?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type OrderPlacementErrorResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['OrderPlacementError'] = ResolversParentTypes['OrderPlacementError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['OrderPlacementErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  missingStock?: Resolver<Array<ResolversTypes['MissingStock']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PlaceOrderResultResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['PlaceOrderResult'] = ResolversParentTypes['PlaceOrderResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'OrderPlacementError' | 'PlacedOrder', ParentType, ContextType>;
}>;

export type PlacedOrderResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['PlacedOrder'] = ResolversParentTypes['PlacedOrder']> = ResolversObject<{
  order?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
  replay?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType, RequireFields<QueryOrderArgs, 'id'>>;
  orderByNumber?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType, RequireFields<QueryOrderByNumberArgs, 'number'>>;
}>;

export type VariantResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Variant'] = ResolversParentTypes['Variant']> = ResolversObject<{
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = OrdersContext> = ResolversObject<{
  AddOrderNoteResult?: AddOrderNoteResultResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  InventoryLevel?: InventoryLevelResolvers<ContextType>;
  Location?: LocationResolvers<ContextType>;
  MissingStock?: MissingStockResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  OrderError?: OrderErrorResolvers<ContextType>;
  OrderLine?: OrderLineResolvers<ContextType>;
  OrderNote?: OrderNoteResolvers<ContextType>;
  OrderPlacementError?: OrderPlacementErrorResolvers<ContextType>;
  PlaceOrderResult?: PlaceOrderResultResolvers<ContextType>;
  PlacedOrder?: PlacedOrderResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Variant?: VariantResolvers<ContextType>;
}>;


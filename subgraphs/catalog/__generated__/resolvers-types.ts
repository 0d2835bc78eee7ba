import type { GraphQLResolveInfo } from 'graphql';
import type { ProductDoc, VariantDoc, InventoryLevelDoc, PriceDoc } from '../model';
import type { LocationRef, InventoryAdjustmentResult } from '../mappers';
import type { CatalogContext } from '../context';
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

export type AdjustInventoryInput = {
  /** Signed change to onHand (non-zero). */
  delta: Scalars['Int']['input'];
  locationId: Scalars['ID']['input'];
  reason: InventoryAdjustmentReason;
  sku: Scalars['String']['input'];
  /** Id of the WMS / POS event; a replay with the same id is applied once. */
  sourceEventId: Scalars['String']['input'];
};

export type AdjustInventoryResult = CatalogError | InventoryAdjustment;

export type CatalogError = {
  __typename?: 'CatalogError';
  code: CatalogErrorCode;
  locationId: Maybe<Scalars['ID']['output']>;
  message: Scalars['String']['output'];
  sku: Maybe<Scalars['String']['output']>;
};

export type CatalogErrorCode =
  | 'IDEMPOTENCY_CONFLICT'
  | 'INSUFFICIENT_STOCK'
  | 'INVALID_QUANTITY'
  | 'UNKNOWN_POSITION'
  | 'UNKNOWN_SKU';

export type IncomingStock = {
  __typename?: 'IncomingStock';
  expectedAt: Scalars['String']['output'];
  quantity: Scalars['Int']['output'];
};

export type InventoryAdjustment = {
  __typename?: 'InventoryAdjustment';
  /** False when this request replayed an already applied event. */
  applied: Scalars['Boolean']['output'];
  delta: Scalars['Int']['output'];
  inventoryLevel: InventoryLevel;
  sourceEventId: Scalars['String']['output'];
};

export type InventoryAdjustmentReason =
  | 'CORRECTION'
  | 'CYCLE_COUNT'
  | 'DAMAGED'
  | 'RECEIVED'
  | 'RETURN_RESTOCK'
  | 'SHRINKAGE';

/**
 * Stock of one SKU at one location, in Shopify's inventory states.
 * onHand = available + committed + reserved + damaged + safetyStock + qualityControl.
 */
export type InventoryLevel = {
  __typename?: 'InventoryLevel';
  /** Derived; never negative. */
  available: Scalars['Int']['output'];
  committed: Scalars['Int']['output'];
  damaged: Scalars['Int']['output'];
  incoming: Array<IncomingStock>;
  location: Location;
  locationId: Scalars['ID']['output'];
  onHand: Scalars['Int']['output'];
  qualityControl: Scalars['Int']['output'];
  reserved: Scalars['Int']['output'];
  safetyStock: Scalars['Int']['output'];
  /** Increments on every change to this position. */
  sequence: Scalars['Int']['output'];
  sku: Scalars['String']['output'];
  updatedAt: Scalars['String']['output'];
  variant: Variant;
};

/** Catalog contributes stock to the network's locations (owned by fulfillment). */
export type Location = {
  __typename?: 'Location';
  id: Scalars['ID']['output'];
  inventoryLevel: Maybe<InventoryLevel>;
};


/** Catalog contributes stock to the network's locations (owned by fulfillment). */
export type LocationInventoryLevelArgs = {
  sku: Scalars['String']['input'];
};

export type Money = {
  __typename?: 'Money';
  /** Integer minor units (cents). */
  amount: Scalars['Int']['output'];
  currencyCode: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adjust on-hand stock at a location (WMS / POS / count correction), idempotent by sourceEventId. */
  adjustInventory: AdjustInventoryResult;
};


export type MutationAdjustInventoryArgs = {
  input: AdjustInventoryInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Price = {
  __typename?: 'Price';
  amount: Money;
  channel: SalesChannel;
  compareAt: Maybe<Money>;
};

export type Product = {
  __typename?: 'Product';
  brand: Scalars['String']['output'];
  category: Scalars['String']['output'];
  description: Scalars['String']['output'];
  handle: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  status: ProductStatus;
  tags: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  variants: Array<Variant>;
};

export type ProductConnection = {
  __typename?: 'ProductConnection';
  edges: Array<ProductEdge>;
  pageInfo: PageInfo;
};

export type ProductEdge = {
  __typename?: 'ProductEdge';
  cursor: Scalars['String']['output'];
  node: Product;
};

export type ProductFilter = {
  brand?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ProductStatus>;
};

export type ProductStatus =
  | 'ACTIVE'
  | 'ARCHIVED'
  | 'DRAFT';

export type Query = {
  __typename?: 'Query';
  inventoryLevel: Maybe<InventoryLevel>;
  /** A product by id. Unknown id: null plus a NOT_FOUND error. */
  product: Maybe<Product>;
  productByHandle: Maybe<Product>;
  /** Products ordered by id, with cursor pagination (first ≤ 100). */
  products: ProductConnection;
  /** A variant by SKU. Unknown SKU: null plus a NOT_FOUND error. */
  variant: Maybe<Variant>;
};


export type QueryInventoryLevelArgs = {
  locationId: Scalars['ID']['input'];
  sku: Scalars['String']['input'];
};


export type QueryProductArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProductByHandleArgs = {
  handle: Scalars['String']['input'];
};


export type QueryProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProductFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryVariantArgs = {
  sku: Scalars['String']['input'];
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
  barcode: Scalars['String']['output'];
  /** Stock positions at every location that stocks this variant (or only the given ones). */
  inventoryLevels: Array<InventoryLevel>;
  options: Array<VariantOption>;
  /** Price for a sales channel; null when the variant is not sold on that channel. */
  price: Maybe<Price>;
  prices: Array<Price>;
  product: Product;
  sku: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** Sum of available over all locations. */
  totalAvailable: Scalars['Int']['output'];
  weightGrams: Scalars['Int']['output'];
};


export type VariantInventoryLevelsArgs = {
  locationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type VariantPriceArgs = {
  channel: SalesChannel;
};

export type VariantOption = {
  __typename?: 'VariantOption';
  name: Scalars['String']['output'];
  value: Scalars['String']['output'];
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
  InventoryLevel: InventoryLevel;
  Location: Location;
  Product: Product;
  Variant: Variant;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  InventoryLevel:
    ( { __typename: 'InventoryLevel' }
    & GraphQLRecursivePick<FederationTypes['InventoryLevel'], {"sku":true,"locationId":true}> );
  Location:
    ( { __typename: 'Location' }
    & GraphQLRecursivePick<FederationTypes['Location'], {"id":true}> );
  Product:
    ( { __typename: 'Product' }
    & GraphQLRecursivePick<FederationTypes['Product'], {"id":true}> );
  Variant:
    ( { __typename: 'Variant' }
    & GraphQLRecursivePick<FederationTypes['Variant'], {"sku":true}> );
}>;

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  AdjustInventoryResult:
    | ( CatalogError & { __typename: 'CatalogError' } )
    | ( InventoryAdjustmentResult & { __typename: 'InventoryAdjustment' } )
  ;
}>;


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AdjustInventoryInput: AdjustInventoryInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AdjustInventoryResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['AdjustInventoryResult']>;
  CatalogError: ResolverTypeWrapper<CatalogError>;
  CatalogErrorCode: CatalogErrorCode;
  IncomingStock: ResolverTypeWrapper<IncomingStock>;
  InventoryAdjustment: ResolverTypeWrapper<InventoryAdjustmentResult>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  InventoryAdjustmentReason: InventoryAdjustmentReason;
  InventoryLevel: ResolverTypeWrapper<InventoryLevelDoc>;
  Location: ResolverTypeWrapper<LocationRef>;
  Money: ResolverTypeWrapper<Money>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Price: ResolverTypeWrapper<PriceDoc>;
  Product: ResolverTypeWrapper<ProductDoc>;
  ProductConnection: ResolverTypeWrapper<Omit<ProductConnection, 'edges'> & { edges: Array<ResolversTypes['ProductEdge']> }>;
  ProductEdge: ResolverTypeWrapper<Omit<ProductEdge, 'node'> & { node: ResolversTypes['Product'] }>;
  ProductFilter: ProductFilter;
  ProductStatus: ProductStatus;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SalesChannel: SalesChannel;
  Variant: ResolverTypeWrapper<VariantDoc>;
  VariantOption: ResolverTypeWrapper<VariantOption>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AdjustInventoryInput: AdjustInventoryInput;
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  AdjustInventoryResult: ResolversUnionTypes<ResolversParentTypes>['AdjustInventoryResult'];
  CatalogError: CatalogError;
  IncomingStock: IncomingStock;
  InventoryAdjustment: InventoryAdjustmentResult;
  Boolean: Scalars['Boolean']['output'];
  InventoryLevel: InventoryLevelDoc;
  Location: LocationRef;
  Money: Money;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Price: PriceDoc;
  Product: ProductDoc;
  ProductConnection: Omit<ProductConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProductEdge']> };
  ProductEdge: Omit<ProductEdge, 'node'> & { node: ResolversParentTypes['Product'] };
  ProductFilter: ProductFilter;
  Query: Record<PropertyKey, never>;
  Variant: VariantDoc;
  VariantOption: VariantOption;
}>;

export type AdjustInventoryResultResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['AdjustInventoryResult'] = ResolversParentTypes['AdjustInventoryResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'CatalogError' | 'InventoryAdjustment', ParentType, ContextType>;
}>;

export type CatalogErrorResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['CatalogError'] = ResolversParentTypes['CatalogError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['CatalogErrorCode'], ParentType, ContextType>;
  locationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sku?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type IncomingStockResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['IncomingStock'] = ResolversParentTypes['IncomingStock']> = ResolversObject<{
  expectedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InventoryAdjustmentResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['InventoryAdjustment'] = ResolversParentTypes['InventoryAdjustment']> = ResolversObject<{
  applied?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  delta?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inventoryLevel?: Resolver<ResolversTypes['InventoryLevel'], ParentType, ContextType>;
  sourceEventId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InventoryLevelResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['InventoryLevel'] = ResolversParentTypes['InventoryLevel'], FederationReferenceType extends FederationReferenceTypes['InventoryLevel'] = FederationReferenceTypes['InventoryLevel']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['InventoryLevel']> | FederationReferenceType, FederationReferenceType, ContextType>;
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  committed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  damaged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  incoming?: Resolver<Array<ResolversTypes['IncomingStock']>, ParentType, ContextType>;
  location?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
  locationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  onHand?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  qualityControl?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reserved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  safetyStock?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  variant?: Resolver<ResolversTypes['Variant'], ParentType, ContextType>;
}>;

export type LocationResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Location'] = ResolversParentTypes['Location'], FederationReferenceType extends FederationReferenceTypes['Location'] = FederationReferenceTypes['Location']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Location']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inventoryLevel?: Resolver<Maybe<ResolversTypes['InventoryLevel']>, ParentType, ContextType, RequireFields<LocationInventoryLevelArgs, 'sku'>>;
}>;

export type MoneyResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currencyCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  adjustInventory?: Resolver<ResolversTypes['AdjustInventoryResult'], ParentType, ContextType, RequireFields<MutationAdjustInventoryArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PriceResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Price'] = ResolversParentTypes['Price']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['SalesChannel'], ParentType, ContextType>;
  compareAt?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
}>;

export type ProductResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product'], FederationReferenceType extends FederationReferenceTypes['Product'] = FederationReferenceTypes['Product']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Product']> | FederationReferenceType, FederationReferenceType, ContextType>;
  brand?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  handle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProductStatus'], ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  variants?: Resolver<Array<ResolversTypes['Variant']>, ParentType, ContextType>;
}>;

export type ProductConnectionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ProductConnection'] = ResolversParentTypes['ProductConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ProductEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ProductEdgeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ProductEdge'] = ResolversParentTypes['ProductEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  inventoryLevel?: Resolver<Maybe<ResolversTypes['InventoryLevel']>, ParentType, ContextType, RequireFields<QueryInventoryLevelArgs, 'locationId' | 'sku'>>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType, RequireFields<QueryProductArgs, 'id'>>;
  productByHandle?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType, RequireFields<QueryProductByHandleArgs, 'handle'>>;
  products?: Resolver<ResolversTypes['ProductConnection'], ParentType, ContextType, RequireFields<QueryProductsArgs, 'first'>>;
  variant?: Resolver<Maybe<ResolversTypes['Variant']>, ParentType, ContextType, RequireFields<QueryVariantArgs, 'sku'>>;
}>;

export type VariantResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Variant'] = ResolversParentTypes['Variant'], FederationReferenceType extends FederationReferenceTypes['Variant'] = FederationReferenceTypes['Variant']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Variant']> | FederationReferenceType, FederationReferenceType, ContextType>;
  barcode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  inventoryLevels?: Resolver<Array<ResolversTypes['InventoryLevel']>, ParentType, ContextType, Partial<VariantInventoryLevelsArgs>>;
  options?: Resolver<Array<ResolversTypes['VariantOption']>, ParentType, ContextType>;
  price?: Resolver<Maybe<ResolversTypes['Price']>, ParentType, ContextType, RequireFields<VariantPriceArgs, 'channel'>>;
  prices?: Resolver<Array<ResolversTypes['Price']>, ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  totalAvailable?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  weightGrams?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type VariantOptionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['VariantOption'] = ResolversParentTypes['VariantOption']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = CatalogContext> = ResolversObject<{
  AdjustInventoryResult?: AdjustInventoryResultResolvers<ContextType>;
  CatalogError?: CatalogErrorResolvers<ContextType>;
  IncomingStock?: IncomingStockResolvers<ContextType>;
  InventoryAdjustment?: InventoryAdjustmentResolvers<ContextType>;
  InventoryLevel?: InventoryLevelResolvers<ContextType>;
  Location?: LocationResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Price?: PriceResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  ProductConnection?: ProductConnectionResolvers<ContextType>;
  ProductEdge?: ProductEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Variant?: VariantResolvers<ContextType>;
  VariantOption?: VariantOptionResolvers<ContextType>;
}>;


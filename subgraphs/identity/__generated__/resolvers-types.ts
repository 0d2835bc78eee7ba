import type { GraphQLResolveInfo } from 'graphql';
import type { CustomerDoc } from '../model';
import type { IdentityContext } from '../context';
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

export type AddCustomerIdentifierInput = {
  customerId: Scalars['ID']['input'];
  identifier: IdentifierInput;
  source: SalesChannel;
};

export type AddCustomerIdentifierResult = Customer | CustomerNotFoundError | IdentifierInUseError | InvalidIdentifierError;

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

export type LoyaltyTier =
  | 'GOLD'
  | 'NONE'
  | 'PLATINUM'
  | 'SILVER';

export type Mutation = {
  __typename?: 'Mutation';
  /** Attach an identifier (e.g. a loyalty card scanned at POS) to an existing profile. */
  addCustomerIdentifier: Maybe<AddCustomerIdentifierResult>;
  /** Create a profile with one or more identifiers, all-or-nothing. */
  registerCustomer: Maybe<RegisterCustomerResult>;
};


export type MutationAddCustomerIdentifierArgs = {
  input: AddCustomerIdentifierInput;
};


export type MutationRegisterCustomerArgs = {
  input: RegisterCustomerInput;
};

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
};


export type QueryCustomerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomerByIdentifierArgs = {
  type: IdentifierType;
  value: Scalars['String']['input'];
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

export type SalesChannel =
  | 'APP'
  | 'B2B'
  | 'KIOSK'
  | 'MARKETPLACE'
  | 'POS'
  | 'SOCIAL'
  | 'WEB';

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
  RegisterCustomerResult:
    | ( CustomerDoc & { __typename: 'Customer' } )
    | ( IdentifierInUseError & { __typename: 'IdentifierInUseError' } )
    | ( InvalidIdentifierError & { __typename: 'InvalidIdentifierError' } )
  ;
}>;


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AddCustomerIdentifierInput: AddCustomerIdentifierInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AddCustomerIdentifierResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['AddCustomerIdentifierResult']>;
  Customer: ResolverTypeWrapper<CustomerDoc>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CustomerIdentifier: ResolverTypeWrapper<CustomerIdentifier>;
  CustomerNotFoundError: ResolverTypeWrapper<CustomerNotFoundError>;
  IdentifierInUseError: ResolverTypeWrapper<IdentifierInUseError>;
  IdentifierInput: IdentifierInput;
  IdentifierType: IdentifierType;
  IdentityErrorCode: IdentityErrorCode;
  InvalidIdentifierError: ResolverTypeWrapper<InvalidIdentifierError>;
  LoyaltyTier: LoyaltyTier;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegisterCustomerInput: RegisterCustomerInput;
  RegisterCustomerResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RegisterCustomerResult']>;
  SalesChannel: SalesChannel;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AddCustomerIdentifierInput: AddCustomerIdentifierInput;
  ID: Scalars['ID']['output'];
  AddCustomerIdentifierResult: ResolversUnionTypes<ResolversParentTypes>['AddCustomerIdentifierResult'];
  Customer: CustomerDoc;
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
  CustomerIdentifier: CustomerIdentifier;
  CustomerNotFoundError: CustomerNotFoundError;
  IdentifierInUseError: IdentifierInUseError;
  IdentifierInput: IdentifierInput;
  InvalidIdentifierError: InvalidIdentifierError;
  Mutation: Record<PropertyKey, never>;
  Query: Record<PropertyKey, never>;
  RegisterCustomerInput: RegisterCustomerInput;
  RegisterCustomerResult: ResolversUnionTypes<ResolversParentTypes>['RegisterCustomerResult'];
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

export type MutationResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addCustomerIdentifier?: Resolver<Maybe<ResolversTypes['AddCustomerIdentifierResult']>, ParentType, ContextType, RequireFields<MutationAddCustomerIdentifierArgs, 'input'>>;
  registerCustomer?: Resolver<Maybe<ResolversTypes['RegisterCustomerResult']>, ParentType, ContextType, RequireFields<MutationRegisterCustomerArgs, 'input'>>;
}>;

export type QueryResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType, RequireFields<QueryCustomerArgs, 'id'>>;
  customerByIdentifier?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType, RequireFields<QueryCustomerByIdentifierArgs, 'type' | 'value'>>;
  me?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
}>;

export type RegisterCustomerResultResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['RegisterCustomerResult'] = ResolversParentTypes['RegisterCustomerResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Customer' | 'IdentifierInUseError' | 'InvalidIdentifierError', ParentType, ContextType>;
}>;

export type Resolvers<ContextType = IdentityContext> = ResolversObject<{
  AddCustomerIdentifierResult?: AddCustomerIdentifierResultResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  CustomerIdentifier?: CustomerIdentifierResolvers<ContextType>;
  CustomerNotFoundError?: CustomerNotFoundErrorResolvers<ContextType>;
  IdentifierInUseError?: IdentifierInUseErrorResolvers<ContextType>;
  InvalidIdentifierError?: InvalidIdentifierErrorResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RegisterCustomerResult?: RegisterCustomerResultResolvers<ContextType>;
}>;


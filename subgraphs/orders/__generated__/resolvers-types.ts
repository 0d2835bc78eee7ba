import type { GraphQLResolveInfo } from 'graphql';
import type { OrderDoc, OrderLineDoc, OrderNoteDoc, CartDoc, PromotionDoc, ReturnDoc } from '../model';
import type { CustomerRef, CartLineRef } from '../mappers';
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

export type AppliedPromotion = {
  __typename?: 'AppliedPromotion';
  amount: Money;
  couponCode: Maybe<Scalars['String']['output']>;
  promotionId: Scalars['ID']['output'];
};

export type CancelOrderInput = {
  /**
   * 1 to 200 characters: the same key again answers the order without cancelling twice; with other
   * lines or another reason it is IDEMPOTENCY_CONFLICT.
   */
  idempotencyKey: Scalars['String']['input'];
  /** 1 to 100 of the order's lines; omitted: every line still standing (the whole order). */
  lineIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  orderId: Scalars['ID']['input'];
  /** Up to 500 characters. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type CancelOrderResult = Order | OrderError;

/**
 * A shopper's cart: a customer's, or an anonymous session's (whoever holds its id). The same cart
 * follows the shopper from the app to a kiosk or till once they are recognised there.
 */
export type Cart = {
  __typename?: 'Cart';
  /** The channel it was started on. */
  channel: SalesChannel;
  createdAt: Scalars['String']['output'];
  /** Null while anonymous. */
  customer: Maybe<Customer>;
  destination: Maybe<CartDestination>;
  /**
   * The units of the cart's PICKUP_IN_STORE and CARRY_OUT lines held at their stores (holdCart)
   * until expiresAt; null when none is held (never taken, released, expired, or the cart is closed).
   * SHIP and SHIP_TO_STORE lines are never held: routing chooses the node that serves them at
   * checkout, from the whole network. Changing a held line (quantity, added, removed) releases the
   * hold; changing shipped lines or the destination keeps it. Checkout hands the held units to the
   * order in the same write that holds the order's stock.
   */
  hold: Maybe<CartHold>;
  id: Scalars['ID']['output'];
  /** Units in the cart. */
  itemCount: Scalars['Int']['output'];
  lines: Array<CartLine>;
  /** MERGED: the customer cart it went into. */
  mergedInto: Maybe<Scalars['ID']['output']>;
  /** CHECKED_OUT: the order placed from it. */
  order: Maybe<Order>;
  /** Increments on every change: pass it as expectedRevision to refuse a change made on a stale view. */
  revision: Scalars['Int']['output'];
  status: CartStatus;
  /**
   * The lines at catalog's price for the cart's channel now (lines not sold there left out); the
   * order is priced again when it is placed.
   */
  subtotal: Money;
  updatedAt: Scalars['String']['output'];
};

/**
 * Where a cart's shipped lines go. Only the cart's own users reach it (see cart; never a partner),
 * and its street address and phone are personal data, declared as such (address.read).
 */
export type CartDestination = {
  __typename?: 'CartDestination';
  city: Maybe<Scalars['String']['output']>;
  countryCode: Scalars['String']['output'];
  lat: Scalars['Float']['output'];
  line1: Maybe<Scalars['String']['output']>;
  line2: Maybe<Scalars['String']['output']>;
  lng: Scalars['Float']['output'];
  name: Maybe<Scalars['String']['output']>;
  phone: Maybe<Scalars['String']['output']>;
  postalCode: Maybe<Scalars['String']['output']>;
  region: Maybe<Scalars['String']['output']>;
};

/** A cart change was refused; nothing changed. */
export type CartError = {
  __typename?: 'CartError';
  code: CartErrorCode;
  /** The input at fault, e.g. lines[1].quantity. */
  field: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

export type CartErrorCode =
  | 'CART_CLOSED'
  | 'CART_FULL'
  | 'CART_NOT_FOUND'
  /** A hold's stores cannot cover its lines (CartStockError names every short line). */
  | 'INSUFFICIENT_STOCK'
  | 'INVALID_CART_LINE'
  | 'INVALID_DESTINATION'
  /**
   * A hold's ttlSeconds out of range, or a held line catalog cannot hold (an unknown SKU, a store
   * that does not stock it).
   */
  | 'INVALID_HOLD'
  /** holdCart on a cart without pickup or carry-out lines. */
  | 'NOTHING_TO_HOLD'
  | 'REVISION_MISMATCH'
  | 'SHOPPER_NOT_RECOGNISED';

/**
 * A cart hold: one stock reservation (catalog, kind CART, owned by the cart) of the units of the
 * cart's pickup and carry-out lines at their stores, taken all or nothing.
 */
export type CartHold = {
  __typename?: 'CartHold';
  /** When the units go back to the store's available stock unless the cart is checked out first. */
  expiresAt: Scalars['String']['output'];
  lines: Array<CartHoldLine>;
  /** Catalog's reservation. */
  reservationId: Scalars['ID']['output'];
};

export type CartHoldLine = {
  __typename?: 'CartHoldLine';
  /** The cart line held. */
  lineId: Scalars['ID']['output'];
  /** The store holding the units (the line's pickup store). */
  locationId: Scalars['ID']['output'];
  quantity: Scalars['Int']['output'];
  sku: Scalars['String']['output'];
};

export type CartLine = {
  __typename?: 'CartLine';
  deliveryMethod: DeliveryMethod;
  /** Stable for a SKU, delivery method and pickup store. */
  id: Scalars['ID']['output'];
  pickupLocation: Maybe<Location>;
  quantity: Scalars['Int']['output'];
  /** Catalog's price for the cart's channel now; null when the SKU is not sold there. */
  unitPrice: Maybe<Money>;
  /** Owned by catalog: null (with an error) when catalog cannot answer. */
  variant: Maybe<Variant>;
};

export type CartLineInput = {
  /** Default SHIP. */
  deliveryMethod?: InputMaybe<DeliveryMethod>;
  /** Required for PICKUP_IN_STORE, SHIP_TO_STORE and CARRY_OUT lines; refused for SHIP. */
  pickupLocationId?: InputMaybe<Scalars['ID']['input']>;
  /** The line's new quantity: 0 removes it, otherwise 1 to 999 (at most 50 lines and 5,000 units per cart). */
  quantity: Scalars['Int']['input'];
  sku: Scalars['String']['input'];
};

export type CartResult = Cart | CartError;

export type CartStatus =
  | 'ACTIVE'
  /** An order was placed from it. */
  | 'CHECKED_OUT'
  /** Merged into the customer's cart on sign-in. */
  | 'MERGED';

/** A hold was refused for short stock (code INSUFFICIENT_STOCK): every short line; nothing was held. */
export type CartStockError = {
  __typename?: 'CartStockError';
  code: CartErrorCode;
  message: Scalars['String']['output'];
  shortLines: Array<ShortCartLine>;
};

export type CreateCartInput = {
  channel: SalesChannel;
  destination?: InputMaybe<OrderDestinationInput>;
  lines?: InputMaybe<Array<CartLineInput>>;
};

/**
 * Limits: couponCode 3 to 32 letters, digits or dashes (upper-cased; unique); description 1 to 200
 * characters; value 1 to 10,000 basis points (PERCENT) or 1 to 1,000,000 minor units (AMOUNT);
 * minSubtotal 0 to 100,000,000; usageLimit 1 to 10,000,000; endsAt after startsAt (ISO 8601).
 */
export type CreatePromotionInput = {
  /** Omitted: the promotion applies to every order on its own. */
  couponCode?: InputMaybe<Scalars['String']['input']>;
  description: Scalars['String']['input'];
  endsAt?: InputMaybe<Scalars['String']['input']>;
  kind: PromotionKind;
  minSubtotal?: InputMaybe<Scalars['Int']['input']>;
  /** Only this SKU's lines; omitted: the whole order. */
  sku?: InputMaybe<Scalars['String']['input']>;
  /** Default: now. */
  startsAt?: InputMaybe<Scalars['String']['input']>;
  usageLimit?: InputMaybe<Scalars['Int']['input']>;
  value: Scalars['Int']['input'];
};

export type CreatePromotionResult = Promotion | PromotionError;

export type Customer = {
  __typename?: 'Customer';
  /**
   * The customer's cart (the most recently changed active one), or null. The customer themself,
   * internal callers, and staff of a store where the shopper was just recognised (recognizeShopperCart).
   */
  activeCart: Maybe<Cart>;
  id: Scalars['ID']['output'];
  /**
   * The customer's orders, newest first, a page at a time (first 1 to 100, after: the previous
   * page's endCursor): the same callers as orders.
   */
  orderHistory: Maybe<OrderConnection>;
  /** Most recent first. */
  orders: Maybe<Array<Order>>;
};


export type CustomerOrderHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type CustomerOrdersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One message of a customer's orders subscription. */
export type CustomerOrdersUpdate = {
  __typename?: 'CustomerOrdersUpdate';
  /** What the CHANGE follows; null for a SNAPSHOT. */
  cause: Maybe<OrderChangeCause>;
  kind: StreamMessageKind;
  /** SNAPSHOT: the customer's latest 20 orders, newest first; CHANGE: the order that changed, as it is now. */
  orders: Array<Order>;
  /** 1 for the first message of the subscription, then one more per message. */
  sequence: Scalars['Int']['output'];
};

export type DeliveryMethod =
  | 'CARRY_OUT'
  | 'PICKUP_IN_STORE'
  | 'SHIP'
  | 'SHIP_TO_STORE';

export type HoldCartInput = {
  cartId: Scalars['ID']['input'];
  /** How long to hold, 60 to 3600 seconds (default CART_HOLD_S, 900); otherwise INVALID_HOLD. */
  ttlSeconds?: InputMaybe<Scalars['Int']['input']>;
};

export type HoldCartResult = Cart | CartError | CartStockError;

export type InventoryLevel = {
  __typename?: 'InventoryLevel';
  locationId: Scalars['ID']['output'];
  sku: Scalars['String']['output'];
};

export type Location = {
  __typename?: 'Location';
  id: Scalars['ID']['output'];
};

export type MergeCartInput = {
  /** The anonymous cart to take over. */
  cartId: Scalars['ID']['input'];
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
   * Cancel an order, or some of its lines, before they leave their node: their fulfillment orders
   * are cancelled (or lose those lines) and the stock held for them released; lines waiting for
   * stock stop waiting. Refused whole (ALREADY_SHIPPED, nothing changed) when a line named has
   * shipped or been picked up. The customer who placed it, the store it was placed at, the
   * marketplace partner it came from (orders:write), operators and services (orders:write). Anyone
   * else is answered ORDER_NOT_FOUND, as for a missing order.
   */
  cancelOrder: Maybe<CancelOrderResult>;
  /**
   * Start a cart: the signed-in customer's, or an anonymous one (its id is then what lets the session
   * use it). Storefronts, apps, kiosks.
   */
  createCart: Maybe<CartResult>;
  /** Create a promotion (operators and services); it applies from startsAt. */
  createPromotion: Maybe<CreatePromotionResult>;
  /**
   * Hold the units of the cart's PICKUP_IN_STORE and CARRY_OUT lines at their stores for ttlSeconds
   * (60 to 3600, default CART_HOLD_S): one stock reservation, all lines or none (CartStockError names
   * every short line; nothing held). SHIP and SHIP_TO_STORE lines are not held (routing sources them
   * at checkout). One hold per cart: while it is live the cart is answered with it unchanged (a retry,
   * or concurrent calls, make one hold). Whoever may use the cart (as updateCartLines).
   */
  holdCart: Maybe<HoldCartResult>;
  /**
   * A signed-in customer takes over an anonymous cart: it becomes theirs, or merges into their active
   * cart (each line at the larger of the two quantities; CART_FULL, nothing changed, if the result
   * would not fit one cart) and is closed as MERGED.
   */
  mergeCart: Maybe<CartResult>;
  /**
   * Place a direct order: priced for its channel, routed on the live network (stock held, one
   * fulfillment order per node), then stored. Customers for themselves, store staff at their store,
   * marketplace partners for their channel, internal services, operators.
   */
  placeOrder: Maybe<PlaceOrderResult>;
  /**
   * Receive and grade a return where it arrived: its units enter that location's stock at once.
   * Staff and devices of that location, operators and services. Publishes orders.return.received.
   */
  receiveReturn: Maybe<ReturnResult>;
  /**
   * A shopper recognised at a kiosk or till by loyalty card or the app's QR token: their active cart
   * (a new one if none), which the store's staff and devices may use for 30 minutes. Staff and devices
   * of that store, internal callers.
   */
  recognizeShopperCart: Maybe<CartResult>;
  /**
   * Record what the payment provider reports for an order (its webhook): operators and services.
   * Paid (AUTHORIZED or CAPTURED), the order is no longer due. Publishes orders.payment.recorded.
   */
  recordPayment: Maybe<RecordPaymentResult>;
  /**
   * Let the cart's hold go: its units are available to everyone again. A cart without a hold is
   * answered unchanged. Whoever may use the cart.
   */
  releaseCartHold: Maybe<CartResult>;
  /**
   * Ask to return units of an order's lines that were delivered or picked up. The order's customer,
   * store staff and devices (any store), operators and services; anyone else is answered
   * ORDER_NOT_FOUND. Publishes orders.return.requested.
   */
  requestReturn: Maybe<ReturnResult>;
  /** Where shipped lines go. */
  setCartDestination: Maybe<CartResult>;
  /** Set line quantities (0 removes a line), compare-and-set on expectedRevision when given. */
  updateCartLines: Maybe<CartResult>;
  /**
   * Record a return's refund: PENDING, then REFUNDED once received. Operators and services.
   * Publishes orders.return.refunded when REFUNDED.
   */
  updateRefund: Maybe<ReturnResult>;
};


export type MutationAddOrderNoteArgs = {
  input: AddOrderNoteInput;
};


export type MutationCancelOrderArgs = {
  input: CancelOrderInput;
};


export type MutationCreateCartArgs = {
  input: CreateCartInput;
};


export type MutationCreatePromotionArgs = {
  input: CreatePromotionInput;
};


export type MutationHoldCartArgs = {
  input: HoldCartInput;
};


export type MutationMergeCartArgs = {
  input: MergeCartInput;
};


export type MutationPlaceOrderArgs = {
  input: PlaceOrderInput;
};


export type MutationReceiveReturnArgs = {
  input: ReceiveReturnInput;
};


export type MutationRecognizeShopperCartArgs = {
  input: RecognizeShopperCartInput;
};


export type MutationRecordPaymentArgs = {
  input: RecordPaymentInput;
};


export type MutationReleaseCartHoldArgs = {
  input: ReleaseCartHoldInput;
};


export type MutationRequestReturnArgs = {
  input: RequestReturnInput;
};


export type MutationSetCartDestinationArgs = {
  input: SetCartDestinationInput;
};


export type MutationUpdateCartLinesArgs = {
  input: UpdateCartLinesInput;
};


export type MutationUpdateRefundArgs = {
  input: UpdateRefundInput;
};

export type Order = {
  __typename?: 'Order';
  channel: SalesChannel;
  customer: Maybe<Customer>;
  /**
   * Where shipped lines go and the shipping address, as given at checkout (the cart's unless
   * placeOrder named one); null when none was given. Its personal fields need address.read.
   */
  destination: Maybe<OrderDestination>;
  /** Taken off by promotions: the sum of the lines' discounts. */
  discountTotal: Money;
  externalId: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  lines: Array<OrderLine>;
  notes: Array<OrderNote>;
  /** Human-facing order number, e.g. R100042. */
  number: Scalars['String']['output'];
  /** The payment as the provider reported it (recordPayment). */
  payment: Payment;
  placedAt: Scalars['String']['output'];
  /** The promotions applied and what each took off. */
  promotions: Array<AppliedPromotion>;
  /** The order's returns, oldest first. */
  returns: Array<Return>;
  shippingTotal: Money;
  status: OrderStatus;
  /**
   * Every status the order went through, oldest first (the latest 100). Orders placed before
   * history was kept show their current status only.
   */
  statusHistory: Array<OrderStatusChange>;
  /** Store where a POS or kiosk order was taken. */
  storeLocation: Maybe<Location>;
  subtotal: Money;
  /** The VAT included in the total (prices are VAT-inclusive): the lines' VAT and the shipping's. */
  taxTotal: Money;
  /** subtotal − discountTotal + shippingTotal. */
  total: Money;
  updatedAt: Scalars['String']['output'];
};

/** The event a CHANGE message follows. */
export type OrderChangeCause =
  /** It, or some of its lines, was cancelled (orders.order.cancelled). */
  | 'CANCELLED'
  /** One of its fulfillment orders took a step (fulfillment.fulfillment-order.changed). */
  | 'FULFILLMENT_ORDER_CHANGED'
  /** The order was placed (orders.order.placed). */
  | 'PLACED'
  /** Lines of it were routed to nodes: at placement, after a rejection, or a backorder served (fulfillment.order.routed). */
  | 'ROUTED'
  /** Its status moved (orders.order.status-changed). */
  | 'STATUS_CHANGED';

export type OrderConnection = {
  __typename?: 'OrderConnection';
  edges: Array<OrderEdge>;
  pageInfo: PageInfo;
};

/**
 * Where an order's shipped lines go, as given at checkout. The point and the street address are
 * personal data: the order's customer, store staff and internal callers read them; a partner only
 * with the customers:read scope (its contract's PII), otherwise null with FORBIDDEN. The country is
 * not personal (it sets the VAT).
 */
export type OrderDestination = {
  __typename?: 'OrderDestination';
  city: Maybe<Scalars['String']['output']>;
  countryCode: Scalars['String']['output'];
  /** The delivery point (null for a caller without address.read). */
  lat: Maybe<Scalars['Float']['output']>;
  line1: Maybe<Scalars['String']['output']>;
  line2: Maybe<Scalars['String']['output']>;
  lng: Maybe<Scalars['Float']['output']>;
  /** The recipient. */
  name: Maybe<Scalars['String']['output']>;
  phone: Maybe<Scalars['String']['output']>;
  postalCode: Maybe<Scalars['String']['output']>;
  /** State, province or county. */
  region: Maybe<Scalars['String']['output']>;
};

/**
 * Where shipped lines go: the point routing plans to and, optionally, the street address a carrier
 * needs. Text fields are trimmed (empty means absent) and must not hold control characters or line
 * breaks; a bad value is refused naming its field (destination.line1, ...): INVALID_DESTINATION for a
 * cart, INVALID_ORDER for placeOrder. Once any street field (line1, line2, city, postalCode, region)
 * is given, line1 and city are required.
 */
export type OrderDestinationInput = {
  /** Up to 60 characters. */
  city?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-1 alpha-2, e.g. FR. */
  countryCode: Scalars['String']['input'];
  /** -90 to 90. */
  lat: Scalars['Float']['input'];
  /** Street and number, up to 100 characters. */
  line1?: InputMaybe<Scalars['String']['input']>;
  /** Building, floor, apartment, up to 100 characters. */
  line2?: InputMaybe<Scalars['String']['input']>;
  /** -180 to 180. */
  lng: Scalars['Float']['input'];
  /** The recipient, up to 100 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /**
   * 4 to 15 digits (at most 24 characters), with an optional leading + and spaces, dots, dashes or
   * brackets.
   */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Up to 16 letters and digits, with single spaces or hyphens inside. */
  postalCode?: InputMaybe<Scalars['String']['input']>;
  /** State, province or county, up to 60 characters. */
  region?: InputMaybe<Scalars['String']['input']>;
};

export type OrderEdge = {
  __typename?: 'OrderEdge';
  cursor: Scalars['String']['output'];
  node: Order;
};

export type OrderError = {
  __typename?: 'OrderError';
  code: OrderErrorCode;
  /** The lines at fault (UNKNOWN_LINE, ALREADY_SHIPPED); empty otherwise. */
  lineIds: Array<Scalars['ID']['output']>;
  message: Scalars['String']['output'];
  orderId: Maybe<Scalars['ID']['output']>;
};

export type OrderErrorCode =
  /** A line named has already left its node (shipped or picked up): nothing was cancelled. */
  | 'ALREADY_SHIPPED'
  | 'IDEMPOTENCY_CONFLICT'
  | 'INVALID_NOTE'
  /** A payment event the order's payment cannot take (a transition not allowed, another amount, a cancelled order). */
  | 'INVALID_PAYMENT'
  /** The order's status does not allow it (e.g. cancelling a fulfilled order): nothing changed. */
  | 'INVALID_TRANSITION'
  | 'ORDER_NOT_FOUND'
  /** A line named is not the order's, or is already cancelled. */
  | 'UNKNOWN_LINE';

export type OrderFilter = {
  channel?: InputMaybe<SalesChannel>;
  /** Placed at or after this ISO 8601 instant. */
  placedFrom?: InputMaybe<Scalars['String']['input']>;
  /** Placed before this ISO 8601 instant. */
  placedTo?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<OrderStatus>;
  /** The store a POS or kiosk order was taken at. */
  storeLocationId?: InputMaybe<Scalars['ID']['input']>;
};

export type OrderLine = {
  __typename?: 'OrderLine';
  /** When the line was cancelled; null while it stands. A cancelled line no longer counts in the totals. */
  cancelledAt: Maybe<Scalars['String']['output']>;
  deliveryMethod: DeliveryMethod;
  /** This line's share of the promotions. */
  discount: Money;
  id: Scalars['ID']['output'];
  /** unitPrice × quantity, before discounts. */
  lineTotal: Money;
  /** Live stock of this line's SKU at its pickup store (PICKUP_IN_STORE / SHIP_TO_STORE / CARRY_OUT lines). */
  pickupInventory: Maybe<InventoryLevel>;
  pickupLocation: Maybe<Location>;
  quantity: Scalars['Int']['output'];
  /** The VAT in what the line costs after its discount. */
  tax: Money;
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

export type OrderPaymentInput = {
  /** 1 to 200 characters. */
  reference: Scalars['String']['input'];
  /** AUTHORIZED or CAPTURED. */
  status: PaymentStatus;
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
  | 'COUPON_EXHAUSTED'
  | 'IDEMPOTENCY_CONFLICT'
  | 'INVALID_COUPON'
  | 'INVALID_ORDER'
  | 'NO_ELIGIBLE_NODE'
  | 'OUT_OF_STOCK'
  | 'PICKUP_STORE_UNAVAILABLE'
  | 'STOCK_CHANGED'
  | 'TOO_MANY_SHIPMENTS'
  | 'UNKNOWN_SKU';

/** The order state machine (docs/api.md#order-status): the status follows the order's fulfillment orders. */
export type OrderStatus =
  /** Every line cancelled before anything left a node (final). */
  | 'CANCELLED'
  /** Routed, stock held, no work started. */
  | 'CONFIRMED'
  /** Everything not cancelled shipped or was picked up (final). */
  | 'FULFILLED'
  /** A node accepted work. */
  | 'IN_PROGRESS'
  /** Some of it shipped or was picked up, the rest not yet. */
  | 'PARTIALLY_FULFILLED'
  /** Lines wait for stock (a backorder). */
  | 'PENDING'
  /** Everything left to do waits at a store counter. */
  | 'READY_FOR_PICKUP';

export type OrderStatusChange = {
  __typename?: 'OrderStatusChange';
  at: Scalars['String']['output'];
  /** Why: placed, the fulfillment event that moved it, or a cancellation's reason. */
  reason: Scalars['String']['output'];
  status: OrderStatus;
};

/** One message of an order's subscription. */
export type OrderStatusUpdate = {
  __typename?: 'OrderStatusUpdate';
  /** What the CHANGE follows; null for a SNAPSHOT. */
  cause: Maybe<OrderChangeCause>;
  kind: StreamMessageKind;
  /** The order as it is now. */
  order: Order;
  /** 1 for the first message of the subscription, then one more per message. */
  sequence: Scalars['Int']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Payment = {
  __typename?: 'Payment';
  amount: Money;
  /** An unpaid order on a paying channel (web, app, kiosk, social, POS) is cancelled after this; null when nothing is due. */
  dueBy: Maybe<Scalars['String']['output']>;
  /** The payment provider's reference. */
  reference: Maybe<Scalars['String']['output']>;
  status: PaymentStatus;
  updatedAt: Scalars['String']['output'];
};

/** NONE → AUTHORIZED → CAPTURED; FAILED (a declined or voided payment) may be followed by another try. */
export type PaymentStatus =
  | 'AUTHORIZED'
  | 'CAPTURED'
  | 'FAILED'
  | 'NONE';

/**
 * An order from a cart (cartId) or direct lines (POS, kiosk, marketplace import, B2B): 1 to 50 lines,
 * at most 5,000 units in all.
 */
export type PlaceOrderInput = {
  /**
   * Check out this cart (one the caller may use): its lines, its destination unless one is given, its
   * customer. The cart is closed as CHECKED_OUT once the order is placed.
   */
  cartId?: InputMaybe<Scalars['ID']['input']>;
  channel: SalesChannel;
  /** 0 to 5 coupon codes (case-insensitive): each must be live and met (INVALID_COUPON) and within its usage limit (COUPON_EXHAUSTED). */
  couponCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The shopper; a signed-in customer may only place their own (default: themself). */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  deliveryMethod?: InputMaybe<DeliveryMethod>;
  /** Required when a line ships. */
  destination?: InputMaybe<OrderDestinationInput>;
  /** One order per key (1 to 200 characters): a retry answers the same order; the same key with another request is IDEMPOTENCY_CONFLICT. */
  idempotencyKey: Scalars['String']['input'];
  /** Direct lines; exactly one of lines and cartId. */
  lines?: InputMaybe<Array<PlaceOrderLineInput>>;
  /**
   * Paid as it is placed (at the till, or authorised at checkout). Without it, an order on a paying
   * channel must be paid (recordPayment) within ORDER_PAYMENT_WINDOW_S or it is cancelled.
   */
  payment?: InputMaybe<OrderPaymentInput>;
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

/** A percentage or an amount off one SKU's lines or the whole order; automatic (no code) or a coupon. */
export type Promotion = {
  __typename?: 'Promotion';
  active: Scalars['Boolean']['output'];
  couponCode: Maybe<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  endsAt: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: PromotionKind;
  minSubtotal: Scalars['Int']['output'];
  sku: Maybe<Scalars['String']['output']>;
  startsAt: Scalars['String']['output'];
  usageLimit: Maybe<Scalars['Int']['output']>;
  used: Scalars['Int']['output'];
  /** PERCENT: basis points (1,000 = 10%); AMOUNT: minor units. */
  value: Scalars['Int']['output'];
};

export type PromotionError = {
  __typename?: 'PromotionError';
  code: PromotionErrorCode;
  field: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

export type PromotionErrorCode =
  | 'CODE_IN_USE'
  | 'INVALID_PROMOTION';

export type PromotionKind =
  | 'AMOUNT'
  | 'PERCENT';

export type Query = {
  __typename?: 'Query';
  /**
   * A cart by id: an anonymous cart for whoever holds its id; a customer's for the customer, internal
   * callers, and staff of a store where the shopper was just recognised. Otherwise null plus NOT_FOUND.
   */
  cart: Maybe<Cart>;
  /** An order by id. Unknown id: null plus a NOT_FOUND error. */
  order: Maybe<Order>;
  orderByNumber: Maybe<Order>;
  /**
   * Orders for store and operations views, newest first, with cursor pagination (first 1 to 100).
   * Operators and services see every order; store staff and devices only their store's (filter
   * storeLocationId must be their store).
   */
  orders: Maybe<OrderConnection>;
  /** Promotions, newest first (at most 200): operators and services. */
  promotions: Maybe<Array<Promotion>>;
  /** A return, for whoever may read its order. Otherwise null plus NOT_FOUND, as for a missing id. */
  return: Maybe<Return>;
};


export type QueryCartArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrderByNumberArgs = {
  number: Scalars['String']['input'];
};


export type QueryOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPromotionsArgs = {
  activeOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryReturnArgs = {
  id: Scalars['ID']['input'];
};

export type ReceiveReturnInput = {
  /** 1 to 100 lines, each line and grade once; requested units not named did not arrive. */
  lines: Array<ReceivedReturnLineInput>;
  /** The store or warehouse (offering RETURNS) where it arrived: the caller's own, for staff. */
  locationId: Scalars['ID']['input'];
  returnId: Scalars['ID']['input'];
  /** 1 to 200 characters: the same event again answers the return unchanged. */
  sourceEventId: Scalars['String']['input'];
};

export type ReceivedReturnLineInput = {
  grade: ReturnGrade;
  orderLineId: Scalars['ID']['input'];
  /** 1 to 999; per line, over its grades, at most what was requested. */
  quantity: Scalars['Int']['input'];
};

export type RecognizeShopperCartInput = {
  /** KIOSK or POS (a new cart, when the shopper has none, is started on it). */
  channel: SalesChannel;
  /** Where the shopper stands: the caller's own store. */
  locationId: Scalars['ID']['input'];
  loyaltyCard?: InputMaybe<Scalars['String']['input']>;
  /** Exactly one of token (the QR code the app shows) and loyaltyCard. */
  token?: InputMaybe<Scalars['String']['input']>;
};

export type RecordPaymentInput = {
  /** Minor units: the order's total (except for FAILED). */
  amount: Scalars['Int']['input'];
  /** The provider's event id (1 to 200 characters): the same event again is answered unchanged. */
  idempotencyKey: Scalars['String']['input'];
  orderId: Scalars['ID']['input'];
  /** 1 to 200 characters. */
  reference: Scalars['String']['input'];
  /** AUTHORIZED, CAPTURED or FAILED, along NONE → AUTHORIZED → CAPTURED (FAILED may be tried again). */
  status: PaymentStatus;
};

export type RecordPaymentResult = Order | OrderError;

export type Refund = {
  __typename?: 'Refund';
  /**
   * Each line's unit price × its returned units (requested until received, then received), less that
   * share of the line's discount.
   */
  amount: Money;
  /** The payment provider's refund reference. */
  reference: Maybe<Scalars['String']['output']>;
  status: RefundStatus;
};

export type RefundStatus =
  | 'NOT_REFUNDED'
  | 'PENDING'
  | 'REFUNDED';

export type RefundUpdateStatus =
  | 'PENDING'
  /** Only once the return was received; final. */
  | 'REFUNDED';

export type ReleaseCartHoldInput = {
  cartId: Scalars['ID']['input'];
};

export type RequestReturnInput = {
  /**
   * 1 to 200 characters, per caller and order: the same key again answers the same return; with
   * other lines it is IDEMPOTENCY_CONFLICT.
   */
  idempotencyKey: Scalars['String']['input'];
  /** 1 to 100 lines, each order line once. */
  lines: Array<ReturnLineInput>;
  orderId: Scalars['ID']['input'];
};

/**
 * A return (RMA) of units of one order's lines that reached the shopper (docs/api.md#returns):
 * requested, received and graded at a store or warehouse (its stock counts them at once), refunded.
 */
export type Return = {
  __typename?: 'Return';
  createdAt: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /**
   * The requested lines. Once received, each line is split by how its units arrived: one line per
   * grade, and one without a grade for units that did not arrive (per order line, the lines add up to
   * what was requested).
   */
  lines: Array<ReturnLine>;
  /** Null (with an error) only if the order cannot be read. */
  order: Maybe<Order>;
  receivedAt: Maybe<Scalars['String']['output']>;
  /** Where it was received; null until then. */
  receivedLocation: Maybe<Location>;
  refund: Refund;
  status: ReturnStatus;
  updatedAt: Scalars['String']['output'];
};

/** A return operation was refused; nothing changed. */
export type ReturnError = {
  __typename?: 'ReturnError';
  code: ReturnErrorCode;
  field: Maybe<Scalars['String']['output']>;
  lines: Array<ReturnableQuantity>;
  message: Scalars['String']['output'];
  orderId: Maybe<Scalars['ID']['output']>;
  returnId: Maybe<Scalars['ID']['output']>;
};

export type ReturnErrorCode =
  /** More units received than requested: lines names each line (requested: received, returnable: requested). */
  | 'EXCEEDS_REQUESTED'
  | 'IDEMPOTENCY_CONFLICT'
  /** Not a store or warehouse taking returns. */
  | 'INVALID_LOCATION'
  /** Malformed request (field names the input): a quantity, a reason, a line named twice, a reference. */
  | 'INVALID_RETURN'
  /** Already received under another event, refunded before receipt, or refunded already. */
  | 'INVALID_TRANSITION'
  /**
   * More than reached the shopper and is not already in a return: lines names each line with its
   * returnable quantity.
   */
  | 'NOT_RETURNABLE'
  /** No such order, or one the caller may not return. */
  | 'ORDER_NOT_FOUND'
  | 'RETURN_NOT_FOUND'
  /** Not a line of the order (requestReturn) or of the return (receiveReturn); lines names them. */
  | 'UNKNOWN_LINE';

/** How a received unit goes back into stock at the receiving location. */
export type ReturnGrade =
  /** Unsellable: onHand and damaged. */
  | 'DAMAGED'
  /** Held back (inspection, refurbishing, back to the vendor): onHand and qualityControl, not available. */
  | 'NOT_RESTOCKED'
  /** Sellable: onHand and available at once. */
  | 'RESTOCK';

export type ReturnLine = {
  __typename?: 'ReturnLine';
  /** Null until received; after receipt, null on units that did not arrive. */
  grade: Maybe<ReturnGrade>;
  orderLineId: Scalars['ID']['output'];
  quantity: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
  /** Owned by catalog: null (with an error) when catalog cannot answer. */
  variant: Maybe<Variant>;
};

export type ReturnLineInput = {
  orderLineId: Scalars['ID']['input'];
  /** 1 to 999, at most what reached the shopper (delivered or picked up) and is not in another return. */
  quantity: Scalars['Int']['input'];
  /** 1 to 500 characters. */
  reason: Scalars['String']['input'];
};

export type ReturnResult = Return | ReturnError;

export type ReturnStatus =
  /** Arrived and graded; catalog's stock counts the units. */
  | 'RECEIVED'
  /** Received and refunded (final). */
  | 'REFUNDED'
  | 'REQUESTED';

export type ReturnableQuantity = {
  __typename?: 'ReturnableQuantity';
  orderLineId: Scalars['ID']['output'];
  requested: Scalars['Int']['output'];
  returnable: Scalars['Int']['output'];
};

export type SalesChannel =
  | 'APP'
  | 'B2B'
  | 'KIOSK'
  | 'MARKETPLACE'
  | 'POS'
  | 'SOCIAL'
  | 'WEB';

export type SetCartDestinationInput = {
  cartId: Scalars['ID']['input'];
  destination: OrderDestinationInput;
};

/** A held line its store cannot cover. */
export type ShortCartLine = {
  __typename?: 'ShortCartLine';
  /** What the store has for the cart's lines of this SKU there. */
  available: Scalars['Int']['output'];
  lineId: Scalars['ID']['output'];
  locationId: Scalars['ID']['output'];
  /** The line's units. */
  requested: Scalars['Int']['output'];
  sku: Scalars['String']['output'];
};

export type StreamMessageKind =
  | 'CHANGE'
  | 'SNAPSHOT';

/**
 * Live order data (graphql-ws on the gateway's /graphql). Every subscription first answers the
 * current state (a SNAPSHOT message), then one CHANGE message per event; `sequence` numbers the
 * messages of one subscription from 1, so a client can tell it missed one (and re-subscribe for a
 * fresh snapshot). A CHANGE carries the order as it is when the message is sent.
 */
export type Subscription = {
  __typename?: 'Subscription';
  /**
   * The signed-in customer's own orders: SNAPSHOT their latest 20, newest first, then a CHANGE with
   * one order each time one is placed, changes status or has lines cancelled. Customers only.
   */
  customerOrdersChanged: CustomerOrdersUpdate;
  /**
   * One order's status and fulfillment progress: SNAPSHOT the order now, then a CHANGE for each of
   * its status changes, cancellations, fulfillment-order steps and routings (select
   * `fulfillmentOrders { status }` to follow each node's work). Whoever may read the order (as
   * `order(id)`); an unknown id, or an order the caller may not read, is NOT_FOUND when subscribing,
   * a blank one BAD_USER_INPUT.
   */
  orderStatusChanged: OrderStatusUpdate;
};


/**
 * Live order data (graphql-ws on the gateway's /graphql). Every subscription first answers the
 * current state (a SNAPSHOT message), then one CHANGE message per event; `sequence` numbers the
 * messages of one subscription from 1, so a client can tell it missed one (and re-subscribe for a
 * fresh snapshot). A CHANGE carries the order as it is when the message is sent.
 */
export type SubscriptionOrderStatusChangedArgs = {
  orderId: Scalars['ID']['input'];
};

export type UpdateCartLinesInput = {
  cartId: Scalars['ID']['input'];
  /** Refuse (REVISION_MISMATCH) unless the cart is at this revision. */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** 1 to 50 changes, each setting one line's quantity. */
  lines: Array<CartLineInput>;
};

export type UpdateRefundInput = {
  /** 1 to 200 characters, per caller: the same key and request again changes nothing. */
  idempotencyKey: Scalars['String']['input'];
  /** Up to 200 characters. */
  reference?: InputMaybe<Scalars['String']['input']>;
  returnId: Scalars['ID']['input'];
  status: RefundUpdateStatus;
};

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
  CancelOrderResult:
    | ( OrderDoc & { __typename: 'Order' } )
    | ( OrderError & { __typename: 'OrderError' } )
  ;
  CartResult:
    | ( CartDoc & { __typename: 'Cart' } )
    | ( CartError & { __typename: 'CartError' } )
  ;
  CreatePromotionResult:
    | ( PromotionDoc & { __typename: 'Promotion' } )
    | ( PromotionError & { __typename: 'PromotionError' } )
  ;
  HoldCartResult:
    | ( CartDoc & { __typename: 'Cart' } )
    | ( CartError & { __typename: 'CartError' } )
    | ( CartStockError & { __typename: 'CartStockError' } )
  ;
  PlaceOrderResult:
    | ( OrderPlacementError & { __typename: 'OrderPlacementError' } )
    | ( Omit<PlacedOrder, 'order'> & { order: _RefType['Order'] } & { __typename: 'PlacedOrder' } )
  ;
  RecordPaymentResult:
    | ( OrderDoc & { __typename: 'Order' } )
    | ( OrderError & { __typename: 'OrderError' } )
  ;
  ReturnResult:
    | ( ReturnDoc & { __typename: 'Return' } )
    | ( ReturnError & { __typename: 'ReturnError' } )
  ;
}>;


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AddOrderNoteInput: AddOrderNoteInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AddOrderNoteResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['AddOrderNoteResult']>;
  AppliedPromotion: ResolverTypeWrapper<AppliedPromotion>;
  CancelOrderInput: CancelOrderInput;
  CancelOrderResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CancelOrderResult']>;
  Cart: ResolverTypeWrapper<CartDoc>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CartDestination: ResolverTypeWrapper<CartDestination>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CartError: ResolverTypeWrapper<CartError>;
  CartErrorCode: CartErrorCode;
  CartHold: ResolverTypeWrapper<CartHold>;
  CartHoldLine: ResolverTypeWrapper<CartHoldLine>;
  CartLine: ResolverTypeWrapper<CartLineRef>;
  CartLineInput: CartLineInput;
  CartResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CartResult']>;
  CartStatus: CartStatus;
  CartStockError: ResolverTypeWrapper<CartStockError>;
  CreateCartInput: CreateCartInput;
  CreatePromotionInput: CreatePromotionInput;
  CreatePromotionResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CreatePromotionResult']>;
  Customer: ResolverTypeWrapper<CustomerRef>;
  CustomerOrdersUpdate: ResolverTypeWrapper<Omit<CustomerOrdersUpdate, 'orders'> & { orders: Array<ResolversTypes['Order']> }>;
  DeliveryMethod: DeliveryMethod;
  HoldCartInput: HoldCartInput;
  HoldCartResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['HoldCartResult']>;
  InventoryLevel: ResolverTypeWrapper<InventoryLevel>;
  Location: ResolverTypeWrapper<Location>;
  MergeCartInput: MergeCartInput;
  MissingStock: ResolverTypeWrapper<MissingStock>;
  Money: ResolverTypeWrapper<Money>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Order: ResolverTypeWrapper<OrderDoc>;
  OrderChangeCause: OrderChangeCause;
  OrderConnection: ResolverTypeWrapper<Omit<OrderConnection, 'edges'> & { edges: Array<ResolversTypes['OrderEdge']> }>;
  OrderDestination: ResolverTypeWrapper<OrderDestination>;
  OrderDestinationInput: OrderDestinationInput;
  OrderEdge: ResolverTypeWrapper<Omit<OrderEdge, 'node'> & { node: ResolversTypes['Order'] }>;
  OrderError: ResolverTypeWrapper<OrderError>;
  OrderErrorCode: OrderErrorCode;
  OrderFilter: OrderFilter;
  OrderLine: ResolverTypeWrapper<OrderLineDoc>;
  OrderNote: ResolverTypeWrapper<OrderNoteDoc>;
  OrderPaymentInput: OrderPaymentInput;
  OrderPlacementError: ResolverTypeWrapper<OrderPlacementError>;
  OrderPlacementErrorCode: OrderPlacementErrorCode;
  OrderStatus: OrderStatus;
  OrderStatusChange: ResolverTypeWrapper<OrderStatusChange>;
  OrderStatusUpdate: ResolverTypeWrapper<Omit<OrderStatusUpdate, 'order'> & { order: ResolversTypes['Order'] }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Payment: ResolverTypeWrapper<Payment>;
  PaymentStatus: PaymentStatus;
  PlaceOrderInput: PlaceOrderInput;
  PlaceOrderLineInput: PlaceOrderLineInput;
  PlaceOrderResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['PlaceOrderResult']>;
  PlacedOrder: ResolverTypeWrapper<Omit<PlacedOrder, 'order'> & { order: ResolversTypes['Order'] }>;
  Promotion: ResolverTypeWrapper<PromotionDoc>;
  PromotionError: ResolverTypeWrapper<PromotionError>;
  PromotionErrorCode: PromotionErrorCode;
  PromotionKind: PromotionKind;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReceiveReturnInput: ReceiveReturnInput;
  ReceivedReturnLineInput: ReceivedReturnLineInput;
  RecognizeShopperCartInput: RecognizeShopperCartInput;
  RecordPaymentInput: RecordPaymentInput;
  RecordPaymentResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RecordPaymentResult']>;
  Refund: ResolverTypeWrapper<Refund>;
  RefundStatus: RefundStatus;
  RefundUpdateStatus: RefundUpdateStatus;
  ReleaseCartHoldInput: ReleaseCartHoldInput;
  RequestReturnInput: RequestReturnInput;
  Return: ResolverTypeWrapper<ReturnDoc>;
  ReturnError: ResolverTypeWrapper<ReturnError>;
  ReturnErrorCode: ReturnErrorCode;
  ReturnGrade: ReturnGrade;
  ReturnLine: ResolverTypeWrapper<ReturnLine>;
  ReturnLineInput: ReturnLineInput;
  ReturnResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ReturnResult']>;
  ReturnStatus: ReturnStatus;
  ReturnableQuantity: ResolverTypeWrapper<ReturnableQuantity>;
  SalesChannel: SalesChannel;
  SetCartDestinationInput: SetCartDestinationInput;
  ShortCartLine: ResolverTypeWrapper<ShortCartLine>;
  StreamMessageKind: StreamMessageKind;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  UpdateCartLinesInput: UpdateCartLinesInput;
  UpdateRefundInput: UpdateRefundInput;
  Variant: ResolverTypeWrapper<Variant>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AddOrderNoteInput: AddOrderNoteInput;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  AddOrderNoteResult: ResolversUnionTypes<ResolversParentTypes>['AddOrderNoteResult'];
  AppliedPromotion: AppliedPromotion;
  CancelOrderInput: CancelOrderInput;
  CancelOrderResult: ResolversUnionTypes<ResolversParentTypes>['CancelOrderResult'];
  Cart: CartDoc;
  Int: Scalars['Int']['output'];
  CartDestination: CartDestination;
  Float: Scalars['Float']['output'];
  CartError: CartError;
  CartHold: CartHold;
  CartHoldLine: CartHoldLine;
  CartLine: CartLineRef;
  CartLineInput: CartLineInput;
  CartResult: ResolversUnionTypes<ResolversParentTypes>['CartResult'];
  CartStockError: CartStockError;
  CreateCartInput: CreateCartInput;
  CreatePromotionInput: CreatePromotionInput;
  CreatePromotionResult: ResolversUnionTypes<ResolversParentTypes>['CreatePromotionResult'];
  Customer: CustomerRef;
  CustomerOrdersUpdate: Omit<CustomerOrdersUpdate, 'orders'> & { orders: Array<ResolversParentTypes['Order']> };
  HoldCartInput: HoldCartInput;
  HoldCartResult: ResolversUnionTypes<ResolversParentTypes>['HoldCartResult'];
  InventoryLevel: InventoryLevel;
  Location: Location;
  MergeCartInput: MergeCartInput;
  MissingStock: MissingStock;
  Money: Money;
  Mutation: Record<PropertyKey, never>;
  Order: OrderDoc;
  OrderConnection: Omit<OrderConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrderEdge']> };
  OrderDestination: OrderDestination;
  OrderDestinationInput: OrderDestinationInput;
  OrderEdge: Omit<OrderEdge, 'node'> & { node: ResolversParentTypes['Order'] };
  OrderError: OrderError;
  OrderFilter: OrderFilter;
  OrderLine: OrderLineDoc;
  OrderNote: OrderNoteDoc;
  OrderPaymentInput: OrderPaymentInput;
  OrderPlacementError: OrderPlacementError;
  OrderStatusChange: OrderStatusChange;
  OrderStatusUpdate: Omit<OrderStatusUpdate, 'order'> & { order: ResolversParentTypes['Order'] };
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Payment: Payment;
  PlaceOrderInput: PlaceOrderInput;
  PlaceOrderLineInput: PlaceOrderLineInput;
  PlaceOrderResult: ResolversUnionTypes<ResolversParentTypes>['PlaceOrderResult'];
  PlacedOrder: Omit<PlacedOrder, 'order'> & { order: ResolversParentTypes['Order'] };
  Promotion: PromotionDoc;
  PromotionError: PromotionError;
  Query: Record<PropertyKey, never>;
  ReceiveReturnInput: ReceiveReturnInput;
  ReceivedReturnLineInput: ReceivedReturnLineInput;
  RecognizeShopperCartInput: RecognizeShopperCartInput;
  RecordPaymentInput: RecordPaymentInput;
  RecordPaymentResult: ResolversUnionTypes<ResolversParentTypes>['RecordPaymentResult'];
  Refund: Refund;
  ReleaseCartHoldInput: ReleaseCartHoldInput;
  RequestReturnInput: RequestReturnInput;
  Return: ReturnDoc;
  ReturnError: ReturnError;
  ReturnLine: ReturnLine;
  ReturnLineInput: ReturnLineInput;
  ReturnResult: ResolversUnionTypes<ResolversParentTypes>['ReturnResult'];
  ReturnableQuantity: ReturnableQuantity;
  SetCartDestinationInput: SetCartDestinationInput;
  ShortCartLine: ShortCartLine;
  Subscription: Record<PropertyKey, never>;
  UpdateCartLinesInput: UpdateCartLinesInput;
  UpdateRefundInput: UpdateRefundInput;
  Variant: Variant;
}>;

export type AddOrderNoteResultResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['AddOrderNoteResult'] = ResolversParentTypes['AddOrderNoteResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Order' | 'OrderError', ParentType, ContextType>;
}>;

export type AppliedPromotionResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['AppliedPromotion'] = ResolversParentTypes['AppliedPromotion']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  couponCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  promotionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type CancelOrderResultResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['CancelOrderResult'] = ResolversParentTypes['CancelOrderResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Order' | 'OrderError', ParentType, ContextType>;
}>;

export type CartResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Cart'] = ResolversParentTypes['Cart']> = ResolversObject<{
  channel?: Resolver<ResolversTypes['SalesChannel'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  destination?: Resolver<Maybe<ResolversTypes['CartDestination']>, ParentType, ContextType>;
  hold?: Resolver<Maybe<ResolversTypes['CartHold']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itemCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['CartLine']>, ParentType, ContextType>;
  mergedInto?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CartStatus'], ParentType, ContextType>;
  subtotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CartDestinationResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['CartDestination'] = ResolversParentTypes['CartDestination']> = ResolversObject<{
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  countryCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  line1?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  line2?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lng?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postalCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CartErrorResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['CartError'] = ResolversParentTypes['CartError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['CartErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CartHoldResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['CartHold'] = ResolversParentTypes['CartHold']> = ResolversObject<{
  expiresAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['CartHoldLine']>, ParentType, ContextType>;
  reservationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type CartHoldLineResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['CartHoldLine'] = ResolversParentTypes['CartHoldLine']> = ResolversObject<{
  lineId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CartLineResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['CartLine'] = ResolversParentTypes['CartLine']> = ResolversObject<{
  deliveryMethod?: Resolver<ResolversTypes['DeliveryMethod'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pickupLocation?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitPrice?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  variant?: Resolver<Maybe<ResolversTypes['Variant']>, ParentType, ContextType>;
}>;

export type CartResultResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['CartResult'] = ResolversParentTypes['CartResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Cart' | 'CartError', ParentType, ContextType>;
}>;

export type CartStockErrorResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['CartStockError'] = ResolversParentTypes['CartStockError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['CartErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shortLines?: Resolver<Array<ResolversTypes['ShortCartLine']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CreatePromotionResultResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['CreatePromotionResult'] = ResolversParentTypes['CreatePromotionResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Promotion' | 'PromotionError', ParentType, ContextType>;
}>;

export type CustomerResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activeCart?: Resolver<Maybe<ResolversTypes['Cart']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orderHistory?: Resolver<Maybe<ResolversTypes['OrderConnection']>, ParentType, ContextType, RequireFields<CustomerOrderHistoryArgs, 'first'>>;
  orders?: Resolver<Maybe<Array<ResolversTypes['Order']>>, ParentType, ContextType, RequireFields<CustomerOrdersArgs, 'first'>>;
}>;

export type CustomerOrdersUpdateResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['CustomerOrdersUpdate'] = ResolversParentTypes['CustomerOrdersUpdate']> = ResolversObject<{
  cause?: Resolver<Maybe<ResolversTypes['OrderChangeCause']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StreamMessageKind'], ParentType, ContextType>;
  orders?: Resolver<Array<ResolversTypes['Order']>, ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type HoldCartResultResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['HoldCartResult'] = ResolversParentTypes['HoldCartResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Cart' | 'CartError' | 'CartStockError', ParentType, ContextType>;
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
  cancelOrder?: Resolver<Maybe<ResolversTypes['CancelOrderResult']>, ParentType, ContextType, RequireFields<MutationCancelOrderArgs, 'input'>>;
  createCart?: Resolver<Maybe<ResolversTypes['CartResult']>, ParentType, ContextType, RequireFields<MutationCreateCartArgs, 'input'>>;
  createPromotion?: Resolver<Maybe<ResolversTypes['CreatePromotionResult']>, ParentType, ContextType, RequireFields<MutationCreatePromotionArgs, 'input'>>;
  holdCart?: Resolver<Maybe<ResolversTypes['HoldCartResult']>, ParentType, ContextType, RequireFields<MutationHoldCartArgs, 'input'>>;
  mergeCart?: Resolver<Maybe<ResolversTypes['CartResult']>, ParentType, ContextType, RequireFields<MutationMergeCartArgs, 'input'>>;
  placeOrder?: Resolver<Maybe<ResolversTypes['PlaceOrderResult']>, ParentType, ContextType, RequireFields<MutationPlaceOrderArgs, 'input'>>;
  receiveReturn?: Resolver<Maybe<ResolversTypes['ReturnResult']>, ParentType, ContextType, RequireFields<MutationReceiveReturnArgs, 'input'>>;
  recognizeShopperCart?: Resolver<Maybe<ResolversTypes['CartResult']>, ParentType, ContextType, RequireFields<MutationRecognizeShopperCartArgs, 'input'>>;
  recordPayment?: Resolver<Maybe<ResolversTypes['RecordPaymentResult']>, ParentType, ContextType, RequireFields<MutationRecordPaymentArgs, 'input'>>;
  releaseCartHold?: Resolver<Maybe<ResolversTypes['CartResult']>, ParentType, ContextType, RequireFields<MutationReleaseCartHoldArgs, 'input'>>;
  requestReturn?: Resolver<Maybe<ResolversTypes['ReturnResult']>, ParentType, ContextType, RequireFields<MutationRequestReturnArgs, 'input'>>;
  setCartDestination?: Resolver<Maybe<ResolversTypes['CartResult']>, ParentType, ContextType, RequireFields<MutationSetCartDestinationArgs, 'input'>>;
  updateCartLines?: Resolver<Maybe<ResolversTypes['CartResult']>, ParentType, ContextType, RequireFields<MutationUpdateCartLinesArgs, 'input'>>;
  updateRefund?: Resolver<Maybe<ResolversTypes['ReturnResult']>, ParentType, ContextType, RequireFields<MutationUpdateRefundArgs, 'input'>>;
}>;

export type OrderResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'], FederationReferenceType extends FederationReferenceTypes['Order'] = FederationReferenceTypes['Order']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Order']> | FederationReferenceType, FederationReferenceType, ContextType>;
  channel?: Resolver<ResolversTypes['SalesChannel'], ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  destination?: Resolver<Maybe<ResolversTypes['OrderDestination']>, ParentType, ContextType>;
  discountTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['OrderLine']>, ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['OrderNote']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payment?: Resolver<ResolversTypes['Payment'], ParentType, ContextType>;
  placedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  promotions?: Resolver<Array<ResolversTypes['AppliedPromotion']>, ParentType, ContextType>;
  returns?: Resolver<Array<ResolversTypes['Return']>, ParentType, ContextType>;
  shippingTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
  statusHistory?: Resolver<Array<ResolversTypes['OrderStatusChange']>, ParentType, ContextType>;
  storeLocation?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  subtotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  taxTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrderConnectionResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['OrderConnection'] = ResolversParentTypes['OrderConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OrderEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type OrderDestinationResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['OrderDestination'] = ResolversParentTypes['OrderDestination']> = ResolversObject<{
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  countryCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lat?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  line1?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  line2?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lng?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postalCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type OrderEdgeResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['OrderEdge'] = ResolversParentTypes['OrderEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
}>;

export type OrderErrorResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['OrderError'] = ResolversParentTypes['OrderError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['OrderErrorCode'], ParentType, ContextType>;
  lineIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orderId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrderLineResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['OrderLine'] = ResolversParentTypes['OrderLine']> = ResolversObject<{
  cancelledAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deliveryMethod?: Resolver<ResolversTypes['DeliveryMethod'], ParentType, ContextType>;
  discount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lineTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  pickupInventory?: Resolver<Maybe<ResolversTypes['InventoryLevel']>, ParentType, ContextType>;
  pickupLocation?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tax?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
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

export type OrderStatusChangeResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['OrderStatusChange'] = ResolversParentTypes['OrderStatusChange']> = ResolversObject<{
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
}>;

export type OrderStatusUpdateResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['OrderStatusUpdate'] = ResolversParentTypes['OrderStatusUpdate']> = ResolversObject<{
  cause?: Resolver<Maybe<ResolversTypes['OrderChangeCause']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StreamMessageKind'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PaymentResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Payment'] = ResolversParentTypes['Payment']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  dueBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PaymentStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PlaceOrderResultResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['PlaceOrderResult'] = ResolversParentTypes['PlaceOrderResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'OrderPlacementError' | 'PlacedOrder', ParentType, ContextType>;
}>;

export type PlacedOrderResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['PlacedOrder'] = ResolversParentTypes['PlacedOrder']> = ResolversObject<{
  order?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
  replay?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PromotionResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Promotion'] = ResolversParentTypes['Promotion']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  couponCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endsAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PromotionKind'], ParentType, ContextType>;
  minSubtotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  usageLimit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  used?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PromotionErrorResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['PromotionError'] = ResolversParentTypes['PromotionError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['PromotionErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  cart?: Resolver<Maybe<ResolversTypes['Cart']>, ParentType, ContextType, RequireFields<QueryCartArgs, 'id'>>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType, RequireFields<QueryOrderArgs, 'id'>>;
  orderByNumber?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType, RequireFields<QueryOrderByNumberArgs, 'number'>>;
  orders?: Resolver<Maybe<ResolversTypes['OrderConnection']>, ParentType, ContextType, RequireFields<QueryOrdersArgs, 'first'>>;
  promotions?: Resolver<Maybe<Array<ResolversTypes['Promotion']>>, ParentType, ContextType, RequireFields<QueryPromotionsArgs, 'activeOnly'>>;
  return?: Resolver<Maybe<ResolversTypes['Return']>, ParentType, ContextType, RequireFields<QueryReturnArgs, 'id'>>;
}>;

export type RecordPaymentResultResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['RecordPaymentResult'] = ResolversParentTypes['RecordPaymentResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Order' | 'OrderError', ParentType, ContextType>;
}>;

export type RefundResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Refund'] = ResolversParentTypes['Refund']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RefundStatus'], ParentType, ContextType>;
}>;

export type ReturnResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Return'] = ResolversParentTypes['Return']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['ReturnLine']>, ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  receivedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  receivedLocation?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  refund?: Resolver<ResolversTypes['Refund'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReturnStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ReturnErrorResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['ReturnError'] = ResolversParentTypes['ReturnError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ReturnErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['ReturnableQuantity']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orderId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  returnId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ReturnLineResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['ReturnLine'] = ResolversParentTypes['ReturnLine']> = ResolversObject<{
  grade?: Resolver<Maybe<ResolversTypes['ReturnGrade']>, ParentType, ContextType>;
  orderLineId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  variant?: Resolver<Maybe<ResolversTypes['Variant']>, ParentType, ContextType>;
}>;

export type ReturnResultResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['ReturnResult'] = ResolversParentTypes['ReturnResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Return' | 'ReturnError', ParentType, ContextType>;
}>;

export type ReturnableQuantityResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['ReturnableQuantity'] = ResolversParentTypes['ReturnableQuantity']> = ResolversObject<{
  orderLineId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  requested?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  returnable?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ShortCartLineResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['ShortCartLine'] = ResolversParentTypes['ShortCartLine']> = ResolversObject<{
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lineId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  requested?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  customerOrdersChanged?: SubscriptionResolver<ResolversTypes['CustomerOrdersUpdate'], "customerOrdersChanged", ParentType, ContextType>;
  orderStatusChanged?: SubscriptionResolver<ResolversTypes['OrderStatusUpdate'], "orderStatusChanged", ParentType, ContextType, RequireFields<SubscriptionOrderStatusChangedArgs, 'orderId'>>;
}>;

export type VariantResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Variant'] = ResolversParentTypes['Variant']> = ResolversObject<{
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = OrdersContext> = ResolversObject<{
  AddOrderNoteResult?: AddOrderNoteResultResolvers<ContextType>;
  AppliedPromotion?: AppliedPromotionResolvers<ContextType>;
  CancelOrderResult?: CancelOrderResultResolvers<ContextType>;
  Cart?: CartResolvers<ContextType>;
  CartDestination?: CartDestinationResolvers<ContextType>;
  CartError?: CartErrorResolvers<ContextType>;
  CartHold?: CartHoldResolvers<ContextType>;
  CartHoldLine?: CartHoldLineResolvers<ContextType>;
  CartLine?: CartLineResolvers<ContextType>;
  CartResult?: CartResultResolvers<ContextType>;
  CartStockError?: CartStockErrorResolvers<ContextType>;
  CreatePromotionResult?: CreatePromotionResultResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  CustomerOrdersUpdate?: CustomerOrdersUpdateResolvers<ContextType>;
  HoldCartResult?: HoldCartResultResolvers<ContextType>;
  InventoryLevel?: InventoryLevelResolvers<ContextType>;
  Location?: LocationResolvers<ContextType>;
  MissingStock?: MissingStockResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  OrderConnection?: OrderConnectionResolvers<ContextType>;
  OrderDestination?: OrderDestinationResolvers<ContextType>;
  OrderEdge?: OrderEdgeResolvers<ContextType>;
  OrderError?: OrderErrorResolvers<ContextType>;
  OrderLine?: OrderLineResolvers<ContextType>;
  OrderNote?: OrderNoteResolvers<ContextType>;
  OrderPlacementError?: OrderPlacementErrorResolvers<ContextType>;
  OrderStatusChange?: OrderStatusChangeResolvers<ContextType>;
  OrderStatusUpdate?: OrderStatusUpdateResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Payment?: PaymentResolvers<ContextType>;
  PlaceOrderResult?: PlaceOrderResultResolvers<ContextType>;
  PlacedOrder?: PlacedOrderResolvers<ContextType>;
  Promotion?: PromotionResolvers<ContextType>;
  PromotionError?: PromotionErrorResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecordPaymentResult?: RecordPaymentResultResolvers<ContextType>;
  Refund?: RefundResolvers<ContextType>;
  Return?: ReturnResolvers<ContextType>;
  ReturnError?: ReturnErrorResolvers<ContextType>;
  ReturnLine?: ReturnLineResolvers<ContextType>;
  ReturnResult?: ReturnResultResolvers<ContextType>;
  ReturnableQuantity?: ReturnableQuantityResolvers<ContextType>;
  ShortCartLine?: ShortCartLineResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Variant?: VariantResolvers<ContextType>;
}>;


import { declareServiceInterface } from '../../platform/service-interface';
import type { DeliveryMethod, SalesChannel } from '../../platform/shared/commerce';
import type { FulfillmentCapability, LocationType } from './model';

/**
 * Fulfillment's service interface: what other subgraphs may ask of it. The fulfillment subgraph
 * implements it with its own service (`Subgraph.api`, the in-process binding); `bindRemote` binds
 * the same declaration to fulfillment's GraphQL API over HTTP.
 */
export interface FulfillmentApi {
  /** Every location of the network, active or not, ordered by id. */
  listNetwork(): Promise<NetworkNode[]>;
  /**
   * Routes an order: holds its stock all-or-nothing and creates its fulfillment orders, or says
   * why it cannot be served (typed, nothing held). A repeat for the same order id answers the same.
   */
  routeOrder(input: RouteOrderRequest): Promise<RouteOrderAnswer>;
  /**
   * Where an order stands in fulfillment: every fulfillment order made for it (rejected and
   * cancelled ones included) and the lines still waiting as a backorder. Orders derives its own
   * status from this.
   */
  orderFulfillment(input: { orderId: string }): Promise<OrderFulfillment>;
  /**
   * Cancels order lines that have not left their node: whole fulfillment orders when all their lines
   * go, otherwise just those lines (their held stock released), and waiting backorder lines. Refuses
   * everything (nothing changed) when one of the lines is already shipped or picked up. Idempotent
   * by key.
   */
  cancelLines(input: CancelLinesRequest): Promise<CancelLinesAnswer>;
}

export interface OrderFulfillment {
  fulfillmentOrders: {
    id: string;
    status: string;
    locationId: string;
    deliveryMethod: DeliveryMethod;
    lines: { orderLineId: string; quantity: number }[];
  }[];
  /** Lines waiting for stock (WAITING backorders), by order line. */
  waiting: { orderLineId: string; quantity: number }[];
}

export interface CancelLinesRequest {
  orderId: string;
  /** 1..100 order line ids. */
  orderLineIds: string[];
  /** Up to 500 characters. */
  reason: string;
  idempotencyKey: string;
}

export type CancelLinesAnswer =
  | { ok: true; cancelledFulfillmentOrderIds: string[]; changed: boolean }
  | {
      ok: false;
      code: 'ALREADY_SHIPPED' | 'UNKNOWN_LINE' | 'IDEMPOTENCY_CONFLICT';
      message: string;
      /** The lines at fault. */
      orderLineIds: string[];
    };

export interface RouteOrderRequest {
  orderId: string;
  channel: SalesChannel;
  destination: { lat: number; lng: number; countryCode: string } | null;
  lines: {
    id: string;
    sku: string;
    quantity: number;
    deliveryMethod: DeliveryMethod;
    pickupLocationId: string | null;
  }[];
  idempotencyKey: string;
  /**
   * The cart hold (catalog reservation and the cart owning it) the order takes over: its units
   * count as available where they are held when planning, and pass to the order's hold in the same
   * atomic write, so nobody can take them in between. Gone or expired: routed as without it.
   */
  replacesHold?: { reservationId: string; ownerId: string } | null;
}

/** A routed order as others see it. */
export interface RoutedFulfillmentOrder {
  id: string;
  locationId: string;
  deliveryMethod: DeliveryMethod;
  promisedBy: string;
  lines: { orderLineId: string; quantity: number }[];
}

export type RouteOrderAnswer =
  | {
      ok: true;
      fulfillmentOrders: RoutedFulfillmentOrder[];
      /** Set when lines wait for stock instead (the channel allows backorders). */
      backorder: { id: string; reason: string } | null;
      replay: boolean;
    }
  | { ok: false; code: string; message: string; shortLines: { lineId: string; sku: string; missing: number }[] };

/** A network node as other subgraphs see it (fulfillment owns the full Location). */
export interface NetworkNode {
  id: string;
  name: string;
  type: LocationType;
  geo: { lat: number; lng: number };
  capabilities: FulfillmentCapability[];
  active: boolean;
  handlingTimeHours: number;
  /** The partner operating it (a 3PL or dropship supplier); null for the retailer's own. */
  operatorPartnerId: string | null;
}

export const FULFILLMENT_API = declareServiceInterface<FulfillmentApi>('fulfillment', {
  listNetwork: {
    document:
      'query Network { locations { id name type geo { lat lng } capabilities active handlingTimeHours operatorPartnerId } }',
    result: (data) => data.locations as NetworkNode[],
  },
  routeOrder: {
    document: `mutation RouteOrder($input: RouteOrderInput!) {
      routeOrder(input: $input) {
        __typename
        ... on RoutedOrder {
          replay backorder { id reason }
          fulfillmentOrders { id locationId: location { id } deliveryMethod promisedBy lines { orderLineId quantity } }
        }
        ... on RoutingFailure { code message shortLines { lineId sku missing } }
      }
    }`,
    variables: (input) => ({ input }),
    idempotencyKey: (input) => input.idempotencyKey,
    result: (data) => {
      const answer = data.routeOrder as Record<string, unknown> & { __typename: string };
      if (answer.__typename === 'RoutingFailure') {
        const { code, message, shortLines } = answer as unknown as Omit<Extract<RouteOrderAnswer, { ok: false }>, 'ok'>;
        return { ok: false, code, message, shortLines };
      }
      const routed = answer as unknown as {
        replay: boolean;
        backorder: { id: string; reason: string } | null;
        fulfillmentOrders: (Omit<RoutedFulfillmentOrder, 'locationId'> & { locationId: { id: string } })[];
      };
      return {
        ok: true,
        replay: routed.replay,
        backorder: routed.backorder,
        fulfillmentOrders: routed.fulfillmentOrders.map((f) => ({ ...f, locationId: f.locationId.id })),
      };
    },
  },
  orderFulfillment: {
    document: `query OrderFulfillment($orderId: ID!) {
      orderFulfillment(orderId: $orderId) {
        fulfillmentOrders { id status locationId: location { id } deliveryMethod lines { orderLineId quantity } }
        waiting { orderLineId quantity }
      }
    }`,
    variables: (input) => ({ orderId: input.orderId }),
    result: (data) => {
      const view = data.orderFulfillment as {
        fulfillmentOrders: (Omit<OrderFulfillment['fulfillmentOrders'][number], 'locationId'> & {
          locationId: { id: string };
        })[];
        waiting: OrderFulfillment['waiting'];
      };
      return {
        fulfillmentOrders: view.fulfillmentOrders.map((f) => ({ ...f, locationId: f.locationId.id })),
        waiting: view.waiting,
      };
    },
  },
  cancelLines: {
    document: `mutation CancelOrderLines($input: CancelOrderLinesInput!) {
      cancelOrderLines(input: $input) {
        __typename
        ... on CancelledOrderLines { cancelledFulfillmentOrderIds changed }
        ... on CancelOrderLinesError { code message orderLineIds }
      }
    }`,
    variables: ({ orderId, orderLineIds, reason, idempotencyKey }) => ({
      input: { orderId, orderLineIds, reason, idempotencyKey },
    }),
    idempotencyKey: (input) => input.idempotencyKey,
    result: (data) => {
      const { __typename, ...answer } = data.cancelOrderLines as Record<string, unknown> & { __typename: string };
      if (__typename === 'CancelOrderLinesError') {
        const { code, message, orderLineIds } = answer as Omit<Extract<CancelLinesAnswer, { ok: false }>, 'ok'>;
        return { ok: false, code, message, orderLineIds };
      }
      const { cancelledFulfillmentOrderIds, changed } = answer as {
        cancelledFulfillmentOrderIds: string[];
        changed: boolean;
      };
      return { ok: true, cancelledFulfillmentOrderIds, changed };
    },
  },
});

/** Events fulfillment publishes that other subgraphs may react to. */
export {
  FulfillmentTopics,
  type BackorderCancelledEvent,
  type FulfillmentOrderChangedEvent,
  type LocationUpdatedEvent,
  type OrderRoutedEvent,
} from './events';

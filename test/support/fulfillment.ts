import type { Principal } from '../../platform/auth/principal';
import { bearer, OPERATOR, postGraphQL } from './http';

/**
 * A client for the fulfillment end-to-end tests: routes orders for real as orders' placeOrder does
 * (the internal service principal), steps fulfillment orders as a given principal, and reads
 * inventory positions and the network's stock through the gateway at `url`.
 */
export const ROUTING_SERVICE: Principal = { kind: 'service', service: 'orders' };

export interface Level {
  onHand: number;
  available: number;
  committed: number;
  reserved: number;
}
export interface Fo {
  id: string;
  status: string;
  location: { id: string };
  deliveryMethod: string;
  lines: { orderLineId: string; quantity: number }[];
  pickupExpiresAt: string | null;
  pickupLocation: { id: string } | null;
  receivedAt: string | null;
}
/** The fields of a fulfillment order the tests read (`Fo`). */
export const FO =
  'id status location { id } deliveryMethod lines { orderLineId quantity } pickupExpiresAt pickupLocation { id } receivedAt';

export type RouteLine = {
  id: string;
  sku: string;
  quantity: number;
  deliveryMethod: string;
  pickupLocationId?: string;
};

export const staffOf = (locationId: string): Principal => ({
  kind: 'associate',
  userId: `emp_${locationId}`,
  locationId,
});

export function fulfillmentClient(url: () => string) {
  let n = 0;
  return {
    async level(sku: string, locationId: string): Promise<Level> {
      const res = await postGraphQL<{ inventoryLevel: Level }>(
        url(),
        `{ inventoryLevel(sku: "${sku}", locationId: "${locationId}") { onHand available committed reserved } }`,
        undefined,
        bearer(OPERATOR),
      );
      return res.body.data!.inventoryLevel;
    },

    /** Routes a new order (WEB, to Paris unless `extra` says otherwise). */
    async route(lines: RouteLine[], extra: Record<string, unknown> = {}) {
      const orderId = `ord_test_${++n}`;
      const res = await postGraphQL<{
        routeOrder: { __typename: string; fulfillmentOrders?: Fo[]; code?: string; replay?: boolean };
      }>(
        url(),
        `mutation($input: RouteOrderInput!) { routeOrder(input: $input) {
          __typename ... on RoutedOrder { replay fulfillmentOrders { ${FO} } } ... on RoutingFailure { code message shortLines { lineId missing } } } }`,
        {
          input: {
            orderId,
            channel: 'WEB',
            destination: { lat: 48.8566, lng: 2.3522, countryCode: 'FR' },
            lines,
            idempotencyKey: `key-${orderId}`,
            ...extra,
          },
        },
        bearer(ROUTING_SERVICE),
      );
      return { orderId, res, answer: res.body.data?.routeOrder };
    },

    /** One step of `fo` as `who`, with a fresh source event id (unless `extra` names one). */
    async step(fo: Fo, action: string, who: Principal, extra: Record<string, unknown> = {}) {
      const res = await postGraphQL<{
        updateFulfillmentOrder: {
          __typename: string;
          fulfillmentOrder?: Fo;
          rerouted?: Fo[];
          changed?: boolean;
          code?: string;
          message?: string;
        };
      }>(
        url(),
        `mutation($input: UpdateFulfillmentOrderInput!) { updateFulfillmentOrder(input: $input) {
          __typename ... on FulfillmentOrderUpdate { changed fulfillmentOrder { ${FO} } rerouted { ${FO} } }
          ... on FulfillmentOrderError { code message } } }`,
        { input: { id: fo.id, action, sourceEventId: `${fo.id}-${action}-${++n}`, ...extra } },
        bearer(who),
      );
      expect(res.body.errors).toBeUndefined();
      return res.body.data!.updateFulfillmentOrder;
    },

    /** Positions with at least `units` available to WEB (location ids starting with `prefix`), from catalog's snapshot query. */
    /** A node's work queue as its staff see it: fulfillment order ids and statuses. */
    async queue(locationId: string): Promise<{ id: string; status: string }[]> {
      const res = await postGraphQL<{ fulfillmentQueue: { id: string; status: string }[] }>(
        url(),
        `{ fulfillmentQueue(locationId: "${locationId}") { id status } }`,
        undefined,
        bearer(staffOf(locationId)),
      );
      expect(res.body.errors).toBeUndefined();
      return res.body.data!.fulfillmentQueue;
    },

    /** `stocked`, one position per SKU (the first of each). */
    async distinct(units: number, prefix?: string): Promise<{ sku: string; locationId: string; available: number }[]> {
      const seen = new Set<string>();
      return (await this.stocked(units, prefix)).filter((p) => !seen.has(p.sku) && seen.add(p.sku));
    },

    async stocked(units: number, prefix?: string): Promise<{ sku: string; locationId: string; available: number }[]> {
      const res = await postGraphQL<{ products: { edges: { node: { variants: { sku: string }[] } }[] } }>(
        url(),
        '{ products(first: 40) { edges { node { variants { sku } } } } }',
      );
      const all = res.body.data!.products.edges.flatMap((e) => e.node.variants.map((v) => v.sku));
      const stock = await postGraphQL<{ availableStock: { sku: string; locationId: string; available: number }[] }>(
        url(),
        'query($skus: [String!]!) { availableStock(skus: $skus, channel: WEB) { sku locationId available } }',
        { skus: all.slice(0, 100) },
        bearer(ROUTING_SERVICE),
      );
      return stock.body.data!.availableStock.filter(
        (s) => s.available >= units && (!prefix || s.locationId.startsWith(prefix)),
      );
    },
  };
}

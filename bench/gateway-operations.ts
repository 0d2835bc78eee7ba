/**
 * The operations of `npm run bench:gateway` (bench/gateway.ts): what each sends, as whom, and
 * which subgraph owns it when a single subgraph answers it all (then it is also sent to that
 * subgraph directly, configuration (e)).
 */
import { generateScenario } from '../demo/generate';
import type { Principal } from '../platform/auth/principal';
import type { SubgraphName } from '../platform/config';
import { CROSS_SUBGRAPH_QUERY } from '../test/support/queries';
import { PLACE } from './checkout-clients';

export interface Operation {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  /** Sent as this principal (a bearer JWT to the gateways, the signed header to a subgraph). */
  principal: Principal;
  /** The one subgraph that answers every field, if any: it is also queried directly. */
  owner: SubgraphName | null;
  /** A mutation: each request gets fresh variables; its answers are checked for shape, not equality. */
  fresh?: (i: number) => Record<string, unknown>;
  /** For a mutation: the answer is right if this holds (no errors is checked separately). */
  shape?: (data: Record<string, unknown>) => boolean;
}

const ANONYMOUS: Principal = { kind: 'anonymous' };
const KIOSK: Principal = { kind: 'device', deviceId: 'kiosk_bench', locationId: 'loc_store_05' };
const PARIS = { lat: 48.8566, lng: 2.3522, countryCode: 'FR' };

const LISTING = (withStock: boolean) => /* GraphQL */ `
  query Listing${withStock ? '($store: [ID!])' : ''} {
    products(first: 10) {
      edges { node { id title variants { sku price(channel: WEB) { amount { amount currencyCode } }
        ${withStock ? 'inventoryLevels(locationIds: $store) { locationId available }' : ''} } } }
    }
  }`;

const NEAR = /* GraphQL */ `
  query KioskNear($sku: String!) {
    variant(sku: $sku) {
      sku
      availabilityNear(near: { lat: 48.8566, lng: 2.3522 }, radiusKm: 15, quantity: 1, first: 5) {
        distanceKm
        available
        location {
          id
          name
        }
        pickup {
          offered
          canFulfil
          readyInHours
        }
      }
    }
  }
`;

const HISTORY = /* GraphQL */ `
  query OrderHistory {
    me {
      id
      orders(first: 10) {
        number
        channel
        status
        placedAt
        total {
          amount
          currencyCode
        }
        lines {
          quantity
          variant {
            sku
            product {
              title
            }
          }
        }
      }
    }
  }
`;

const LOOKUP = /* GraphQL */ `
  query KioskLookup($value: String!) {
    customerByIdentifier(type: LOYALTY_CARD, value: $value) {
      id
      displayName
      loyaltyTier
    }
  }
`;

/**
 * The demo customer with the most orders who has a loyalty card (seed 42: 10 orders), and another
 * customer who places the bench's orders (so the journey's and history's answers never change).
 */
export function journeyCustomer(seed = 42): { customerId: string; card: string; orders: number; buyer: string } {
  const scenario = generateScenario(seed);
  const counts = new Map<string, number>();
  for (const o of scenario.orders) if (o.customerId) counts.set(o.customerId, (counts.get(o.customerId) ?? 0) + 1);
  let best: { customerId: string; card: string; orders: number } | null = null;
  for (const c of scenario.customers) {
    const card = c.identifiers.find((i) => i.type === 'LOYALTY_CARD');
    const n = counts.get(c.id) ?? 0;
    if (card && (!best || n > best.orders)) best = { customerId: c.id, card: card.value, orders: n };
  }
  const buyer = scenario.customers.find((c) => c.id !== best?.customerId);
  if (!best || !buyer) throw new Error('the demo scenario has no loyalty customer');
  return { ...best, buyer: buyer.id };
}

/**
 * Every operation. `store` is the store whose stock the listing shows, `nearSku` a SKU stocked
 * around Paris, `orderSkus` the SKUs checkout cycles through (one unit each, shipped to Paris).
 */
export function operations(args: { store: string; nearSku: string; orderSkus: string[]; runTag: string }): Operation[] {
  const journey = journeyCustomer();
  const shopper: Principal = { kind: 'customer', customerId: journey.customerId };
  return [
    { name: 'listing', query: LISTING(false), variables: {}, principal: ANONYMOUS, owner: 'catalog' },
    {
      name: 'listing+stock',
      query: LISTING(true),
      variables: { store: [args.store] },
      principal: ANONYMOUS,
      owner: 'catalog',
    },
    {
      name: 'journey',
      query: CROSS_SUBGRAPH_QUERY.replace('orders(first: 3)', 'orders(first: 10)'),
      variables: { type: 'LOYALTY_CARD', value: journey.card },
      principal: KIOSK,
      owner: null,
    },
    { name: 'kiosk-near', query: NEAR, variables: { sku: args.nearSku }, principal: KIOSK, owner: null },
    { name: 'history', query: HISTORY, variables: {}, principal: shopper, owner: null },
    { name: 'lookup', query: LOOKUP, variables: { value: journey.card }, principal: KIOSK, owner: 'identity' },
    {
      name: 'placeOrder',
      query: PLACE,
      variables: {},
      principal: { kind: 'customer', customerId: journey.buyer },
      owner: null,
      fresh: (i) => ({
        input: {
          channel: 'WEB',
          destination: PARIS,
          lines: [{ sku: args.orderSkus[i % args.orderSkus.length]!, quantity: 1 }],
          idempotencyKey: `bench-gw-${args.runTag}-${i}`,
        },
      }),
      shape: (data) => {
        const r = data.placeOrder as { __typename?: string; replay?: boolean } | null;
        return (r?.__typename === 'PlacedOrder' && r.replay === false) || r?.__typename === 'OrderPlacementError';
      },
    },
  ];
}

/** The listing's size, for the report: products and variants on the page. */
export function listingSize(data: Record<string, unknown>): { products: number; variants: number } {
  const edges = (data.products as { edges: { node: { variants: unknown[] } }[] }).edges;
  return { products: edges.length, variants: edges.reduce((n, e) => n + e.node.variants.length, 0) };
}

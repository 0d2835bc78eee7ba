import type { Policy } from '../../platform/auth/enforce';
import { actsAt, type Classification } from '../access';
import type { Principal } from '../../platform/auth/principal';
import type { CatalogContext } from './context';
import type { ReservationDoc } from './model';

type Input = {
  locationId?: string;
  input?: {
    locationId?: string;
    fromLocationId?: string;
    lines?: { locationId: string }[];
    add?: { locationId: string }[] | null;
  };
};

/** Catalog's `@policy` names (schema/catalog.graphql). */
export const catalogPolicies: Record<string, Policy<CatalogContext>> = {
  /**
   * Stock changes and a position's ledger: an internal caller, or staff of the location the stock
   * is at (sent from, for a transfer).
   */
  'location.staff': ({ principal, args }) => {
    const { input, locationId } = args as Input;
    return actsAt(principal, input?.fromLocationId ?? input?.locationId ?? locationId);
  },
  /** A reservation's fields: an internal caller, or staff of a location it holds stock at. */
  'reservation.read': ({ principal, parent }) => mayActOnReservation(principal, parent as ReservationDoc),
  /**
   * Holds (a reservation's lines, a re-route's new ones): an internal caller, or staff holding
   * stock at their own location only.
   */
  'reservation.lines': ({ principal, args }) => {
    const input = (args as Input).input;
    const lines = input?.lines ?? input?.add ?? [];
    return lines.every((l) => actsAt(principal, l.locationId));
  },
};

/** An internal caller, or staff of a location the reservation holds stock at. */
export function mayActOnReservation(principal: Principal, reservation: Pick<ReservationDoc, 'lines'>): boolean {
  return reservation.lines.some((l) => actsAt(principal, l.locationId));
}

/**
 * How catalog's fields without an authorization directive are protected (checked against the SDL
 * by test/field-classification.test.ts). The catalog, prices and availability are public; a
 * reservation and the ledger are reached only through protected fields or `reservation(id)`,
 * which hides what the caller may not see in code.
 */
export const ACCESS: Readonly<Record<string, Classification>> = {
  Product: 'public',
  Variant: 'public',
  ChannelAvailability: 'public',
  LocationAvailability: 'public',
  NearbyAvailability: 'public',
  PickupReadiness: 'public',
  VariantOption: 'public',
  Price: 'public',
  Money: 'public',
  InventoryLevel: 'public',
  StockUpdate: 'public',
  IncomingStock: 'public',
  IncomingAvailability: 'public',
  Location: 'public',
  ProductConnection: 'public',
  ProductEdge: 'public',
  PageInfo: 'public',
  CatalogError: 'public',
  Shortfall: 'public',
  InsufficientStockError: 'public',
  ChannelSourcing: 'public',
  ChannelStock: 'public',
  ChannelPrice: 'public',
  InventoryMovement: 'location-bound',
  StockChange: 'location-bound',
  InventoryMovementConnection: 'location-bound',
  InventoryMovementEdge: 'location-bound',
  ReservationLine: 'location-bound',
  'Query.product': 'public',
  'Query.productByHandle': 'public',
  'Query.products': 'public',
  'Query.variant': 'public',
  'Query.inventoryLevel': 'public',
  'Query.channelSourcing': 'public',
  'Query.availableStock': 'public',
  'Query.channelPrices': 'public',
  'Query.reservation': 'location-bound',
  'Subscription.stockChanged': 'public',
  'Subscription.backInStock': 'public',
  'Subscription.stockNear': 'public',
};

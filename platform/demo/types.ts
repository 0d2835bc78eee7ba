import type { CampaignDoc, ConversionDoc, TouchpointDoc } from '../../subgraphs/attribution/model';
import type { InventoryLevelDoc, ProductDoc, VariantDoc } from '../../subgraphs/catalog/model';
import type { FulfillmentOrderDoc, LocationDoc } from '../../subgraphs/fulfillment/model';
import type { CustomerDoc, IdentifierDoc, PartnerDoc } from '../../subgraphs/identity/model';
import type { OrderDoc } from '../../subgraphs/orders/model';

/** The whole demo network, one array per collection. */
export interface DemoData {
  customers: CustomerDoc[];
  identifiers: IdentifierDoc[];
  partners: PartnerDoc[];
  products: ProductDoc[];
  variants: VariantDoc[];
  inventoryLevels: InventoryLevelDoc[];
  locations: LocationDoc[];
  orders: OrderDoc[];
  fulfillmentOrders: FulfillmentOrderDoc[];
  campaigns: CampaignDoc[];
  touchpoints: TouchpointDoc[];
  conversions: ConversionDoc[];
}

export const CURRENCY = 'EUR';
export const COUNTRY_CODE = 'FR';
export const TIMEZONE = 'Europe/Paris';

/** Fixed reference clock: every date in the demo data is relative to it. */
export const DEMO_NOW = Date.parse('2026-11-01T00:00:00.000Z');

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** `n` as a zero-padded string of `width` digits. */
export function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

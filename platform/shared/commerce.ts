/** Vocabulary shared by several subgraphs (mirrors identical enums in their SDL). */
export const SALES_CHANNELS = ['WEB', 'APP', 'KIOSK', 'POS', 'MARKETPLACE', 'SOCIAL', 'B2B'] as const;
export type SalesChannel = (typeof SALES_CHANNELS)[number];

export const DELIVERY_METHODS = ['SHIP', 'PICKUP_IN_STORE', 'SHIP_TO_STORE', 'CARRY_OUT'] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

/** Money is always integer minor units (cents) plus an ISO-4217 currency code. */
export interface Money {
  amount: number;
  currencyCode: string;
}

export interface GeoPoint {
  lat: number;
  lng: number;
}

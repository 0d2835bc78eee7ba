import type { DeliveryMethod } from '../../../platform/shared/commerce';
import type { OrderLineDoc } from '../model';

/** Delivery methods whose line ends at a store: the customer collects it there (or took it away). */
export const PICKUP_METHODS: readonly DeliveryMethod[] = ['PICKUP_IN_STORE', 'SHIP_TO_STORE', 'CARRY_OUT'];

/**
 * The inventory position that matters for a line: its SKU at its pickup store, for lines collected
 * at a store; none for shipped lines (their stock comes from wherever routing chose).
 */
export function pickupPosition(
  line: Pick<OrderLineDoc, 'sku' | 'deliveryMethod' | 'pickupLocationId'>,
): { sku: string; locationId: string } | null {
  return line.pickupLocationId && PICKUP_METHODS.includes(line.deliveryMethod)
    ? { sku: line.sku, locationId: line.pickupLocationId }
    : null;
}

/** Order numbers are looked up as printed on receipts (`R100042`), whatever the case and spacing typed. */
export function normalizeOrderNumber(raw: string): string {
  return raw.trim().toUpperCase();
}

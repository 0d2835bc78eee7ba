import type { DeliveryMethod } from '../../../platform/shared/commerce';

/**
 * An order's totals, pure, in integer minor units. Channel prices are VAT-inclusive: the tax in a
 * line is worked out of its price at the tax country's rate (`tax = round(gross × r / (1 + r))`),
 * never added on top. Discounts come from promotions (a percentage or an amount off one SKU's lines
 * or off the whole order); an order-wide discount is spread over the lines in proportion to their
 * totals (largest remainder), so every part sums exactly to its total:
 *   subtotal = Σ lineTotal, discountTotal = Σ line discount,
 *   total = subtotal − discountTotal + shippingTotal, taxTotal = Σ line tax + shipping tax.
 */

/** Standard VAT rates in basis points (20% = 2000) of the countries the network sells to. */
export const VAT_RATES: Readonly<Record<string, number>> = {
  FR: 2000,
  BE: 2100,
  DE: 1900,
  ES: 2100,
  IT: 2200,
  NL: 2100,
  LU: 1700,
  PT: 2300,
  AT: 2000,
  IE: 2300,
};

/** Where orders collected in a store are taxed: the merchant's country (every store is in France). */
export const HOME_COUNTRY = 'FR';

/** The shipping charge per delivery method (VAT-inclusive, minor units), once per order that uses it. */
export const SHIPPING_CHARGES: Readonly<Record<DeliveryMethod, number>> = {
  SHIP: 495,
  SHIP_TO_STORE: 0,
  PICKUP_IN_STORE: 0,
  CARRY_OUT: 0,
};

/** Orders whose lines (after discounts) reach this are shipped free. */
export const FREE_SHIPPING_FROM = 10_000;

export interface PricedLine {
  id: string;
  sku: string;
  quantity: number;
  unitPrice: number;
  deliveryMethod: DeliveryMethod;
}

/** A promotion as applied: a percentage (basis points) or an amount off, on one SKU's lines or the order. */
export interface Discount {
  promotionId: string;
  code: string | null;
  kind: 'PERCENT' | 'AMOUNT';
  /** PERCENT: basis points (1,000 = 10%); AMOUNT: minor units. */
  value: number;
  /** A SKU: its lines only; null: the whole order. */
  sku: string | null;
}

export interface LineTotals {
  id: string;
  lineTotal: number;
  discount: number;
  tax: number;
}

export interface OrderTotals {
  lines: LineTotals[];
  subtotal: number;
  discountTotal: number;
  shippingTotal: number;
  taxTotal: number;
  total: number;
  /** What each promotion took off (those that took nothing are left out). */
  applied: { promotionId: string; code: string | null; amount: number }[];
}

/** The VAT in a VAT-inclusive amount at `rate` basis points. */
export const vatIn = (gross: number, rate: number) => Math.round((gross * rate) / (10_000 + rate));

/** Splits `amount` over `weights` in proportion, exactly (largest remainder; ties to the earlier). */
export function allocate(amount: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  if (sum === 0 || amount === 0) return weights.map(() => 0);
  const raw = weights.map((w) => (amount * w) / sum);
  const parts = raw.map(Math.floor);
  let left = amount - parts.reduce((s, p) => s + p, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    parts[i]!++;
    left--;
  }
  return parts;
}

export function priceOrder(
  lines: readonly PricedLine[],
  discounts: readonly Discount[],
  taxCountry: string,
): OrderTotals {
  const rate = VAT_RATES[taxCountry] ?? VAT_RATES[HOME_COUNTRY]!;
  const gross = lines.map((l) => l.unitPrice * l.quantity);
  const off = lines.map(() => 0);
  const applied: OrderTotals['applied'] = [];
  for (const d of discounts) {
    // Each promotion applies to what is left after the ones before it; never below zero.
    const targets = lines.map((l, i) => (d.sku === null || l.sku === d.sku ? gross[i]! - off[i]! : 0));
    const base = targets.reduce((s, t) => s + t, 0);
    const amount = Math.min(base, d.kind === 'PERCENT' ? Math.floor((base * d.value) / 10_000) : d.value);
    if (amount <= 0) continue;
    allocate(amount, targets).forEach((part, i) => (off[i]! += part));
    applied.push({ promotionId: d.promotionId, code: d.code, amount });
  }
  const subtotal = gross.reduce((s, g) => s + g, 0);
  const discountTotal = off.reduce((s, o) => s + o, 0);
  const charged = new Set(lines.map((l) => l.deliveryMethod));
  const shippingTotal =
    subtotal - discountTotal >= FREE_SHIPPING_FROM ? 0 : [...charged].reduce((s, m) => s + SHIPPING_CHARGES[m], 0);
  const lineTotals = lines.map((l, i) => ({
    id: l.id,
    lineTotal: gross[i]!,
    discount: off[i]!,
    tax: vatIn(gross[i]! - off[i]!, rate),
  }));
  const taxTotal = lineTotals.reduce((s, l) => s + l.tax, 0) + vatIn(shippingTotal, rate);
  return {
    lines: lineTotals,
    subtotal,
    discountTotal,
    shippingTotal,
    taxTotal,
    total: subtotal - discountTotal + shippingTotal,
    applied,
  };
}

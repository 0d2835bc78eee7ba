import { randomBytes } from 'node:crypto';
import { DuplicateKeyError } from '../../platform/store/port';
import type { Discount } from './domain/pricing';
import type { PromotionDoc } from './model';
import type { OrdersStore } from './store';

/**
 * Promotions, server-side only: operators create them; placing an order applies every automatic
 * one and the coupons it names, each used at most `usageLimit` times (an atomic conditional
 * increment, given back when the order is not placed).
 */
export const PROMOTION_LIMITS = {
  codes: 5,
  percentMax: 10_000,
  amountMax: 1_000_000,
  minSubtotalMax: 100_000_000,
  usageLimitMax: 10_000_000,
  descriptionLength: 200,
} as const;

export interface CreatePromotionInput {
  code?: string | null;
  description: string;
  kind: 'PERCENT' | 'AMOUNT';
  value: number;
  sku?: string | null;
  minSubtotal?: number | null;
  startsAt?: string | null;
  endsAt?: string | null;
  usageLimit?: number | null;
}

export type PromotionFailure = {
  ok: false;
  code: 'INVALID_PROMOTION' | 'CODE_IN_USE';
  message: string;
  field: string;
};

/** Coupon codes as typed: trimmed and upper-cased. */
export const normalizeCode = (code: string) => code.trim().toUpperCase();

/** Why coupons cannot be applied (typed, nothing used up). */
export type CouponFailure = { ok: false; code: 'INVALID_COUPON' | 'COUPON_EXHAUSTED'; message: string; field: string };

export function createPromotionUseCases(store: OrdersStore, now: () => Date) {
  function check(input: CreatePromotionInput): PromotionFailure | null {
    const L = PROMOTION_LIMITS;
    const bad = (field: string, message: string): PromotionFailure => ({
      ok: false,
      code: 'INVALID_PROMOTION',
      message,
      field,
    });
    if (input.code != null && !/^[A-Z0-9-]{3,32}$/.test(normalizeCode(input.code))) {
      return bad('couponCode', 'couponCode must be 3 to 32 letters, digits or dashes');
    }
    const description = input.description.trim();
    if (!description || description.length > L.descriptionLength) {
      return bad('description', `description must be 1 to ${L.descriptionLength} characters`);
    }
    const max = input.kind === 'PERCENT' ? L.percentMax : L.amountMax;
    if (!Number.isInteger(input.value) || input.value < 1 || input.value > max) {
      return bad(
        'value',
        `value must be an integer from 1 to ${max} (${input.kind === 'PERCENT' ? 'basis points' : 'minor units'})`,
      );
    }
    if (input.sku != null && (input.sku.trim().length === 0 || input.sku.length > 64))
      return bad('sku', 'sku must be 1 to 64 characters');
    const min = input.minSubtotal ?? 0;
    if (!Number.isInteger(min) || min < 0 || min > L.minSubtotalMax)
      return bad('minSubtotal', `minSubtotal must be 0 to ${L.minSubtotalMax}`);
    for (const field of ['startsAt', 'endsAt'] as const) {
      const v = input[field];
      if (v != null && Number.isNaN(Date.parse(v))) return bad(field, `${field} must be an ISO 8601 instant`);
    }
    if (input.startsAt && input.endsAt && Date.parse(input.endsAt) <= Date.parse(input.startsAt)) {
      return bad('endsAt', 'endsAt must be after startsAt');
    }
    const limit = input.usageLimit;
    if (limit != null && (!Number.isInteger(limit) || limit < 1 || limit > L.usageLimitMax)) {
      return bad('usageLimit', `usageLimit must be 1 to ${L.usageLimitMax}`);
    }
    return null;
  }

  const live = (p: PromotionDoc, at: string) => p.active && p.startsAt <= at && (p.endsAt === null || at < p.endsAt);
  const asDiscount = (p: PromotionDoc): Discount => ({
    promotionId: p._id,
    code: p.code,
    kind: p.kind,
    value: p.value,
    sku: p.sku,
  });

  return {
    async createPromotion(
      input: CreatePromotionInput,
      by: string,
    ): Promise<{ ok: true; promotion: PromotionDoc } | PromotionFailure> {
      const problem = check(input);
      if (problem) return problem;
      const at = now().toISOString();
      const code = input.code != null ? normalizeCode(input.code) : null;
      const doc: PromotionDoc = {
        // A coupon's id is its code, so two promotions never share one (the insert refuses the second).
        _id: code ? `promo_${code}` : `promo_${randomBytes(8).toString('hex')}`,
        code,
        description: input.description.trim(),
        kind: input.kind,
        value: input.value,
        sku: input.sku?.trim() ?? null,
        minSubtotal: input.minSubtotal ?? 0,
        startsAt: input.startsAt ? new Date(input.startsAt).toISOString() : at,
        endsAt: input.endsAt ? new Date(input.endsAt).toISOString() : null,
        usageLimit: input.usageLimit ?? null,
        used: 0,
        active: true,
        createdAt: at,
        createdBy: by,
      };
      try {
        await store.insertPromotion(doc);
      } catch (err) {
        if (err instanceof DuplicateKeyError)
          return { ok: false, code: 'CODE_IN_USE', message: `coupon code ${doc.code} is taken`, field: 'couponCode' };
        throw err;
      }
      return { ok: true, promotion: doc };
    },

    /** Promotions, newest first (at most 200). */
    listPromotions: (activeOnly: boolean) => store.listPromotions(activeOnly),

    /**
     * The discounts an order gets: every live automatic promotion and each coupon named (each must
     * be live and, when it has a minimum, met by `subtotal`), coupons' usage taken within their
     * limits. `release` gives the usage back (the order was not placed).
     */
    async claim(
      codes: readonly string[],
      subtotal: number,
    ): Promise<{ ok: true; discounts: Discount[]; release: () => Promise<void> } | CouponFailure> {
      const at = now().toISOString();
      if (codes.length > PROMOTION_LIMITS.codes) {
        return {
          ok: false,
          code: 'INVALID_COUPON',
          message: `at most ${PROMOTION_LIMITS.codes} coupon codes`,
          field: 'couponCodes',
        };
      }
      const wanted = [...new Set(codes.map(normalizeCode))];
      const [automatic, coupons] = await Promise.all([
        store.automaticPromotions(),
        wanted.length ? store.promotionsByCodes(wanted) : Promise.resolve([]),
      ]);
      for (const [i, code] of wanted.entries()) {
        const p = coupons.find((c) => c.code === code);
        const field = `couponCodes[${i}]`;
        if (!p || !live(p, at))
          return { ok: false, code: 'INVALID_COUPON', message: `${code} is not a valid coupon now`, field };
        if (subtotal < p.minSubtotal) {
          return {
            ok: false,
            code: 'INVALID_COUPON',
            message: `${code} needs an order of at least ${p.minSubtotal}`,
            field,
          };
        }
      }
      const used: PromotionDoc[] = [];
      const release = async () => {
        await Promise.all(used.map((p) => store.givePromotionBack(p._id)));
      };
      const ordered = wanted.map((code) => coupons.find((c) => c.code === code)!);
      for (const [i, p] of ordered.entries()) {
        const taken = await store.takePromotion(p);
        if (!taken) {
          await release();
          return {
            ok: false,
            code: 'COUPON_EXHAUSTED',
            message: `${p.code} has been used up`,
            field: `couponCodes[${i}]`,
          };
        }
        used.push(p);
      }
      const auto = automatic
        .filter((p) => live(p, at) && subtotal >= p.minSubtotal)
        .sort((a, b) => (a._id < b._id ? -1 : 1));
      return { ok: true, discounts: [...auto, ...ordered].map(asDiscount), release };
    },
  };
}

export type PromotionUseCases = ReturnType<typeof createPromotionUseCases>;

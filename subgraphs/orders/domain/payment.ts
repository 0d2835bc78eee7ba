import type { SalesChannel } from '../../../platform/shared/commerce';

/**
 * An order's payment, as the payment provider reports it (no provider integration here): a status
 * moved by recorded events, each idempotent by its key. Orders taken on a paying channel wait for
 * it: unpaid past their due time, they are cancelled and their stock released.
 *
 *   NONE ──► AUTHORIZED ──► CAPTURED
 *     │          │
 *     └──► FAILED ◄┘ (a failed or voided authorisation; the shopper may pay again)
 */
export const PAYMENT_STATUSES = ['NONE', 'AUTHORIZED', 'CAPTURED', 'FAILED'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

export const PAYMENT_TRANSITIONS: Readonly<Record<PaymentStatus, readonly PaymentStatus[]>> = {
  NONE: ['AUTHORIZED', 'CAPTURED', 'FAILED'],
  AUTHORIZED: ['CAPTURED', 'FAILED'],
  FAILED: ['AUTHORIZED', 'CAPTURED', 'FAILED'],
  CAPTURED: [],
};

/** Channels that pay at checkout; marketplace and B2B orders are paid outside (invoice, partner). */
export const PAYING_CHANNELS: readonly SalesChannel[] = ['WEB', 'APP', 'KIOSK', 'SOCIAL', 'POS'];

/** Whether an order in `status` still owes its payment (it is cancelled when that is overdue). */
export const isUnpaid = (status: PaymentStatus) => status === 'NONE' || status === 'FAILED';

export interface PaymentState {
  status: PaymentStatus;
  reference: string | null;
  amount: number;
  updatedAt: string;
  /** Events applied, by key, with the request's hash (the latest 20). */
  events: { key: string; hash: string }[];
}

export type PaymentPlan =
  | { kind: 'apply'; payment: PaymentState }
  | { kind: 'replay' }
  | { kind: 'invalid'; code: 'INVALID_PAYMENT' | 'IDEMPOTENCY_CONFLICT'; message: string };

/** What recording `to` does to `current` for an order of `total` minor units. Pure. */
export function planPayment(
  current: PaymentState,
  req: { status: PaymentStatus; reference: string; amount: number; key: string; hash: string },
  total: number,
  at: string,
): PaymentPlan {
  const seen = current.events.find((e) => e.key === req.key);
  if (seen) {
    return seen.hash === req.hash
      ? { kind: 'replay' }
      : {
          kind: 'invalid',
          code: 'IDEMPOTENCY_CONFLICT',
          message: `payment event ${req.key} was recorded with other content`,
        };
  }
  if (req.status === 'NONE')
    return { kind: 'invalid', code: 'INVALID_PAYMENT', message: 'status NONE cannot be recorded' };
  if (!PAYMENT_TRANSITIONS[current.status].includes(req.status)) {
    return {
      kind: 'invalid',
      code: 'INVALID_PAYMENT',
      message: `a ${current.status} payment cannot become ${req.status}`,
    };
  }
  if (req.status !== 'FAILED' && req.amount !== total) {
    return {
      kind: 'invalid',
      code: 'INVALID_PAYMENT',
      message: `amount ${req.amount} is not the order's total ${total}`,
    };
  }
  return {
    kind: 'apply',
    payment: {
      status: req.status,
      reference: req.reference,
      amount: req.status === 'FAILED' ? current.amount : req.amount,
      updatedAt: at,
      events: [...current.events, { key: req.key, hash: req.hash }].slice(-20),
    },
  };
}

export const NO_PAYMENT = (at: string): PaymentState => ({
  status: 'NONE',
  reference: null,
  amount: 0,
  updatedAt: at,
  events: [],
});

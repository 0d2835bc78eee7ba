import { createHash } from 'node:crypto';
import type { Logger } from '../../platform/logger';
import { isUnpaid, NO_PAYMENT, planPayment, type PaymentStatus } from './domain/payment';
import { OrderTopics, type PaymentRecordedEvent } from './events';
import type { OrderDoc } from './model';
import type { StatusUseCases } from './service-status';
import { orderEvent, type OrdersStore } from './store';

/**
 * Payments as the provider reports them (recordPayment, idempotent by event key, compare-and-set
 * on the order), and the sweeper that cancels orders whose payment did not come in time, releasing
 * their stock. Safe with any number of instances sweeping: the cancellation's idempotency key is
 * the order's, so only one cancels it.
 */
export interface PaymentDeps {
  store: OrdersStore;
  now: () => Date;
  logger: Logger;
  /** Publishes what the outbox recorded (platform/outbox.ts). */
  flush: () => Promise<unknown>;
}

export type PaymentFailure = {
  ok: false;
  code: 'ORDER_NOT_FOUND' | 'INVALID_PAYMENT' | 'IDEMPOTENCY_CONFLICT';
  message: string;
  orderId: string;
  lineIds: string[];
};

const ATTEMPTS = 5;

export function createPaymentUseCases(deps: PaymentDeps, status: Pick<StatusUseCases, 'cancelOrder'>) {
  const { store, now, logger, flush } = deps;

  return {
    async recordPayment(input: {
      orderId: string;
      status: PaymentStatus;
      reference: string;
      amount: number;
      idempotencyKey: string;
    }): Promise<{ ok: true; order: OrderDoc; changed: boolean } | PaymentFailure> {
      const fail = (code: PaymentFailure['code'], message: string): PaymentFailure => ({
        ok: false,
        code,
        message,
        orderId: input.orderId,
        lineIds: [],
      });
      if (input.reference.trim().length === 0 || input.reference.length > 200) {
        return fail('INVALID_PAYMENT', 'reference must be 1 to 200 characters');
      }
      if (!Number.isInteger(input.amount) || input.amount < 0)
        return fail('INVALID_PAYMENT', 'amount must be minor units ≥ 0');
      const hash = createHash('sha256')
        .update(JSON.stringify([input.status, input.reference, input.amount]))
        .digest('hex')
        .slice(0, 32);
      for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
        const order = await store.orderById(input.orderId);
        if (!order) return fail('ORDER_NOT_FOUND', `order ${input.orderId} not found`);
        if (order.status === 'CANCELLED' && input.status !== 'FAILED') {
          return fail(
            'INVALID_PAYMENT',
            'the order was cancelled (its payment did not come in time, or the shopper cancelled)',
          );
        }
        const at = now().toISOString();
        const plan = planPayment(
          order.payment ?? NO_PAYMENT(order.placedAt),
          { status: input.status, reference: input.reference, amount: input.amount, key: input.idempotencyKey, hash },
          order.total,
          at,
        );
        if (plan.kind === 'replay') return { ok: true, order, changed: false };
        if (plan.kind === 'invalid') return fail(plan.code, plan.message);
        const recorded: PaymentRecordedEvent = {
          orderId: order._id,
          status: plan.payment.status,
          amount: input.amount,
        };
        const updated = await store.updateOrder(
          order,
          {
            payment: plan.payment,
            // Paid: nothing is due any more. A failure leaves the due time as it was.
            paymentDueBy: isUnpaid(plan.payment.status) ? (order.paymentDueBy ?? null) : null,
            updatedAt: at,
          },
          [orderEvent(OrderTopics.paymentRecorded, recorded, at)],
        );
        if (!updated) continue;
        await flush();
        return { ok: true, order: updated, changed: true };
      }
      return fail('INVALID_PAYMENT', `order ${input.orderId} is changing too often; retry with the same key`);
    },

    /** Cancels unpaid orders past their due time (at most `limit` per sweep); how many it cancelled. */
    async sweepUnpaid(limit = 100): Promise<number> {
      let cancelled = 0;
      for (const order of await store.overdueUnpaid(now().toISOString(), limit)) {
        const outcome = await status.cancelOrder({
          orderId: order._id,
          reason: 'payment not received in time',
          idempotencyKey: `unpaid:${order._id}`,
        });
        if (outcome.ok && outcome.changed) cancelled++;
        else if (!outcome.ok) {
          // Something already left a node, say: it is not cancelled, and no longer swept.
          await store.updateOrder(order, { paymentDueBy: null, updatedAt: now().toISOString() });
          logger.warn({ orderId: order._id, code: outcome.code }, 'unpaid order could not be cancelled');
        }
      }
      if (cancelled > 0) logger.info({ cancelled }, 'unpaid orders cancelled');
      return cancelled;
    },
  };
}

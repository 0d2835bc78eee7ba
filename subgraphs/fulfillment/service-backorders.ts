import { FulfillmentTopics, type BackorderCancelledEvent } from './events';
import type { BackorderDoc, BackorderStatus, CancelledLine } from './model';
import type { FulfillmentDeps, RoutingUseCases } from './service-routing';
import type { FulfillmentOrderUseCases } from './service-orders';

/**
 * The backorder queue's life after routing parked lines in it: retried when stock of one of its
 * SKUs arrives, lines taken out of it by a cancellation, and cancelled when it waited too long.
 * Every change claims the backorder with a compare-and-set on its attempt count, so instances
 * (and a retry racing a cancellation) never both apply.
 */

/** How long a backorder may wait for stock, unless configured (`BACKORDER_MAX_WAIT_S`): 14 days. */
export const BACKORDER_MAX_WAIT_SECONDS = 14 * 86_400;
/** Backorders retried per inventory event (the oldest first). */
const RETRIES_PER_EVENT = 20;

export function createBackorderUseCases(
  deps: FulfillmentDeps,
  routing: Pick<RoutingUseCases, 'routeWith' | 'routedEvent'>,
  orders: Pick<FulfillmentOrderUseCases, 'transition'>,
  maxWaitSeconds: number,
) {
  const { store, now, logger, outbox } = deps;

  /** The outbox entry of `fulfillment.backorder.cancelled`, to write with the cancellation. */
  const cancelled = (bo: BackorderDoc, orderLineIds: string[], reason: BackorderCancelledEvent['reason']) => {
    const event: BackorderCancelledEvent = { orderId: bo.orderId, backorderId: bo._id, orderLineIds, reason };
    return outbox.record([{ topic: FulfillmentTopics.backorderCancelled, payload: event }], now().toISOString());
  };

  /**
   * A retry routed the lines, but the backorder changed meanwhile (lines cancelled, or the whole of
   * it): the fulfillment orders it made hold stock for lines that are no longer asked for. They are
   * cancelled (releasing their stock, which retries what still waits) before anyone was told.
   */
  async function undoRetry(bo: BackorderDoc, attempt: number, fulfillmentOrderIds: string[]): Promise<void> {
    logger.warn({ backorder: bo._id, fulfillmentOrderIds }, 'backorder changed while it was routed; undoing');
    for (const id of fulfillmentOrderIds) {
      const outcome = await orders.transition({
        id,
        action: 'CANCEL',
        sourceEventId: `superseded:${bo._id}:${attempt}`,
        reason: 'the backorder changed while it was being routed',
      });
      if (!outcome.ok) logger.error({ fo: id, code: outcome.code }, 'could not undo a superseded backorder retry');
    }
  }

  return {
    /**
     * Retries the waiting backorders that hold `sku` (stock of it changed): each is routed on the
     * live network, with a compare-and-set on its attempt count so one instance retries it at a
     * time. A routed backorder publishes `fulfillment.order.routed` like any routed order.
     */
    async retryBackorders(sku: string): Promise<number> {
      let routedCount = 0;
      for (const bo of await store.waitingBackorders(sku, RETRIES_PER_EVENT)) {
        const claimed = await store.updateBackorder(bo._id, bo.attempts, {
          attempts: bo.attempts + 1,
          updatedAt: now().toISOString(),
        });
        if (!claimed) continue; // another instance is on it
        const siblings = await store.fulfillmentOrdersByOrderIds([bo.orderId]);
        const outcome = await routing.routeWith(
          {
            orderId: bo.orderId,
            channel: bo.channel,
            destination: bo.destination,
            lines: claimed.lines,
            idempotencyKey: `${bo._id}:${claimed.attempts}`,
          },
          new Set(bo.excludedLocationIds),
          siblings.length,
        );
        if (!outcome.ok) {
          await store.updateBackorder(bo._id, claimed.attempts, {
            reason: outcome.code,
            shortLines: outcome.shortLines,
          });
          continue;
        }
        const routed = routing.routedEvent(bo.orderId, outcome.docs);
        const done = await store.updateBackorder(
          bo._id,
          claimed.attempts,
          { status: 'ROUTED', fulfillmentOrderIds: outcome.docs.map((d) => d._id), updatedAt: now().toISOString() },
          routed.op,
        );
        if (!done) {
          await undoRetry(
            bo,
            claimed.attempts,
            outcome.docs.map((d) => d._id),
          );
          continue;
        }
        await outbox.deliver(routed);
        routedCount++;
      }
      return routedCount;
    },

    /**
     * Cancels the waiting backorders created more than `BACKORDER_MAX_WAIT_S` ago (`WAITED_TOO_LONG`)
     * and publishes `fulfillment.backorder.cancelled` for each. Safe with any number of instances
     * sweeping at once: the compare-and-set on its attempt count lets one of them cancel it.
     */
    async sweepStaleBackorders(limit = 200): Promise<number> {
      const before = new Date(now().getTime() - maxWaitSeconds * 1000).toISOString();
      let count = 0;
      for (const bo of await store.staleBackorders(before, limit)) {
        const event = cancelled(
          bo,
          bo.lines.map((l) => l.id),
          'WAITED_TOO_LONG',
        );
        const done = await store.updateBackorder(
          bo._id,
          bo.attempts,
          { status: 'CANCELLED', reason: 'WAITED_TOO_LONG', updatedAt: now().toISOString() },
          event.op,
        );
        if (!done) continue; // another instance (or a retry, or a cancellation) got there first
        await outbox.deliver(event);
        count++;
      }
      if (count > 0) logger.info({ cancelled: count }, 'backorders that waited too long cancelled');
      return count;
    },

    /**
     * Takes the lines `orderLineIds` out of a waiting backorder (kept in its `cancelledLines` under
     * `key`); a backorder left empty is CANCELLED (`LINES_CANCELLED`, published). 'lost' when it is
     * no longer waiting or no longer holds them: the caller looks again.
     */
    async cancelBackorderLines(
      id: string,
      orderLineIds: readonly string[],
      key: string,
      reason: string,
    ): Promise<'applied' | 'lost'> {
      const named = new Set(orderLineIds);
      for (let attempt = 0; attempt < 5; attempt++) {
        const bo = await store.backorderById(id);
        if (!bo || bo.status !== 'WAITING') return 'lost';
        const going = bo.lines.filter((l) => named.has(l.id));
        const staying = bo.lines.filter((l) => !named.has(l.id));
        if (going.length === 0) return 'lost';
        const at = now().toISOString();
        const gone = going.map((l): CancelledLine => ({
          orderLineId: l.id,
          sku: l.sku,
          quantity: l.quantity,
          holdLineKey: null,
          key,
          reason,
          cancelledAt: at,
        }));
        const whole = staying.length === 0;
        const set: Partial<BackorderDoc> = {
          lines: staying,
          skus: [...new Set(staying.map((l) => l.sku))],
          shortLines: bo.shortLines.filter((s) => !named.has(s.lineId)),
          cancelledLines: [...(bo.cancelledLines ?? []), ...gone],
          // Claims it: a retry routing the old lines meanwhile loses and undoes what it made.
          attempts: bo.attempts + 1,
          updatedAt: at,
          ...(whole ? { status: 'CANCELLED' as const, reason: 'LINES_CANCELLED' } : {}),
        };
        const event = whole
          ? cancelled(
              bo,
              going.map((l) => l.id),
              'LINES_CANCELLED',
            )
          : null;
        const updated = await store.updateBackorder(bo._id, bo.attempts, set, event?.op);
        if (!updated) continue;
        if (event) await outbox.deliver(event);
        return 'applied';
      }
      return 'lost';
    },

    backorders: (status: BackorderStatus | null, first: number) => store.listBackorders(status, first),
  };
}

export type BackorderUseCases = ReturnType<typeof createBackorderUseCases>;

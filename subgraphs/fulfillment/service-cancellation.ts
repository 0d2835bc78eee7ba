import { badInput } from '../../platform/errors';
import { requireKey } from '../../platform/validation';
import type { CancelLinesAnswer, CancelLinesRequest } from './api';
import { holdLineKey, holdLineKeys } from './domain/fulfillment-order';
import {
  cancelEventId,
  cancellationHash,
  planCancellation,
  type CancellationPlan,
  type CancellationStep,
} from './domain/line-cancellation';
import { FulfillmentTopics, type FulfillmentOrderChangedEvent } from './events';
import type { CancelledLine, FulfillmentOrderDoc } from './model';
import type { BackorderUseCases } from './service-backorders';
import type { FulfillmentOrderUseCases } from './service-orders';
import type { FulfillmentDeps } from './service-routing';

/**
 * An order's fulfillment as orders sees it, and cancelling some of its lines (orders' cancelOrder
 * decides who may; fulfillment decides what still can be). A cancellation is recorded before it
 * changes anything and each of its steps is idempotent by its key, so a retry with the same key
 * after a crash half-way finishes it, and a repeat once done is answered without acting.
 */

/** How often a cancellation is planned again (a document it concerns moved meanwhile) before it gives up. */
const ROUNDS = 6;
const CANCELLABLE = new Set(['OPEN', 'ACCEPTED', 'IN_PROGRESS', 'READY_FOR_PICKUP']);

type StepResult = 'applied' | 'replayed' | 'lost';

export function createCancellationUseCases(
  deps: FulfillmentDeps,
  orders: Pick<FulfillmentOrderUseCases, 'transition'>,
  backorders: Pick<BackorderUseCases, 'cancelBackorderLines'>,
) {
  const { store, catalog, now, logger, outbox } = deps;

  function checked(input: CancelLinesRequest): CancelLinesRequest {
    const ids = input.orderLineIds ?? [];
    if (ids.length === 0 || ids.length > 100) throw badInput('orderLineIds must name 1 to 100 lines', 'orderLineIds');
    if (input.reason.length > 500) throw badInput('reason must be at most 500 characters', 'reason');
    return {
      orderId: requireKey(input.orderId, 'orderId'),
      orderLineIds: [...new Set(ids.map((id) => requireKey(id, 'orderLineIds')))],
      reason: input.reason,
      idempotencyKey: requireKey(input.idempotencyKey, 'idempotencyKey'),
    };
  }

  /** Releases the hold lines of lines cancelled out of `fo`, keyed by the cancellation (a retry replays). */
  async function releaseCancelled(fo: FulfillmentOrderDoc, lines: readonly CancelledLine[], key: string) {
    const lineKeys = lines.flatMap((l) => (l.holdLineKey ? [l.holdLineKey] : []));
    if (!fo.reservationId || lineKeys.length === 0) return;
    const released = await catalog.releaseLines({
      reservationId: fo.reservationId,
      lineKeys,
      reason: lines[0]!.reason,
      idempotencyKey: `${fo._id}:cancel-lines:${key}`,
    });
    if (!released.ok) logger.error({ fo: fo._id, code: released.code }, 'cancelled lines kept their hold');
  }

  /** Every line still in it is cancelled: its `CANCEL` step, which releases its whole hold. */
  async function cancelWhole(id: string, key: string, reason: string): Promise<StepResult> {
    const outcome = await orders.transition({ id, action: 'CANCEL', sourceEventId: cancelEventId(key), reason });
    if (outcome.ok) return outcome.changed ? 'applied' : 'replayed';
    if (outcome.code === 'IDEMPOTENCY_CONFLICT') throw new Error(`${id} took another request as ${cancelEventId(key)}`);
    return 'lost'; // it moved on meanwhile (shipped, rejected…): plan again
  }

  /** Some of its lines leave it (kept in `cancelledLines`), with a compare-and-set on status and updatedAt. */
  async function cancelSome(id: string, orderLineIds: readonly string[], key: string, reason: string) {
    const named = new Set(orderLineIds);
    for (let attempt = 0; attempt < 5; attempt++) {
      const fo = await store.fulfillmentOrderById(id);
      if (!fo || !CANCELLABLE.has(fo.status)) return 'lost';
      const going = fo.lines.filter((l) => named.has(l.orderLineId));
      const staying = fo.lines.filter((l) => !named.has(l.orderLineId));
      if (going.length === 0 || staying.length === 0) return 'lost';
      // Strictly later than the last write, so the compare-and-set tells the two apart.
      const at = new Date(Math.max(now().getTime(), Date.parse(fo.updatedAt) + 1)).toISOString();
      const arrived = fo.receivedAt !== null;
      const gone = going.map((l): CancelledLine => ({
        ...l,
        holdLineKey: fo.reservationId ? holdLineKey(fo._id, l.orderLineId, arrived) : null,
        key,
        reason,
        cancelledAt: at,
      }));
      const changed: FulfillmentOrderChangedEvent = {
        fulfillmentOrderId: fo._id,
        orderId: fo.orderId,
        locationId: fo.locationId,
        pickupLocationId: fo.deliveryMethod === 'SHIP_TO_STORE' ? fo.pickupLocationId : null,
        from: fo.status,
        to: fo.status,
        action: 'CANCEL_LINES',
      };
      const event = outbox.record([{ topic: FulfillmentTopics.fulfillmentOrderChanged, payload: changed }], at);
      const updated = await store.updateFulfillmentOrder(
        fo._id,
        fo.status,
        fo.updatedAt,
        { lines: staying, cancelledLines: [...(fo.cancelledLines ?? []), ...gone], updatedAt: at },
        event.op,
      );
      if (!updated) continue;
      await releaseCancelled(fo, gone, key);
      await outbox.deliver(event);
      return 'applied';
    }
    return 'lost';
  }

  function apply(step: CancellationStep, key: string, reason: string): Promise<StepResult> {
    switch (step.kind) {
      case 'CANCEL_FULFILLMENT_ORDER':
        return cancelWhole(step.fulfillmentOrderId, key, reason);
      case 'CANCEL_FULFILLMENT_ORDER_LINES':
        return cancelSome(step.fulfillmentOrderId, step.orderLineIds, key, reason);
      case 'CANCEL_BACKORDER_LINES':
        return backorders.cancelBackorderLines(step.backorderId, step.orderLineIds, key, reason);
    }
  }

  /**
   * A retry of a cancellation that did not finish: the stock moves of what it already cancelled
   * are sent again with the same keys (catalog replays the ones that were made), in case it
   * stopped between a fulfillment order's change and its stock's.
   */
  async function settleHolds(fos: readonly FulfillmentOrderDoc[], key: string, reason: string): Promise<void> {
    for (const fo of fos) {
      const mine = (fo.cancelledLines ?? []).filter((c) => c.key === key);
      if (mine.length > 0) await releaseCancelled(fo, mine, key);
      const whole = fo.status === 'CANCELLED' && fo.appliedEvents.some((e) => e.sourceEventId === cancelEventId(key));
      if (whole && fo.reservationId) {
        // Exactly the request the CANCEL step sent (service-orders.ts moveStock).
        await catalog.releaseLines({
          reservationId: fo.reservationId,
          lineKeys: holdLineKeys(fo, fo.receivedAt !== null),
          reason,
          idempotencyKey: `${fo._id}:${cancelEventId(key)}`,
        });
      }
    }
  }

  const refusal = (code: Extract<CancelLinesAnswer, { ok: false }>['code'], message: string, ids: string[]) => ({
    ok: false as const,
    code,
    message,
    orderLineIds: ids,
  });

  function refused(plan: Extract<CancellationPlan, { ok: false }>, orderId: string): CancelLinesAnswer {
    return plan.code === 'UNKNOWN_LINE'
      ? refusal(
          plan.code,
          `order ${orderId} has no such line to cancel: ${plan.orderLineIds.join(', ')}`,
          plan.orderLineIds,
        )
      : refusal(plan.code, `already shipped or picked up: ${plan.orderLineIds.join(', ')}`, plan.orderLineIds);
  }

  return {
    /** Every fulfillment order of an order (any status) and the lines of its waiting backorders. */
    async orderFulfillment(orderId: string) {
      const id = requireKey(orderId, 'orderId');
      const [fulfillmentOrders, waiting] = await Promise.all([
        store.fulfillmentOrdersByOrderIds([id]),
        store.backordersOf(id),
      ]);
      return {
        orderId: id,
        fulfillmentOrders,
        waiting: waiting
          .filter((b) => b.status === 'WAITING')
          .flatMap((b) =>
            b.lines.map((l) => ({ backorderId: b._id, orderLineId: l.id, sku: l.sku, quantity: l.quantity })),
          ),
      };
    },

    /**
     * Cancels order lines that have not left their node (api.ts `cancelLines`). Checks everything
     * first (nothing changes on a refusal), records the request, then applies it document by
     * document, planning again whenever one moved meanwhile: a fulfillment order that shipped
     * between the check and its cancellation turns the answer into ALREADY_SHIPPED, and what was
     * already cancelled on the way stays cancelled (a retry with the same key answers the same).
     */
    async cancelLines(input: CancelLinesRequest): Promise<CancelLinesAnswer> {
      const req = checked(input);
      const key = req.idempotencyKey;
      const id = `${req.orderId}:${key}`;
      const requestHash = cancellationHash(req);
      const conflict = () =>
        refusal('IDEMPOTENCY_CONFLICT', `idempotency key ${key} was used for another cancellation of this order`, []);
      let record = await store.cancellationById(id);
      if (record && record.requestHash !== requestHash) return conflict();
      if (record?.status === 'DONE') {
        return { ok: true, cancelledFulfillmentOrderIds: record.cancelledFulfillmentOrderIds, changed: false };
      }
      // A recorded request that did not finish (a crash, or the same request running concurrently):
      // this call finishes it.
      const resumed = record !== null;
      let changed = resumed;
      for (let round = 0; round < ROUNDS; round++) {
        const [fos, bos] = await Promise.all([
          store.fulfillmentOrdersByOrderIds([req.orderId]),
          store.backordersOf(req.orderId),
        ]);
        const plan = planCancellation({ orderLineIds: req.orderLineIds, key }, fos, bos);
        if (!plan.ok) return refused(plan, req.orderId);
        if (round === 0 && resumed) await settleHolds(fos, key, req.reason);
        if (plan.steps.length === 0) {
          await store.finishCancellation(id, plan.cancelledFulfillmentOrderIds, now().toISOString());
          return { ok: true, cancelledFulfillmentOrderIds: plan.cancelledFulfillmentOrderIds, changed };
        }
        if (!record) {
          const at = now().toISOString();
          record = await store.insertCancellation({
            _id: id,
            orderId: req.orderId,
            key,
            requestHash,
            orderLineIds: req.orderLineIds,
            status: 'PENDING',
            cancelledFulfillmentOrderIds: [],
            createdAt: at,
            updatedAt: at,
          });
          if (record.requestHash !== requestHash) return conflict(); // a concurrent request took the key
        }
        for (const step of plan.steps) {
          const result = await apply(step, key, req.reason);
          if (result === 'applied') changed = true;
          if (result === 'lost') break;
        }
      }
      throw new Error(`order ${req.orderId} changed too often while its lines were being cancelled; retry`);
    },
  };
}

export type CancellationUseCases = ReturnType<typeof createCancellationUseCases>;

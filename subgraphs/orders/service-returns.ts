import type { Logger } from '../../platform/logger';
import { DuplicateKeyError } from '../../platform/store/port';
import { requireKey } from '../../platform/validation';
import type { CatalogApi } from '../catalog/api';
import type { FulfillmentApi } from '../fulfillment/api';
import {
  checkReceipt,
  checkReturnRequest,
  DISPOSITION,
  fingerprint,
  gradedLines,
  movementIdFor,
  planClaim,
  planRefund,
  receivedClaim,
  refundAmount,
  RETURN_LIMITS,
  returnableLines,
  returnIdFor,
  type LineShortfall,
  type ReceivedLine,
  type RequestedLine,
} from './domain/returns';
import { OrderTopics, type ReturnReceivedEvent, type ReturnRefundedEvent, type ReturnRequestedEvent } from './events';
import type { ReturnClaimDoc, ReturnDoc } from './model';
import { orderEvent, type OrdersStore } from './store';

/**
 * Returns (RMAs) of delivered or collected units. A request claims its units on the order with a
 * compare-and-set (so two requests racing for the last unit cannot both have it) before the return
 * is stored; a receipt is recorded on the return before stock moves, then fed to catalog's ledger
 * line by line (idempotent movement ids), so a retry — or the next receipt call — finishes one
 * that stopped half-way; refunds follow their own small state machine (domain/returns.ts).
 */
export interface ReturnDeps {
  store: OrdersStore;
  catalog: Pick<CatalogApi, 'recordReturn'>;
  fulfillment: Pick<FulfillmentApi, 'orderFulfillment' | 'listNetwork'>;
  now: () => Date;
  logger: Logger;
  /** Publishes what the outbox recorded with a change (platform/outbox.ts). */
  flush: () => Promise<unknown>;
}

export type ReturnErrorCode =
  | 'ORDER_NOT_FOUND'
  | 'RETURN_NOT_FOUND'
  | 'UNKNOWN_LINE'
  | 'NOT_RETURNABLE'
  | 'INVALID_RETURN'
  | 'EXCEEDS_REQUESTED'
  | 'INVALID_LOCATION'
  | 'INVALID_TRANSITION'
  | 'IDEMPOTENCY_CONFLICT';

/** An expected refusal: nothing changed. */
export interface ReturnFailure {
  ok: false;
  code: ReturnErrorCode;
  message: string;
  returnId: string | null;
  orderId: string | null;
  field: string | null;
  lines: LineShortfall[];
}
/** `changed` is false for a replay (same key or event, same request). */
export type ReturnOutcome = { ok: true; ret: ReturnDoc; changed: boolean } | ReturnFailure;

const ATTEMPTS = 10;

export function createReturnUseCases({ store, catalog, fulfillment, now, logger, flush }: ReturnDeps) {
  const fail = (
    code: ReturnErrorCode,
    message: string,
    ids: { returnId?: string | null; orderId?: string | null },
    field: string | null = null,
    lines: LineShortfall[] = [],
  ): ReturnFailure => ({
    ok: false,
    code,
    message,
    returnId: ids.returnId ?? null,
    orderId: ids.orderId ?? null,
    field,
    lines,
  });
  const replayOf = (ret: ReturnDoc, requestHash: string, ids: { returnId: string; orderId: string }): ReturnOutcome =>
    ret.requestHash === requestHash
      ? { ok: true, ret, changed: false }
      : fail('IDEMPOTENCY_CONFLICT', 'this idempotency key was used for another return', ids);

  /** Sets the claim of `returnId` on its order to `lines` (compare-and-set, retried; nothing when already so). */
  async function settleClaim(orderId: string, returnId: string, lines: ReturnClaimDoc['lines']) {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const order = await store.orderById(orderId);
      const claims = order?.returnClaims ?? [];
      const claim = claims.find((c) => c.returnId === returnId);
      if (!order || !claim || JSON.stringify(claim.lines) === JSON.stringify(lines)) return;
      const next = claims.map((c) => (c === claim ? { ...c, lines } : c));
      if (await store.setReturnClaims(order, next)) return;
    }
    throw new Error(`order ${orderId} is too contended to settle return ${returnId}; retry the receipt`);
  }

  /**
   * Finishes a recorded receipt: every graded line into catalog's ledger at the location (RESTOCK
   * is available at once), the order's claim down to what arrived (the rest may be returned again),
   * then the return RECEIVED with its lines graded and its refund recounted. Idempotent throughout.
   */
  async function finishReceipt(recorded: ReturnDoc): Promise<ReturnDoc> {
    const receipt = recorded.receipt!;
    for (const line of receipt.lines) {
      const answer = await catalog.recordReturn({
        sku: recorded.lines.find((l) => l.orderLineId === line.orderLineId)!.sku,
        locationId: receipt.locationId,
        quantity: line.quantity,
        disposition: DISPOSITION[line.grade],
        sourceEventId: movementIdFor(recorded._id, line.orderLineId, line.grade),
      });
      if (!answer.ok) {
        throw new Error(
          `catalog refused return ${recorded._id} (${answer.code}: ${answer.message}); retry the receipt`,
        );
      }
    }
    await settleClaim(recorded.orderId, recorded._id, receivedClaim(receipt.lines));
    const order = await store.orderById(recorded.orderId);
    for (let attempt = 0, ret = recorded; attempt < ATTEMPTS; attempt++) {
      if (ret.receipt?.done) return ret;
      const at = now().toISOString();
      const amount = refundAmount(order?.lines ?? [], receivedClaim(receipt.lines));
      const received: ReturnReceivedEvent = {
        returnId: ret._id,
        orderId: ret.orderId,
        locationId: receipt.locationId,
        lines: receipt.lines.map((l) => ({ ...l, sku: ret.lines.find((r) => r.orderLineId === l.orderLineId)!.sku })),
        refundAmount: amount,
        currencyCode: ret.refund.currencyCode,
      };
      const updated = await store.updateReturn(
        ret,
        {
          status: 'RECEIVED',
          lines: gradedLines(ret.lines, receipt.lines),
          receivedAt: receipt.at,
          receivedLocationId: receipt.locationId,
          receipt: { ...receipt, done: true },
          refund: { ...ret.refund, amount },
          updatedAt: at,
        },
        [orderEvent(OrderTopics.returnReceived, received, at)],
      );
      if (updated) {
        await flush();
        logger.info({ returnId: ret._id, locationId: receipt.locationId }, 'return received');
        return updated;
      }
      ret = (await store.returnById(recorded._id))!;
    }
    throw new Error(`return ${recorded._id} is too contended to record its receipt; retry it`);
  }

  return {
    returnById: (id: string) => store.returnById(id),

    /**
     * Asks to return units of an order's lines: each at most what reached the shopper and is not
     * held by another return. One return per order and (caller-scoped) key.
     */
    async requestReturn(input: {
      orderId: string;
      lines: readonly RequestedLine[];
      idempotencyKey: string;
      requestedBy: string;
    }): Promise<ReturnOutcome> {
      const returnId = returnIdFor(input.orderId, input.idempotencyKey);
      const ids = { returnId, orderId: input.orderId };
      const order = await store.orderById(input.orderId);
      if (!order) return fail('ORDER_NOT_FOUND', `order ${input.orderId} not found`, ids);
      const check = checkReturnRequest(order.lines, input.lines);
      if (!check.ok) return fail(check.code, check.message, ids, check.field, check.lines);
      const requestHash = fingerprint([order._id, check.lines.map((l) => [l.orderLineId, l.quantity, l.reason])]);
      const existing = await store.returnById(returnId);
      if (existing) return replayOf(existing, requestHash, ids);

      const view = await fulfillment.orderFulfillment({ orderId: order._id });
      const claim = {
        returnId,
        requestHash,
        lines: check.lines.map((l) => ({ orderLineId: l.orderLineId, quantity: l.quantity })),
      };
      for (let attempt = 0; ; attempt++) {
        const current = (await store.orderById(order._id))!;
        const claims = current.returnClaims ?? [];
        const mine = claims.find((c) => c.returnId === returnId);
        if (mine) {
          // A retry after a failure between the claim and storing the return: store it now.
          if (mine.requestHash !== requestHash)
            return fail('IDEMPOTENCY_CONFLICT', 'this idempotency key was used for another return', ids);
          break;
        }
        const plan = planClaim(returnableLines(current.lines, view, claims), claims, claim);
        if (!plan.ok) return fail(plan.code, plan.message, ids, plan.field, plan.lines);
        if (await store.setReturnClaims(current, plan.claims)) break;
        if (attempt >= ATTEMPTS)
          throw new Error(`order ${order._id} is too contended to take a return; retry with the same key`);
      }

      const at = now().toISOString();
      const doc: ReturnDoc = {
        _id: returnId,
        orderId: order._id,
        status: 'REQUESTED',
        lines: check.lines,
        requestHash,
        requestedBy: input.requestedBy,
        receipt: null,
        receivedAt: null,
        receivedLocationId: null,
        refund: {
          status: 'NOT_REFUNDED',
          amount: refundAmount(order.lines, claim.lines),
          currencyCode: order.currencyCode,
          reference: null,
        },
        refundKeys: [],
        createdAt: at,
        updatedAt: at,
        revision: 0,
      };
      const requested: ReturnRequestedEvent = {
        returnId,
        orderId: order._id,
        lines: doc.lines.map(({ orderLineId, sku, quantity }) => ({ orderLineId, sku, quantity })),
        refundAmount: doc.refund.amount,
        currencyCode: doc.refund.currencyCode,
      };
      try {
        await store.insertReturn(doc, [orderEvent(OrderTopics.returnRequested, requested, at)]);
      } catch (err) {
        if (!(err instanceof DuplicateKeyError)) throw err;
        return replayOf((await store.returnById(returnId))!, requestHash, ids); // a concurrent retry stored it
      }
      await flush();
      logger.info({ returnId, orderId: order._id }, 'return requested');
      return { ok: true, ret: doc, changed: true };
    },

    /**
     * Receives a return at a store or warehouse offering RETURNS, graded per line; once. The same
     * sourceEventId and request again answers the return unchanged; another one is refused.
     */
    async receiveReturn(input: {
      returnId: string;
      locationId: string;
      lines: readonly ReceivedLine[];
      sourceEventId: string;
    }): Promise<ReturnOutcome> {
      const sourceEventId = requireKey(input.sourceEventId, 'sourceEventId');
      for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
        let ret = await store.returnById(input.returnId);
        const ids = { returnId: input.returnId, orderId: ret?.orderId };
        if (!ret) return fail('RETURN_NOT_FOUND', `return ${input.returnId} not found`, ids);
        const check = checkReceipt(ret, input.lines);
        if (!check.ok) return fail(check.code, check.message, ids, check.field, check.lines);
        const requestHash = fingerprint([
          input.locationId,
          check.lines.map((l) => [l.orderLineId, l.grade, l.quantity]),
        ]);
        if (ret.receipt) {
          if (!ret.receipt.done) ret = await finishReceipt(ret);
          if (ret.receipt!.sourceEventId !== sourceEventId) {
            return fail(
              'INVALID_TRANSITION',
              `return ${ret._id} was already received (${ret.receipt!.sourceEventId})`,
              ids,
            );
          }
          return ret.receipt!.requestHash === requestHash
            ? { ok: true, ret, changed: false }
            : fail('IDEMPOTENCY_CONFLICT', `source event ${sourceEventId} was applied with other content`, ids);
        }
        const node = (await fulfillment.listNetwork()).find((n) => n.id === input.locationId);
        if (!node || !['STORE', 'WAREHOUSE'].includes(node.type) || !node.capabilities.includes('RETURNS')) {
          return fail(
            'INVALID_LOCATION',
            `${input.locationId} is not a store or warehouse taking returns`,
            ids,
            'locationId',
          );
        }
        const receipt = {
          sourceEventId,
          requestHash,
          locationId: node.id,
          lines: check.lines,
          at: now().toISOString(),
          done: false,
        };
        const recorded = await store.updateReturn(ret, { receipt, updatedAt: receipt.at });
        if (recorded) return { ok: true, ret: await finishReceipt(recorded), changed: true };
      }
      throw new Error(`return ${input.returnId} is too contended to receive; retry with the same sourceEventId`);
    },

    /** Moves a return's refund on (PENDING, REFUNDED once received); idempotent by (caller-scoped) key. */
    async updateRefund(input: {
      returnId: string;
      status: 'PENDING' | 'REFUNDED';
      reference: string | null;
      idempotencyKey: string;
    }): Promise<ReturnOutcome> {
      const reference = input.reference?.trim() || null;
      if (reference && reference.length > RETURN_LIMITS.reference) {
        const message = `reference must be at most ${RETURN_LIMITS.reference} characters`;
        return fail('INVALID_RETURN', message, { returnId: input.returnId }, 'reference');
      }
      const requestHash = fingerprint([input.status, reference]);
      for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
        const ret = await store.returnById(input.returnId);
        const ids = { returnId: input.returnId, orderId: ret?.orderId };
        if (!ret) return fail('RETURN_NOT_FOUND', `return ${input.returnId} not found`, ids);
        const plan = planRefund(ret, { status: input.status, reference, key: input.idempotencyKey, requestHash });
        if (plan.kind === 'replay') return { ok: true, ret, changed: false };
        if (plan.kind === 'invalid') return fail(plan.code, plan.message, ids);
        const at = now().toISOString();
        const { amount, currencyCode, reference: paid } = plan.set.refund;
        const refunded: ReturnRefundedEvent = {
          returnId: ret._id,
          orderId: ret.orderId,
          amount,
          currencyCode,
          reference: paid,
        };
        const events =
          plan.set.refund.status === 'REFUNDED' ? [orderEvent(OrderTopics.returnRefunded, refunded, at)] : [];
        const updated = await store.updateReturn(ret, { ...plan.set, updatedAt: at }, events);
        if (!updated) continue;
        if (events.length > 0) await flush();
        return { ok: true, ret: updated, changed: true };
      }
      throw new Error(`return ${input.returnId} is too contended to update its refund; retry with the same key`);
    },
  };
}

export type ReturnUseCases = ReturnType<typeof createReturnUseCases>;

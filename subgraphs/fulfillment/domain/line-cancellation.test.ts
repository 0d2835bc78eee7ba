import fc from 'fast-check';
import { FULFILLMENT_ORDER_STATUSES, type FulfillmentOrderStatus } from '../model';
import {
  cancelEventId,
  cancellationHash,
  LEFT_NODE,
  planCancellation,
  type BackorderView,
  type FulfillmentOrderView,
} from './line-cancellation';

const fo = (
  _id: string,
  status: FulfillmentOrderStatus,
  lines: string[],
  extra: Partial<FulfillmentOrderView> = {},
): FulfillmentOrderView => ({
  _id,
  status,
  lines: lines.map((orderLineId) => ({ orderLineId })),
  appliedEvents: [],
  ...extra,
});
const bo = (_id: string, status: string, lines: string[], extra: Partial<BackorderView> = {}): BackorderView => ({
  _id,
  status,
  lines: lines.map((id) => ({ id })),
  ...extra,
});
const plan = (ids: string[], fos: FulfillmentOrderView[], bos: BackorderView[] = [], key = 'k1') =>
  planCancellation({ orderLineIds: ids, key }, fos, bos);

describe('planCancellation', () => {
  it.each<[string, string[], FulfillmentOrderView[], BackorderView[], unknown]>([
    [
      'every line of an open order: the whole fulfillment order',
      ['l1', 'l2'],
      [fo('fo_2', 'OPEN', ['l1', 'l2'])],
      [],
      {
        ok: true,
        steps: [{ kind: 'CANCEL_FULFILLMENT_ORDER', fulfillmentOrderId: 'fo_2', orderLineIds: ['l1', 'l2'] }],
      },
    ],
    [
      'some lines: only those leave it',
      ['l2'],
      [fo('fo_1', 'ACCEPTED', ['l1', 'l2'])],
      [],
      {
        ok: true,
        steps: [{ kind: 'CANCEL_FULFILLMENT_ORDER_LINES', fulfillmentOrderId: 'fo_1', orderLineIds: ['l2'] }],
      },
    ],
    [
      'a ready pickup can be cancelled (its hold is released)',
      ['l1'],
      [fo('fo_1', 'READY_FOR_PICKUP', ['l1'])],
      [],
      { ok: true, steps: [{ kind: 'CANCEL_FULFILLMENT_ORDER', fulfillmentOrderId: 'fo_1' }] },
    ],
    [
      'waiting lines leave the backorder; the last one cancels it',
      ['l3', 'l4'],
      [],
      [bo('bo_1', 'WAITING', ['l3']), bo('bo_2', 'WAITING', ['l4', 'l5'])],
      {
        ok: true,
        steps: [
          { kind: 'CANCEL_BACKORDER_LINES', backorderId: 'bo_1', orderLineIds: ['l3'], whole: true },
          { kind: 'CANCEL_BACKORDER_LINES', backorderId: 'bo_2', orderLineIds: ['l4'], whole: false },
        ],
      },
    ],
    [
      'a rejected order’s lines count where they were re-routed, not in it',
      ['l1'],
      [fo('fo_1', 'REJECTED', ['l1']), fo('fo_2', 'OPEN', ['l1'])],
      [],
      { ok: true, steps: [{ kind: 'CANCEL_FULFILLMENT_ORDER', fulfillmentOrderId: 'fo_2' }] },
    ],
    [
      'a line in no live order and no waiting backorder is unknown, before any shipped line',
      ['l1', 'l9', 'l2', 'l8'],
      [fo('fo_1', 'SHIPPED', ['l1']), fo('fo_2', 'CANCELLED', ['l2'])],
      [bo('bo_1', 'ROUTED', ['l8'])],
      { ok: false, code: 'UNKNOWN_LINE', orderLineIds: ['l9', 'l2', 'l8'] },
    ],
    [
      'one shipped, delivered or picked-up line refuses the whole request, naming each',
      ['l1', 'l2', 'l3', 'l4'],
      [
        fo('fo_1', 'SHIPPED', ['l1']),
        fo('fo_2', 'DELIVERED', ['l2']),
        fo('fo_3', 'PICKED_UP', ['l3']),
        fo('fo_4', 'OPEN', ['l4']),
      ],
      [],
      { ok: false, code: 'ALREADY_SHIPPED', orderLineIds: ['l1', 'l2', 'l3'] },
    ],
    [
      'a line this key already cancelled is done (a retry); another key’s is unknown',
      ['l1', 'l2', 'l3'],
      [
        fo('fo_1', 'CANCELLED', ['l1'], { appliedEvents: [{ sourceEventId: cancelEventId('k1') }] }),
        fo('fo_2', 'OPEN', ['l5'], { cancelledLines: [{ orderLineId: 'l2', key: 'k1' }] }),
        fo('fo_3', 'OPEN', ['l3']),
      ],
      [],
      {
        ok: true,
        steps: [{ kind: 'CANCEL_FULFILLMENT_ORDER', fulfillmentOrderId: 'fo_3' }],
        cancelledFulfillmentOrderIds: ['fo_1'],
        alreadyCancelled: ['l1', 'l2'],
      },
    ],
  ])('%s', (_name, ids, fos, bos, expected) => {
    expect(plan(ids, fos, bos)).toMatchObject(expected as object);
  });

  it('another key’s cancellation is not a replay', () => {
    const fos = [fo('fo_1', 'CANCELLED', ['l1'], { appliedEvents: [{ sourceEventId: cancelEventId('k0') }] })];
    expect(plan(['l1'], fos)).toEqual({ ok: false, code: 'UNKNOWN_LINE', orderLineIds: ['l1'] });
  });

  it('a line named twice is cancelled once', () => {
    expect(plan(['l1', 'l1'], [fo('fo_1', 'OPEN', ['l1', 'l2'])])).toMatchObject({
      ok: true,
      steps: [{ kind: 'CANCEL_FULFILLMENT_ORDER_LINES', orderLineIds: ['l1'] }],
    });
  });

  it('invariants: each named standing line is in exactly one step, whole means nothing stays, refusals plan nothing', () => {
    const status = fc.constantFrom(...FULFILLMENT_ORDER_STATUSES);
    const lineIds = fc.uniqueArray(fc.constantFrom<string>('l1', 'l2', 'l3', 'l4', 'l5', 'l6'), { minLength: 1 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(status, lineIds), { maxLength: 4 }),
        fc.array(fc.tuple(fc.constantFrom('WAITING', 'ROUTED', 'CANCELLED'), lineIds), { maxLength: 2 }),
        lineIds,
        (fs, bs, named) => {
          // A line stands in one place at a time (a rejection moves it): drop repeats across documents.
          const seen = new Set<string>();
          const own = (ids: string[]) => ids.filter((id) => !seen.has(id) && seen.add(id));
          const fos = fs.map(([s, ids], i) => fo(`fo_${i}`, s, own(ids))).filter((f) => f.lines.length > 0);
          const bos = bs.map(([s, ids], i) => bo(`bo_${i}`, s, own(ids))).filter((b) => b.lines.length > 0);
          const result = plan(named, fos, bos);
          const live = fos.filter((f) => f.status !== 'REJECTED' && f.status !== 'CANCELLED');
          const where = new Map<string, FulfillmentOrderStatus | 'WAITING'>();
          for (const f of live) for (const l of f.lines) where.set(l.orderLineId, f.status);
          for (const b of bos.filter((x) => x.status === 'WAITING'))
            for (const l of b.lines) where.set(l.id, 'WAITING');
          if (named.some((id) => !where.has(id))) {
            expect(result).toMatchObject({ ok: false, code: 'UNKNOWN_LINE' });
            return;
          }
          const shipped = named.filter((id) => LEFT_NODE.includes(where.get(id) as FulfillmentOrderStatus));
          if (shipped.length > 0) {
            expect(result).toEqual({ ok: false, code: 'ALREADY_SHIPPED', orderLineIds: shipped });
            return;
          }
          if (!result.ok) throw new Error('refused a cancellable request');
          const covered = result.steps.flatMap((s) => s.orderLineIds);
          expect([...covered].sort()).toEqual([...named].sort());
          for (const s of result.steps) {
            const doc =
              s.kind === 'CANCEL_BACKORDER_LINES'
                ? bos.find((b) => b._id === s.backorderId)!.lines.map((l) => l.id)
                : fos.find((f) => f._id === s.fulfillmentOrderId)!.lines.map((l) => l.orderLineId);
            const whole = s.kind === 'CANCEL_BACKORDER_LINES' ? s.whole : s.kind === 'CANCEL_FULFILLMENT_ORDER';
            expect(whole).toBe(doc.every((id) => named.includes(id)));
          }
        },
      ),
    );
  });
});

describe('cancellationHash', () => {
  it('is the same for the same lines in any order or repeated, and differs with the lines or the reason', () => {
    const h = cancellationHash({ orderLineIds: ['l1', 'l2'], reason: 'r' });
    expect(cancellationHash({ orderLineIds: ['l2', 'l1', 'l2'], reason: 'r' })).toBe(h);
    expect(cancellationHash({ orderLineIds: ['l1'], reason: 'r' })).not.toBe(h);
    expect(cancellationHash({ orderLineIds: ['l1', 'l2'], reason: 'other' })).not.toBe(h);
  });
});

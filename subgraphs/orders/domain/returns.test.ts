import type { ReturnClaimDoc, ReturnDoc, ReturnLineDoc } from '../model';
import {
  checkReceipt,
  checkReturnRequest,
  DISPOSITION,
  gradedLines,
  planClaim,
  planRefund,
  receivedClaim,
  refundAmount,
  RETURN_LIMITS,
  returnableLines,
  returnIdFor,
  type ReceivedLine,
  type RefundRequest,
} from './returns';

const LINES = [
  { id: 'o-1', sku: 'A', unitPrice: 1000, quantity: 3, discount: 0 },
  { id: 'o-2', sku: 'B', unitPrice: 2500, quantity: 2, discount: 1001 },
];
const fo = (status: string, ...lines: [string, number][]) => ({
  status,
  lines: lines.map(([orderLineId, quantity]) => ({ orderLineId, quantity })),
});
const claim = (returnId: string, ...lines: [string, number][]): ReturnClaimDoc => ({
  returnId,
  requestHash: 'h',
  lines: lines.map(([orderLineId, quantity]) => ({ orderLineId, quantity })),
});

describe('returnable quantities', () => {
  it.each<[string, ReturnType<typeof fo>[], ReturnClaimDoc[], [number, number]]>([
    ['nothing left a node yet', [fo('OPEN', ['o-1', 3]), fo('ACCEPTED', ['o-2', 2])], [], [0, 0]],
    ['shipped but not delivered: still with the carrier', [fo('SHIPPED', ['o-1', 3], ['o-2', 2])], [], [0, 0]],
    ['delivered', [fo('DELIVERED', ['o-1', 3], ['o-2', 2])], [], [3, 2]],
    ['picked up at a store', [fo('PICKED_UP', ['o-1', 2])], [], [2, 0]],
    [
      'a line split over two nodes, one delivered',
      [fo('DELIVERED', ['o-1', 1]), fo('SHIPPED', ['o-1', 2])],
      [],
      [1, 0],
    ],
    ['split, both handed over', [fo('DELIVERED', ['o-1', 1]), fo('PICKED_UP', ['o-1', 2])], [], [3, 0]],
    ['ready for pickup, not yet collected', [fo('READY_FOR_PICKUP', ['o-1', 3])], [], [0, 0]],
    ['cancelled or rejected', [fo('CANCELLED', ['o-1', 3]), fo('REJECTED', ['o-2', 2])], [], [0, 0]],
    [
      'less what other returns hold',
      [fo('DELIVERED', ['o-1', 3], ['o-2', 2])],
      [claim('r1', ['o-1', 2]), claim('r2', ['o-1', 1], ['o-2', 1])],
      [0, 1],
    ],
    ['never below zero', [fo('DELIVERED', ['o-1', 1])], [claim('r1', ['o-1', 2])], [0, 0]],
  ])('%s', (_case, fulfillmentOrders, claims, expected) => {
    const lines = returnableLines(LINES, { fulfillmentOrders }, claims);
    expect(lines.map((l) => l.returnable)).toEqual(expected);
    for (const l of lines) {
      expect(l.returnable).toBeGreaterThanOrEqual(0);
      expect(l.returnable).toBeLessThanOrEqual(l.handedOver);
      expect(l.returnable).toBe(Math.max(0, l.handedOver - l.claimed));
    }
  });
});

describe('a return request', () => {
  const ok = { orderLineId: 'o-1', quantity: 1, reason: 'too small' };
  it('keeps the lines in request order with their SKU, reasons trimmed, no grade', () => {
    expect(checkReturnRequest(LINES, [{ ...ok, orderLineId: 'o-2', reason: '  broken ' }, ok])).toEqual({
      ok: true,
      lines: [
        { orderLineId: 'o-2', sku: 'B', quantity: 1, reason: 'broken', grade: null },
        { orderLineId: 'o-1', sku: 'A', quantity: 1, reason: 'too small', grade: null },
      ],
    });
  });

  it.each<[string, (typeof ok)[], string, string | null]>([
    ['no line', [], 'INVALID_RETURN', 'lines'],
    ['too many lines', Array.from({ length: RETURN_LIMITS.lines + 1 }, () => ok), 'INVALID_RETURN', 'lines'],
    ['a line not of the order', [ok, { ...ok, orderLineId: 'o-9' }], 'UNKNOWN_LINE', 'lines'],
    ['a line named twice', [ok, ok], 'INVALID_RETURN', 'lines[1].orderLineId'],
    ['zero units', [{ ...ok, quantity: 0 }], 'INVALID_RETURN', 'lines[0].quantity'],
    ['fractional units', [{ ...ok, quantity: 1.5 }], 'INVALID_RETURN', 'lines[0].quantity'],
    ['too many units', [{ ...ok, quantity: 1000 }], 'INVALID_RETURN', 'lines[0].quantity'],
    ['a blank reason', [{ ...ok, reason: '  ' }], 'INVALID_RETURN', 'lines[0].reason'],
    ['a reason past 500 characters', [{ ...ok, reason: 'x'.repeat(501) }], 'INVALID_RETURN', 'lines[0].reason'],
  ])('refuses %s', (_case, lines, code, field) => {
    expect(checkReturnRequest(LINES, lines)).toMatchObject({ ok: false, code, field });
  });

  it('claims all or nothing, naming every line asked beyond what is returnable', () => {
    const returnable = returnableLines(LINES, { fulfillmentOrders: [fo('DELIVERED', ['o-1', 1], ['o-2', 2])] }, []);
    const refused = planClaim(returnable, [], claim('r1', ['o-1', 2], ['o-2', 2]));
    expect(refused).toMatchObject({
      ok: false,
      code: 'NOT_RETURNABLE',
      lines: [{ orderLineId: 'o-1', requested: 2, returnable: 1 }],
    });
    const both = planClaim(returnable, [], claim('r1', ['o-1', 3], ['o-2', 3]));
    expect(both).toMatchObject({ ok: false, lines: [{ orderLineId: 'o-1' }, { orderLineId: 'o-2' }] });
    const existing = [claim('r0', ['o-2', 1])];
    expect(planClaim(returnable, existing, claim('r1', ['o-1', 1]))).toEqual({
      ok: true,
      claims: [...existing, claim('r1', ['o-1', 1])],
    });
  });

  it(`an order takes at most ${RETURN_LIMITS.returnsPerOrder} returns`, () => {
    const claims = Array.from({ length: RETURN_LIMITS.returnsPerOrder }, (_, i) => claim(`r${i}`));
    const returnable = returnableLines(LINES, { fulfillmentOrders: [fo('DELIVERED', ['o-1', 3])] }, claims);
    expect(planClaim(returnable, claims, claim('r-last', ['o-1', 1]))).toMatchObject({ code: 'NOT_RETURNABLE' });
  });

  it('one return per order and caller-scoped key', () => {
    expect(returnIdFor('ord_1', 'customer:c|k')).toMatch(/^ret_[0-9a-f]{24}$/);
    expect(returnIdFor('ord_1', 'customer:c|k')).toBe(returnIdFor('ord_1', 'customer:c|k'));
    expect(returnIdFor('ord_2', 'customer:c|k')).not.toBe(returnIdFor('ord_1', 'customer:c|k'));
  });
});

describe('a receipt', () => {
  const requested: ReturnLineDoc[] = [
    { orderLineId: 'o-1', sku: 'A', quantity: 3, reason: 'r', grade: null },
    { orderLineId: 'o-2', sku: 'B', quantity: 1, reason: 's', grade: null },
  ];
  const r = (orderLineId: string, quantity: number, grade: ReceivedLine['grade']): ReceivedLine => ({
    orderLineId,
    quantity,
    grade,
  });

  it.each<[string, ReceivedLine[], ReturnLineDoc[]]>([
    [
      'everything restocked',
      [r('o-1', 3, 'RESTOCK'), r('o-2', 1, 'RESTOCK')],
      [
        { ...requested[0]!, grade: 'RESTOCK' },
        { ...requested[1]!, grade: 'RESTOCK' },
      ],
    ],
    [
      'one line in two grades, the other line missing',
      [r('o-1', 2, 'RESTOCK'), r('o-1', 1, 'DAMAGED')],
      [
        { ...requested[0]!, quantity: 2, grade: 'RESTOCK' },
        { ...requested[0]!, quantity: 1, grade: 'DAMAGED' },
        { ...requested[1]!, grade: null },
      ],
    ],
    [
      'part of a line arrived, not restocked',
      [r('o-1', 1, 'NOT_RESTOCKED'), r('o-2', 1, 'DAMAGED')],
      [
        { ...requested[0]!, quantity: 1, grade: 'NOT_RESTOCKED' },
        { ...requested[0]!, quantity: 2, grade: null },
        { ...requested[1]!, grade: 'DAMAGED' },
      ],
    ],
  ])('%s: graded, the parts of each line sum to what was requested', (_case, received, expected) => {
    expect(checkReceipt({ lines: requested }, received)).toEqual({ ok: true, lines: received });
    const graded = gradedLines(requested, received);
    expect(graded).toEqual(expected);
    for (const line of requested) {
      const parts = graded.filter((g) => g.orderLineId === line.orderLineId);
      expect(parts.reduce((s, p) => s + p.quantity, 0)).toBe(line.quantity);
    }
    // The claim kept is what arrived, per line.
    const kept = receivedClaim(received);
    for (const k of kept) {
      expect(k.quantity).toBe(
        graded.filter((g) => g.orderLineId === k.orderLineId && g.grade).reduce((s, g) => s + g.quantity, 0),
      );
    }
  });

  it.each<[string, ReceivedLine[], string, unknown]>([
    ['no line', [], 'INVALID_RETURN', { field: 'lines' }],
    ['a line not in the return', [r('o-3', 1, 'RESTOCK')], 'UNKNOWN_LINE', { lines: [{ orderLineId: 'o-3' }] }],
    [
      'a line and grade twice',
      [r('o-1', 1, 'DAMAGED'), r('o-1', 1, 'DAMAGED')],
      'INVALID_RETURN',
      { field: 'lines[1].grade' },
    ],
    ['zero units', [r('o-1', 0, 'RESTOCK')], 'INVALID_RETURN', { field: 'lines[0].quantity' }],
    [
      'more than requested, over grades',
      [r('o-1', 2, 'RESTOCK'), r('o-1', 2, 'DAMAGED'), r('o-2', 2, 'RESTOCK')],
      'EXCEEDS_REQUESTED',
      {
        lines: [
          { orderLineId: 'o-1', requested: 4, returnable: 3 },
          { orderLineId: 'o-2', requested: 2, returnable: 1 },
        ],
      },
    ],
  ])('refuses %s', (_case, received, code, detail) => {
    expect(checkReceipt({ lines: requested }, received)).toMatchObject({ ok: false, code, ...(detail as object) });
  });

  it('grades feed the ledger: restocked units are available, the others are not', () => {
    expect(DISPOSITION).toEqual({ RESTOCK: 'RESTOCK', DAMAGED: 'DAMAGED', NOT_RESTOCKED: 'QUALITY_CONTROL' });
  });
});

describe('refunds', () => {
  it.each<[string, { orderLineId: string; quantity: number }[], number]>([
    ['unit price × units', [{ orderLineId: 'o-1', quantity: 2 }], 2000],
    ['less the line’s discount share, rounded down', [{ orderLineId: 'o-2', quantity: 1 }], 2500 - 500],
    ['the whole discounted line', [{ orderLineId: 'o-2', quantity: 2 }], 5000 - 1001],
    ['a line not of the order counts nothing', [{ orderLineId: 'o-9', quantity: 1 }], 0],
  ])('%s', (_case, units, amount) => {
    expect(refundAmount(LINES, units)).toBe(amount);
  });

  it('returning a line unit by unit never refunds less than was paid, nor a discount more than once', () => {
    for (const line of LINES) {
      const oneByOne = Array.from({ length: line.quantity }, () =>
        refundAmount(LINES, [{ orderLineId: line.id, quantity: 1 }]),
      );
      const paid = line.unitPrice * line.quantity - line.discount;
      const sum = oneByOne.reduce((s, a) => s + a, 0);
      expect(sum).toBeGreaterThanOrEqual(paid);
      expect(sum - paid).toBeLessThan(line.quantity); // at most one minor unit per return
    }
  });

  const ret = (
    status: ReturnDoc['status'],
    refund: ReturnDoc['refund']['status'],
    reference: string | null = null,
  ) => ({
    status,
    refund: { status: refund, amount: 1000, currencyCode: 'EUR', reference },
    refundKeys: [{ key: 'k0', requestHash: 'h0' }],
  });
  const req = (status: RefundRequest['status'], over: Partial<RefundRequest> = {}): RefundRequest => ({
    status,
    reference: 'RF-1',
    key: 'k1',
    requestHash: 'h1',
    ...over,
  });

  it.each<[string, ReturnType<typeof ret>, RefundRequest, string, object]>([
    ['pending before receipt', ret('REQUESTED', 'NOT_REFUNDED'), req('PENDING'), 'apply', { status: 'REQUESTED' }],
    ['refunded once received', ret('RECEIVED', 'PENDING'), req('REFUNDED'), 'apply', { status: 'REFUNDED' }],
    [
      'refunded straight from not refunded',
      ret('RECEIVED', 'NOT_REFUNDED'),
      req('REFUNDED'),
      'apply',
      { status: 'REFUNDED' },
    ],
    ['refunded before receipt', ret('REQUESTED', 'PENDING'), req('REFUNDED'), 'invalid', {}],
    ['back to pending once refunded', ret('REFUNDED', 'REFUNDED', 'RF-1'), req('PENDING'), 'invalid', {}],
    [
      'refunded again with another reference',
      ret('REFUNDED', 'REFUNDED', 'RF-1'),
      req('REFUNDED', { reference: 'RF-2' }),
      'invalid',
      {},
    ],
    ['refunded again as it is', ret('REFUNDED', 'REFUNDED', 'RF-1'), req('REFUNDED'), 'replay', {}],
    [
      'a recorded key, same request',
      ret('RECEIVED', 'PENDING'),
      req('REFUNDED', { key: 'k0', requestHash: 'h0' }),
      'replay',
      {},
    ],
    ['a recorded key, another request', ret('RECEIVED', 'PENDING'), req('REFUNDED', { key: 'k0' }), 'invalid', {}],
  ])('%s', (_case, doc, request, kind, set) => {
    const plan = planRefund(doc, request);
    expect(plan.kind).toBe(kind);
    if (plan.kind === 'apply') {
      expect(plan.set).toMatchObject(set);
      expect(plan.set.refund).toMatchObject({ status: request.status, reference: request.reference, amount: 1000 });
      expect(plan.set.refundKeys.at(-1)).toEqual({ key: request.key, requestHash: request.requestHash });
    }
  });
});

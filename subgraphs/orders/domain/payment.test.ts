import { NO_PAYMENT, PAYMENT_STATUSES, PAYMENT_TRANSITIONS, planPayment, type PaymentStatus } from './payment';

const AT = '2026-11-30T10:00:00.000Z';
const state = (status: PaymentStatus) => ({ ...NO_PAYMENT(AT), status });
const req = (status: PaymentStatus, amount = 1000, key = 'e1') => ({
  status,
  reference: 'psp_1',
  amount,
  key,
  hash: `${status}${amount}`,
});

describe('payment transitions', () => {
  const pairs = PAYMENT_STATUSES.flatMap((from) => PAYMENT_STATUSES.map((to) => [from, to] as const));
  it.each(pairs)('%s → %s', (from, to) => {
    const plan = planPayment(state(from), req(to), 1000, AT);
    if (PAYMENT_TRANSITIONS[from].includes(to)) expect(plan).toMatchObject({ kind: 'apply', payment: { status: to } });
    else expect(plan).toMatchObject({ kind: 'invalid', code: 'INVALID_PAYMENT' });
  });

  it('an authorisation or capture must be for the order’s total; a failure need not', () => {
    expect(planPayment(state('NONE'), req('AUTHORIZED', 999), 1000, AT)).toMatchObject({ kind: 'invalid' });
    expect(planPayment(state('NONE'), req('FAILED', 0), 1000, AT)).toMatchObject({ kind: 'apply' });
  });

  it('the same event again is a replay; with other content a conflict', () => {
    const plan = planPayment(state('NONE'), req('AUTHORIZED'), 1000, AT);
    if (plan.kind !== 'apply') throw new Error(plan.kind);
    expect(planPayment(plan.payment, req('AUTHORIZED'), 1000, AT)).toEqual({ kind: 'replay' });
    expect(planPayment(plan.payment, req('CAPTURED', 1000, 'e1'), 1000, AT)).toMatchObject({
      code: 'IDEMPOTENCY_CONFLICT',
    });
    expect(planPayment(plan.payment, req('CAPTURED', 1000, 'e2'), 1000, AT)).toMatchObject({
      kind: 'apply',
      payment: { status: 'CAPTURED' },
    });
  });
});

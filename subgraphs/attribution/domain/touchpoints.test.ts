import type { TouchpointDoc } from '../model';
import {
  buildTouchpoint,
  checkLookback,
  FUTURE_TOLERANCE_MS,
  isSameTouchpoint,
  MAX_LOOKBACK_DAYS,
  touchpointHash,
  type TouchpointInput,
} from './touchpoints';

const NOW = new Date('2026-11-01T12:00:00.000Z');
const input = (occurredAt?: string | null): TouchpointInput => ({
  customerId: 'cus_1',
  campaignId: 'cmp_1',
  type: 'CLICK',
  channel: 'SEARCH',
  occurredAt,
});

describe('buildTouchpoint', () => {
  it.each<[string | null | undefined, string | null]>([
    [undefined, NOW.toISOString()],
    [null, NOW.toISOString()],
    ['', NOW.toISOString()],
    ['2026-10-30T10:00:00.000Z', '2026-10-30T10:00:00.000Z'],
    ['2026-10-30T12:00:00+02:00', '2026-10-30T10:00:00.000Z'],
    ['2026-10-30', '2026-10-30T00:00:00.000Z'],
    [new Date(NOW.getTime() + FUTURE_TOLERANCE_MS).toISOString(), '2026-11-01T12:05:00.000Z'],
    [new Date(NOW.getTime() + FUTURE_TOLERANCE_MS + 1).toISOString(), null],
    ['2027-01-01T00:00:00.000Z', null],
    ['yesterday', null],
    ['2026-13-45T00:00:00Z', null],
  ])('occurredAt %j → %j', (occurredAt, stored) => {
    const check = buildTouchpoint('evt-1', input(occurredAt), NOW);
    if (stored === null) expect(check.ok).toBe(false);
    else expect(check.ok && check.touchpoint.occurredAt).toBe(stored);
  });

  it.each([
    ['yesterday', 'occurredAt is not an ISO-8601 time'],
    ['2027-01-01T00:00:00.000Z', 'occurredAt is in the future'],
  ])('says why %j is refused', (occurredAt, message) => {
    expect(buildTouchpoint('evt-1', input(occurredAt), NOW)).toEqual({ ok: false, message });
  });

  it('builds the document under the event id, without a campaign when none is given, hashed on its content', () => {
    const check = buildTouchpoint('evt-1', { ...input('2026-10-30T10:00:00.000Z'), campaignId: undefined }, NOW);
    if (!check.ok) throw new Error(check.message);
    const { _id, requestHash, ...fields } = check.touchpoint;
    expect({ _id, ...fields }).toEqual({
      _id: 'evt-1',
      customerId: 'cus_1',
      campaignId: null,
      type: 'CLICK',
      channel: 'SEARCH',
      occurredAt: '2026-10-30T10:00:00.000Z',
    });
    expect(requestHash).toBe(touchpointHash(fields));
  });
});

describe('touchpoint identity', () => {
  const doc = (over: Partial<TouchpointDoc> = {}): TouchpointDoc => {
    const check = buildTouchpoint('evt-1', input('2026-10-30T10:00:00.000Z'), NOW);
    if (!check.ok) throw new Error(check.message);
    const fields = { ...check.touchpoint, ...over };
    return { ...fields, requestHash: touchpointHash(fields) };
  };

  it.each<[string, Partial<TouchpointDoc>, boolean]>([
    ['the same content', {}, true],
    ['the same content written another way', { occurredAt: '2026-10-30T10:00:00.000Z' }, true],
    ['another customer', { customerId: 'cus_2' }, false],
    ['another campaign', { campaignId: 'cmp_2' }, false],
    ['no campaign', { campaignId: null }, false],
    ['another type', { type: 'IMPRESSION' }, false],
    ['another channel', { channel: 'EMAIL' }, false],
    ['another time', { occurredAt: '2026-10-30T10:00:01.000Z' }, false],
  ])('a replay with %s is the same touchpoint: %s', (_case, over, same) => {
    expect(isSameTouchpoint(doc(), doc(over))).toBe(same);
  });
});

describe('checkLookback', () => {
  it.each<[number | null | undefined, number | null]>([
    [undefined, 30],
    [null, 30],
    [1, 1],
    [30, 30],
    [MAX_LOOKBACK_DAYS, MAX_LOOKBACK_DAYS],
    [0, null],
    [-1, null],
    [MAX_LOOKBACK_DAYS + 1, null],
    [1.5, null],
  ])('%j → %j', (days, expected) => {
    const check = checkLookback(days);
    expect(check.ok ? check.days : null).toBe(expected);
  });
});

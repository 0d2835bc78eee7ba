import type { IncomingStock } from '../model';
import {
  incomingEntries,
  MAX_INCOMING_PER_POSITION,
  parseDateTime,
  planExpectation,
  receiveAgainst,
  type Expectation,
} from './incoming';

const NOW = new Date('2026-11-01T12:00:00.000Z');
const WHERE = { sku: 'A', locationId: 'dc' };
const po = (reference: string, quantity: number, expectedAt: string): Required<IncomingStock> => ({
  reference,
  quantity,
  expectedAt,
});
const STORED = [po('PO-2', 30, '2026-11-20T09:00:00.000Z'), po('PO-1', 10, '2026-11-05T09:00:00.000Z')];
const expect_ = (over: Partial<Expectation> = {}): Expectation => ({
  reference: 'PO-3',
  quantity: 5,
  expectedAt: '2026-11-10T08:00:00Z',
  ...over,
});

describe('parseDateTime', () => {
  it.each<[string, string | null]>([
    ['2026-12-01T09:00:00Z', '2026-12-01T09:00:00.000Z'],
    ['2026-12-01T09:00Z', '2026-12-01T09:00:00.000Z'],
    ['2026-12-01T10:00:00.5+01:00', '2026-12-01T09:00:00.500Z'],
    ['2026-12-01T00:30:00-02:30', '2026-12-01T03:00:00.000Z'],
    ['2028-02-29T00:00:00Z', '2028-02-29T00:00:00.000Z'],
    ['2026-02-29T00:00:00Z', null], // not a leap year
    ['2026-02-30T00:00:00Z', null],
    ['2026-13-01T00:00:00Z', null],
    ['2026-12-01T24:00:00Z', null],
    ['2026-12-01T09:60:00Z', null],
    ['2026-12-01T09:00:61Z', null],
    ['2026-12-01T09:00:00', null], // no time zone
    ['2026-12-01', null],
    ['tomorrow', null],
    ['', null],
  ])('%s → %s', (text, iso) => {
    const ms = parseDateTime(text);
    expect(ms === null ? null : new Date(ms).toISOString()).toBe(iso);
  });
});

describe('incomingEntries', () => {
  it('lists soonest first (ties by reference) and names entries stored without a reference', () => {
    const stored: IncomingStock[] = [
      { quantity: 3, expectedAt: '2026-11-09T00:00:00.000Z' },
      po('PO-9', 2, '2026-11-02T00:00:00.000Z'),
      { quantity: 4, expectedAt: '2026-11-02T00:00:00.000Z' },
    ];
    expect(incomingEntries(stored)).toEqual([
      po('INCOMING-3', 4, '2026-11-02T00:00:00.000Z'),
      po('PO-9', 2, '2026-11-02T00:00:00.000Z'),
      po('INCOMING-1', 3, '2026-11-09T00:00:00.000Z'),
    ]);
    expect(incomingEntries(undefined)).toEqual([]);
  });
});

describe('planExpectation', () => {
  const plan = (stored: IncomingStock[] | undefined, over: Partial<Expectation> = {}) =>
    planExpectation(stored, expect_(over), WHERE, NOW);

  it.each<[string, IncomingStock[] | undefined, Partial<Expectation>, IncomingStock[], boolean]>([
    [
      'adds a delivery in date order (normalised to UTC)',
      STORED,
      { expectedAt: '2026-11-10T09:00:00+01:00' },
      [STORED[1]!, po('PO-3', 5, '2026-11-10T08:00:00.000Z'), STORED[0]!],
      true,
    ],
    [
      'replaces the quantity and date of its reference (an updated ASN)',
      STORED,
      { reference: ' PO-2 ', quantity: 12, expectedAt: '2026-11-03T07:00:00Z' },
      [po('PO-2', 12, '2026-11-03T07:00:00.000Z'), STORED[1]!],
      true,
    ],
    ['removes its reference with quantity 0', STORED, { reference: 'PO-1', quantity: 0 }, [STORED[0]!], true],
    [
      'a repeat is unchanged',
      [STORED[1]!, STORED[0]!],
      { reference: 'PO-1', quantity: 10, expectedAt: '2026-11-05T09:00:00Z' },
      [STORED[1]!, STORED[0]!],
      false,
    ],
    [
      'removing an unknown reference is unchanged',
      STORED.slice(0, 1),
      { reference: 'PO-7', quantity: 0 },
      STORED.slice(0, 1),
      false,
    ],
    ['a first delivery of a position that has none', undefined, {}, [po('PO-3', 5, '2026-11-10T08:00:00.000Z')], true],
    [
      'an overdue delivery (its date passed) is kept',
      [],
      { expectedAt: '2026-10-01T00:00:00Z' },
      [po('PO-3', 5, '2026-10-01T00:00:00.000Z')],
      true,
    ],
    ['1,000,000 units', [], { quantity: 1_000_000 }, [po('PO-3', 1_000_000, '2026-11-10T08:00:00.000Z')], true],
    ['366 days ahead', [], { expectedAt: '2027-11-02T12:00:00Z' }, [po('PO-3', 5, '2027-11-02T12:00:00.000Z')], true],
    [
      'entries stored without a reference get theirs written',
      [{ quantity: 1, expectedAt: '2026-11-02T00:00:00.000Z' }],
      {},
      [po('INCOMING-1', 1, '2026-11-02T00:00:00.000Z'), po('PO-3', 5, '2026-11-10T08:00:00.000Z')],
      true,
    ],
  ])('%s', (_name, stored, over, incoming, changed) => {
    expect(plan(stored, over)).toEqual({ ok: true, incoming, changed });
  });

  it.each<[string, Partial<Expectation>, string]>([
    ['an empty reference', { reference: '  ' }, 'INVALID_REFERENCE'],
    ['a reference of 101 characters', { reference: 'P'.repeat(101) }, 'INVALID_REFERENCE'],
    ['a negative quantity', { quantity: -1 }, 'INVALID_QUANTITY'],
    ['a fractional quantity', { quantity: 2.5 }, 'INVALID_QUANTITY'],
    ['more than 1,000,000 units', { quantity: 1_000_001 }, 'INVALID_QUANTITY'],
    ['a date without a time zone', { expectedAt: '2026-11-10T08:00:00' }, 'INVALID_EXPECTED_AT'],
    ['a day that does not exist', { expectedAt: '2026-11-31T08:00:00Z' }, 'INVALID_EXPECTED_AT'],
    ['more than 366 days ahead', { expectedAt: '2027-11-02T12:00:00.001Z' }, 'INVALID_EXPECTED_AT'],
  ])('%s is %s, naming the position', (_name, over, code) => {
    expect(plan(STORED, over)).toMatchObject({ ok: false, code, sku: 'A', locationId: 'dc' });
  });

  it(`keeps at most ${MAX_INCOMING_PER_POSITION} deliveries per position`, () => {
    const full = Array.from({ length: MAX_INCOMING_PER_POSITION }, (_, i) =>
      po(`PO-${i}`, 1, '2026-11-05T00:00:00.000Z'),
    );
    expect(plan(full, { reference: 'PO-51' })).toMatchObject({ ok: false, code: 'INCOMING_LIMIT_EXCEEDED' });
    // Replacing or removing one of them is fine.
    expect(plan(full, { reference: 'PO-0', quantity: 2 })).toMatchObject({ ok: true, changed: true });
    expect(plan(full, { reference: 'PO-0', quantity: 0 })).toMatchObject({ ok: true, changed: true });
  });
});

describe('receiveAgainst', () => {
  it.each<[string, number, IncomingStock[]]>([
    ['part of a delivery leaves the rest expected', 4, [po('PO-1', 6, STORED[1]!.expectedAt), STORED[0]!]],
    ['all of it removes the entry', 10, [STORED[0]!]],
    ['more than announced removes it too', 12, [STORED[0]!]],
  ])('%s', (_name, quantity, incoming) => {
    expect(receiveAgainst(STORED, 'PO-1', quantity, WHERE)).toEqual({ ok: true, incoming });
  });

  it('a reference the position does not expect is UNKNOWN_INCOMING_REFERENCE', () => {
    expect(receiveAgainst(STORED, 'PO-7', 1, WHERE)).toMatchObject({
      ok: false,
      code: 'UNKNOWN_INCOMING_REFERENCE',
      sku: 'A',
      locationId: 'dc',
    });
    expect(receiveAgainst(undefined, 'PO-1', 1, WHERE)).toMatchObject({ code: 'UNKNOWN_INCOMING_REFERENCE' });
  });

  it('names entries stored without a reference as they read', () => {
    expect(receiveAgainst([{ quantity: 3, expectedAt: STORED[1]!.expectedAt }], 'INCOMING-1', 1, WHERE)).toEqual({
      ok: true,
      incoming: [po('INCOMING-1', 2, STORED[1]!.expectedAt)],
    });
  });
});

import { IDENTIFIER_TYPES, type IdentifierType } from '../model';
import { identifierKey, normalizeIdentifier } from './identifiers';

describe('normalizeIdentifier', () => {
  const cases: [IdentifierType, string, string | null][] = [
    ['EMAIL', '  Alice.Martin@Example.FR ', 'alice.martin@example.fr'],
    ['EMAIL', 'not-an-email', null],
    ['EMAIL', 'a@b', null],
    ['PHONE', '06 12 34 56 78', '+33612345678'],
    ['PHONE', '+33 6.12.34.56.78', '+33612345678'],
    ['PHONE', '0033612345678', '+33612345678'],
    ['PHONE', '12345', null],
    ['LOYALTY_CARD', ' lc-0000012345 ', 'LC-0000012345'],
    ['LOYALTY_CARD', 'x', null],
    ['DEVICE_ID', ' dev-abc ', 'dev-abc'],
    ['EXTERNAL', '', null],
    ['PAYMENT_TOKEN', 'x'.repeat(201), null],
  ];
  it.each(cases)('%s %j → %j', (type, raw, expected) => {
    const result = normalizeIdentifier(type, raw);
    if (expected === null) expect(result.ok).toBe(false);
    else expect(result).toEqual({ ok: true, value: expected });
  });

  it('is idempotent: normalising a normalised value changes nothing', () => {
    for (const [type, raw] of cases) {
      const once = normalizeIdentifier(type, raw);
      if (!once.ok) continue;
      expect(normalizeIdentifier(type, once.value)).toEqual(once);
    }
  });

  it('keys are distinct across types for the same value', () => {
    const keys = new Set(IDENTIFIER_TYPES.map((t) => identifierKey(t, 'same')));
    expect(keys.size).toBe(IDENTIFIER_TYPES.length);
  });
});

import type { CustomerDoc } from '../model';
import { buildIdentifier, buildProfile, identifierChange, type RegistrationInput } from './registration';

const AT = '2026-11-01T12:00:00.000Z';
const input = (over: Partial<RegistrationInput> = {}): RegistrationInput => ({
  firstName: 'Alice',
  lastName: 'Martin',
  identifiers: [{ type: 'EMAIL', value: 'alice@example.fr' }],
  source: 'WEB',
  ...over,
});

describe('buildProfile', () => {
  it.each<[string, Partial<RegistrationInput>, string]>([
    ['no identifier', { identifiers: [] }, 'EXTERNAL at least one identifier is required'],
    ['a malformed e-mail', { identifiers: [{ type: 'EMAIL', value: 'nope' }] }, 'EMAIL is not a valid e-mail address'],
    [
      'one bad identifier among good ones',
      {
        identifiers: [
          { type: 'EMAIL', value: 'a@example.fr' },
          { type: 'PHONE', value: '12' },
        ],
      },
      'PHONE is not a valid phone number',
    ],
    ['a blank first name', { firstName: '   ' }, 'EXTERNAL first and last name are required'],
    ['a blank last name', { lastName: '' }, 'EXTERNAL first and last name are required'],
    // identifiers are checked before names: the identifier error is the one reported
    ['both', { firstName: '', identifiers: [{ type: 'EMAIL', value: 'x' }] }, 'EMAIL is not a valid e-mail address'],
  ])('refuses %s: %s', (_case, over, message) => {
    const check = buildProfile(input(over), 'cus_1', AT);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.invalid.message).toBe(message);
  });

  it('reports the refused identifier as it was sent', () => {
    const check = buildProfile(input({ identifiers: [{ type: 'PHONE', value: ' 12 ' }] }), 'cus_1', AT);
    expect(check).toEqual({ ok: false, invalid: { type: 'PHONE', value: ' 12 ', message: expect.any(String) } });
  });

  it.each<[string, RegistrationInput['identifiers'], { type: string; value: string }[]]>([
    ['normalises values', [{ type: 'EMAIL', value: ' A@Example.FR ' }], [{ type: 'EMAIL', value: 'a@example.fr' }]],
    [
      'keeps an identifier once when sent twice in different spellings',
      [
        { type: 'EMAIL', value: 'A@example.fr' },
        { type: 'EMAIL', value: 'a@EXAMPLE.fr' },
        { type: 'PHONE', value: '06 12 34 56 78' },
        { type: 'PHONE', value: '+33612345678' },
      ],
      [
        { type: 'EMAIL', value: 'a@example.fr' },
        { type: 'PHONE', value: '+33612345678' },
      ],
    ],
    [
      'keeps the same value under two types apart',
      [
        { type: 'DEVICE_ID', value: 'abc-1' },
        { type: 'EXTERNAL', value: 'abc-1' },
      ],
      [
        { type: 'DEVICE_ID', value: 'abc-1' },
        { type: 'EXTERNAL', value: 'abc-1' },
      ],
    ],
  ])('%s', (_case, identifiers, expected) => {
    const check = buildProfile(input({ identifiers }), 'cus_1', AT);
    if (!check.ok) throw new Error(check.invalid.message);
    expect(check.profile.identifiers.map(({ type, value }) => ({ type, value }))).toEqual(expected);
    for (const i of check.profile.identifiers) expect(i).toMatchObject({ source: 'WEB', addedAt: AT });
  });

  it.each<[RegistrationInput['identifiers'], string | null, string | null]>([
    [[{ type: 'LOYALTY_CARD', value: 'LC-00001' }], null, null],
    [
      [
        { type: 'PHONE', value: '0612345678' },
        { type: 'EMAIL', value: 'first@example.fr' },
        { type: 'EMAIL', value: 'second@example.fr' },
      ],
      'first@example.fr',
      '+33612345678',
    ],
  ])('contact fields of %j: email %j, phone %j', (identifiers, email, phone) => {
    const check = buildProfile(input({ identifiers }), 'cus_1', AT);
    expect(check.ok && { email: check.profile.email, phone: check.profile.phone }).toEqual({ email, phone });
  });

  it('builds a new profile: trimmed names, no tier, opt-in defaulting to false, timestamps at the given time', () => {
    const check = buildProfile(input({ firstName: ' Alice ', lastName: ' Martin ' }), 'cus_1', AT);
    expect(check.ok && check.profile).toMatchObject({
      _id: 'cus_1',
      firstName: 'Alice',
      lastName: 'Martin',
      loyaltyTier: 'NONE',
      marketingOptIn: false,
      createdAt: AT,
      updatedAt: AT,
    });
    const optedIn = buildProfile(input({ marketingOptIn: true }), 'cus_2', AT);
    expect(optedIn.ok && optedIn.profile.marketingOptIn).toBe(true);
  });
});

describe('buildIdentifier', () => {
  it('normalises and stamps the identifier, or refuses it with the value as sent', () => {
    expect(buildIdentifier({ type: 'LOYALTY_CARD', value: ' lc-1234567 ' }, 'POS', AT)).toEqual({
      ok: true,
      identifier: { type: 'LOYALTY_CARD', value: 'LC-1234567', source: 'POS', addedAt: AT },
    });
    expect(buildIdentifier({ type: 'LOYALTY_CARD', value: 'x' }, 'POS', AT)).toEqual({
      ok: false,
      invalid: { type: 'LOYALTY_CARD', value: 'x', message: 'LOYALTY_CARD is not a valid loyalty card number' },
    });
  });
});

describe('identifierChange', () => {
  const customer = (email: string | null, phone: string | null): CustomerDoc => ({
    _id: 'cus_1',
    firstName: 'A',
    lastName: 'B',
    email,
    phone,
    loyaltyTier: 'NONE',
    marketingOptIn: false,
    identifiers: [
      ...(email ? [{ type: 'EMAIL' as const, value: email, source: 'WEB' as const, addedAt: AT }] : []),
      ...(phone ? [{ type: 'PHONE' as const, value: phone, source: 'WEB' as const, addedAt: AT }] : []),
    ],
    createdAt: AT,
    updatedAt: AT,
  });
  const id = (type: 'EMAIL' | 'PHONE' | 'LOYALTY_CARD', value: string) => ({
    type,
    value,
    source: 'POS' as const,
    addedAt: 'later',
  });

  it.each<[string, CustomerDoc, ReturnType<typeof id>, unknown]>([
    ['a held identifier is a replay', customer('a@x.fr', null), id('EMAIL', 'a@x.fr'), { added: false }],
    [
      'a first e-mail fills the contact',
      customer(null, null),
      id('EMAIL', 'b@x.fr'),
      { added: true, set: { updatedAt: 'later', email: 'b@x.fr' } },
    ],
    [
      'a second e-mail keeps the contact',
      customer('a@x.fr', null),
      id('EMAIL', 'b@x.fr'),
      { added: true, set: { updatedAt: 'later' } },
    ],
    [
      'a first phone fills the contact',
      customer('a@x.fr', null),
      id('PHONE', '+33700000001'),
      { added: true, set: { updatedAt: 'later', phone: '+33700000001' } },
    ],
    [
      'a second phone keeps the contact',
      customer(null, '+33700000001'),
      id('PHONE', '+33700000002'),
      { added: true, set: { updatedAt: 'later' } },
    ],
    [
      'other types touch no contact',
      customer(null, null),
      id('LOYALTY_CARD', 'LC-1234'),
      { added: true, set: { updatedAt: 'later' } },
    ],
  ])('%s', (_case, c, identifier, expected) => {
    expect(identifierChange(c, identifier, 'later')).toEqual(expected);
  });
});

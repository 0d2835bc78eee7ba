import type { PartnerKeyDoc } from '../model';
import { checkGrace, checkSettings, formatKey, hashSecret, opens, parseKey, PARTNER_KEY_LIMITS } from './partner-keys';

const SECRET = 'A'.repeat(43);
const valid = {
  name: 'production',
  scopes: ['orders:read'],
  channels: ['MARKETPLACE'],
  fields: ['Query.order', 'Order.*'],
  rateBudget: { maximumAvailable: 5000, restoreRate: 100 },
};
const PARTNER_SCOPES = ['orders:read', 'orders:write'];

describe('key format', () => {
  it('parses what it formats, hashing the secret', () => {
    expect(parseKey(formatKey('pk_0123456789abcdef', SECRET))).toEqual({
      keyId: 'pk_0123456789abcdef',
      secretHash: hashSecret(SECRET),
    });
  });

  it.each([
    ['no prefix', `pk_0123456789abcdef_${SECRET}`],
    ['a short id', `cgk_pk_0123_${SECRET}`],
    ['an upper-case id', `cgk_pk_0123456789ABCDEF_${SECRET}`],
    ['a short secret', `cgk_pk_0123456789abcdef_${SECRET.slice(1)}`],
    ['a long secret', `cgk_pk_0123456789abcdef_${SECRET}A`],
    ['a secret outside base64url', `cgk_pk_0123456789abcdef_${'+'.repeat(43)}`],
    ['trailing text', `cgk_pk_0123456789abcdef_${SECRET} x`],
    ['nothing', ''],
  ])('refuses %s', (_case, raw) => expect(parseKey(raw)).toBeNull());

  it('hashes to 64 hex characters and never returns the secret', () => {
    const hash = hashSecret(SECRET);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(SECRET);
  });
});

describe('opens', () => {
  const now = new Date('2026-11-30T12:00:00.000Z');
  const key = (over: Partial<PartnerKeyDoc> = {}) =>
    ({ status: 'ACTIVE', secretHash: hashSecret('current'), previous: null, ...over }) as PartnerKeyDoc;
  const previous = (expiresAt: string) => ({ secretHash: hashSecret('old'), expiresAt });

  it.each<[string, Partial<PartnerKeyDoc>, string, boolean]>([
    ['the current secret', {}, 'current', true],
    ['a wrong secret', {}, 'wrong', false],
    ['the current secret of a revoked key', { status: 'REVOKED' }, 'current', false],
    ['the old secret within its grace', { previous: previous('2026-11-30T12:00:01.000Z') }, 'old', true],
    ['the old secret once its grace ended', { previous: previous('2026-11-30T12:00:00.000Z') }, 'old', false],
    ['the old secret without grace', {}, 'old', false],
    [
      'the old secret of a revoked key in grace',
      { status: 'REVOKED', previous: previous('2026-12-01T00:00:00.000Z') },
      'old',
      false,
    ],
  ])('%s → %s', (_case, over, secret, expected) => {
    expect(opens(key(over), hashSecret(secret), now)).toBe(expected);
  });

  it('refuses a hash of another length without throwing', () => {
    expect(opens(key(), 'abcd', now)).toBe(false);
    expect(opens(key(), '', now)).toBe(false);
  });
});

describe('checkSettings', () => {
  const L = PARTNER_KEY_LIMITS;
  it('accepts valid settings, trimming the name and dropping duplicates', () => {
    const check = checkSettings(
      { ...valid, name: '  prod  ', scopes: ['orders:read', 'orders:read'], fields: ['Order.*', 'Order.*'] },
      PARTNER_SCOPES,
    );
    expect(check).toEqual({
      ok: true,
      settings: { ...valid, name: 'prod', fields: ['Order.*'] },
    });
  });

  it.each<[string, Partial<typeof valid>, string, string]>([
    ['a blank name', { name: '  ' }, 'INVALID_PARTNER_KEY_INPUT', 'name'],
    ['a long name', { name: 'n'.repeat(L.nameLength + 1) }, 'INVALID_PARTNER_KEY_INPUT', 'name'],
    ['no scope', { scopes: [] }, 'INVALID_PARTNER_KEY_INPUT', 'scopes'],
    ['a scope the partner lacks', { scopes: ['partners:manage'] }, 'SCOPE_NOT_GRANTED', 'scopes'],
    [
      'too many scopes',
      { scopes: Array.from({ length: 21 }, (_, i) => `s${i}`) },
      'INVALID_PARTNER_KEY_INPUT',
      'scopes',
    ],
    ['no channel', { channels: [] }, 'INVALID_PARTNER_KEY_INPUT', 'channels'],
    ['an unknown channel', { channels: ['TELEPATHY'] }, 'INVALID_PARTNER_KEY_INPUT', 'channels'],
    ['no field', { fields: [] }, 'INVALID_PARTNER_KEY_INPUT', 'fields'],
    [
      'too many fields',
      { fields: Array.from({ length: L.fields + 1 }, (_, i) => `T.f${i}`) },
      'INVALID_PARTNER_KEY_INPUT',
      'fields',
    ],
    ['a field without a type', { fields: ['order'] }, 'INVALID_PARTNER_KEY_INPUT', 'fields'],
    ['a wildcard type', { fields: ['*.id'] }, 'INVALID_PARTNER_KEY_INPUT', 'fields'],
    ['a nested path', { fields: ['Order.lines.id'] }, 'INVALID_PARTNER_KEY_INPUT', 'fields'],
    ['a long coordinate', { fields: [`T.${'f'.repeat(L.fieldLength)}`] }, 'INVALID_PARTNER_KEY_INPUT', 'fields'],
    [
      'a budget below the minimum',
      { rateBudget: { maximumAvailable: 99, restoreRate: 1 } },
      'INVALID_PARTNER_KEY_INPUT',
      'rateBudget.maximumAvailable',
    ],
    [
      'a budget above the maximum',
      { rateBudget: { maximumAvailable: 1_000_001, restoreRate: 1 } },
      'INVALID_PARTNER_KEY_INPUT',
      'rateBudget.maximumAvailable',
    ],
    [
      'a fractional restore rate',
      { rateBudget: { maximumAvailable: 1000, restoreRate: 1.5 } },
      'INVALID_PARTNER_KEY_INPUT',
      'rateBudget.restoreRate',
    ],
    [
      'a zero restore rate',
      { rateBudget: { maximumAvailable: 1000, restoreRate: 0 } },
      'INVALID_PARTNER_KEY_INPUT',
      'rateBudget.restoreRate',
    ],
  ])('refuses %s', (_case, over, code, field) => {
    expect(checkSettings({ ...valid, ...over }, PARTNER_SCOPES)).toMatchObject({ ok: false, code, field });
  });
});

describe('checkGrace', () => {
  it.each([
    [0, null],
    [PARTNER_KEY_LIMITS.graceSeconds, null],
    [-1, 'graceSeconds must be an integer from 0 to 604800'],
    [PARTNER_KEY_LIMITS.graceSeconds + 1, 'graceSeconds must be an integer from 0 to 604800'],
    [1.5, 'graceSeconds must be an integer from 0 to 604800'],
  ])('%s → %s', (grace, expected) => expect(checkGrace(grace)).toBe(expected));
});

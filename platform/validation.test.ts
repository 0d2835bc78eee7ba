import { ErrorCode } from './errors';
import { MAX_KEY_LENGTH, requireKey } from './validation';

describe('requireKey', () => {
  it.each([
    ['k', 'k'],
    ['  padded  ', 'padded'],
    ['x'.repeat(MAX_KEY_LENGTH), 'x'.repeat(MAX_KEY_LENGTH)],
  ])('accepts %j as %j', (raw, key) => {
    expect(requireKey(raw, 'idempotencyKey')).toBe(key);
  });

  it.each([[''], ['   '], ['x'.repeat(MAX_KEY_LENGTH + 1)]])(
    'refuses %j with BAD_USER_INPUT naming the field',
    (raw) => {
      try {
        requireKey(raw, 'sourceEventId');
        throw new Error('accepted');
      } catch (err) {
        expect((err as { extensions?: Record<string, unknown> }).extensions).toEqual({
          code: ErrorCode.BAD_USER_INPUT,
          field: 'sourceEventId',
        });
      }
    },
  );
});

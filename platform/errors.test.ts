import { badInput, maskError, notFound, subgraphUnavailable } from './errors';

describe('maskError', () => {
  it.each([
    ['BAD_USER_INPUT', badInput('first must be positive', 'first')],
    ['NOT_FOUND', notFound('Order', 'ord_1')],
    ['SUBGRAPH_UNAVAILABLE', subgraphUnavailable('orders', 'timed out')],
  ])('keeps catalogued %s errors, without stack traces', (code, error) => {
    const formatted = { message: error.message, extensions: { ...error.extensions, stacktrace: ['at x.js:1'] } };
    const masked = maskError(formatted);
    expect(masked.message).toBe(error.message);
    expect(masked.extensions?.code).toBe(code);
    expect(masked.extensions).not.toHaveProperty('stacktrace');
  });

  it('masks anything else to INTERNAL_SERVER_ERROR, keeping the path and the service name', () => {
    const seen: unknown[] = [];
    const masked = maskError(
      {
        message: 'connection string mongodb://user:pw@db leaked',
        path: ['order'],
        extensions: { serviceName: 'orders', code: 'WHATEVER' },
      },
      (e) => seen.push(e),
    );
    expect(masked).toEqual({
      message: 'Internal server error',
      path: ['order'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: 'orders' },
    });
    expect(seen).toHaveLength(1);
  });

  it('masks the message of an INTERNAL_SERVER_ERROR too (Apollo labels unknown errors with it)', () => {
    const masked = maskError({
      message: 'fetch failed: ECONNREFUSED 10.0.0.7:27017',
      extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: 'catalog' },
    });
    expect(masked).toEqual({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: 'catalog' },
    });
  });

  it('keeps GraphQL validation messages that arrive without a code', () => {
    const masked = maskError({ message: 'Variable "$id" of required type "ID!" was not provided.' });
    expect(masked.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

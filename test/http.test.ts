import { startEmbeddedGateway, type EmbeddedGateway } from './support/embedded';

let gw: EmbeddedGateway;
let base: string;
beforeAll(async () => {
  gw = await startEmbeddedGateway();
  base = gw.url.replace('/graphql', '');
});
afterAll(() => gw?.stop());

const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  fetch(gw.url, { method: 'POST', headers, body });

describe('HTTP edge', () => {
  it('invalid JSON is a 400 BAD_REQUEST, not a 500', async () => {
    const res = await post('{"query": ');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      errors: [{ message: 'request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('a body over 1 MB is refused with 413', async () => {
    const res = await post(JSON.stringify({ query: `{ __typename } # ${'x'.repeat(1_100_000)}` })).catch(
      (err: Error) => err,
    );
    // The server may close the socket after answering; either way no 200/500 reaches the client.
    if (res instanceof Error) expect(res.message).toMatch(/fetch failed|other side closed/);
    else expect(res.status).toBe(413);
  });

  it('a POST without a query is a 400 with a code', async () => {
    const res = await post('{}');
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('BAD_REQUEST');
  });

  it('GET queries work (with the CSRF-safe header) and unknown paths are 404', async () => {
    const res = await fetch(`${gw.url}?query=${encodeURIComponent('{ location(id: "loc_dc_01") { id } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      data: { location: { id: 'loc_dc_01' } },
      extensions: { cost: expect.objectContaining({ requestedQueryCost: 1, maximumAvailable: 5000 }) },
    });
    expect((await fetch(`${base}/nope`)).status).toBe(404);
  });

  it('a mutation over GET is refused', async () => {
    const res = await fetch(`${gw.url}?query=${encodeURIComponent('mutation { __typename }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(res.status).toBe(405);
  });

  it('propagates a valid x-request-id and ignores an unsafe one', async () => {
    const ok = await post('{"query":"{ __typename }"}', {
      'content-type': 'application/json',
      'x-request-id': 'req-123',
    });
    expect(ok.headers.get('x-request-id')).toBe('req-123');
    const bad = await post('{"query":"{ __typename }"}', {
      'content-type': 'application/json',
      'x-request-id': '<script>alert(1)</script>',
    });
    expect(bad.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('client mistakes are request errors', () => {
  it.each([
    [{ query: '{ __typename }', operationName: 'Nope' }, 'Unknown operation named "Nope".'],
    [
      { query: 'query A { __typename } query B { __typename }' },
      'Must provide operation name if query contains multiple operations.',
    ],
  ])('%j → 400 OPERATION_RESOLUTION_FAILURE', async (body, message) => {
    const res = await fetch(gw.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ errors: [{ message, extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } }] });
  });
});

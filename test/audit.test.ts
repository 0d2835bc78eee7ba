import { Writable } from 'node:stream';
import pino from 'pino';
import { createGateway } from '../gateway/server';
import type { Principal } from '../platform/auth/principal';
import { testConfig } from '../platform/config';
import { bearer, postGraphQL } from './support/http';

/** Operator and partner writes leave one structured audit line each; nobody else's do, nor reads. */
const lines: Record<string, unknown>[] = [];
const sink = new Writable({
  write(chunk: Buffer, _enc, done) {
    for (const line of chunk.toString().split('\n').filter(Boolean))
      lines.push(JSON.parse(line) as Record<string, unknown>);
    done();
  },
});
const gateway = createGateway(testConfig({ host: '127.0.0.1', port: 0, shutdownGraceMs: 500 }), {
  logger: pino({ level: 'info' }, sink),
});
let url: string;
beforeAll(async () => {
  ({ url } = await gateway.start());
});
afterAll(() => gateway.stop());

const audits = () => lines.filter((l) => l.channel === 'audit');
const OPERATOR: Principal = { kind: 'operator', userId: 'ops_9' };
const ADS: Principal = { kind: 'partner', partnerId: 'partner_ads_01', scopes: ['touchpoints:write'] };

describe('audit log', () => {
  it('records an operator write: who, which request, which fields and arguments, how it ended; no values', async () => {
    const before = audits().length;
    await postGraphQL(
      url,
      'mutation Protect { updateChannelSourcing(input: { channel: MARKETPLACE, bufferUnits: 4 }) { __typename } }',
      undefined,
      { ...bearer(OPERATOR), 'x-request-id': 'audit-req-1' },
    );
    const entry = audits().slice(before);
    expect(entry).toEqual([
      expect.objectContaining({
        msg: 'audit',
        principal: 'operator:ops_9',
        requestId: 'audit-req-1',
        operationName: 'Protect',
        fields: [{ field: 'updateChannelSourcing', arguments: ['input'], outcome: 'ChannelSourcing' }],
        errors: [],
      }),
    ]);
    expect(JSON.stringify(entry)).not.toContain('MARKETPLACE');
  });

  it("records a partner's refused write too (here refused by the partner safelist)", async () => {
    const before = audits().length;
    await postGraphQL(
      url,
      'mutation { updateLocation(input: { id: "loc_store_01", active: false }) { __typename } }',
      undefined,
      bearer(ADS),
    );
    expect(audits().slice(before)).toEqual([
      expect.objectContaining({
        principal: 'partner:partner_ads_01',
        fields: [{ field: 'updateLocation', arguments: ['input'], outcome: 'refused' }],
        errors: ['OPERATION_NOT_SAFELISTED'],
      }),
    ]);
  });

  it('does not record reads, nor writes by other principals', async () => {
    const before = audits().length;
    await postGraphQL(url, '{ campaigns { id } }', undefined, bearer(OPERATOR));
    await postGraphQL(
      url,
      'mutation { receiveStock(input: { sku: "SKU-0001-41-FOR", locationId: "loc_store_01", quantity: 1, sourceEventId: "audit-x" }) { __typename } }',
      undefined,
      bearer({ kind: 'associate', userId: 'emp_1', locationId: 'loc_store_01' }),
    );
    expect(audits().length).toBe(before);
  });
});

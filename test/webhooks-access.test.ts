import { bearer, errorCodes, OPERATOR, postGraphQL } from './support/http';
import { MARKET, WEBHOOK_FIELDS, webhookRig, withKey } from './support/webhooks';

/**
 * Partner webhooks: who may register, see, delete, ping and replay them; bad input is a typed
 * error that changes nothing.
 */
const rig = webhookRig();

describe('who may manage webhooks', () => {
  const LIST = `query { webhooks { id } }`;
  const DELETE = `mutation($id: ID!) { deleteWebhook(id: $id) { __typename ... on WebhookError { code } } }`;

  it('another partner’s key neither sees nor deletes nor pings a webhook; its owner and operators do', async () => {
    const mine = await rig.createKey(MARKET, ['orders:read']);
    const theirs = await rig.createKey(MARKET, ['orders:read']);
    const hook = await rig.registered(withKey(mine), { url: `${rig.base}/owned`, events: ['ORDER_STATUS'] });

    const seen = await postGraphQL<{ webhooks: { id: string }[] }>(rig.gw.url, LIST, undefined, withKey(theirs));
    expect(seen.body.data!.webhooks).toEqual([]);
    const stranger = await postGraphQL<{ webhooks: { id: string }[] }>(
      rig.gw.url,
      `query($k: ID) { webhooks(keyId: $k) { id } }`,
      { k: hook.keyId },
      withKey(theirs),
    );
    expect(stranger.body.data!.webhooks).toEqual([]);
    for (const mutation of [
      DELETE,
      `mutation($id: ID!) { pingWebhook(id: $id) { __typename ... on WebhookError { code } } }`,
    ]) {
      const res = await postGraphQL<Record<string, { code?: string }>>(
        rig.gw.url,
        mutation,
        { id: hook.id },
        withKey(theirs),
      );
      expect(Object.values(res.body.data!)[0]).toMatchObject({ code: 'WEBHOOK_NOT_FOUND' });
    }
    const registerForMine = await rig.register(withKey(theirs), {
      keyId: hook.keyId,
      url: `${rig.base}/x`,
      events: ['ORDER_STATUS'],
    });
    expect(registerForMine.body.data!.registerWebhook).toMatchObject({ code: 'PARTNER_KEY_NOT_FOUND' });

    const own = await postGraphQL<{ webhooks: { id: string }[] }>(rig.gw.url, LIST, undefined, withKey(mine));
    expect(own.body.data!.webhooks).toEqual([{ id: hook.id }]);
    const ops = await postGraphQL<{ webhooks: { id: string }[] }>(
      rig.gw.url,
      `query($k: ID) { webhooks(keyId: $k) { id } }`,
      { k: hook.keyId },
      bearer(OPERATOR),
    );
    expect(ops.body.data!.webhooks).toEqual([{ id: hook.id }]);
    const deleted = await postGraphQL<{ deleteWebhook: { __typename: string } }>(
      rig.gw.url,
      DELETE,
      { id: hook.id },
      withKey(mine),
    );
    expect(deleted.body.data!.deleteWebhook.__typename).toBe('Webhook');
    expect(
      (await postGraphQL<{ webhooks: unknown[] }>(rig.gw.url, LIST, undefined, withKey(mine))).body.data!.webhooks,
    ).toEqual([]);
  });

  it.each([
    ['anonymous', {}, 'UNAUTHENTICATED'],
    ['a customer', bearer({ kind: 'customer', customerId: 'cus_000001' }), 'FORBIDDEN'],
    ['a store associate', bearer({ kind: 'associate', userId: 'e1', locationId: 'loc_store_01' }), 'FORBIDDEN'],
    ['a partner JWT (no key)', bearer({ kind: 'partner', partnerId: MARKET, scopes: ['orders:read'] }), 'FORBIDDEN'],
  ])('%s cannot register, list or delete webhooks', async (_who, headers, code) => {
    const res = await rig.register(headers, {
      keyId: 'pk_demomarketplace1',
      url: `${rig.base}/no`,
      events: ['ORDER_STATUS'],
    });
    expect(res.body.data?.registerWebhook ?? null).toBeNull();
    expect(errorCodes(res)).toEqual([code]);
    const list = await postGraphQL(rig.gw.url, LIST, undefined, headers);
    expect(errorCodes(list)).toEqual([code]);
  });

  it('partners never see deliveries nor replay them, even with the fields in their contract', async () => {
    const fields = [...WEBHOOK_FIELDS, 'Query.webhookDeliveries', 'Mutation.replayWebhookDelivery'];
    const key = await rig.createKey(MARKET, ['orders:read'], ['MARKETPLACE'], fields);
    const res = await postGraphQL(rig.gw.url, `{ webhookDeliveries { id } }`, undefined, withKey(key));
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    const replay = await postGraphQL(
      rig.gw.url,
      `mutation { replayWebhookDelivery(id: "whd_x") { __typename } }`,
      undefined,
      withKey(key),
    );
    expect(errorCodes(replay)).toEqual(['FORBIDDEN']);
  });
});

describe('bad input is typed and changes nothing', () => {
  it.each([
    [{ url: 'http://hooks.partner.example/x', events: ['ORDER_STATUS'] }, 'INVALID_WEBHOOK_INPUT', 'url'],
    [{ url: 'https://169.254.169.254/x', events: ['ORDER_STATUS'] }, 'INVALID_WEBHOOK_INPUT', 'url'],
    [{ url: 'https://hooks.partner.example/x', events: [] }, 'INVALID_WEBHOOK_INPUT', 'events'],
    [{ url: 'https://hooks.partner.example/x', events: ['STOCK'] }, 'INVALID_WEBHOOK_INPUT', 'locationIds'],
    [
      { url: 'https://hooks.partner.example/x', events: ['FULFILLMENT'], locationIds: ['loc_3pl_01'] },
      'SCOPE_NOT_GRANTED',
      'events',
    ],
  ])('%j → %s', async (input, code, field) => {
    const key = await rig.createKey(MARKET, ['orders:read']);
    const res = await rig.register(withKey(key), input);
    expect(res.body.data!.registerWebhook).toMatchObject({ __typename: 'WebhookError', code, field });
    const list = await postGraphQL<{ webhooks: unknown[] }>(rig.gw.url, `{ webhooks { id } }`, undefined, withKey(key));
    expect(list.body.data!.webhooks).toEqual([]);
  });

  it('a key holds at most 5 webhooks; an operator must name the key', async () => {
    const key = await rig.createKey(MARKET, ['orders:read']);
    const results = await Promise.all(
      Array.from({ length: 7 }, (_, i) =>
        rig.register(withKey(key), { url: `https://hooks.partner.example/${i}`, events: ['ORDER_STATUS'] }),
      ),
    );
    const kinds = results.map((r) =>
      r.body.data!.registerWebhook!.__typename === 'RegisteredWebhook' ? 'ok' : r.body.data!.registerWebhook!.code,
    );
    expect(kinds.filter((k) => k === 'ok')).toHaveLength(5);
    expect(kinds.filter((k) => k !== 'ok')).toEqual(['WEBHOOK_LIMIT_REACHED', 'WEBHOOK_LIMIT_REACHED']);
    const noKey = await rig.register(bearer(OPERATOR), {
      url: 'https://hooks.partner.example/o',
      events: ['ORDER_STATUS'],
    });
    expect(noKey.body.data!.registerWebhook).toMatchObject({ code: 'INVALID_WEBHOOK_INPUT', field: 'keyId' });
  });
});

import { deferred, openHandles, sleep, uniqueTopic, waitFor } from './helpers';
import type { BusEvent, EventBus } from '../../../platform/bus/port';

/**
 * The behaviour every `EventBus` engine must show. `factory` is called once per bus a test
 * needs; buses from one factory must share their backend (same Redis and prefix, same
 * memory broker), like several processes of one deployment. Topics are unique per test.
 */
export function eventBusContract(name: string, factory: () => Promise<EventBus>): void {
  describe(`EventBus contract: ${name}`, () => {
    const opened: EventBus[] = [];
    const bus = async (): Promise<EventBus> => {
      const created = await factory();
      opened.push(created);
      return created;
    };
    /** Quiet period used only to show that nothing more arrives. */
    const settle = (): Promise<void> => sleep(300);

    afterEach(async () => {
      await Promise.all(opened.splice(0).map((b) => b.close()));
    });

    it('pings and round-trips payloads as JSON with engine-assigned ids', async () => {
      const b = await bus();
      await b.ping();
      const topic = uniqueTopic('shape');
      const live: BusEvent[] = [];
      const durable: BusEvent[] = [];
      await b.subscribe(topic, (e) => void live.push(e));
      await b.consume(topic, { group: 'g' }, async (e) => void durable.push(e));
      const payload = { n: 1, s: 'héllo "quoted"', list: [1, { deep: true }], empty: [], none: null };
      const published = await b.publish(topic, payload);
      expect(typeof published.id).toBe('string');
      expect(new Date(published.publishedAt).toISOString()).toBe(published.publishedAt);
      await waitFor('live and durable delivery', () => live.length === 1 && durable.length === 1);
      expect(live[0]).toEqual(published);
      expect(durable[0]).toEqual(published);
    });

    it('fans live events out to every subscriber of every bus instance', async () => {
      const [a, b] = [await bus(), await bus()];
      const topic = uniqueTopic('fanout');
      const got: Record<string, string[]> = { a1: [], a2: [], b1: [] };
      await a.subscribe<string>(topic, (e) => void got.a1?.push(e.payload));
      await a.subscribe<string>(topic, (e) => void got.a2?.push(e.payload));
      await b.subscribe<string>(topic, (e) => void got.b1?.push(e.payload));
      await a.publish(topic, 'x');
      await waitFor('all three subscribers', () => Object.values(got).every((list) => list.length === 1));
      await settle();
      expect(got).toEqual({ a1: ['x'], a2: ['x'], b1: ['x'] });
    });

    it('keeps delivering when a live handler throws or rejects', async () => {
      const b = await bus();
      const topic = uniqueTopic('faulty');
      const got: number[] = [];
      await b.subscribe(topic, () => {
        throw new Error('boom');
      });
      await b.subscribe(topic, (() => Promise.reject(new Error('async boom'))) as () => void);
      await b.subscribe<number>(topic, (e) => void got.push(e.payload));
      await b.publish(topic, 1);
      await b.publish(topic, 2);
      await waitFor('healthy subscriber gets both', () => got.length === 2);
      expect(got).toEqual([1, 2]);
    });

    it('stops live delivery on unsubscribe', async () => {
      const b = await bus();
      const topic = uniqueTopic('unsub');
      const gone: number[] = [];
      const kept: number[] = [];
      const stop = await b.subscribe<number>(topic, (e) => void gone.push(e.payload));
      await b.subscribe<number>(topic, (e) => void kept.push(e.payload));
      await b.publish(topic, 1);
      await waitFor('both get the first event', () => gone.length === 1 && kept.length === 1);
      await stop();
      await stop(); // idempotent
      await b.publish(topic, 2);
      await waitFor('the remaining subscriber gets the second event', () => kept.length === 2);
      await settle();
      expect(gone).toEqual([1]);
    });

    it('preserves publication order per topic, live and durable', async () => {
      const b = await bus();
      const topic = uniqueTopic('order');
      const live: number[] = [];
      const durable: number[] = [];
      await b.subscribe<number>(topic, (e) => void live.push(e.payload));
      await b.consume<number>(topic, { group: 'g' }, async (e) => void durable.push(e.payload));
      const expected = Array.from({ length: 40 }, (_, i) => i);
      for (const n of expected) await b.publish(topic, n);
      await waitFor('all events', () => live.length === 40 && durable.length === 40);
      expect(live).toEqual(expected);
      expect(durable).toEqual(expected);
    });

    it('hands each event to exactly one member of a group, and to every group', async () => {
      const [a, b] = [await bus(), await bus()];
      const topic = uniqueTopic('groups');
      const g1: string[] = [];
      const g2: string[] = [];
      await a.consume(topic, { group: 'g1', consumer: 'm1' }, async (e) => void g1.push(e.id));
      await b.consume(topic, { group: 'g1', consumer: 'm2' }, async (e) => void g1.push(e.id));
      await b.consume(topic, { group: 'g2' }, async (e) => void g2.push(e.id));
      const ids: string[] = [];
      for (let i = 0; i < 30; i += 1) ids.push((await (i % 2 ? a : b).publish(topic, i)).id);
      await waitFor('both groups get every event', () => g1.length >= 30 && g2.length >= 30);
      await settle();
      expect([...g1].sort()).toEqual([...ids].sort());
      expect([...g2].sort()).toEqual([...ids].sort());
    });

    it('starts a new group at the end of the log', async () => {
      const b = await bus();
      const topic = uniqueTopic('late');
      await b.publish(topic, 'before');
      const got: string[] = [];
      await b.consume<string>(topic, { group: 'late' }, async (e) => void got.push(e.payload));
      await b.publish(topic, 'after');
      await waitFor('the new event', () => got.length === 1);
      await settle();
      expect(got).toEqual(['after']);
    });

    it('retries a failing handler until it succeeds, with a stable event id', async () => {
      const b = await bus();
      const topic = uniqueTopic('retry');
      const seen: string[] = [];
      let done = false;
      await b.consume<string>(topic, { group: 'g', maxAttempts: 5 }, async (e) => {
        seen.push(e.id);
        if (seen.length < 3) throw new Error(`transient ${seen.length}`);
        done = true;
      });
      const published = await b.publish(topic, 'flaky');
      await waitFor('third attempt succeeds', () => done);
      await settle();
      expect(seen).toEqual([published.id, published.id, published.id]);
      expect(await b.deadLetters(topic, 'g')).toEqual([]);
    });

    it('dead-letters an event after maxAttempts and keeps consuming', async () => {
      const b = await bus();
      const topic = uniqueTopic('poison');
      let poisonAttempts = 0;
      const ok: string[] = [];
      await b.consume<string>(topic, { group: 'g', maxAttempts: 2 }, async (e) => {
        if (e.payload === 'poison') {
          poisonAttempts += 1;
          throw new Error('always fails');
        }
        ok.push(e.payload);
      });
      const poison = await b.publish(topic, 'poison');
      await b.publish(topic, 'fine');
      await waitFor('dead letter', async () => (await b.deadLetters(topic, 'g')).length === 1);
      await waitFor('the healthy event', () => ok.length === 1);
      await settle();
      expect(poisonAttempts).toBe(2);
      expect(await b.deadLetters(topic, 'g')).toEqual([poison]);
      expect(await b.deadLetters(topic, 'other-group')).toEqual([]);
    });

    it('stops durable delivery on unsubscribe and resumes from the group position on restart', async () => {
      const b = await bus();
      const topic = uniqueTopic('restart');
      const got: number[] = [];
      const handler = async (e: BusEvent<number>): Promise<void> => void got.push(e.payload);
      const stop = await b.consume(topic, { group: 'g' }, handler);
      await b.publish(topic, 1);
      await waitFor('first event', () => got.length === 1);
      await stop();
      await b.publish(topic, 2);
      await b.publish(topic, 3);
      await settle();
      expect(got).toEqual([1]);
      await b.consume(topic, { group: 'g' }, handler);
      await waitFor('events published while stopped', () => got.length === 3);
      expect(got).toEqual([1, 2, 3]);
    });

    it('delivers to a new bus instance what was published while no member ran (process restart)', async () => {
      const topic = uniqueTopic('durable');
      const first = await bus();
      const stop = await first.consume(topic, { group: 'g' }, async () => undefined);
      await stop();
      await first.close();
      const producer = await bus();
      const published = [await producer.publish(topic, 'a'), await producer.publish(topic, 'b')];
      await producer.close();
      const restarted = await bus();
      const got: BusEvent[] = [];
      await restarted.consume(topic, { group: 'g' }, async (e) => void got.push(e));
      await waitFor('both events after the restart', () => got.length === 2);
      expect(got).toEqual(published);
    });

    it('lets a restarted member with the same name resume its own pending events', async () => {
      const b = await bus();
      const topic = uniqueTopic('own');
      let failed = 0;
      const stop = await b.consume(topic, { group: 'g', consumer: 'worker-1' }, async () => {
        failed += 1;
        throw new Error('crash');
      });
      const published = await b.publish(topic, 'job');
      await waitFor('first failed attempt', () => failed >= 1);
      await stop();
      const got: BusEvent[] = [];
      // claimAfterMs is far longer than the wait: only the own-pending path can deliver it.
      const restarted = await bus();
      await restarted.consume(
        topic,
        { group: 'g', consumer: 'worker-1', claimAfterMs: 60_000 },
        async (e) => void got.push(e),
      );
      await waitFor('the pending event', () => got.length === 1, 10_000);
      expect(got).toEqual([published]);
    });

    it('lets another member claim the pending events of a stopped member', async () => {
      const b = await bus();
      const topic = uniqueTopic('claim');
      let failed = 0;
      const stop = await b.consume(topic, { group: 'g', consumer: 'a', claimAfterMs: 200 }, async () => {
        failed += 1;
        throw new Error('crash');
      });
      const published = await b.publish(topic, 'job');
      await waitFor('first failed attempt', () => failed >= 1);
      await stop();
      const got: BusEvent[] = [];
      await b.consume(topic, { group: 'g', consumer: 'b', claimAfterMs: 200 }, async (e) => void got.push(e));
      await waitFor('the claimed event', () => got.length === 1);
      expect(got).toEqual([published]);
    });

    it('close() awaits in-flight handlers and leaves no open handles', async () => {
      const before = openHandles();
      const b = await bus();
      const topic = uniqueTopic('close');
      const started = deferred();
      let finished = false;
      await b.subscribe(topic, () => undefined);
      await b.consume(topic, { group: 'g' }, async () => {
        started.resolve();
        await sleep(200);
        finished = true;
      });
      await b.publish(topic, 'slow');
      await started.promise;
      await b.close();
      expect(finished).toBe(true);
      await b.close(); // idempotent
      await expect(b.publish(topic, 'late')).rejects.toThrow(/closed/);
      await waitFor('sockets and timers released', () => openHandles() <= before, 5_000);
    });
  });
}

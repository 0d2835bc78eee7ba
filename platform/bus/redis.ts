import Redis from 'ioredis';
import type { BusEvent, ConsumeOptions, EventBus, Unsubscribe } from './port';
import {
  type BusLogger,
  type RetryPolicy,
  DEFAULT_MAX_LOG_LENGTH,
  DEFAULT_RETRY,
  callLiveHandler,
  encodePayload,
  errorMessage,
  noopLogger,
  requireName,
  resolveConsumeOptions,
} from './internal';
import { RedisConsumer } from './redis-consumer';
import { closeConnection } from './redis-util';

/**
 * The Redis engine. Per topic:
 * - `${prefix}stream:${topic}`: the durable log (a stream, `MAXLEN ~ streamMaxLen`); the
 *   event id is the stream entry id. Consumer groups are stream consumer groups created
 *   with `$` (a new group only sees events published after it was created).
 * - `${prefix}live:${topic}`: pub/sub channel carrying the JSON event for `subscribe`.
 * - `${prefix}attempts:${topic}:${group}`: hash of attempt counts of pending entries.
 * - `${prefix}dlq:${topic}:${group}`: list of dead letters (`{event, attempts, error, deadAt}`).
 *
 * Connections: one for commands, one subscriber (lazily, shared by all `subscribe` calls,
 * channels reference-counted) and one blocking connection per `consume` member.
 */

export interface RedisBusOptions {
  keyPrefix?: string;
  /** Approximate cap of each topic stream. Default 100000. */
  streamMaxLen?: number;
  logger?: BusLogger;
  /** `XREADGROUP BLOCK` timeout; bounds how long a stop can wait for a blocked read. Default 1000. */
  blockMs?: number;
  retry?: RetryPolicy;
}

/**
 * XADD + PUBLISH in one atomic script rather than MULTI: the live message must carry the id
 * that XADD assigns. ARGV: maxlen, payload JSON, publishedAt, channel, event JSON without
 * its leading `{` and id.
 */
const PUBLISH_SCRIPT = `
local id = redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[1], '*', 'payload', ARGV[2], 'publishedAt', ARGV[3])
redis.call('PUBLISH', ARGV[4], '{"id":"' .. id .. '",' .. ARGV[5])
return id
`;

interface PublishCommand {
  busPublish(
    stream: string,
    maxLen: string,
    payload: string,
    publishedAt: string,
    channel: string,
    rest: string,
  ): Promise<string>;
}

interface Channel {
  handlers: Set<(message: string) => void>;
  ready: Promise<void>;
}

export async function createRedisBus(url: string, opts: RedisBusOptions = {}): Promise<EventBus> {
  const prefix = opts.keyPrefix ?? '';
  const maxLen = opts.streamMaxLen ?? DEFAULT_MAX_LOG_LENGTH;
  const logger = opts.logger ?? noopLogger;
  const blockMs = opts.blockMs ?? 1000;
  const retry = opts.retry ?? DEFAULT_RETRY;
  if (!Number.isInteger(maxLen) || maxLen < 1) throw new RangeError('streamMaxLen must be a positive integer');

  const watch = (conn: Redis, role: string): Redis =>
    conn.on('error', (err: unknown) => logger.warn({ err, role }, 'event bus: redis connection error'));
  // lazyConnect + connect(): an unreachable Redis fails creation at once instead of after
  // the retries of a queued command; later outages are retried (and logged) by ioredis.
  const main = watch(new Redis(url, { lazyConnect: true }), 'commands');
  try {
    await main.connect();
    await main.ping();
  } catch (err) {
    await closeConnection(main);
    throw new Error(`event bus: cannot reach Redis at ${redactUrl(url)}: ${errorMessage(err)}`, { cause: err });
  }
  main.defineCommand('busPublish', { numberOfKeys: 1, lua: PUBLISH_SCRIPT });
  const publisher = main as unknown as PublishCommand;

  const key = {
    stream: (topic: string) => `${prefix}stream:${topic}`,
    channel: (topic: string) => `${prefix}live:${topic}`,
    attempts: (topic: string, group: string) => `${prefix}attempts:${topic}:${group}`,
    dlq: (topic: string, group: string) => `${prefix}dlq:${topic}:${group}`,
  };

  let subscriber: Redis | null = null;
  const channels = new Map<string, Channel>();
  const stoppers = new Set<() => Promise<void>>();
  let closed = false;

  const assertOpen = (): void => {
    if (closed) throw new Error('event bus is closed');
  };

  const reconnectListeners = new Set<() => void>();
  const getSubscriber = (): Redis => {
    if (!subscriber) {
      subscriber = watch(main.duplicate({ lazyConnect: false }), 'subscriber');
      // ioredis subscribes again to every channel when it reconnects; whoever listened may have
      // missed what was published while it was away.
      let connectedBefore = false;
      subscriber.on('ready', () => {
        if (connectedBefore) {
          logger.warn('event bus: redis subscriber reconnected; live listeners may have missed events');
          for (const listener of [...reconnectListeners]) listener();
        }
        connectedBefore = true;
      });
      subscriber.on('message', (channel: string, message: string) => {
        for (const handler of [...(channels.get(channel)?.handlers ?? [])]) handler(message);
      });
    }
    return subscriber;
  };

  const release = async (channel: string, handler: (message: string) => void): Promise<void> => {
    const entry = channels.get(channel);
    if (!entry || !entry.handlers.delete(handler) || entry.handlers.size > 0) return;
    channels.delete(channel);
    if (subscriber) {
      await subscriber
        .unsubscribe(channel)
        .catch((err: unknown) => logger.warn({ err, channel }, 'event bus: unsubscribe failed'));
    }
  };

  return {
    engine: 'redis',

    onReconnect(listener: () => void): () => void {
      reconnectListeners.add(listener);
      return () => reconnectListeners.delete(listener);
    },

    async publish<T>(topic: string, payload: T): Promise<BusEvent<T>> {
      assertOpen();
      requireName('topic', topic);
      const payloadJson = encodePayload(payload);
      const publishedAt = new Date().toISOString();
      const rest = `"topic":${JSON.stringify(topic)},"payload":${payloadJson},"publishedAt":${JSON.stringify(publishedAt)}}`;
      const id = await publisher.busPublish(
        key.stream(topic),
        String(maxLen),
        payloadJson,
        publishedAt,
        key.channel(topic),
        rest,
      );
      return { id: String(id), topic, payload, publishedAt };
    },

    async subscribe<T>(topic: string, handler: (event: BusEvent<T>) => void): Promise<Unsubscribe> {
      assertOpen();
      requireName('topic', topic);
      const channel = key.channel(topic);
      const onMessage = (message: string): void => {
        let event: BusEvent<T>;
        try {
          event = JSON.parse(message) as BusEvent<T>;
        } catch (err) {
          logger.warn({ err, channel }, 'event bus: malformed live message');
          return;
        }
        callLiveHandler(handler, event, logger);
      };
      let entry = channels.get(channel);
      if (!entry) {
        const sub = getSubscriber();
        entry = { handlers: new Set(), ready: sub.subscribe(channel).then(() => undefined) };
        channels.set(channel, entry);
      }
      entry.handlers.add(onMessage);
      try {
        await entry.ready;
      } catch (err) {
        await release(channel, onMessage);
        throw err;
      }
      let done = false;
      return async () => {
        if (done) return;
        done = true;
        await release(channel, onMessage);
      };
    },

    async consume<T>(
      topic: string,
      options: ConsumeOptions,
      handler: (event: BusEvent<T>) => Promise<void>,
    ): Promise<Unsubscribe> {
      assertOpen();
      requireName('topic', topic);
      const resolved = resolveConsumeOptions(options);
      const consumer = await RedisConsumer.start<T>(
        {
          main,
          blocking: watch(main.duplicate({ lazyConnect: false }), 'consumer'),
          topic,
          keys: {
            stream: key.stream(topic),
            attempts: key.attempts(topic, resolved.group),
            dlq: key.dlq(topic, resolved.group),
          },
          options: resolved,
          retry,
          blockMs,
          logger,
        },
        handler,
      );
      const stop = async (): Promise<void> => {
        await consumer.stop();
        stoppers.delete(stop);
      };
      if (closed) {
        await consumer.stop();
        throw new Error('event bus is closed');
      }
      stoppers.add(stop);
      return stop;
    },

    async deadLetters(topic: string, group: string): Promise<BusEvent[]> {
      assertOpen();
      const records = await main.lrange(key.dlq(topic, group), 0, -1);
      return records.map((record) => (JSON.parse(record) as { event: BusEvent }).event);
    },

    async ping(): Promise<void> {
      assertOpen();
      await main.ping();
    },

    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      await Promise.all([...stoppers].map((stop) => stop()));
      channels.clear();
      if (subscriber) await closeConnection(subscriber);
      await closeConnection(main);
    },
  };
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparsable url)';
  }
}

import type Redis from 'ioredis';
import type { BusEvent } from './port';
import {
  type BusLogger,
  type ResolvedConsumeOptions,
  type RetryPolicy,
  Sleeper,
  errorMessage,
  retryDelay,
} from './internal';
import {
  type StreamEntry,
  closeConnection,
  decodeEntry,
  execOrThrow,
  isRedisError,
  parseAutoClaim,
  parseReadGroup,
  previousId,
} from './redis-util';

export interface RedisConsumerConfig {
  /** Shared command connection (acks, claims, dead letters). */
  main: Redis;
  /** Dedicated connection for `XREADGROUP BLOCK`; quit when the consumer stops. */
  blocking: Redis;
  topic: string;
  keys: { stream: string; attempts: string; dlq: string };
  options: ResolvedConsumeOptions;
  retry: RetryPolicy;
  blockMs: number;
  logger: BusLogger;
}

const READ_COUNT = 10;

export async function ensureGroup(main: Redis, stream: string, group: string): Promise<void> {
  try {
    await main.call('XGROUP', 'CREATE', stream, group, '$', 'MKSTREAM');
  } catch (err) {
    if (!isRedisError(err, 'BUSYGROUP')) throw err;
  }
}

/**
 * One member of a consumer group: a loop that (1) first re-reads its own pending entries
 * (a restarted member with the same name resumes), (2) periodically XAUTOCLAIMs entries idle
 * longer than `claimAfterMs`, (3) retries its failed entries with backoff, (4) otherwise
 * blocks on new entries. Attempts are counted in a hash; the last allowed failure moves the
 * event to the dead-letter list and acks it.
 */
export class RedisConsumer<T> {
  private running = true;
  private blocked = false;
  private clientId: string | null = null;
  private readonly sleeper = new Sleeper();
  /** Failed entries of ours: id → time of the next attempt. */
  private readonly retries = new Map<string, number>();
  private claimCursor = '0-0';
  private nextClaimAt = 0;
  private loopDone: Promise<void> = Promise.resolve();
  private stopping: Promise<void> | null = null;

  private constructor(
    private readonly cfg: RedisConsumerConfig,
    private readonly handler: (event: BusEvent<T>) => Promise<void>,
  ) {}

  static async start<T>(
    cfg: RedisConsumerConfig,
    handler: (event: BusEvent<T>) => Promise<void>,
  ): Promise<RedisConsumer<T>> {
    const consumer = new RedisConsumer(cfg, handler);
    try {
      await ensureGroup(cfg.main, cfg.keys.stream, cfg.options.group);
      await consumer.fetchClientId();
    } catch (err) {
      await closeConnection(cfg.blocking);
      throw err;
    }
    cfg.blocking.on('ready', () => void consumer.fetchClientId().catch(() => undefined));
    consumer.loopDone = consumer.loop();
    return consumer;
  }

  /** Stops the loop, waits for the handler in flight, drops the member if it owns nothing. */
  stop(): Promise<void> {
    this.stopping ??= this.shutdown();
    return this.stopping;
  }

  private async shutdown(): Promise<void> {
    const { main, blocking, keys, options, logger } = this.cfg;
    this.running = false;
    this.sleeper.wake();
    let force: NodeJS.Timeout | undefined;
    if (this.blocked) {
      // Make the blocked XREADGROUP return now (as if timed out); cut the socket if that fails.
      if (this.clientId !== null) main.call('CLIENT', 'UNBLOCK', this.clientId).catch(() => undefined);
      force = setTimeout(() => blocking.disconnect(), this.cfg.blockMs + 2000);
    }
    try {
      await this.loopDone;
    } finally {
      clearTimeout(force);
    }
    try {
      const mine = await main.call('XPENDING', keys.stream, options.group, '-', '+', '1', options.consumer);
      if (Array.isArray(mine) && mine.length === 0) {
        await main.call('XGROUP', 'DELCONSUMER', keys.stream, options.group, options.consumer);
      }
    } catch (err) {
      logger.warn({ err, topic: this.cfg.topic, group: options.group }, 'event bus: could not tidy consumer on stop');
    }
    await closeConnection(blocking);
  }

  private async fetchClientId(): Promise<void> {
    const id = await this.cfg.blocking.call('CLIENT', 'ID');
    this.clientId = String(id);
  }

  private async loop(): Promise<void> {
    const { main, keys, options, logger } = this.cfg;
    let ownFrom: string | null = '0-0';
    let errorDelay = 0;
    while (this.running) {
      try {
        if (ownFrom !== null) {
          ownFrom = await this.drainOwn(ownFrom);
          continue;
        }
        const now = Date.now();
        if (now >= this.nextClaimAt) {
          const more = await this.autoClaim();
          this.nextClaimAt = more ? Date.now() : Date.now() + this.claimInterval();
          continue;
        }
        const due = this.dueRetry(now);
        if (due !== undefined) await this.retryOne(due);
        else await this.readNew(now);
        errorDelay = 0;
      } catch (err) {
        if (!this.running) break;
        errorDelay = Math.min(5000, Math.max(100, errorDelay * 2));
        ownFrom = '0-0'; // after recovering, re-read our pending list (e.g. an ack that failed)
        logger.warn(
          { err, topic: this.cfg.topic, group: options.group },
          'event bus: consumer loop error; backing off',
        );
        if (isRedisError(err, 'NOGROUP')) await ensureGroup(main, keys.stream, options.group).catch(() => undefined);
        await this.sleeper.sleep(errorDelay);
      }
    }
  }

  private claimInterval(): number {
    return Math.min(5000, Math.max(50, Math.floor(this.cfg.options.claimAfterMs / 2)));
  }

  /** Reads a batch of our own pending entries after `from`; returns the next cursor or null when done. */
  private async drainOwn(from: string): Promise<string | null> {
    const { main, keys, options } = this.cfg;
    const reply = await main.call(
      'XREADGROUP',
      'GROUP',
      options.group,
      options.consumer,
      'COUNT',
      '50',
      'STREAMS',
      keys.stream,
      from,
    );
    const entries = parseReadGroup(reply);
    await this.handleAll(entries);
    const last = entries[entries.length - 1];
    return last ? last.id : null;
  }

  private async autoClaim(): Promise<boolean> {
    const { main, keys, options } = this.cfg;
    const reply = await main.call(
      'XAUTOCLAIM',
      keys.stream,
      options.group,
      options.consumer,
      String(options.claimAfterMs),
      this.claimCursor,
      'COUNT',
      String(READ_COUNT),
    );
    const { cursor, entries, deleted } = parseAutoClaim(reply);
    this.claimCursor = cursor;
    if (deleted.length > 0) await main.hdel(keys.attempts, ...deleted);
    await this.handleAll(entries);
    return cursor !== '0-0';
  }

  private dueRetry(now: number): string | undefined {
    let best: [string, number] | undefined;
    for (const [id, at] of this.retries) if (at <= now && (!best || at < best[1])) best = [id, at];
    return best?.[0];
  }

  /** Re-reads one failed entry from our own pending list; gone or claimed by another → forget it. */
  private async retryOne(id: string): Promise<void> {
    const { main, keys, options } = this.cfg;
    const reply = await main.call(
      'XREADGROUP',
      'GROUP',
      options.group,
      options.consumer,
      'COUNT',
      '1',
      'STREAMS',
      keys.stream,
      previousId(id),
    );
    const entry = parseReadGroup(reply)[0];
    if (!entry || entry.id !== id) {
      this.retries.delete(id);
      return;
    }
    await this.handle(entry);
  }

  private async readNew(now: number): Promise<void> {
    const { blocking, keys, options } = this.cfg;
    let block = Math.min(this.cfg.blockMs, this.nextClaimAt - now);
    for (const at of this.retries.values()) block = Math.min(block, at - now);
    this.blocked = true;
    let reply: unknown;
    try {
      reply = await blocking.call(
        'XREADGROUP',
        'GROUP',
        options.group,
        options.consumer,
        'COUNT',
        String(READ_COUNT),
        'BLOCK',
        String(Math.max(10, Math.ceil(block))),
        'STREAMS',
        keys.stream,
        '>',
      );
    } finally {
      this.blocked = false;
    }
    await this.handleAll(parseReadGroup(reply));
  }

  /** Stops early when stopping: the rest stays in our pending list for a restart or a claim. */
  private async handleAll(entries: StreamEntry[]): Promise<void> {
    for (const entry of entries) {
      if (!this.running) return;
      await this.handle(entry);
    }
  }

  private async handle(entry: StreamEntry): Promise<void> {
    const { main, keys, options, logger, topic } = this.cfg;
    this.retries.delete(entry.id);
    if (entry.fields === null) {
      logger.warn(
        { topic, group: options.group, eventId: entry.id },
        'event bus: pending entry was trimmed; dropping it',
      );
      await execOrThrow(main.multi().xack(keys.stream, options.group, entry.id).hdel(keys.attempts, entry.id).exec());
      return;
    }
    const attempts = await main.hincrby(keys.attempts, entry.id, 1);
    if (attempts > options.maxAttempts) {
      await this.deadLetter(entry, attempts, new Error('maxAttempts exhausted before delivery'));
      return;
    }
    let failure: { err: unknown } | null = null;
    try {
      await this.handler(decodeEntry<T>(topic, entry));
    } catch (err) {
      failure = { err };
    }
    if (!failure) {
      await execOrThrow(main.multi().xack(keys.stream, options.group, entry.id).hdel(keys.attempts, entry.id).exec());
    } else if (attempts >= options.maxAttempts) {
      await this.deadLetter(entry, attempts, failure.err);
    } else {
      this.retries.set(entry.id, Date.now() + retryDelay(attempts, this.cfg.retry));
      logger.warn(
        { topic, group: options.group, eventId: entry.id, attempts, error: errorMessage(failure.err) },
        'event bus: handler failed; will retry',
      );
    }
  }

  private async deadLetter(entry: StreamEntry, attempts: number, err: unknown): Promise<void> {
    const { main, keys, options, logger, topic } = this.cfg;
    let event: unknown;
    try {
      event = decodeEntry(topic, entry);
    } catch {
      event = { id: entry.id, topic, raw: entry.fields };
    }
    const record = JSON.stringify({ event, attempts, error: errorMessage(err), deadAt: new Date().toISOString() });
    await execOrThrow(
      main
        .multi()
        .rpush(keys.dlq, record)
        .xack(keys.stream, options.group, entry.id)
        .hdel(keys.attempts, entry.id)
        .exec(),
    );
    logger.warn({ err, topic, group: options.group, eventId: entry.id, attempts }, 'event bus: event dead-lettered');
  }
}

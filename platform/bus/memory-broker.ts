import type { BusEvent } from './port';
import type { Sleeper } from './internal';
import { DEFAULT_MAX_LOG_LENGTH } from './internal';

/**
 * The in-process engine (embedded default and tests). It mirrors the Redis engine's
 * semantics: every topic has an append-only log (trimmed to `maxLogLength`), consumer
 * groups keep a cursor into it plus a pending list, and a group created after events were
 * published starts at the END of the log (only new events, like `XGROUP CREATE ... $`).
 *
 * Durability is limited to the `MemoryBroker`: a group's cursor and pending events survive
 * its members stopping and restarting, and several buses built on one broker behave like
 * several processes on one Redis. Nothing survives the process itself.
 */

export interface LogEntry {
  id: string;
  topic: string;
  payloadJson: string;
  publishedAt: string;
}

export interface Pending {
  entry: LogEntry;
  owner: string;
  /** Last time a member took the entry (claims measure idleness from here). */
  deliveredAt: number;
  /** Earliest time the owner retries after a failure. */
  retryAt: number;
  attempts: number;
  inFlight: boolean;
}

export interface Member {
  name: string;
  sleeper: Sleeper;
}

export interface Group {
  cursor: number;
  pending: Map<string, Pending>;
  dead: LogEntry[];
  members: Set<Member>;
}

export interface Topic {
  entries: LogEntry[];
  /** Absolute position of `entries[0]` (grows as the log is trimmed). */
  base: number;
  groups: Map<string, Group>;
  live: Set<(entry: LogEntry) => void>;
}

/** Shared state of memory buses: logs, groups and live listeners. */
export class MemoryBroker {
  private readonly topics = new Map<string, Topic>();
  private lastMs = 0;
  private seq = 0;

  constructor(private readonly maxLogLength = DEFAULT_MAX_LOG_LENGTH) {}

  topic(name: string): Topic {
    let topic = this.topics.get(name);
    if (!topic) {
      topic = { entries: [], base: 0, groups: new Map(), live: new Set() };
      this.topics.set(name, topic);
    }
    return topic;
  }

  /** Gets or creates a group; a new group starts after the last logged event. */
  group(topicName: string, name: string): Group {
    const topic = this.topic(topicName);
    let group = topic.groups.get(name);
    if (!group) {
      group = { cursor: topic.base + topic.entries.length, pending: new Map(), dead: [], members: new Set() };
      topic.groups.set(name, group);
    }
    return group;
  }

  findGroup(topicName: string, name: string): Group | undefined {
    return this.topics.get(topicName)?.groups.get(name);
  }

  append(topicName: string, payloadJson: string): LogEntry {
    const topic = this.topic(topicName);
    const entry: LogEntry = { id: this.nextId(), topic: topicName, payloadJson, publishedAt: new Date().toISOString() };
    // A group created later starts at the end of the log, so with no group nothing can ever read
    // this entry: only live subscribers get it.
    if (topic.groups.size > 0) {
      topic.entries.push(entry);
      // Trim in chunks (a tenth of the cap at a time) so a full log costs O(1) per append.
      const excess = topic.entries.length - this.maxLogLength;
      if (excess > Math.max(1, Math.floor(this.maxLogLength / 10))) {
        topic.entries.splice(0, excess);
        topic.base += excess;
      }
    } else {
      topic.base += topic.entries.length + 1;
      topic.entries.length = 0;
    }
    for (const listener of [...topic.live]) listener(entry);
    for (const group of topic.groups.values()) wakeAll(group);
    return entry;
  }

  /** Stream-like ids (`<ms>-<seq>`), strictly increasing even if the clock stalls. */
  private nextId(): string {
    const now = Date.now();
    if (now > this.lastMs) {
      this.lastMs = now;
      this.seq = 0;
    } else {
      this.seq += 1;
    }
    return `${this.lastMs}-${this.seq}`;
  }
}

export function createMemoryBroker(options: { maxLogLength?: number } = {}): MemoryBroker {
  return new MemoryBroker(options.maxLogLength);
}

export function wakeAll(group: Group): void {
  for (const member of group.members) member.sleeper.wake();
}

export function toEvent<T>(entry: LogEntry): BusEvent<T> {
  return {
    id: entry.id,
    topic: entry.topic,
    payload: JSON.parse(entry.payloadJson) as T,
    publishedAt: entry.publishedAt,
  };
}

/** Next piece of work for `me`, or how long until some may exist (undefined: only a wake-up). */
export function pickWork(
  topic: Topic,
  group: Group,
  me: string,
  claimAfterMs: number,
  now: number,
): Pending | number | undefined {
  const active = new Set([...group.members].map((member) => member.name));
  let wait: number | undefined;
  const later = (ms: number): void => {
    wait = wait === undefined ? ms : Math.min(wait, ms);
  };
  for (const pending of group.pending.values()) {
    if (pending.owner === me) {
      if (pending.inFlight) continue;
      if (pending.retryAt <= now) return pending;
      later(pending.retryAt - now);
    } else if (!active.has(pending.owner) && !pending.inFlight) {
      return pending; // orphaned by a member that stopped: claim at once
    } else {
      const claimAt = pending.deliveredAt + claimAfterMs;
      if (claimAt <= now) return pending;
      later(claimAt - now);
    }
  }
  group.cursor = Math.max(group.cursor, topic.base);
  const entry = topic.entries[group.cursor - topic.base];
  if (entry) {
    group.cursor += 1;
    const pending: Pending = { entry, owner: me, deliveredAt: now, retryAt: now, attempts: 0, inFlight: false };
    group.pending.set(entry.id, pending);
    return pending;
  }
  return wait;
}

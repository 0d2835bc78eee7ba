import { createHash } from 'node:crypto';
import { GraphQLError, type DocumentNode, type ExecutionResult } from 'graphql';
import { printedOnce } from './documents';
import { Serialised } from './serialised';
import type { GatewayContext } from '../context';

/** What a subscription is, to the engine: the document, its variables and whose it is. */
export interface SubscribeArgs {
  document: DocumentNode;
  operationName?: string;
  variables: Record<string, unknown>;
  context: GatewayContext;
}

type Subscribe = (args: SubscribeArgs) => Promise<AsyncIterable<ExecutionResult> | ExecutionResult>;

/**
 * Writes one message of a subscription, as JSON text, straight to its subscriber's connection (the
 * transport frames it). Messages go this way while the subscriber waits for its next one with
 * nothing queued: no per-subscriber promise, copy or serialisation per message.
 */
export type DirectSink = (text: string) => void;

/** Messages kept for one subscriber that has not taken them yet; past it, it is ended with an error. */
const MAX_PENDING = 1000;

interface Member {
  pending: Serialised[];
  /** Messages sent to it so far (its own `sequence`). */
  sent: number;
  /** Whether it has had its snapshot (before that, the group's messages are kept back). */
  synced: boolean;
  held: Serialised[];
  wake: (() => void) | null;
  done: boolean;
  failed: ExecutionResult | null;
  sink: DirectSink | null;
}

interface Group {
  members: Set<Member>;
  /** The group's stream has sent its first message: later members take a snapshot of their own. */
  started: boolean;
  close: () => Promise<void>;
}

/** Everything that decides a subscription's messages: the same key, the same messages. */
function shareKey(args: SubscribeArgs): string {
  const { principal, contract } = args.context;
  return createHash('sha256')
    .update(printedOnce(args.document))
    .update('\u0000')
    .update(args.operationName ?? '')
    .update('\u0000')
    .update(JSON.stringify(args.variables))
    .update('\u0000')
    .update(JSON.stringify(principal))
    .update('\u0000')
    .update(contract ? [...contract].sort().join(',') : '')
    .digest('hex');
}

/**
 * Identical subscriptions share one execution. Subscribers with the same operation, variables and
 * principal (hence the same authorization) join one group: one subscription to the owning
 * subgraph, and each event resolved once for all of them. A subscriber joining a group that has
 * already started takes one snapshot of its own first (a one-off subscription), then the group's
 * changes from the moment it joined, so it misses none (a change its snapshot already shows may
 * come once more: every change carries the state it leads to). Each subscriber's messages keep
 * their own `sequence` from 1. A subscriber that stops taking messages is ended alone.
 */
export function sharedSubscriptions(subscribe: Subscribe) {
  const groups = new Map<string, Group>();
  const starting = new Map<string, Promise<void>>();
  let executions = 0;
  /** Messages written straight to a subscriber's connection (`DirectSink`). */
  let direct = 0;

  const push = (m: Member, result: Serialised) => {
    if (m.done) return;
    if (!m.synced) {
      m.held.push(result);
      return;
    }
    // Its consumer is waiting and nothing is queued before this message: straight to the socket.
    if (m.sink && m.wake && m.pending.length === 0 && !m.failed) {
      direct++;
      m.sink(result.text(++m.sent));
      return;
    }
    if (m.pending.length >= MAX_PENDING) {
      m.failed = { errors: [new GraphQLError('subscriber too slow: messages were not taken in time')] };
      m.done = true;
    } else {
      m.pending.push(result);
    }
    const w = m.wake;
    m.wake = null;
    w?.();
  };

  function memberIterator(m: Member, leave: () => Promise<void>): AsyncIterableIterator<ExecutionResult> {
    const it: AsyncIterableIterator<ExecutionResult> = {
      async next() {
        for (;;) {
          const result = m.pending.shift();
          if (result) return { done: false, value: result.numbered(++m.sent) };
          if (m.failed) {
            const failed = m.failed;
            m.failed = null;
            return { done: false, value: failed };
          }
          if (m.done) return { done: true, value: undefined };
          await new Promise<void>((resolve) => (m.wake = resolve));
        }
      },
      async return() {
        m.done = true;
        m.wake?.();
        await leave();
        return { done: true, value: undefined };
      },
      [Symbol.asyncIterator]: () => it,
    };
    return it;
  }

  async function startGroup(key: string, args: SubscribeArgs, first: Member): Promise<ExecutionResult | Group> {
    const stream = await subscribe(args);
    if (!(Symbol.asyncIterator in stream)) return stream; // refused at subscribe time: nothing shared
    const iterator = stream[Symbol.asyncIterator]();
    const group: Group = {
      members: new Set([first]),
      started: false,
      close: async () => {
        await iterator.return?.();
      },
    };
    groups.set(key, group);
    void (async () => {
      try {
        for (;;) {
          const next = await iterator.next();
          if (next.done) break;
          executions++;
          group.started = true;
          const message = new Serialised(next.value); // once, for every member
          for (const m of group.members) push(m, message);
        }
      } catch (err) {
        const failed = new Serialised({ errors: [new GraphQLError((err as Error).message ?? 'subscription failed')] });
        for (const m of group.members) push(m, failed);
      } finally {
        if (groups.get(key) === group) groups.delete(key);
        for (const m of group.members) {
          m.done = true;
          m.wake?.();
        }
      }
    })();
    return group;
  }

  /** A subscriber joining a started group: its own snapshot, then what the group held back for it. */
  async function snapshotFor(m: Member, args: SubscribeArgs): Promise<void> {
    const own = await subscribe(args);
    let first: ExecutionResult | undefined;
    if (Symbol.asyncIterator in own) {
      const it = own[Symbol.asyncIterator]();
      const next = await it.next();
      await it.return?.();
      first = next.done ? undefined : next.value;
    } else {
      first = own;
    }
    m.synced = true;
    if (first) {
      executions++;
      push(m, new Serialised(first));
    }
    for (const held of m.held.splice(0)) push(m, held);
  }

  return {
    /**
     * Subscribes through the group of identical subscriptions (made when it is the first). With
     * `sink`, messages that find the subscriber waiting go straight to it (`DirectSink`); the
     * returned stream still carries the others in order, and its end.
     */
    async subscribe(args: SubscribeArgs, sink?: DirectSink): Promise<AsyncIterable<ExecutionResult> | ExecutionResult> {
      const key = shareKey(args);
      const m: Member = {
        pending: [],
        sent: 0,
        synced: false,
        held: [],
        wake: null,
        done: false,
        failed: null,
        sink: sink ?? null,
      };
      // Another subscriber may be starting this group right now: wait for it rather than start a second.
      await starting.get(key);
      let group = groups.get(key);
      if (!group) {
        m.synced = true; // the group's own first message is its snapshot
        const start = startGroup(key, args, m);
        starting.set(
          key,
          start.then(
            () => undefined,
            () => undefined,
          ),
        );
        let started: ExecutionResult | Group;
        try {
          started = await start;
        } finally {
          starting.delete(key);
        }
        if (!('members' in started)) return started;
        group = started;
      } else {
        group.members.add(m);
        if (group.started) {
          await snapshotFor(m, args);
        } else {
          m.synced = true; // the group's first message (its snapshot) is still to come
        }
      }
      const joined = group;
      return memberIterator(m, async () => {
        joined.members.delete(m);
        if (joined.members.size === 0 && groups.get(key) === joined) {
          groups.delete(key);
          await joined.close();
        }
      });
    },
    /**
     * Groups, subscribers, executions (one per event per group, plus late joiners' snapshots) and
     * messages written straight to a connection.
     */
    stats: () => ({
      groups: groups.size,
      subscribers: [...groups.values()].reduce((n, g) => n + g.members.size, 0),
      executions,
      direct,
    }),
  };
}

export type SharedSubscriptions = ReturnType<typeof sharedSubscriptions>;

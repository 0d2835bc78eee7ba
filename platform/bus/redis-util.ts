import type Redis from 'ioredis';
import type { BusEvent } from './port';

/** Low-level helpers of the Redis engine: reply parsing, MULTI results, connection shutdown. */

export interface StreamEntry {
  id: string;
  /** Flat `[field, value, ...]`, or null when the entry was trimmed away while pending. */
  fields: string[] | null;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** Parses a list of `[id, fields]` pairs (XRANGE / XAUTOCLAIM shape). */
export function parseEntries(value: unknown): StreamEntry[] {
  if (!Array.isArray(value)) return [];
  const entries: StreamEntry[] = [];
  for (const item of value) {
    if (!Array.isArray(item) || typeof item[0] !== 'string') continue;
    const fields: unknown = item[1];
    entries.push({ id: item[0], fields: isStringArray(fields) ? fields : null });
  }
  return entries;
}

/** Parses an XREADGROUP reply for a single stream: `[[key, entries]]` or null. */
export function parseReadGroup(reply: unknown): StreamEntry[] {
  if (!Array.isArray(reply)) return [];
  const stream: unknown = reply[0];
  return Array.isArray(stream) ? parseEntries(stream[1]) : [];
}

/** Parses XAUTOCLAIM: `[cursor, entries, deletedIds?]` (the third element since Redis 7). */
export function parseAutoClaim(reply: unknown): { cursor: string; entries: StreamEntry[]; deleted: string[] } {
  if (!Array.isArray(reply)) return { cursor: '0-0', entries: [], deleted: [] };
  const cursor: unknown = reply[0];
  const deleted: unknown = reply[2];
  return {
    cursor: typeof cursor === 'string' ? cursor : '0-0',
    entries: parseEntries(reply[1]),
    deleted: isStringArray(deleted) ? deleted : [],
  };
}

export function fieldMap(fields: string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < fields.length; i += 2) map.set(fields[i] as string, fields[i + 1] as string);
  return map;
}

export function decodeEntry<T>(topic: string, entry: StreamEntry): BusEvent<T> {
  const fields = fieldMap(entry.fields ?? []);
  const payload = fields.get('payload');
  const publishedAt = fields.get('publishedAt');
  if (payload === undefined || publishedAt === undefined) throw new Error(`malformed stream entry ${entry.id}`);
  return { id: entry.id, topic, payload: JSON.parse(payload) as T, publishedAt };
}

/** The id just before `id`, for exclusive-start reads (`XREADGROUP ... <id>` returns ids > it). */
export function previousId(id: string): string {
  const [msText, seqText] = id.split('-');
  const ms = BigInt(msText ?? '0');
  const seq = BigInt(seqText ?? '0');
  if (seq > 0n) return `${ms}-${seq - 1n}`;
  if (ms > 0n) return `${ms - 1n}-18446744073709551615`;
  return '0-0';
}

type ExecResult = [error: Error | null, result: unknown][] | null;

/** `multi().exec()` reports per-command errors in its result; turn them into a rejection. */
export async function execOrThrow(pending: Promise<ExecResult>): Promise<unknown[]> {
  const results = await pending;
  if (results === null) throw new Error('redis transaction aborted');
  return results.map(([error, result]) => {
    if (error) throw error;
    return result;
  });
}

export function isRedisError(err: unknown, prefix: string): boolean {
  return err instanceof Error && err.message.startsWith(prefix);
}

function isEnded(conn: Redis): boolean {
  return conn.status === 'end';
}

/** Quits (or, when not connected, disconnects) and waits briefly for an open socket to end. */
export async function closeConnection(conn: Redis, graceMs = 2000): Promise<void> {
  const status = conn.status;
  if (status === 'end') return;
  // 'wait', 'close' and 'reconnecting' have no socket to wait for ('end' may never come).
  const socketOpen = status === 'connecting' || status === 'connect' || status === 'ready';
  let timer: NodeJS.Timeout | undefined;
  let onEnd: (() => void) | undefined;
  const ended = new Promise<void>((resolve) => {
    onEnd = resolve;
    timer = setTimeout(resolve, graceMs);
    conn.once('end', resolve);
  });
  try {
    if (status === 'ready') await conn.quit().catch(() => conn.disconnect());
    else conn.disconnect();
    if (socketOpen && !isEnded(conn)) await ended;
  } finally {
    clearTimeout(timer);
    if (onEnd) conn.off('end', onEnd);
  }
}

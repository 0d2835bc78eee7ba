import pino from 'pino';
import type { LogLevel } from './config';

/**
 * The one logger. pino: structured JSON, cheap when a level is off, and its
 * `debug/info/warn/error(message)` methods fit Apollo's `Logger` interface, so the same
 * instance is handed to `@apollo/gateway` and `@apollo/server`. Silent under test.
 */
export type Logger = pino.Logger;

export function createLogger(level: LogLevel, bindings: Record<string, unknown> = {}): Logger {
  return pino({ level, base: { ...bindings }, timestamp: pino.stdTimeFunctions.isoTime });
}

export const silentLogger: Logger = pino({ level: 'silent' });

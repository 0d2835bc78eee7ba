/** Shared constants and helpers of the demo scenario generator. */

export const CURRENCY = 'EUR';
export const COUNTRY_CODE = 'FR';
export const TIMEZONE = 'Europe/Paris';

/** Fixed reference clock: every date in the demo data is relative to it. */
export const DEMO_NOW = Date.parse('2026-11-01T00:00:00.000Z');

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** `n` as a zero-padded string of `width` digits. */
export function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * A node's working calendar: business hours per weekday in the node's own time zone, and the
 * daily cut-off after which a new order is handled the next business day. Pure: time zones are
 * resolved with the platform's Intl data, never the host's local zone.
 */
export const WEEKDAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface BusinessHours {
  day: Weekday;
  /** Local "HH:MM", 00:00 to 23:59. */
  opens: string;
  /** Local "HH:MM", after `opens`. */
  closes: string;
}

export interface WorkingCalendar {
  timezone: string;
  /** Local "HH:MM": an order taken after it is handled the next business day. */
  cutoffTime: string;
  /** At most one entry per weekday; a weekday without one is closed. Empty: open around the clock. */
  businessHours: readonly BusinessHours[];
}

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after local midnight of "HH:MM", or null when it is not a time of day. */
export function minutesOf(hhmm: string): number | null {
  const m = HHMM.exec(hhmm);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

export function isTimeZone(tz: string): boolean {
  if (tz.length === 0 || tz.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** Why a calendar is invalid, or null. */
export function calendarProblem(cal: WorkingCalendar): { field: string; message: string } | null {
  if (!isTimeZone(cal.timezone))
    return { field: 'timezone', message: `unknown time zone "${cal.timezone.slice(0, 64)}"` };
  if (minutesOf(cal.cutoffTime) === null)
    return { field: 'cutoffTime', message: 'cutoffTime must be "HH:MM" (00:00 to 23:59)' };
  const seen = new Set<string>();
  for (const h of cal.businessHours) {
    if (!(WEEKDAYS as readonly string[]).includes(h.day))
      return { field: 'businessHours', message: `unknown day ${h.day}` };
    if (seen.has(h.day)) return { field: 'businessHours', message: `${h.day} is given twice` };
    seen.add(h.day);
    const opens = minutesOf(h.opens);
    const closes = minutesOf(h.closes);
    if (opens === null || closes === null) {
      return { field: 'businessHours', message: `${h.day}: opens and closes must be "HH:MM"` };
    }
    if (closes <= opens) return { field: 'businessHours', message: `${h.day}: closes must be after opens` };
  }
  return null;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone: tz,
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(tz, f);
  }
  return f;
}

const SHORT_DAYS: Record<string, Weekday> = {
  Mon: 'MON',
  Tue: 'TUE',
  Wed: 'WED',
  Thu: 'THU',
  Fri: 'FRI',
  Sat: 'SAT',
  Sun: 'SUN',
};

/** The local date ("YYYY-MM-DD"), weekday and minute of the day of `at` in `tz`. */
export function localTime(at: Date, tz: string): { date: string; day: Weekday; minute: number } {
  const parts = Object.fromEntries(
    formatter(tz)
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    day: SHORT_DAYS[parts.weekday!]!,
    minute: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

const MINUTE = 60_000;

/**
 * When work on an order taken at `at` can start: at once when the node is open and the cut-off
 * has not passed; otherwise at the next opening (the next business day's, after the cut-off).
 * Searches at most 8 days ahead; a node with business hours on no day never starts (null).
 */
export function workStarts(cal: WorkingCalendar, at: Date): Date | null {
  if (cal.businessHours.length === 0) return at;
  const hours = new Map(cal.businessHours.map((h) => [h.day, h]));
  const cutoff = minutesOf(cal.cutoffTime) ?? 24 * 60;
  const now = localTime(at, cal.timezone);
  const today = hours.get(now.day);
  if (today) {
    const opens = minutesOf(today.opens)!;
    const closes = minutesOf(today.closes)!;
    if (now.minute < Math.min(cutoff, closes)) {
      return now.minute >= opens ? at : new Date(at.getTime() + (opens - now.minute) * MINUTE);
    }
  }
  // Walk forward day by day (in local days) to the next opening.
  const midnight = at.getTime() - now.minute * MINUTE - at.getUTCSeconds() * 1000 - at.getUTCMilliseconds();
  for (let d = 1; d <= 8; d++) {
    // Noon of the local day d days ahead, then back to that day's opening: robust to DST shifts.
    const noon = new Date(midnight + d * 24 * 60 * MINUTE + 12 * 60 * MINUTE);
    const local = localTime(noon, cal.timezone);
    const h = hours.get(local.day);
    if (h) return new Date(noon.getTime() + (minutesOf(h.opens)! - local.minute) * MINUTE);
  }
  return null;
}

/**
 * The promise for a shipment from a node: work starts (business hours and cut-off), the node
 * handles it for `handlingHours`, the carrier needs `transitHours`. Handling runs on wall-clock
 * time from the start (documented simplification: a long handling time is not paused overnight).
 */
export function promiseAt(cal: WorkingCalendar, at: Date, handlingHours: number, transitHours: number): Date | null {
  const start = workStarts(cal, at);
  if (!start) return null;
  return new Date(start.getTime() + (handlingHours + transitHours) * 60 * MINUTE);
}

import { calendarProblem, localTime, promiseAt, workStarts, type WorkingCalendar } from './calendar';

const STORE: WorkingCalendar = {
  timezone: 'Europe/Paris',
  cutoffTime: '15:00',
  businessHours: (['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'] as const).map((day) => ({
    day,
    opens: '09:30',
    closes: '19:30',
  })),
};

describe('workStarts', () => {
  it.each([
    ['open, before the cut-off: at once', '2026-11-30T10:00:00.000Z', '2026-11-30T10:00:00.000Z'],
    ['before opening: at opening', '2026-11-30T06:00:00.000Z', '2026-11-30T08:30:00.000Z'],
    ['after the cut-off: next business day', '2026-11-30T14:00:00.000Z', '2026-12-01T08:30:00.000Z'],
    ['one minute before the cut-off: at once', '2026-11-30T13:59:00.000Z', '2026-11-30T13:59:00.000Z'],
    ['Saturday after the cut-off: Monday', '2026-12-05T15:00:00.000Z', '2026-12-07T08:30:00.000Z'],
    ['Sunday: Monday', '2026-12-06T12:00:00.000Z', '2026-12-07T08:30:00.000Z'],
    ['late Saturday night local time: Monday', '2026-12-05T23:30:00.000Z', '2026-12-07T08:30:00.000Z'],
    // Clocks go forward on Sunday 29 March 2026: Monday's 09:30 is 07:30 UTC, no longer 08:30.
    ['across the spring DST change', '2026-03-28T16:00:00.000Z', '2026-03-30T07:30:00.000Z'],
  ])('%s', (_case, at, expected) => {
    expect(workStarts(STORE, new Date(at))?.toISOString()).toBe(expected);
  });

  it('a node without business hours works around the clock, cut-off or not', () => {
    const at = new Date('2026-12-06T23:59:00.000Z');
    expect(workStarts({ ...STORE, businessHours: [] }, at)).toEqual(at);
  });

  it('uses the node’s own time zone, not the host’s', () => {
    const ny: WorkingCalendar = { ...STORE, timezone: 'America/New_York' };
    // 14:00 UTC is 09:00 in New York: before opening there, after the cut-off in Paris.
    expect(workStarts(ny, new Date('2026-11-30T14:00:00.000Z'))?.toISOString()).toBe('2026-11-30T14:30:00.000Z');
  });
});

describe('promiseAt', () => {
  it('adds handling and transit to the start', () => {
    const at = new Date('2026-11-30T14:00:00.000Z');
    expect(promiseAt(STORE, at, 2, 24)?.toISOString()).toBe('2026-12-02T10:30:00.000Z');
  });
});

describe('localTime', () => {
  it('gives the local date, weekday and minute', () => {
    expect(localTime(new Date('2026-11-30T23:30:00.000Z'), 'Europe/Paris')).toEqual({
      date: '2026-12-01',
      day: 'TUE',
      minute: 30,
    });
  });
});

describe('calendarProblem', () => {
  it.each<[string, Partial<WorkingCalendar>, string | null]>([
    ['a valid calendar', {}, null],
    ['an unknown time zone', { timezone: 'Mars/Olympus' }, 'timezone'],
    ['a cut-off of 24:00', { cutoffTime: '24:00' }, 'cutoffTime'],
    ['a cut-off without minutes', { cutoffTime: '15' }, 'cutoffTime'],
    ['a day twice', { businessHours: [STORE.businessHours[0]!, STORE.businessHours[0]!] }, 'businessHours'],
    ['closing before opening', { businessHours: [{ day: 'MON', opens: '18:00', closes: '09:00' }] }, 'businessHours'],
    ['a bad time', { businessHours: [{ day: 'MON', opens: '9:00', closes: '18:00' }] }, 'businessHours'],
  ])('%s', (_case, over, field) => {
    expect(calendarProblem({ ...STORE, ...over })?.field ?? null).toBe(field);
  });
});

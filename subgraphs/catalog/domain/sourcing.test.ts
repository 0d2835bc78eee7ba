import type { ChannelSourcingDoc } from '../model';
import { planSourcingChange, type SourcingChange } from './sourcing';

const AT = '2026-11-01T12:00:00.000Z';
const stored: ChannelSourcingDoc = {
  _id: 'WEB',
  locationTypes: ['STORE'],
  capabilities: ['CARRY_OUT'],
  bufferUnits: 4,
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('planSourcingChange', () => {
  it.each([
    [{ channel: 'WEB', locationTypes: [] }, null],
    [{ channel: 'WEB', locationTypes: ['WAREHOUSE', 'SPACESHIP'] }, null],
    [{ channel: 'WEB', bufferUnits: -1 }, null],
    [{ channel: 'WEB', bufferUnits: 2.5 }, stored],
    [{ channel: 'WEB', bufferUnits: 10_001 }, stored],
  ] as [SourcingChange, ChannelSourcingDoc | null][])('%j over %j → INVALID_SOURCING', (change, current) => {
    expect(planSourcingChange(change, current, AT)).toMatchObject({ ok: false, code: 'INVALID_SOURCING' });
  });

  it.each([
    // Absent fields keep the stored value, or the channel's default.
    [
      { channel: 'WEB', bufferUnits: 0 },
      stored,
      { locationTypes: ['STORE'], capabilities: ['CARRY_OUT'], bufferUnits: 0 },
    ],
    [{ channel: 'B2B', capabilities: [] }, null, { locationTypes: ['WAREHOUSE'], capabilities: [], bufferUnits: 5 }],
    [
      { channel: 'WEB', locationTypes: ['WAREHOUSE'], bufferUnits: 10_000 },
      stored,
      { locationTypes: ['WAREHOUSE'], capabilities: ['CARRY_OUT'], bufferUnits: 10_000 },
    ],
  ] as [SourcingChange, ChannelSourcingDoc | null, Partial<ChannelSourcingDoc>][])(
    '%j over %j → %j',
    (change, current, expected) => {
      expect(planSourcingChange(change, current, AT)).toEqual({
        ok: true,
        doc: { _id: change.channel, updatedAt: AT, ...expected },
      });
    },
  );
});

import type { SalesChannel } from '../../../platform/shared/commerce';
import type { ChannelSourcingDoc } from '../model';
import { DEFAULT_SOURCING } from './atp';
import { failure, type CatalogFailure } from './errors';

export const LOCATION_TYPES = ['WAREHOUSE', 'STORE', 'THIRD_PARTY_LOGISTICS', 'DROPSHIP_SUPPLIER'] as const;
export const MAX_BUFFER_UNITS = 10_000;

/** A change to where a channel may sell from; absent fields keep their current value. */
export interface SourcingChange {
  channel: SalesChannel;
  locationTypes?: readonly string[] | null;
  capabilities?: readonly string[] | null;
  bufferUnits?: number | null;
}

/**
 * The channel's new sourcing profile (the change applied over the stored one, or over the
 * defaults), or INVALID_SOURCING: location types must be non-empty and known, the buffer an
 * integer in [0, 10000].
 */
export function planSourcingChange(
  change: SourcingChange,
  stored: ChannelSourcingDoc | null,
  at: string,
): { ok: true; doc: ChannelSourcingDoc } | CatalogFailure {
  const current = stored ?? { _id: change.channel, ...DEFAULT_SOURCING[change.channel], updatedAt: at };
  const locationTypes = change.locationTypes ?? current.locationTypes;
  const known = (t: string): t is ChannelSourcingDoc['locationTypes'][number] =>
    (LOCATION_TYPES as readonly string[]).includes(t);
  if (locationTypes.length === 0 || !locationTypes.every(known)) {
    return failure('INVALID_SOURCING', `locationTypes must be non-empty and among ${LOCATION_TYPES.join(', ')}`);
  }
  const bufferUnits = change.bufferUnits ?? current.bufferUnits;
  if (!Number.isInteger(bufferUnits) || bufferUnits < 0 || bufferUnits > MAX_BUFFER_UNITS) {
    return failure('INVALID_SOURCING', `bufferUnits must be an integer in [0, ${MAX_BUFFER_UNITS}]`);
  }
  return {
    ok: true,
    doc: {
      _id: change.channel,
      locationTypes: [...locationTypes],
      capabilities: [...(change.capabilities ?? current.capabilities)],
      bufferUnits,
      updatedAt: at,
    },
  };
}

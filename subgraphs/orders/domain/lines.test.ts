import { DELIVERY_METHODS, type DeliveryMethod } from '../../../platform/shared/commerce';
import { normalizeOrderNumber, PICKUP_METHODS, pickupPosition } from './lines';

describe('pickupPosition', () => {
  it.each<[DeliveryMethod, string | null, { sku: string; locationId: string } | null]>([
    ['PICKUP_IN_STORE', 'loc_store_01', { sku: 'SKU-1', locationId: 'loc_store_01' }],
    ['SHIP_TO_STORE', 'loc_store_02', { sku: 'SKU-1', locationId: 'loc_store_02' }],
    ['CARRY_OUT', 'loc_store_03', { sku: 'SKU-1', locationId: 'loc_store_03' }],
    ['SHIP', 'loc_store_01', null],
    ['SHIP', null, null],
    ['PICKUP_IN_STORE', null, null],
  ])('%s at %j → %j', (deliveryMethod, pickupLocationId, expected) => {
    expect(pickupPosition({ sku: 'SKU-1', deliveryMethod, pickupLocationId })).toEqual(expected);
  });

  it('every delivery method except SHIP has a pickup position when a store is set', () => {
    for (const method of DELIVERY_METHODS) {
      const position = pickupPosition({ sku: 'S', deliveryMethod: method, pickupLocationId: 'loc' });
      expect([method, position !== null]).toEqual([method, method !== 'SHIP']);
    }
    expect([...PICKUP_METHODS].sort()).toEqual(DELIVERY_METHODS.filter((m) => m !== 'SHIP').sort());
  });
});

describe('normalizeOrderNumber', () => {
  it.each([
    ['R100001', 'R100001'],
    [' r100001 ', 'R100001'],
    ['\tR100042\n', 'R100042'],
  ])('%j → %j', (raw, expected) => expect(normalizeOrderNumber(raw)).toBe(expected));
});

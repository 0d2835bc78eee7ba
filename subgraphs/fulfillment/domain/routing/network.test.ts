import fc from 'fast-check';
import { instance, lines, node } from '../../../../test/fixtures/routing/builders';
import { compareIds, prepareNetwork, sortedByCost, stockOf } from './network';

describe('prepareNetwork', () => {
  it('keeps eligible nodes holding the order’s SKUs as candidates, by standalone cost then id', () => {
    const net = prepareNetwork(
      instance({
        nodes: [
          node({ id: 'C', costPerShipment: 300, stock: { X: 1 } }),
          node({ id: 'B', costPerShipment: 100, stock: { Y: 2 } }),
          node({ id: 'A', costPerShipment: 300, stock: { X: 5, Y: 0 } }),
          node({ id: 'OFF', active: false, costPerShipment: 1, stock: { X: 9 } }),
          node({ id: 'NONE', costPerShipment: 1, stock: { Z: 9 } }),
        ],
        lines: lines(['X', 2], ['Y', 1], ['X', 1]),
        weights: { cost: 1, extraShipment: 50 },
      }),
    );
    expect(net.skus).toEqual(['X', 'Y']);
    expect([...net.demand]).toEqual([3, 1]);
    expect([...net.node]).toEqual([1, 2, 0]);
    expect([...net.cost]).toEqual([150, 350, 350]);
    expect([...net.stock]).toEqual([0, 2, 5, 0, 1, 0]);
    expect(net.verdict).toEqual([null, null, null, 'INACTIVE', 'NO_STOCK']);
    expect(net.eligibleCount).toBe(4);
    expect([...net.eligibleStock]).toEqual([6, 2]);
  });

  it('a store’s unit of a SKU is 1/stock of its shelf (stockBalance); elsewhere 0', () => {
    const net = prepareNetwork(
      instance({
        nodes: [node({ id: 'S', type: 'STORE', stock: { X: 4, Y: 1 } }), node({ id: 'W', stock: { X: 4 } })],
        lines: lines(['X', 1], ['Y', 1]),
      }),
    );
    expect([...net.share]).toEqual([0.25, 1, 0, 0]);
  });
});

describe('stockOf', () => {
  it.each([
    [{ X: 3 }, 'X', 3],
    [{ X: 3 }, 'Y', 0],
    [{}, 'constructor', 0],
    [{}, 'toString', 0],
    [{}, '__proto__', 0],
    [JSON.parse('{"__proto__": 4}') as Record<string, number>, '__proto__', 4],
  ])('%j holds %s: %d', (stock, sku, units) => {
    expect(stockOf(node({ id: 'A', stock }), sku)).toBe(units);
  });
});

describe('sortedByCost', () => {
  it('sorts positions by cost, ties by the tie-breaker, and is a permutation', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(0, 1, 2, 2.5, 3, 100, 1e6), { maxLength: 200 }), (cost) => {
        const ids = cost.map((_, i) => `N${(i * 37) % 101}-${i}`);
        const order = [...sortedByCost(cost, (a, b) => compareIds(ids[a]!, ids[b]!))];
        expect([...order].sort((a, b) => a - b)).toEqual(cost.map((_, i) => i));
        const expected = cost.map((_, i) => i).sort((a, b) => cost[a]! - cost[b]! || compareIds(ids[a]!, ids[b]!));
        expect(order).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

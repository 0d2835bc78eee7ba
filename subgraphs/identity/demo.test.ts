import { demoScenario } from '../seed';
import { identityDemo } from './demo';
import { identifierKey, normalizeIdentifier } from './domain/identifiers';
import type { CustomerDoc, IdentifierDoc } from './model';
import { COLLECTIONS } from './store';

describe.each([42, 7])('identity demo documents (seed %i)', (seed) => {
  const docs = () => identityDemo(demoScenario(seed));

  it('indexes every identifier of every profile once, under identity’s own key, pointing at its profile', () => {
    const customers = docs()[COLLECTIONS.customers] as CustomerDoc[];
    const identifiers = docs()[COLLECTIONS.identifiers] as IdentifierDoc[];
    const byKey = new Map(identifiers.map((i) => [i._id, i]));
    const problems: string[] = [];
    let embedded = 0;
    for (const c of customers) {
      for (const x of c.identifiers) {
        embedded += 1;
        const doc = byKey.get(identifierKey(x.type, x.value));
        const same =
          doc &&
          [doc.customerId, doc.type, doc.value, doc.addedAt].join() === [c._id, x.type, x.value, x.addedAt].join();
        if (!same) problems.push(`${c._id}: ${x.type}:${x.value}`);
      }
    }
    expect(problems).toEqual([]);
    expect(identifiers).toHaveLength(embedded);
    expect(byKey.size).toBe(embedded);
  });

  it('stores every identifier value exactly as registration would normalise it', () => {
    const notNormalised = (docs()[COLLECTIONS.identifiers] as IdentifierDoc[]).filter((i) => {
      const normalised = normalizeIdentifier(i.type, i.value);
      return !normalised.ok || normalised.value !== i.value;
    });
    expect(notNormalised).toEqual([]);
  });
});

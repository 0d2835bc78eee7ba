import {
  Kind,
  parse,
  type ConstDirectiveNode,
  type DocumentNode,
  type ObjectTypeDefinitionNode,
  type ObjectTypeExtensionNode,
} from 'graphql';
import { requirementOf } from '../platform/auth/enforce';
import { SUBGRAPH_NAMES, type SubgraphName } from '../platform/config';
import { CLASSIFICATION_OF, type Classification } from '../subgraphs/access';
import { ACCESS as attribution } from '../subgraphs/attribution/policies';
import { ACCESS as catalog } from '../subgraphs/catalog/policies';
import { ACCESS as fulfillment } from '../subgraphs/fulfillment/policies';
import { ACCESS as identity } from '../subgraphs/identity/policies';
import { ACCESS as orders } from '../subgraphs/orders/policies';
import { readSdl } from '../subgraphs/sdl';

/**
 * Every field of every subgraph is classified (public / customer-owned / location-bound /
 * partner-scoped / operator): by its authorization directives, or, for a field without any, by
 * its subgraph's ACCESS map (its type or the field itself). A new field with neither fails here,
 * so every field is born with its access decided.
 */
const ACCESS: Record<SubgraphName, Readonly<Record<string, Classification>>> = {
  identity,
  catalog,
  orders,
  fulfillment,
  attribution,
};

type ObjectNode = ObjectTypeDefinitionNode | ObjectTypeExtensionNode;

function keyFields(type: ObjectNode): Set<string> {
  const keys = (type.directives ?? []).filter((d: ConstDirectiveNode) => d.name.value === 'key');
  return new Set(
    keys.flatMap((d) => {
      const arg = d.arguments?.find((a) => a.name.value === 'fields');
      return arg?.value.kind === Kind.STRING ? arg.value.value.split(/\s+/) : [];
    }),
  );
}

interface Classified {
  field: string;
  classification: Classification | null;
  problem?: string;
}

function classify(doc: DocumentNode, access: Readonly<Record<string, Classification>>): Classified[] {
  const out: Classified[] = [];
  for (const def of doc.definitions) {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    const keys = keyFields(def);
    for (const field of def.fields ?? []) {
      if (keys.has(field.name.value)) continue; // entity keys: the identifiers joins need
      const name = `${def.name.value}.${field.name.value}`;
      const req = requirementOf(field.directives);
      if (req) {
        const names = [...(req.scopes ?? []).flat(), ...(req.policies ?? []).flat()];
        const classes = names.map((n) => CLASSIFICATION_OF[n]);
        const missing = names.filter((_, i) => classes[i] === undefined);
        out.push(
          missing.length || names.length === 0
            ? {
                field: name,
                classification: null,
                problem: `unclassified rule ${missing.join(', ') || '@authenticated alone'}`,
              }
            : { field: name, classification: classes[0]! },
        );
      } else {
        out.push({ field: name, classification: access[name] ?? access[def.name.value] ?? null });
      }
    }
  }
  return out;
}

describe('field classification', () => {
  it.each(SUBGRAPH_NAMES)('%s: every field has exactly one classification', (name) => {
    const fields = classify(parse(readSdl(name)), ACCESS[name]);
    expect(fields.length).toBeGreaterThan(5);
    expect(fields.filter((f) => f.classification === null)).toEqual([]);
  });

  it.each(SUBGRAPH_NAMES)('%s: its ACCESS map names only types and fields that exist', (name) => {
    const doc = parse(readSdl(name));
    const known = new Set<string>();
    for (const def of doc.definitions) {
      if (def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
      known.add(def.name.value);
      for (const f of def.fields ?? []) known.add(`${def.name.value}.${f.name.value}`);
    }
    expect(Object.keys(ACCESS[name]).filter((k) => !known.has(k))).toEqual([]);
  });

  it('fails for a new field with no directive and no entry, and for a rule with no classification', () => {
    const doc = parse(`
      type Query { product: Product secret: String @policy(policies: [["new.policy"]]) }
      type Product { title: String discount: Int }
    `);
    const result = classify(doc, { 'Query.product': 'public', 'Product.title': 'public' });
    expect(result.filter((f) => f.classification === null).map((f) => f.field)).toEqual([
      'Query.secret',
      'Product.discount',
    ]);
  });

  it('personal fields are never public', () => {
    const customer = classify(parse(readSdl('identity')), identity).filter((f) => f.field.startsWith('Customer.'));
    expect(customer.length).toBeGreaterThan(5);
    expect(customer.every((f) => f.classification === 'customer-owned')).toBe(true);
  });
});

import * as internals from '@apollo/federation-internals';
import { Kind, parse, type DocumentNode } from 'graphql';
import { composeSupergraph } from './compose';
import { installOperationMemo, operationMemoInstalled } from './operation-memo';

const supergraph = internals.Supergraph.build(composeSupergraph({}, { forGateway: true }));
const api = supergraph.apiSchema();
const QUERY =
  'query Listing($n: Int) { products(first: $n) { edges { node { ...P } } } } fragment P on Product { title }';
/** A fresh document holding the same definition nodes, as executeQueryPlan makes on each call. */
const rewrap = (doc: DocumentNode): DocumentNode => ({ kind: Kind.DOCUMENT, definitions: [...doc.definitions] });

beforeAll(() => installOperationMemo());

it('is what executeQueryPlan calls once the gateway is loaded', () => {
  expect(operationMemoInstalled()).toBe(true);
  installOperationMemo(); // twice: still one memo
  expect(operationMemoInstalled()).toBe(true);
});

it('answers the same definitions with the operation it built, and builds anew for anything else', () => {
  const doc = parse(QUERY);
  const first = internals.operationFromDocument(api, rewrap(doc), { validate: false });
  expect(internals.operationFromDocument(api, rewrap(doc), { validate: false })).toBe(first);
  // Another kind of call on the same nodes (the planner's, validated, named) is its own.
  const named = internals.operationFromDocument(api, rewrap(doc), { operationName: 'Listing' });
  expect(named).not.toBe(first);
  expect(internals.operationFromDocument(api, rewrap(doc), { validate: false })).toBe(first);
  // The same text parsed again is other nodes: built again, the same operation.
  const again = internals.operationFromDocument(api, rewrap(parse(QUERY)), { validate: false });
  expect(again).not.toBe(first);
  expect(again.toString()).toBe(first.toString());
  // A document with other definitions after the same operation node is not the same call.
  const withOther = { ...rewrap(doc), definitions: [doc.definitions[0]!] };
  expect(() => internals.operationFromDocument(api, withOther, { validate: false })).toThrow(
    /Cannot find fragment name "P"/,
  );
});

it('still refuses what the original refuses', () => {
  const bad = parse('{ products(first: 1) { edges { node { noSuchField } } } }');
  expect(() => internals.operationFromDocument(api, bad)).toThrow(/noSuchField/);
});

// Module boundaries, checked by `npm run boundaries` (part of `npm run check`); see
// docs/architecture.md. Layers, lowest first: platform/ (infrastructure, knows no domain) <- demo/
// (the shared demo scenario) <- subgraphs/<name>/ (one domain each) <- subgraphs/*.ts (the host
// that assembles them) <- gateway/. bench/ and test/ sit outside and may import anything.
// Co-located tests (`*.test.ts`) are test code: the layer rules exempt them, `no-circular` does not.
const path = require('node:path');

/** Production code in the folders the rules govern (not the tests that sit beside it). */
const TEST_FILE = '\\.test\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment:
        'A cycle means neither module can be understood, tested or moved without the other; ' +
        'type-only imports count, since they couple the modules just the same.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'platform-imports-no-domain',
      comment:
        'platform/ is the infrastructure every process loads (config, store, bus, auth, HTTP); ' +
        'it must not know any subgraph, the demo scenario or the gateway.',
      severity: 'error',
      from: { path: '^platform/', pathNot: TEST_FILE },
      to: { path: '^(gateway|subgraphs|demo)/' },
    },
    {
      name: 'production-imports-no-test',
      comment: 'Test helpers, fixtures and contract suites stay out of what is built and shipped.',
      severity: 'error',
      from: { path: '^(gateway|subgraphs|platform|demo)/', pathNot: TEST_FILE },
      to: { path: '^test/' },
    },
    {
      name: 'production-imports-no-bench',
      comment: 'Benchmarks measure production code; production code never depends on them.',
      severity: 'error',
      from: { path: '^(gateway|subgraphs|platform|demo)/', pathNot: TEST_FILE },
      to: { path: '^bench/' },
    },
    {
      name: 'subgraph-imports-no-gateway',
      comment: 'A subgraph runs on its own (distributed mode); the gateway composes subgraphs, not the reverse.',
      severity: 'error',
      from: { path: '^subgraphs/[^/]+/', pathNot: TEST_FILE },
      to: { path: '^gateway/' },
    },
    {
      name: 'subgraph-imports-only-declared-api',
      comment:
        'Of another subgraph, a subgraph may import only the service interface it declares for ' +
        'others (subgraphs/<other>/api.ts), so its models, stores and events stay private and ' +
        'the call can be bound in-process or over HTTP.',
      severity: 'error',
      from: { path: '^subgraphs/([^/]+)/', pathNot: TEST_FILE },
      to: {
        path: '^subgraphs/[^/]+/',
        pathNot: ['^subgraphs/$1/', '^subgraphs/[^/]+/api\\.ts$', '^subgraphs/[^/]+/__generated__/'],
      },
    },
    {
      name: 'subgraph-imports-other-generated-types-only',
      comment:
        "Another subgraph's generated schema types may describe what its api.ts returns, " +
        'but only as types (erased at build time, so no runtime coupling).',
      severity: 'error',
      from: { path: '^subgraphs/([^/]+)/', pathNot: TEST_FILE },
      to: {
        path: '^subgraphs/[^/]+/__generated__/',
        pathNot: '^subgraphs/$1/',
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'subgraph-host-imports-only-entry-points',
      comment:
        'The files directly in subgraphs/ (host, registry, shared types, seeding) assemble the ' +
        "subgraphs through each one's index.ts, api.ts and demo.ts, never through its internals.",
      severity: 'error',
      from: { path: '^subgraphs/[^/]+\\.ts$', pathNot: TEST_FILE },
      to: { path: '^subgraphs/[^/]+/', pathNot: '^subgraphs/[^/]+/(index|api|demo)\\.ts$' },
    },
    {
      name: 'gateway-imports-no-subgraph-internals',
      comment:
        'The gateway sees subgraphs only through the top-level subgraphs/*.ts files (registry, ' +
        'host, types), so a subgraph can change inside without touching the gateway.',
      severity: 'error',
      from: { path: '^gateway/', pathNot: TEST_FILE },
      to: { path: '^subgraphs/[^/]+/' },
    },
    {
      name: 'resolvers-reach-only-the-service',
      comment:
        'Resolvers parse arguments, call the service (or a loader) and map results: they never ' +
        'touch a store, so nothing is written around the use cases that validate and emit events.',
      severity: 'error',
      from: { path: '^subgraphs/[^/]+/resolvers[^/]*\\.ts$', pathNot: TEST_FILE },
      to: { path: '^subgraphs/[^/]+/store[^/]*\\.ts$' },
    },
    {
      name: 'demo-imports-only-platform',
      comment:
        'demo/ is the shared scenario (which stores, customers and orders exist) that each ' +
        "subgraph's demo.ts seeds from; it sits below the subgraphs, so it uses platform/ alone.",
      severity: 'error',
      from: { path: '^demo/', pathNot: TEST_FILE },
      to: { path: '^(gateway|subgraphs|bench|test)/' },
    },
  ],
  options: {
    // Generated code and packages are imported but not walked into; build output is not source.
    doNotFollow: { path: ['node_modules', '__generated__'] },
    exclude: { path: ['(^|/)dist/', '(^|/)node_modules/'] },
    // Type-only imports are dependencies too (a layering rule that ignored them could be dodged).
    tsPreCompilationDeps: true,
    // Absolute, so the same config checks the fixture trees in test/fixtures/boundaries.
    tsConfig: { fileName: path.join(__dirname, 'tsconfig.json') },
    moduleSystems: ['cjs', 'es6'],
  },
};

import { composeSupergraph, CompositionError, readCheckedInSupergraph } from '../gateway/compose';
import { readSdl } from '../subgraphs/sdl';

describe('composition', () => {
  it('composes the five subgraphs into the checked-in supergraph', () => {
    expect(composeSupergraph()).toBe(readCheckedInSupergraph());
  });

  it('reports a syntax error naming the file', () => {
    expect(() => composeSupergraph({ orders: 'type Order @key(fields: "id" { id: ID! }' })).toThrow(
      /schema\/orders\.graphql/,
    );
  });

  it('reports federation errors clearly, one per line with its code', () => {
    // Money defined in two subgraphs without @shareable is a composition error.
    const catalog = readSdl('catalog').replace('type Money @shareable {', 'type Money {');
    let error: unknown;
    try {
      composeSupergraph({ catalog });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(CompositionError);
    const message = (error as CompositionError).message;
    expect(message).toMatch(/^supergraph composition failed with \d+ error\(s\):/);
    expect(message).toContain('[INVALID_FIELD_SHARING]');
    expect(message).toContain('Money.amount');
  });

  it('keeps the authorization directives in the checked-in supergraph (for Apollo Router) and strips them for our gateway', () => {
    const full = readCheckedInSupergraph();
    expect(full).toContain('@requiresScopes(scopes: [["sourcing:write"]])');
    expect(full).toContain('https://specs.apollo.dev/policy/');
    const ours = composeSupergraph({}, { forGateway: true });
    expect(ours).not.toMatch(
      /@authenticated|@requiresScopes|@policy|specs\.apollo\.dev\/(policy|authenticated|requiresScopes)/,
    );
    // Only the directives go: every type and field is still there.
    const fields = (sdl: string) => (sdl.match(/^\s+\w+(\(|:)/gm) ?? []).length;
    expect(fields(ours)).toBe(fields(full));
  });
});

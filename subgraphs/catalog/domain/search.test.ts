import { searchTermsFor, searchTokens } from './search';

const polo = { title: 'Heavyweight Polo Shirt', brand: 'Maison Dubois', category: 'Tops', tags: ['apparel', 'cotton'] };

describe('product search terms', () => {
  it.each([
    ['polo', true],
    ['POL', true],
    ['polo shirt', true],
    ['dubois cotton', true],
    ['maison tops', true],
    ['polo wool', false],
    ['olo', false],
  ])('%j matches: %s', (query, expected) => {
    const terms = new Set(searchTermsFor(polo));
    expect(searchTokens(query).every((t) => terms.has(t))).toBe(expected);
  });

  it('folds accents and punctuation', () => {
    expect(searchTokens('Crébillon, T-shirt!')).toEqual(['crebillon', 't', 'shirt']);
    expect(searchTermsFor({ ...polo, title: 'Pull Élégant' })).toContain('eleg');
  });

  it('single-letter words are findable by themselves', () => {
    expect(searchTermsFor({ ...polo, title: 'T shirt' })).toContain('t');
  });
});

/** Lower-cased words of a text, accents removed, split on anything that is not a letter or digit. */
export function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** Query tokens: distinct words, at most 8, each cut to 20 characters. */
export function searchTokens(query: string): string[] {
  return [...new Set(words(query).map((w) => w.slice(0, 20)))].slice(0, 8);
}

/**
 * What a product can be found by: every prefix (2 to 20 characters) of every word of its title,
 * brand, category and tags, so "pol" finds "Polo" and "wool sweater" needs both words.
 */
export function searchTermsFor(p: {
  title: string;
  brand: string;
  category: string;
  tags: readonly string[];
}): string[] {
  const terms = new Set<string>();
  for (const word of words([p.title, p.brand, p.category, ...p.tags].join(' '))) {
    for (let n = Math.min(2, word.length); n <= Math.min(20, word.length); n++) terms.add(word.slice(0, n));
  }
  return [...terms].sort();
}
